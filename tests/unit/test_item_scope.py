"""Rule specific_items (``extract/item_scope.py``): an event lists the most specific good named, not also its
family; invented sentences, English and Chinese."""

from __future__ import annotations

import pytest

from policykg.extract.entities import load_gazetteer
from policykg.extract.item_scope import is_subtype
from tests.rule_cases import rule_events


@pytest.mark.parametrize(
    ("specific", "general", "expected"),
    [
        ("item:cold_rolled_steel", "item:steel", True),
        ("item:galvanized_steel", "item:steel", True),
        ("item:stainless_steel", "item:steel", True),
        ("item:heavy_vehicles", "item:automobiles", True),  # "vehicles" is a form of automobiles
        ("item:steel", "item:cold_rolled_steel", False),
        ("item:steel", "item:steel", False),
        ("item:steel_plates", "item:steel", False),  # a form of steel, not a kind: its head is another noun
        ("item:semiconductor_equipment", "item:semiconductors", False),
        ("item:palm_oil", "item:crude_oil", False),  # "oil" is no English form of crude oil
    ],
)
def test_is_subtype(specific: str, general: str, expected: bool) -> None:
    gaz = load_gazetteer()
    ents = dict(gaz.entities)
    for eid in (specific, general):
        ents.setdefault(eid, gaz.entities.get(eid) or _minted(eid))
    assert is_subtype(specific, general, ents) is expected


def _minted(eid: str):
    from policykg.extract.entity_ids import entity_from_id

    return entity_from_id(eid, eid.split(":")[1].replace("_", " "))


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "Malaysia on Monday imposed anti-dumping duties on cold-rolled steel, a steel product made in mills.",
            [("item:cold_rolled_steel",)],
        ),
        ("Vietnam on Monday imposed duties on galvanized steel and other steel.", [("item:galvanized_steel",)]),
        ("Japan on Monday banned exports of luxury cars and other vehicles to Russia.", [("item:luxury_cars",)]),
        ("越南24日宣布对冷轧钢征收反倾销税,涉及钢铁产品。", [("item:cold_rolled_steel",)]),
        # two goods of different families both stay
        ("Peru on Monday imposed duties on steel and aluminum.", [("item:steel", "element:Al")]),
    ],
)
def test_specific_items(body: str, expected: list[tuple[str, ...]]) -> None:
    assert [e.items for e in rule_events(body)] == expected
