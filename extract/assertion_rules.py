"""Named vetoes for a measure the sentence names but does not assert as an act (pure; see :mod:`event_rules`).

The family reads the sentence's stance toward its own act: the act is negated ("has not imposed", 未签署), denied
("denied imposing", "ruled out", 否认), denied by a copula ("is not an export ban", 不是), alleged by another party
("accused Beijing of restricting", 指责) or said in a quoted remark (an opinion, unless the quote states the act as
done or under way).  In each the text names the measure without reporting that anyone took it, so the statement is
no event (contract: only stated acts are events, ``shared/spec/events-format.md``).

Split from :mod:`policykg.extract.event_rules`, whose ``VETOES`` table runs these rules by name and in its own
order.  Each rule is a predicate over a :class:`policykg.extract.event_rules.Site` (typed by name only: no import
cycle); cases in ``tests/unit/test_event_rules.py``, ``tests/unit/test_quoted_acts.py`` and the rule-case tables
that name them.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from policykg.extract import event_cues as cues

if TYPE_CHECKING:
    from policykg.extract.event_rules import Site


def negated(s: Site) -> bool:
    """ "has not imposed", 未签署: a negated act is no act."""
    return s.action is not None and bool(cues.NEGATED.search(s.before(s.action.start, 14)))


def denied(s: Site) -> bool:
    """ "denied imposing", "rejected reports that it had banned", "ruled out", 否认: a denial states no act."""
    lead = s.text[s.sent.span[0] : (s.action or s.hit).start]
    return bool(DENIAL.search(lead))


DENIAL = re.compile(
    r"\b(?:den(?:y|ies|ied|ying)|dismiss\w*|ruled?\s+out|rules\s+out|refuted?|rejects?\s+(?:reports|claims|suggestions))"
    r"\s+(?:(?:any|reports?|claims?|suggestions?|rumou?rs?)\s+)?(?:(?:that|of)\s+)?(?:[\w'’-]+\s+){0,6}$"
    r"|否认[^,，。;；]{0,20}$|辟谣[^,，。;；]{0,10}$",
    re.IGNORECASE,
)


def is_not(s: Site) -> bool:
    """ "the review is not an investigation", "这不是出口禁令": a copula denies the measure noun."""
    return bool(COPULA_NOT.search(s.before(s.hit.start, 30)))


COPULA_NOT = re.compile(
    r"\b(?:is|are|was|were)\s+not\s+(?:a|an|the|any)?\s*(?:[\w-]+\s+){0,2}$|(?:不是|并非|不属于)[^,，。;；]{0,6}$",
    re.IGNORECASE,
)


def alleged(s: Site) -> bool:
    """ "accused Beijing of restricting", "alleged that ...", 指责: another party's claim, not a stated act."""
    lead = s.text[s.sent.span[0] : (s.action or s.hit).start]
    return bool(ALLEGATION.search(lead))


ALLEGATION = re.compile(
    r"\b(?:accus\w*|alleg\w*|claim(?:s|ed|ing)?\s+that|blam\w*)\s+(?:[\w'’.-]+\s+){0,8}$"
    r"|(?:指责|指控|声称|污蔑)[^,，。;；]{0,20}$",
    re.IGNORECASE,
)


def quoted_remark(s: Site) -> bool:
    """A measure inside a quoted remark of five words or more is an opinion, not a statement of fact -- unless the
    quote states the act as done or under way ("additional restrictions have been introduced", 'is introducing')."""
    verb = s.action or s.hit
    if cues.quoted_act(s.text[max(s.sent.span[0], verb.start - 40) : verb.start], verb.text):
        return False
    return cues.quoted(s.text, s.sent.span[0], s.hit.start)
