"""Recall by linguistic class (issue 11, engineer xrecall9): invented forms of the classes the event rules missed.

Each table is one class, written as invented sentences (not article sentences): several verbs of the class,
tenses, voices, word orders, other actors, English, Simplified and Traditional Chinese, and negative controls
that must give no event (or not the event of the class).  Each case goes through the whole rules-only pipeline
and asserts the exact set of (type, action, main actor) of the article's events.
"""

from __future__ import annotations

import pytest

from tests.rule_cases import case_ids, main_actor_events

Case = tuple[str, set[tuple[str, str, str]]]

# --- the easing class: phasing out, scaling / paring back, narrowing, trimming, winding down (lift; a tariff cut
# is suspend through action_rules.EASING)
EASING_FORMS: list[Case] = [
    ("Canada will phase out its tariffs on Chinese steel by 2027.", {("TARIFF", "lift", "CAN")}),
    ("Mexico is phasing out import duties on Chinese textiles.", {("TARIFF", "lift", "MEX")}),
    ("India phased out its export ban on onions last month.", {("EXPORT_BAN", "lift", "IND")}),
    ("The EU scaled back its export ban on chemicals on Monday.", {("EXPORT_BAN", "lift", "EU")}),
    ("Japan is scaling back its export controls on South Korea.", {("EXPORT_CONTROL", "lift", "JPN")}),
    ("Washington pared back its sanctions on Venezuela on Friday.", {("SANCTION", "lift", "USA")}),
    ("The EU narrowed its export ban on chemicals on Monday.", {("EXPORT_BAN", "lift", "EU")}),
    ("Indonesia has wound down its import restrictions on sugar.", {("IMPORT_RESTRICTION", "lift", "IDN")}),
    ("The US trimmed its tariffs on Vietnamese goods on Monday.", {("TARIFF", "suspend", "USA")}),
    ("Brazil scaled back import duties on medicines.", {("TARIFF", "suspend", "BRA")}),
    ("日本缩小了对韩国出口管制的范围。", {("EXPORT_CONTROL", "lift", "JPN")}),
    ("歐盟縮減了對化學品的出口管制範圍。", {("EXPORT_CONTROL", "lift", "EU")}),
    ("美国将调低对越南商品的关税。", {("TARIFF", "suspend", "USA")}),
    # negative controls: the noun of a goal, a market figure, a narrowing with no measure
    ("Denmark said the ban on LNG is a step toward a complete phase-out of Russian energy.", set()),
    ("The EU pledged a complete phase out of Russian energy.", set()),
    ("The US trade deficit with China narrowed in March.", set()),
    ("Chinese exporters trimmed their prices.", set()),
    ("中美贸易逆差缩小。", set()),
]


@pytest.mark.parametrize(("body", "expected"), EASING_FORMS, ids=case_ids(EASING_FORMS))
def test_easing_forms(body: str, expected: set[tuple[str, str, str]]) -> None:
    assert main_actor_events(body) == expected


# --- a vow of retaliation by a verb of promising: the contract's threaten (not a stance, not an imposition)
VOW_FORMS: list[Case] = [
    ("China pledged to retaliate with tariffs on US goods.", {("TARIFF", "threaten", "CHN")}),
    ("China has pledged to respond in kind to any new US tariffs.", {("TARIFF", "threaten", "CHN")}),
    ("China promised to hit back with export controls on rare earths.", {("EXPORT_CONTROL", "threaten", "CHN")}),
    ("Beijing swore to respond with tariffs on US farm goods.", {("TARIFF", "threaten", "CHN")}),
    ("The EU pledged to strike back with duties on US whiskey.", {("TARIFF", "threaten", "EU")}),
    ("Canada is pledging to reciprocate with tariffs on US steel.", {("TARIFF", "threaten", "CAN")}),
    ("中方承诺将以关税予以反击。", {("TARIFF", "threaten", "CHN")}),
    ("中國承諾以關稅反擊美國。", {("TARIFF", "threaten", "CHN")}),
    # controls: a pledge of a vague step stays a stance; a retaliation done is an imposition
    ("China pledged to take measures to tighten export controls.", set()),
    ("China retaliated with tariffs on US goods on Monday.", {("TARIFF", "impose", "CHN")}),
]


@pytest.mark.parametrize(("body", "expected"), VOW_FORMS, ids=case_ids(VOW_FORMS))
def test_vow_forms(body: str, expected: set[tuple[str, str, str]]) -> None:
    assert main_actor_events(body) == expected


