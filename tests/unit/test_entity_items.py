"""Rule modifier_item (``extract/entity_items.py``): a goods word that modifies a firm, market or another good."""

from __future__ import annotations

import pytest

from policykg.extract.entities import find_mentions, load_gazetteer


def goods(text: str) -> list[str]:
    return [
        m.text for m in find_mentions(text, load_gazetteer().scoped()) if m.entity_id.startswith(("item:", "element:"))
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a goods word before a firm or market noun names the firm, not the good
        ("a Korean steel company filed the complaint", []),
        ("shares of solar panel makers fell", []),
        ("the copper market rallied", []),
        # ... or before a noun of tools, policies, training, models, or a "-related" / "-based" compound
        ("curbs on shipments of AI tools", []),
        ("refineries hit by drone strikes", []),
        ("mills that make sugarcane-based ethanol", ["ethanol"]),
        # before another goods word, only the head is the good
        ("materials used to make smartphone chips", ["chips"]),
        ("exports of artificial intelligence (AI) chips", ["chips"]),
        # the good itself, a sector, a coordination: kept
        ("tariffs on steel and aluminum", ["steel", "aluminum"]),
        ("tariffs hit the auto and steel industries", ["auto", "steel"]),
        ("a ban on exports of steel to Russia", ["steel"]),
        # gazetteer rows: "auto components" are auto parts; a "negotiating chip" is an idiom, no good
        ("duties on auto components from China", ["auto components"]),
        ("the controls have been a negotiating chip in the talks", []),
        # the machines that make chips are one good, however named ("semiconductor tools", 晶圆制造设备)
        ("curbs on shipments of semiconductor tools", ["semiconductor tools"]),
        ("a ban on chipmaking equipment and wafer fab machines", ["chipmaking equipment", "wafer fab machines"]),
    ],
)
def test_modifier_item(text: str, expected: list[str]) -> None:
    assert goods(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the goods vocabulary (gazetteer */goods.jsonl): commodities by HS section, English and Chinese
        ("Ghana banned exports of cocoa and coffee", ["item:cocoa", "item:coffee"]),
        ("duties on footwear, leather and ceramics", ["item:footwear", "item:leather", "item:ceramics"]),
        ("the province stopped exporting electricity", ["item:electricity"]),
        ("a levy on crude palm oil and soy oil", ["item:crude_palm_oil", "item:soybean_oil"]),
        ("对进口食糖和棕榈油加征关税", ["item:sugar", "item:palm_oil"]),
        ("暂停进口海盐和海藻", ["item:sea_salt", "item:seaweed"]),
        # "tires" keeps no singular ("tire" is a verb); vessels are no goods
        ("buyers may tire of delays", []),
        ("Britain sanctioned 20 ships", []),
    ],
)
def test_goods_vocabulary(text: str, expected: list[str]) -> None:
    found = [m.entity_id for m in find_mentions(text, load_gazetteer().scoped())]
    assert [e for e in found if e.startswith("item:")] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # application_list: the goods of a list of sectors that another good is used in
        ("steel plates, widely used in the natural gas, shipbuilding and display sectors", ["steel plates"]),
        ("稀土被广泛运用于石油化工、冶金、陶瓷、玻璃等领域", ["稀土"]),
        ("用于钢铁、冶金、化工等基础工业的石墨", ["石墨"]),
        # products it goes into stay Items
        ("minerals used in wind turbines and electric vehicles", ["wind turbines", "electric vehicles"]),
    ],
)
def test_application_list(text: str, expected: list[str]) -> None:
    assert goods(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a finish or processing modifier names the traded subtype; the id is the phrase's slug in US spelling
        ("a probe into galvanised steel from China", ["item:galvanized_steel"]),
        ("duties on cold-rolled steel and pre-painted steel.", ["item:cold_rolled_steel", "item:prepainted_steel"]),
        ("a 20% duty on exports of parboiled rice.", ["item:parboiled_rice"]),
        ("natural flake graphite and its products", ["item:natural_flake_graphite"]),
        ("Analogue chips, though not cutting-edge", ["item:analog_chips"]),
        # one level only: a head that is itself a subtype stays as it is
        ("cold-rolled stainless steel", ["item:stainless_steel"]),
        # the goods word must head its noun phrase
        ("expanded chip export controls", ["item:semiconductors"]),
        ("tariffs on steel", ["item:steel"]),
    ],
)
def test_process_subtype(text: str, expected: list[str]) -> None:
    found = find_mentions(text, load_gazetteer().scoped())
    assert [m.entity_id for m in found if m.entity_id.startswith("item:")] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a bare head after a compound with that head refers back to the compound
        (
            "Tariffs on electric vehicles from China. The vehicles are cheap.",
            ["item:electric_vehicles", "item:electric_vehicles"],
        ),
        ("Japan bans exports of luxury cars; such cars are popular.", ["item:luxury_cars", "item:luxury_cars"]),
        # coordinated with the compound, the bare noun is another good; before it, the general class
        ("duties on stainless steel and steel.", ["item:stainless_steel", "item:steel"]),
        ("duties on stainless steel, and other steel.", ["item:stainless_steel", "item:steel"]),
        ("cars and electric vehicles", ["item:automobiles", "item:electric_vehicles"]),
    ],
)
def test_head_anaphora(text: str, expected: list[str]) -> None:
    found = find_mentions(text, load_gazetteer().scoped())
    assert [m.entity_id for m in found if m.entity_id.startswith("item:")] == expected
