"""An operation named by an attributive participle (pure): a named veto run from ``event_rules.VETOES``.

* :func:`attributive_operation` — "The extended export bans further contribute to …", "the suspended tariffs",
  "these lifted restrictions": a participle between a determiner and the measure noun describes the measure as
  already operated on (the act was stated before, or is background); it states no act of its own.  The verb form
  ("extended the export bans", "were suspended") is unaffected.  So is "threatened" after a determiner or a
  preposition ("persuading Trump to back off threatened steep tariffs"): someone else's threat, named.  Cases in ``tests/unit/test_aspect_classes.py``.
* :func:`reduced_relative` — "the Chinese companies added to the Entity List were …", "the products covered by the
  ban": a definite noun of parties or goods modified by a participle of the act (a reduced relative clause) refers
  to the act stated elsewhere (or background); its participle states no act.  Headlines ("Chinese firms added to US
  blacklist") are left alone.
* :func:`attributive_goods` — "the volume of investigated imports", "subsidised imports", "the sanctioned entities",
  被调查产品, 受制裁实体: a participle of the act as an adjective of goods or parties names them as the object of an
  act stated elsewhere (or background); it states no act of its own.  Cases in ``tests/unit/test_aspect_classes.py``.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from policykg.extract.event_rules import Site

# a determiner right before the participle: "the extended", "these suspended", "its lifted"
DETERMINER = re.compile(r"\b(?:the|these|those|this|that|its|their|such)\s+$", re.IGNORECASE)
# a preposition right before "threatened": "back off threatened tariffs", "over threatened duties"
PREPOSITION = re.compile(r"\b(?:off|over|against|about|of|on|with|from|amid)\s+$", re.IGNORECASE)
PARTICIPLE = re.compile(r"^[A-Za-z-]+(?:ed|en)$")
OPERATIONS = frozenset({"extend", "suspend", "lift"})


def attributive_operation(s: Site) -> bool:
    """ "The extended export bans further contribute …": a participle of extending, pausing or lifting used as an
    adjective of the measure restates it; "to back off threatened tariffs" names a threat; no act."""
    a = s.action
    if a is None or s.sent.lang != "en" or not PARTICIPLE.match(a.text.strip()):
        return False
    lead = s.text[max(s.start, a.start - 12) : a.start]
    if s.act == "threaten":  # "to back off threatened steep tariffs": someone else's threat, named
        between = s.text[a.end : s.hit.start] if a.end <= s.hit.start else "-"
        return bool(re.fullmatch(r"\s+(?:[a-z-]+\s+)?", between)) and bool(
            PREPOSITION.search(lead) or DETERMINER.search(lead)
        )
    if s.act not in OPERATIONS:
        return False
    adjacent = a.end <= s.hit.start and not s.text[a.end : s.hit.start].strip()
    return adjacent and bool(DETERMINER.search(lead))


# goods or parties as the head noun after the participle (at most one word between: "investigated steel imports")
_GOODS_HEAD = re.compile(
    r"^\s+(?:[A-Za-z-]+\s+)?(?:imports?|exports?|products?|goods|items|merchandise|commodities|shipments|cargoes"
    r"|entities|companies|firms|individuals|parties|vessels|ships|tankers)\b",
    re.IGNORECASE,
)
# a determiner or a preposition before the participle: "the investigated imports", "the volume of subsidised imports"
_ATTRIBUTIVE_LEAD = re.compile(
    r"\b(?:the|these|those|its|their|such|all|of|on|for|from|in|with|about)\s+$", re.IGNORECASE
)
_ZH_ATTRIBUTIVE = re.compile(
    r"^(?:(?:被|受)(?:调查|調查|制裁|管制|限制|补贴|補貼)的?|(?:调查|調查|制裁|管制|限制|补贴|補貼)的)"
    r"(?:产品|產品|商品|货物|貨物|企业|企業|实体|實體)"
)


def attributive_goods(s: Site) -> bool:
    """ "the volume of investigated imports is below 3 per cent", "subsidised imports had doubled", 被调查产品: a
    participle of the act (the trigger's first word) as the adjective of goods or parties, not of a measure, after a
    determiner or a preposition, states no act ("China investigated imports of brandy" keeps its verb)."""
    h = s.hit
    if s.sent.lang != "en":
        at = h.start - 1 if s.text[h.start - 1 : h.start] in ("被", "受") else h.start
        return bool(_ZH_ATTRIBUTIVE.match(s.text[at : s.end]))
    first = h.text.split()[0] if h.text.split() else ""
    if not (PARTICIPLE.match(first) or first.lower().endswith("ised")):
        return False
    lead = s.text[max(s.start, h.start - 12) : h.start]
    return bool(_GOODS_HEAD.match(s.text[h.start + len(first) : s.end]) and _ATTRIBUTIVE_LEAD.search(lead))


# a definite noun phrase of parties or goods right before the participle: "the Chinese companies added to the list"
_DEFINITE_PARTY = re.compile(
    r"\b(?:the|these|those)\s+(?:[\w-]+\s+){0,4}(?:entities|companies|firms|organi[sz]ations|individuals|people"
    r"|officials|products|goods|items|vessels|ships|tankers)\s+$",
    re.IGNORECASE,
)


def reduced_relative(s: Site) -> bool:
    """ "The Commerce Department said the Chinese entities added to the Entity List had …": a participle of the act
    after a definite noun of parties or goods is a reduced relative clause naming them by the act; no act."""
    a = s.action
    if a is None or s.sent.lang != "en" or s.sent.title or not PARTICIPLE.match(a.text.strip()):
        return False
    return bool(_DEFINITE_PARTY.search(s.text[max(s.start, a.start - 80) : a.start]))
