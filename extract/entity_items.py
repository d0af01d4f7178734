"""Which goods words name an Item: the syntax of the noun phrase decides.

``modifier_item``: a goods word that modifies the noun after it names a
firm, an industry or another good, not the good itself ("steel company",
"chip equipment makers", "auto components", "electric vehicle batteries"):
the labelled corpus lists the head ("auto components" is auto parts,
"semiconductor memory chips" memory chips), or nothing when the head is a
firm or a market.  English only: the next word is another goods mention, a
head noun of the firm / market class or of tools, policies, training, leaders,
models and manufacturing ("semiconductor tools", "AI policies"), or a
"-related" / "-based" / "-linked" compound ("sugarcane-based ethanol").  Industries and sectors are not in the
class: "the auto and steel industries" names the goods as sectors (Items).
"""

from __future__ import annotations

import re

# head nouns after which a goods word is a modifier: firms, trades and markets
_EN_HEADS = re.compile(
    r"(?:[ \t]+\([A-Za-z]+\))?(?:[ \t]+(?:compan(?:y|ies)|firms?|giants?|makers?|manufacturers?|producers?|"
    r"suppliers?|markets?|workers|stocks|shares|tools|polic(?:y|ies)|"
    r"training|leaders?|models?|manufacturing)|-(?:related|based|linked))\b"
)
_GOODS = ("item:", "element:")
_GAP = re.compile(r"\)?[ \t]+(?:\([A-Za-z]{1,6}\)[ \t]+)?")  # an acronym in brackets: "(AI) chips"


def _next_starts(cands) -> set[int]:
    return {c.start for c in cands if c.eid and c.eid.startswith(_GOODS)}


def drop_modifiers(text: str, chosen: list) -> list:
    """The chosen candidates without goods words that modify a following head (``modifier_item``)."""
    starts = _next_starts(chosen)
    out = []
    for c in chosen:
        if c.eid and c.eid.startswith(_GOODS) and _modifies(text, c, starts):
            continue
        out.append(c)
    return out


def _modifies(text: str, c, starts: set[int]) -> bool:
    if "\u4e00" <= text[c.end - 1] <= "\u9fff":
        return False  # Chinese: 存储芯片制造商 lists the chips as often as 芯片设备制造商 does not
    gap = _GAP.match(text, c.end)
    if gap and gap.end() in starts:
        return True  # "smartphone chips", "artificial intelligence (AI) chips": a goods word before another
    return bool(_EN_HEADS.match(text, c.end))