# --- an act stated in an object relative clause on the measure noun: the relative clause's subject acts
RELATIVE_FORMS: list[Case] = [
    ("The ban, which Indonesia imposed on January 1, 2020, hit nickel ore exports.", {("EXPORT_BAN", "impose", "IDN")}),
    ("The ban, which Indonesia announced in 2020, hit nickel ore exports.", {("EXPORT_BAN", "impose", "IDN")}),
    ("The ban that Indonesia imposed in 2020 hit nickel ore exports.", {("EXPORT_BAN", "impose", "IDN")}),
    ("The ban on nickel ore exports that Indonesia imposed in 2020 hit smelters.", {("EXPORT_BAN", "impose", "IDN")}),
    ("The tariffs the United States introduced in March 2018 hurt Chinese exporters.", {("TARIFF", "impose", "USA")}),
    ("The duties, which Brussels imposed last October, hurt Chinese carmakers.", {("TARIFF", "impose", "EU")}),
    (
        "Exports fell after the export controls that Japan introduced on July 4, 2019.",
        {("EXPORT_CONTROL", "impose", "JPN")},
    ),
    ("The sanctions that Washington had first imposed in 2014 were widened.", {("SANCTION", "impose", "USA")}),
    ("The tariffs that Canada removed in 2019 were steel duties.", {("TARIFF", "lift", "CAN")}),
    ("印尼于2020年1月1日实施的镍矿出口禁令打击了冶炼厂。", {("EXPORT_BAN", "impose", "IDN")}),
    ("印尼2020年實施的鎳礦出口禁令推動了投資。", {("EXPORT_BAN", "impose", "IDN")}),
    # controls: a subject relative, a speaker's claim, a hedge, a passive relative with no doer
    ("The tariffs, which hit Chinese exporters, were raised.", set()),
    ("The tariffs, which the company said hurt sales, were raised.", set()),
    ("The ban, which Indonesia may lift next year, hit exports.", set()),
    ("The tariffs, which were imposed in 2018, hurt exporters.", set()),
    # a verb that takes goods: the pronoun's antecedent is the goods noun, not the measure
    (
        "China imposed export controls on gallium, which the U.S. had restricted on Nov. 20.",
        {("EXPORT_CONTROL", "impose", "CHN")},
    ),
]


@pytest.mark.parametrize(("body", "expected"), RELATIVE_FORMS, ids=case_ids(RELATIVE_FORMS))
def test_relative_forms(body: str, expected: set[tuple[str, str, str]]) -> None:
    assert main_actor_events(body) == expected


# --- the nominal compound of a trade flow and a halting noun is a ban: an event phrase whose "halt" is no lift
HALT_NOUN_FORMS: list[Case] = [
    ("The DRC announced a four-month export halt on cobalt in February.", {("EXPORT_BAN", "impose", "COD")}),
    ("The move follows a four-month export halt announced by the DRC in February.", {("EXPORT_BAN", "impose", "COD")}),
    ("Russia imposed an export freeze on gasoline on Monday.", {("EXPORT_BAN", "impose", "RUS")}),
    ("Russia extended its gasoline export stoppage on Monday.", {("EXPORT_BAN", "extend", "RUS")}),
    ("India ended its export suspension on onions on Monday.", {("EXPORT_BAN", "lift", "IND")}),
    ("Kazakhstan ordered a halt to wheat exports on Monday.", {("EXPORT_BAN", "impose", "KAZ")}),
    ("China announced an import halt on Japanese seafood.", {("IMPORT_RESTRICTION", "impose", "CHN")}),
    ("China lifted its import suspension on Japanese seafood on Monday.", {("IMPORT_RESTRICTION", "lift", "CHN")}),
    ("China announced a halt to imports of Japanese seafood.", {("IMPORT_RESTRICTION", "impose", "CHN")}),
    ("Beijing ordered a freeze on imports of Australian coal.", {("IMPORT_RESTRICTION", "impose", "CHN")}),
    # controls: the noun with no owner or act; a halt to a measure is no ban
    ("The export halt hit cobalt prices.", set()),
    ("Traders fear an import freeze.", set()),
]


@pytest.mark.parametrize(("body", "expected"), HALT_NOUN_FORMS, ids=case_ids(HALT_NOUN_FORMS))
def test_halt_noun_forms(body: str, expected: set[tuple[str, str, str]]) -> None:
    assert main_actor_events(body) == expected


