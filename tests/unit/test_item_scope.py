"""Rule specific_items (``extract/item_scope.py``): an event lists the most specific good named, not also its
family; invented sentences, English and Chinese."""

from __future__ import annotations

import pytest

from policykg.extract.entities import find_mentions, load_gazetteer
from policykg.extract.item_scope import headline_goods, is_subtype
from policykg.extract.models import Event
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
        ("item:heavy_rare_earths", "item:rare_earths", False),  # a group named as a whole beside its subgroup
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
        # a class noun beside the goods it classifies describes them; alone it is the measure's good
        (
            "China on Monday banned exports of gallium, germanium and other dual-use items to the US.",
            [("element:Ga", "element:Ge")],
        ),
        ("Japan on Monday curbed exports of photoresists, a semiconductor material.", [("item:photoresists",)]),
        ("中国24日宣布对镓、锗等关键矿产实施出口管制。", [("element:Ga", "element:Ge")]),
        ("China on Monday tightened controls on exports of dual-use items to the US.", [("item:dual_use_items",)]),
        # coordinated sectors are no class description: "rare earths and rare metals" are two goods
        ("俄罗斯24日宣布对稀土和稀有金属实施出口管制。", [("item:rare_earths", "item:rare_metals")]),
        # two goods of different families both stay
        ("Peru on Monday imposed duties on steel and aluminum.", [("item:steel", "element:Al")]),
    ],
)
def test_specific_items(body: str, expected: list[tuple[str, ...]]) -> None:
    assert [e.items for e in rule_events(body)] == expected


def _event(etype: str, items: tuple[str, ...] = ()) -> Event:
    return Event(etype, "impose", ("CHL",), items)


@pytest.mark.parametrize(
    ("title", "event", "expected"),
    [
        # a goods measure that names no goods takes the headline's goods, English or Chinese
        ("Chile extends duty on steel pipes", _event("TARIFF"), ("item:steel_pipes",)),
        ("India bans exports of onions and garlic", _event("EXPORT_BAN"), ("item:onions", "item:garlic")),
        ("Peru opens probe into Chinese steel wire", _event("INVESTIGATION"), ("item:steel_wire",)),
        ("中国暂停进口日本水产品", _event("IMPORT_RESTRICTION"), ("item:seafood",)),
        ("日本限制半导体材料出口", _event("EXPORT_CONTROL"), ("item:semiconductor_materials",)),
        # its own goods stay; sanctions, deals and industrial policy are no goods measures; no headline goods
        ("India bans exports of onions", _event("EXPORT_BAN", ("item:wheat",)), ("item:wheat",)),
        ("US sanctions refinery over Iranian oil", _event("SANCTION"), ()),
        ("Seoul and Tokyo sign chip deal", _event("TRADE_DEAL"), ()),
        ("Chile extends anti-dumping duty", _event("TARIFF"), ()),
    ],
)
def test_headline_goods(title: str, event: Event, expected: tuple[str, ...]) -> None:
    text = title + "\nThe measure takes effect on Monday."
    mentions = find_mentions(text, load_gazetteer().scoped())
    assert headline_goods([event], text, mentions)[0].items == expected


@pytest.mark.parametrize(
    ("title", "body", "expected"),
    [
        (
            "Chile extends anti-dumping duty on steel pipes",
            "The finance ministry of Chile on Monday extended the anti-dumping duty for five more years.",
            [("TARIFF", "extend", ("item:steel_pipes",))],
        ),
        (  # Traditional script: the headline's goods are read through the Simplified form
            "日本限制半導體材料出口",
            "日本經濟產業省24日宣布對韓國實施出口管制。",
            [("EXPORT_CONTROL", "impose", ("item:semiconductor_materials",))],
        ),
        (
            "中国对欧盟白兰地征收反倾销税",
            "商务部24日宣布,自7月5日起对原产于欧盟的进口产品征收反倾销税。",
            [("TARIFF", "impose", ("item:brandy",))],
        ),
        (
            "US sanctions refinery over Iranian oil",
            "The US Treasury on Monday imposed sanctions on the refinery.",
            [("SANCTION", "impose", ())],
        ),
    ],
)
def test_headline_goods_in_articles(title: str, body: str, expected: list[tuple]) -> None:
    assert [(e.type, e.action, e.items) for e in rule_events(body, title)] == expected
