"""A proposal turned down (pure): named rules for the act and the actor of a refusal.

"The Commission rejected proposals made by China to set minimum prices", 驳回…的申请: the noun of the
request is the object of a refusal verb, so the authority's act is ``reject`` (the contract: "the
authority's refusal is reject"), taken by the subject of the refusal verb, not by the proposer named in
the object ("Chinese proposals"). Cases in ``tests/unit/test_refusal_rules.py``.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from policykg.extract import roles

if TYPE_CHECKING:
    from policykg.extract.event_rules import Site

PROPOSAL = re.compile(
    r"^(?:proposals?|offers?|requests?|applications?|undertakings?|petitions?|bids?|申请|请求|提议|提案|价格承诺)$",
    re.IGNORECASE,
)
REFUSAL = re.compile(
    r"\b(?:reject\w*|refus\w*|turn\w*\s+down|dismiss\w*|declin\w*|den(?:y|ies|ied|ying)|snubb?\w*)\s+"
    r"(?:(?:the|a|an|its|their|his|her|all|two|three)\s+)?(?:(?!(?:to|that|on|about|whether|if)\b)[\w'’-]+\s+){0,5}$"
    r"|(?:拒绝|驳回|不接受|否决|拒收)[^,，。;；]{0,20}$",
    re.IGNORECASE,
)


# the object follows the refusal verb directly ("rejected New Zealand Steel's second application"); "refused to
# comment on its applications" refuses no application


def refusal_at(s: Site) -> int | None:
    """Where the refusal verb of a proposal noun starts, or None."""
    a = s.action
    if a is None or not PROPOSAL.match(a.text.strip()):
        return None
    lo = max(s.start, a.start - 60)
    m = REFUSAL.search(s.text[lo : a.start])
    return lo + m.start() if m else None


def rejected_proposal(s: Site) -> str | None:
    """ "rejected proposals made by China to avoid duties", 驳回…申请: the act on the measure is ``reject``."""
    return "reject" if refusal_at(s) is not None and s.act in ("impose", "request") else None


# the advice of another body to take a measure: "the recommendations of the trade remedies authority", 建议
ADVICE = re.compile(r"\b(?:recommendations?|recommended|advice|proposals?|proposed)\b|建议|提议|提案", re.IGNORECASE)


def refused_advice(s: Site) -> bool:
    """ "rejected the recommendations of the trade remedies authority for the continuation of anti-dumping duties",
    否决…关于加征关税的建议: the refusal verb's object is another body's advice to take the measure, so the refusal
    is the refuser's ``reject`` of that measure (the contract: the authority's refusal is reject), not a measure
    merely rejected with no act (``clause_actions.adopted_measure`` keeps it)."""
    a = s.action
    if s.act != "reject" or a is None or a.end > s.hit.start:
        return False
    after = s.text[s.hit.end : min(s.end, s.hit.end + 8)] if s.sent.lang == "zh" else ""  # …关税的建议: head-final
    return bool(ADVICE.search(s.text[a.end : s.hit.start]) or ADVICE.match(after.lstrip("的")))


# a trade remedy an authority decides not to impose: "decided not to impose anti-dumping duties", "chose not to levy
# countervailing duties" (not "agreed not to impose tariffs", a truce's pause)
DECLINED_REMEDY = re.compile(
    r"\b(?:decid\w*|chose|choose\w*|opt(?:s|ed|ing)?|elect(?:s|ed|ing)?)\s+(?:not\s+to|to\s+not)\s+\w+\s+"
    r"(?:(?:the|any|new|provisional|definitive|final)\s+)*(?:anti-?dumping|anti-?subsidy|countervailing|safeguard)\b",
    re.IGNORECASE,
)


def declined_remedy(s: Site) -> str | None:
    """ "the minister decided not to impose anti-dumping duties on steel from China": the authority that ran a
    trade-remedy case refuses the duty asked for, its ``reject`` (the contract: the authority's refusal is
    reject), where a pause of ordinary tariffs ("chose not to impose the planned tariffs") stays ``suspend``."""
    if s.act != "suspend":
        return None
    return "reject" if DECLINED_REMEDY.search(s.text[s.start : s.end]) else None


def rejecters(s: Site) -> list[str] | None:
    """The subject before the refusal verb ("The European Commission has rejected …"); None when the act is
    no refused proposal (the usual actor search applies)."""
    at = refusal_at(s)
    if at is None:
        return None
    found = roles.subjects(s.text, s.finder.mentions, s.sent.span[0], at, s.finder.entities)
    return found or None
