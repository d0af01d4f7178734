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
        # ... or of a facility, a deposit or a system: a plant, a mine or a system is no good
        ("plans to build a nickel plant in Mindanao", []),
        ("the country's largest steel mills cut output", []),
        ("a new copper smelter opened", []),
        ("an oil refinery in Shandong", []),
        ("the lithium mines of the north", []),
        ("rich rare earth deposits", []),
        ("a ban on exports of nickel from the plant", ["nickel"]),
        ("a feasibility study for a nickel processing plant", []),
        ("two new lithium refining facilities", []),
        ("curbs on nickel processing technology", ["nickel"]),
        ("firms that develop artificial intelligence systems", ["artificial intelligence"]),  # a system is a good
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
        ("Lima opened a probe into flat-rolled steel from Asia", ["item:flat_rolled_steel"]),
        ("duties on flat rolled steel", ["item:flat_rolled_steel"]),
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


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a material before the noun of its traded form names that form; the id is the phrase's slug
        ("Indonesia banned exports of nickel ore.", ["item:nickel_ore"]),
        ("a ban on raw nickel ore in 2020", ["item:nickel_ore"]),
        ("exports of rare earth ore", ["item:rare_earth_ore"]),
        ("controls on dysprosium oxide and gallium oxide", ["item:dysprosium_oxide", "item:gallium_oxide"]),
        ("duties on copper concentrates from Chile", ["item:copper_concentrates"]),
        ("a halt to imports of aluminium scrap", ["item:aluminium_scrap"]),
        ("China banned exports of lithium carbonate.", ["item:lithium_carbonate"]),
        ("duties on tungsten powder and cobalt alloys", ["item:tungsten_powder", "item:cobalt_alloys"]),
        (
            "duties on steel plates, steel pipes and steel wire",
            ["item:steel_plates", "item:steel_pipes", "item:steel_wire"],
        ),
        # Chinese: a metal's name before 矿 / 矿石 is its ore; 矿业, 矿产, 矿山 are no ore
        ("印尼禁止镍矿石出口。", ["item:nickel_ore"]),
        ("中国对稀土矿实施出口管制。", ["item:rare_earth_ore"]),
        ("稀土矿产资源丰富。", ["item:rare_earths"]),
        ("稀土矿山停产。", ["item:rare_earths"]),
        # Chinese salts and oxides: the compound word before the element
        ("中国限制碳酸锂和氢氧化锂出口。", ["item:lithium_carbonate", "item:lithium_hydroxide"]),
        ("中国对氧化镓实施出口管制。", ["item:gallium_oxide"]),
        ("欧盟对硫酸镍征收关税。", ["item:nickel_sulfate"]),
        # an ore is only a metal's: bauxite and iron ore are ores already
        ("a ban on bauxite ore exports", ["item:bauxite"]),
        ("exports of iron ore pellets", ["item:iron_ore"]),
        # a form noun that opens a hyphenated compound, or a gazetteer row that already spans it, is left alone
        ("steel sheet-metal workers", ["item:steel"]),
        ("imports of steel scrap", ["item:steel_scrap"]),
    ],
)
def test_form_head(text: str, expected: list[str]) -> None:
    found = find_mentions(text, load_gazetteer().scoped())
    assert [m.entity_id for m in found if m.entity_id.startswith(("item:", "element:"))] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a Chinese goods name + a head noun is the English compound of the same words when the gazetteer names it
        ("中国限制稀土设备出口。", ["item:rare_earth_equipment"]),
        ("中国限制稀土技术出口。", ["item:rare_earth_technologies"]),
        ("中国限制稀土原材料出口。", ["item:rare_earth_raw_materials"]),
        ("美国对汽车零部件加征关税。", ["item:auto_parts"]),
        # ... and over an elided modifier, as "rare earth equipment and raw materials" is read in English
        ("中国对部分稀土设备和原辅料实施出口管制。", ["item:rare_earth_equipment", "item:rare_earth_raw_materials"]),
        (
            "对超硬材料、稀土设备及原辅料实施出口管制。",
            ["item:superhard_materials", "item:rare_earth_equipment", "item:rare_earth_raw_materials"],
        ),
        # no compound the gazetteer lacks is minted: the good alone
        ("中国限制锂电池材料出口。", ["item:lithium_batteries"]),
    ],
)
def test_zh_compound_head(text: str, expected: list[str]) -> None:
    found = find_mentions(text, load_gazetteer().scoped())
    assert [m.entity_id for m in found if m.entity_id.startswith(("item:", "element:"))] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a Chinese element before 酸 names an acid or its salt, another substance
        ("该矿物是一种富铈的硅酸盐矿物", ["element:Ce"]),
        ("钨酸钠价格上涨", []),
        ("稀土硼酸氧钙制备技术", ["item:rare_earths"]),
        # the element itself, and its salts named the other way round, stay
        ("中国对镓、锗实施出口管制", ["element:Ga", "element:Ge"]),
        ("碳酸锂价格下跌", ["item:lithium_carbonate"]),
    ],
)
def test_zh_element_acid(text: str, expected: list[str]) -> None:
    found = find_mentions(text, load_gazetteer().scoped())
    assert [m.entity_id for m in found if m.entity_id.startswith(("item:", "element:"))] == expected
