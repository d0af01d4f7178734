"""Named vetoes for statements ABOUT a measure that state no act (pure).

Issue 11 lists spurious events from sentences that mention a measure only to
say something about it.  Four linguistic classes:

* generic sentences: a bare plural subject with a present passive and a
  condition ("Companies are added to the list if they …") states how a regime
  works, not an episode (:func:`generic_procedure`);
* evaluations: the measure is the subject of a predicate that judges it
  ("… are inconsistent with WTO rules", 征收关税并不会增强韧性)
  (:func:`evaluated_measure`);
* standing measures: a measure noun with no action word, modified by an
  adjective of standing ("the EU's standard 10% car import duty", "existing
  tariffs", 现行关税) names a measure in place; the contract counts measures
  only named as no events (:func:`standing_measure`);
* requests for talks: "75 countries had requested negotiations on the
  tariffs", 请求磋商 asks for talks, not for a licence or an exemption (the
  contract's ``request``) (:func:`requested_talks`).

(A report that "news about a deal leaked" was tried as a third class and
dropped: the news noun presupposes the deal, which the labels count.)

Each rule is a predicate over a :class:`policykg.extract.event_rules.Site`
registered in ``event_rules.VETOES``; the cases are in
``tests/unit/test_statement_rules.py``.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from policykg.extract.event_rules import Site

# a bare plural subject (no determiner) and a present passive: "Companies are added", "Goods are exempted"
_GENERIC_SUBJECT = re.compile(r"^\W*(?:[A-Z][a-z]+s|[A-Z][a-z]+\s+[a-z]+s)\s+(?:are|is)\s+(?:\w+\s+)?\w+(?:ed|en)\b")
_CONDITION = re.compile(r"\b(?:if|when|whenever|unless|once)\b", re.IGNORECASE)


def generic_procedure(s: Site) -> bool:
    """ "Companies are added to the unverified list if the US cannot verify them": a generic sentence (bare plural,
    present passive, a condition) says how a list or a regime works; no one acted."""
    clause = s.text[s.sent.span[0] : s.sent.span[1]]  # the whole sentence: clauses split at verbs and at "if"
    head = _GENERIC_SUBJECT.match(clause)
    return head is not None and bool(_CONDITION.search(clause, head.end()))


# a judging predicate after the measure (matched from the measure's end: no "^", which ``match(text, pos)``
# would anchor at the text's start): "is inconsistent with", "are contrary to", 并不会增强, 无助于解决
_JUDGED = re.compile(
    r"[^.;。；]{0,120}?\b(?:is|are|was|were|be|being)\s+(?:not\s+|also\s+)?(?:inconsistent|incompatible|consistent|"
    r"in\s+line|in\s+breach|in\s+violation|contrary)\s+(?:with|to|of)\b"
    r"|[^,，。;；]{0,6}(?:并不会|并不能|不会|不能|无助于|无法)(?:增强|提升|提高|改善|保护|解决|帮助)",
    re.IGNORECASE,
)


def evaluated_measure(s: Site) -> bool:
    """ "its requirement for minerals to be processed locally ... is inconsistent with WTO rules", 征收高额关税并不会
    增强产业韧性: the measure is the subject of a judgement, the sentence states no act."""
    return bool(_JUDGED.match(s.text, s.hit.end, s.sent.span[1]))


# an adjective of standing among the noun's modifiers: "standard 10% car import duty", "existing tariffs", 现行关税
_STANDING_MODIFIER = re.compile(
    r"\b(?:standard|existing|current|normal|regular|ordinary|prevailing|long-standing|longstanding|baseline|"
    r"most[- ]favou?red[- ]nation|MFN)\s+(?:[\w.%-]+\s+){0,3}$|(?:现行|现有|原有|一般|正常)[^,，。;；]{0,6}$",
    re.IGNORECASE,
)


def standing_measure(s: Site) -> bool:
    """ "on top of the EU's standard 10% car import duty", 现行关税: a measure in place, named with no action word and
    an adjective of standing, is no act."""
    return (
        s.action is None
        and s.hit.trigger.kind != "event"
        and bool(_STANDING_MODIFIER.search(s.before(s.hit.start, 40)))
    )


# the object of a request verb is talks: "requested negotiations", "asked for consultations", 请求磋商, 要求谈判
_TALKS = re.compile(
    r"\s*(?:for\s+)?(?:(?:urgent|new|further|formal|bilateral|trade)\s+)?"
    r"(?:negotiations?|talks|consultations?|dialogue|meetings?|a\s+meeting|a\s+call)\b|\s*(?:进行)?(?:磋商|谈判|对话|会谈)",
    re.IGNORECASE,
)


def requested_talks(s: Site) -> bool:
    """ "over 75 countries had requested negotiations on the tariffs", 请求磋商: a request for talks is no request of
    a licence or an exemption, so no act of the measure's type."""
    return s.act == "request" and s.action is not None and bool(_TALKS.match(s.text, s.action.end))


# the act's phrase as the subject of a copula with a noun of evaluation: "eliminating duties has always been a
# priority", "banning exports would be a good idea", 禁止…出口是个好建议, 取消…关税一直是…的优先事项 (not across a
# relative pronoun: "imposed a ban which is a priority" keeps its act; nor "was a mistake", which judges a past act)
_EVALUATION = re.compile(
    r"(?:(?!\b(?:that|which|who)\b)[^.;。；,，]){0,60}?\b(?:is|was|has\s+(?:always\s+|long\s+)?been|had\s+been|"
    r"would\s+be|will\s+be|remains?)\s+(?:also\s+|still\s+)?(?:an?\s+|the\s+|one\s+of\s+the\s+|our\s+|his\s+|her\s+|"
    r"its\s+|their\s+)?(?:[\w-]+\s+){0,2}?(?:priority|priorities|goal|aim|objective|idea|suggestion|option|proposal|"
    r"solution|necessity)\b"
    r"|[^,，。;；]{0,20}?(?:一直|始终|将|会|也|仍)?是(?:一个|个|一项|项|一种|其|[^,，。;；的]{0,8}的)?"
    r"(?:优先事项|优先目标|首要任务|目标|好建议|建议|选项|选择|好主意|主意)",
    re.IGNORECASE,
)


def evaluated_act(s: Site) -> bool:
    """ "eliminating duties has always been a priority for the president", 禁止铁矿石出口是个好建议: the act named as
    the subject of a judgement (a priority, a good idea, an option) is a stance, not the act."""
    after = max(s.hit.end, s.action.end if s.action is not None else s.hit.end)
    return bool(_EVALUATION.match(s.text, after, s.sent.span[1]))