# --- a purchase commitment stated by its sum: the buyer's TRADE_DEAL (the seller's state its other party)
PURCHASE_FORMS: list[Case] = [
    ("Indonesia will purchase $4.5 billion of US farm products.", {("TRADE_DEAL", "impose", "IDN")}),
    (
        "Vietnamese firms will buy more than $2.9 billion of US agricultural products.",
        {("TRADE_DEAL", "impose", "VNM")},
    ),
    ("Japan would import about $8 billion of American corn under the plan.", {("TRADE_DEAL", "impose", "JPN")}),
    ("Indonesian firms signed deals to increase their purchases of US goods.", {("TRADE_DEAL", "impose", "IDN")}),
    ("Malaysian firms inked contracts to buy US soybeans on Monday.", {("TRADE_DEAL", "impose", "MYS")}),
    ("印尼同意采购45亿美元的美国农产品。", {("TRADE_DEAL", "impose", "IDN")}),
    ("越南企业也将采购逾29亿美元的美国农产品。", {("TRADE_DEAL", "impose", "VNM")}),
    ("马来西亚将购买价值1500亿美元的美国商品。", {("TRADE_DEAL", "impose", "MYS")}),
    ("印尼同意進口45億美元的美國農產品。", {("TRADE_DEAL", "impose", "IDN")}),
    ("日本计划以80亿美元增购美国玉米。", {("TRADE_DEAL", "impose", "JPN")}),
    # controls: a market report, a past figure, a purchase with no sum
    ("China is buying more US soybeans, traders said.", set()),
    ("China bought $4 billion of US soybeans last year.", set()),
    ("中国去年进口了40亿美元的美国大豆。", set()),
]


@pytest.mark.parametrize(("body", "expected"), PURCHASE_FORMS, ids=case_ids(PURCHASE_FORMS))
def test_purchase_forms(body: str, expected: set[tuple[str, str, str]]) -> None:
    assert main_actor_events(body) == expected


# --- acts a hedge does not reach: a discourse formula, the act a retaliation answers, a past-marked relative clause
PRESUPPOSED_FORMS: list[Case] = [
    (
        "It may be recalled that the anti-dumping investigation into Chinese steel pipes was initiated by India on July 8.",
        {("INVESTIGATION", "impose", "IND")},
    ),
    ("It may be noted that Indonesia banned nickel ore exports in January.", {("EXPORT_BAN", "impose", "IDN")}),
    (
        "The tariffs are widely seen as retaliation for the EU's decision to impose duties on Chinese EVs.",
        {("TARIFF", "impose", "EU")},
    ),
    ("The move may be a response to Japan's decision to restrict chip exports.", {("EXPORT_CONTROL", "impose", "JPN")}),
    ("外界认为,此举是对欧盟决定对中国电动汽车征收反补贴关税的明确报复。", {("TARIFF", "impose", "EU")}),
    ("外界認為,此舉是對歐盟決定對中國電動汽車徵收反補貼關稅的報復。", {("TARIFF", "impose", "EU")}),
    ("新加征的关税有可能危及美国与加拿大新签署的贸易协定。", {("TRADE_DEAL", "impose", "USA")}),
    ("关税可能削弱印尼此前实施的镍矿出口禁令。", {("EXPORT_BAN", "impose", "IDN")}),
    # controls: the hedge over the act itself, a hedged relative with no past mark, an analyst's view
    ("India may impose anti-dumping duties on Chinese steel.", set()),
    ("The EU may be recalling its ambassador.", set()),
    ("中国可能对欧盟猪肉征收关税。", set()),
    ("分析人士认为,美国可能实施的关税将打击出口。", set()),
]


@pytest.mark.parametrize(("body", "expected"), PRESUPPOSED_FORMS, ids=case_ids(PRESUPPOSED_FORMS))
def test_presupposed_forms(body: str, expected: set[tuple[str, str, str]]) -> None:
    assert main_actor_events(body) == expected


# --- Chinese import permits named without 证 or as 准证; granting one approves, no longer needing one lifts
PERMIT_FORMS: list[Case] = [
    ("泰国将核发美国燃料用乙醇进口许可。", {("IMPORT_RESTRICTION", "approve", "THA")}),
    ("泰國將核發美國乙醇進口許可。", {("IMPORT_RESTRICTION", "approve", "THA")}),
    ("马来西亚宣布进口食品无须入口准证。", {("IMPORT_RESTRICTION", "lift", "MYS")}),
    ("馬來西亞宣布進口食品無須入口準證。", {("IMPORT_RESTRICTION", "lift", "MYS")}),
    ("新加坡宣布,进口大米不再需要进口准证。", {("IMPORT_RESTRICTION", "lift", "SGP")}),
    ("印尼决定免除进口许可,以稳定粮价。", {("IMPORT_RESTRICTION", "lift", "IDN")}),
    # controls: a procedure, a firm's application process
    ("企业申请进口许可的流程很复杂。", set()),
    ("进口许可的审核时间约为两周。", set()),
]


