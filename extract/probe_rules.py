"""Named rules for trade probes: how many probes a plural names.

A plural probe noun with coordinated items ("launched investigations into
semiconductors and pharmaceuticals") names one probe per item, so it gives one
event per item (:func:`split_plural_probe`), as the contract counts "one event
per distinct measure".  A singular ("an investigation into X and Y") stays one.

A pure function; the cases are in ``tests/unit/test_probe_rules.py``.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from policykg.extract.triggers import Hit

PLURAL_PROBE = re.compile(r"(?:investigations|probes|inquiries)$", re.IGNORECASE)
# the plural's object coordinates its members: "into semiconductors and pharmaceutical imports", "probes against the
# EU's brandy and pork", "investigations on steel and aluminium"
COORDINATED_OBJECT = re.compile(
    r"\s+(?:(?:in)?to|against|on|of|targeting)\s+[^,;.:]{0,60}?\s(?:and|as well as)\s", re.IGNORECASE
)


def split_plural_probe(cand: Any, hit: Hit, background: bool, text: str) -> list[Any]:
    """ "initiated investigations into semiconductors and pharmaceuticals": one candidate per item, each marked
    ``part`` (``merge`` keeps the parts of one statement apart: one statement, several measures); any other candidate as it is."""
    if (
        background
        or cand.type != "INVESTIGATION"
        or len(cand.items) < 2
        or not PLURAL_PROBE.search(hit.text)
        or not COORDINATED_OBJECT.match(text, hit.end)
    ):
        return [cand]
    return [
        replace(
            cand,
            items=[item],
            part=True,
            targets=list(cand.targets),
            value=dict(cand.value),
            concepts=set(cand.concepts),
        )
        for item in cand.items
    ]
