"""``refined_sibling``: "petroleum" listed with refined fuels names motor petrol, not crude oil.

"Petroleum" is crude oil in English ("petroleum exports", "petroleum reserves"), but news translated from Russian
and the languages of Central Asia writes it for motor petrol (бензин): "a ban on the export of petroleum, diesel
fuel and liquefied petroleum gas" lists petrol beside its refined siblings.  A conjunct of a list whose other
members are refined fuels is one of them: the gasoline of ``items.jsonl``.  Alone, or beside crude products
("petroleum and natural gas"), it stays crude oil.
"""

from __future__ import annotations

import re
from dataclasses import replace

# the refined fuels whose siblings in a list are refined too (items.jsonl, goods_hs.jsonl)
REFINED = frozenset(
    {"item:diesel", "item:jet_fuel", "item:fuel_oil", "item:lpg", "item:kerosene", "item:naphtha", "item:gasoline"}
)
_LIST_GAP = re.compile(r"\s*(?:,\s*(?:and\s+|or\s+)?|\s(?:and|or)\s+|、|和|及)\s*")


def refined_siblings(text: str, chosen: list) -> list:
    """Rule ``refined_sibling``: the chosen candidates with a "petroleum" listed next to a refined fuel made
    ``item:gasoline``."""
    out = list(chosen)
    for i, c in enumerate(chosen):
        if c.eid != "item:crude_oil" or text[c.start : c.end].lower() != "petroleum":
            continue
        near = [j for j in (i - 1, i + 1) if 0 <= j < len(chosen) and chosen[j].eid in REFINED]
        if any(
            _LIST_GAP.fullmatch(text, *sorted((chosen[j].end, c.start) if j < i else (c.end, chosen[j].start)))
            for j in near
        ):
            out[i] = replace(c, eid="item:gasoline")
    return out