@pytest.mark.parametrize(("body", "expected"), PERMIT_FORMS, ids=case_ids(PERMIT_FORMS))
def test_permit_forms(body: str, expected: set[tuple[str, str, str]]) -> None:
    assert main_actor_events(body) == expected


# --- the de minimis relief of low-value imports is a tariff relief: ending, suspending or closing it imposes the tariff
DE_MINIMIS_FORMS: list[Case] = [
    ("The US suspended the de minimis exemption for low-value parcels from China.", {("TARIFF", "impose", "USA")}),
    ("Washington ended the de minimis exemption for Chinese imports on Friday.", {("TARIFF", "impose", "USA")}),
    ("The US closed the de minimis loophole for Chinese imports in May.", {("TARIFF", "impose", "USA")}),
    ("The United States is closing the de minimis loophole for goods from China.", {("TARIFF", "impose", "USA")}),
    ("美国政府宣布取消中国大陆寄往美国货品的小额免税安排。", {("TARIFF", "impose", "USA")}),
    ("美國政府宣布取消小額包裹免稅待遇。", {("TARIFF", "impose", "USA")}),
    # controls: the export-control de minimis rule keeps its type; a loophole of another kind; a mere mention
    (
        "The US expanded the de minimis rule of its export controls to cover chips made abroad.",
        {("EXPORT_CONTROL", "impose", "USA")},
    ),
    ("Shoppers rushed to use the de minimis exemption before the holidays.", set()),
]


@pytest.mark.parametrize(("body", "expected"), DE_MINIMIS_FORMS, ids=case_ids(DE_MINIMIS_FORMS))
def test_de_minimis_forms(body: str, expected: set[tuple[str, str, str]]) -> None:
    assert main_actor_events(body) == expected


# --- the Chinese verb 限制 with its trade flow as object is the restricting act (the noun order 出口限制 is the measure)
ZH_RESTRICT_FORMS: list[Case] = [
    ("印尼1月限制棕榈油出口。", {("EXPORT_CONTROL", "impose", "IDN")}),
    ("印尼于1月限制了棕榈油出口。", {("EXPORT_CONTROL", "impose", "IDN")}),
    ("印尼1月限制棕櫚油出口。", {("EXPORT_CONTROL", "impose", "IDN")}),
    ("中国限制镓和锗对美出口。", {("EXPORT_CONTROL", "impose", "CHN")}),
    ("中國1月限制日本水產品進口。", {("IMPORT_RESTRICTION", "impose", "CHN")}),
    ("印度宣布解除限制大米出口的措施。", {("EXPORT_CONTROL", "lift", "IND")}),
    # controls: a noun phrase, a firm's capacity, rules still to come
    ("出口限制导致价格上涨。", set()),
    ("该政策限制了企业的出口能力。", set()),
    ("显示拜登将更新限制芯片及芯片制造工具出口中国的法规。", set()),
]


@pytest.mark.parametrize(("body", "expected"), ZH_RESTRICT_FORMS, ids=case_ids(ZH_RESTRICT_FORMS))
def test_zh_restrict_forms(body: str, expected: set[tuple[str, str, str]]) -> None:
    assert main_actor_events(body) == expected


# --- restoring or resuming a measure imposes it again (resuming trade itself lifts a restriction)
RESTORE_FORMS: list[Case] = [
    ("The US restored tariffs on Canadian aluminium after a pause.", {("TARIFF", "impose", "USA")}),
    ("The US resumed 25% tariffs on Mexican tomatoes on Monday.", {("TARIFF", "impose", "USA")}),
    ("The EU restored sanctions on Belarus on Monday.", {("SANCTION", "impose", "EU")}),
    (
        "Washington is restoring its export controls on oil equipment to Venezuela.",
        {("EXPORT_CONTROL", "impose", "USA")},
    ),
    # controls: resuming trade is the lift of a restriction, or no event
    ("China resumed imports of Japanese seafood on Monday.", {("IMPORT_RESTRICTION", "lift", "CHN")}),
    ("The two sides resumed trade talks on Monday.", set()),
]


@pytest.mark.parametrize(("body", "expected"), RESTORE_FORMS, ids=case_ids(RESTORE_FORMS))
def test_restore_forms(body: str, expected: set[tuple[str, str, str]]) -> None:
    assert main_actor_events(body) == expected
