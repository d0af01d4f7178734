"""Verb and noun classes added for recall (``extract/data/triggers/verb_classes.jsonl``).

One table per class, on sentences of our own wording (not article sentences):
each case goes through the whole pipeline (``extract_article``, rules only)
and asserts the exact set of (type, action, main actor) of the article's
events, or their exact absence.  The near misses each class must not catch
(a tariff suspension is no import halt; 未经许可不得出口 is a licence rule,
not a ban; "may" the modal, not "May" the month) are cases of the same table.
"""

from __future__ import annotations

import pytest

from policykg.extract.models import Article
from policykg.extract.pipeline import extract_article, load_pipeline

PUBLISHED = "2025-11-25T09:00:00"


def keys(body: str) -> set[tuple[str, str, str]]:
    """(type, action, main actor) of every event of a one-sentence article."""
    record = extract_article(Article(title="x", body=body, published=PUBLISHED), load_pipeline(rescore=False))
    return {(e.type, e.action, e.actors[0] if e.actors else "") for e in record.events}


def _check(body: str, expected: set[tuple[str, str, str]]) -> None:
    assert keys(body) == expected


TRADE_HALTS_ZH = [
    ("海关总署24日宣布,自12月1日起暂停日本水产品输入大陆。", {("IMPORT_RESTRICTION", "impose", "CHN")}),
    ("海关总署决定暂停受理日本牛肉报关。", {("IMPORT_RESTRICTION", "impose", "CHN")}),
    ("商务部决定暂停对日本的稀土出口。", {("EXPORT_BAN", "impose", "CHN")}),
    ("海关总署24日宣布,即日起恢复日本水产品输入大陆。", {("IMPORT_RESTRICTION", "lift", "CHN")}),
    # suspending a measure is not halting trade
    ("商务部宣布暂停实施对日本的出口管制措施。", {("EXPORT_CONTROL", "suspend", "CHN")}),
    ("国务院关税税则委员会宣布暂停对原产于美国的进口商品加征关税。", {("TARIFF", "suspend", "CHN")}),
    ("商务部宣布暂停对美国的稀土出口许可。", {("EXPORT_CONTROL", "suspend", "CHN")}),
]


@pytest.mark.parametrize(("body", "expected"), TRADE_HALTS_ZH, ids=[c[0][:30] for c in TRADE_HALTS_ZH])
def test_chinese_trade_halts(body: str, expected: set[tuple[str, str, str]]) -> None:
    _check(body, expected)


EXPORT_REFUSALS_ZH = [
    ("商务部表示,原则上不允许镓、锗对美出口。", {("EXPORT_BAN", "impose", "CHN")}),
    ("日本政府于7月采取措施,限制对韩出口三种半导体材料。", {("EXPORT_CONTROL", "impose", "JPN")}),
    ("商务部宣布,相关物项未经许可不得出口。", set()),  # a licence rule, not an outright ban
]


@pytest.mark.parametrize(("body", "expected"), EXPORT_REFUSALS_ZH, ids=[c[0][:30] for c in EXPORT_REFUSALS_ZH])
def test_chinese_export_refusals(body: str, expected: set[tuple[str, str, str]]) -> None:
    _check(body, expected)


WHITELISTS = [
    (
        'Japan on Monday removed South Korea from its "white list" of trusted trade partners.',
        {("EXPORT_CONTROL", "impose", "JPN")},
    ),
    ("Japan removed South Korea from its whitelist in May 2019.", {("EXPORT_CONTROL", "impose", "JPN")}),
    (
        "Japan on Monday announced the inclusion of South Korea in its whitelist again.",
        {("EXPORT_CONTROL", "lift", "JPN")},
    ),
    ("日本政府24日决定将韩国移出“白名单”。", {("EXPORT_CONTROL", "impose", "JPN")}),
    ("日本政府之前把韩国排除在出口“白名单”之外。", {("EXPORT_CONTROL", "impose", "JPN")}),
]


@pytest.mark.parametrize(("body", "expected"), WHITELISTS, ids=[c[0][:30] for c in WHITELISTS])
def test_whitelist_removal_tightens_export_control(body: str, expected: set[tuple[str, str, str]]) -> None:
    _check(body, expected)


LISTS_AND_LICENCES = [
    (
        "The Ministry of Commerce said on Monday it was adding 8 US firms to its list of “unreliable entities”.",
        {("SANCTION", "impose", "CHN")},
    ),
    ("美国商务部此前宣布制裁多家中国企业。中芯国际等企业早前已经被纳入名单。", {("SANCTION", "impose", "USA")}),
    (
        "Samsung said on Monday it had applied to sell the chips in China.",
        {("EXPORT_CONTROL", "request", "org:samsung_electronics")},
    ),
    ("Canberra barred Huawei from 5G contracts on Monday.", {("IMPORT_RESTRICTION", "impose", "AUS")}),
]


@pytest.mark.parametrize(("body", "expected"), LISTS_AND_LICENCES, ids=[c[0][:30] for c in LISTS_AND_LICENCES])
def test_list_names_applications_and_bars(body: str, expected: set[tuple[str, str, str]]) -> None:
    _check(body, expected)


STATE_PRODUCTION = [
    (
        "Bolivia's President said on Monday he would nationalize the country's lithium industry.",
        {("INDUSTRIAL_POLICY", "impose", "BOL")},
    ),
    (
        "Peru on Monday declared 10,000 hectares in Puno as a strategic mining zone.",
        {("INDUSTRIAL_POLICY", "impose", "PER")},
    ),
    (
        "Kenya said on Monday it will create a state-owned company to mine lithium.",
        {("INDUSTRIAL_POLICY", "impose", "KEN")},
    ),
    (
        "Trump on Monday invoked emergency powers to boost domestic production of critical minerals.",
        {("INDUSTRIAL_POLICY", "impose", "USA")},
    ),
    # emergency powers used for a tariff are the tariff's vehicle
    ("Trump on Monday invoked emergency powers to impose tariffs on Canada.", {("TARIFF", "impose", "USA")}),
]


@pytest.mark.parametrize(("body", "expected"), STATE_PRODUCTION, ids=[c[0][:30] for c in STATE_PRODUCTION])
def test_state_production_is_industrial_policy(body: str, expected: set[tuple[str, str, str]]) -> None:
    _check(body, expected)


MONTH_MAY = [
    ("In May, the US imposed tariffs on steel.", {("TARIFF", "impose", "USA")}),
    ("The US may impose tariffs on steel.", set()),  # the modal still hedges
    (
        "After the leak at the No. 2 plant, Korea imposed a ban on the import of Japanese fish.",
        {("IMPORT_RESTRICTION", "impose", "KOR")},
    ),
    ("Korea has no ban on the import of Japanese fish.", set()),  # the determiner still negates
]


@pytest.mark.parametrize(("body", "expected"), MONTH_MAY, ids=[c[0][:30] for c in MONTH_MAY])
def test_the_month_may_and_no_dot_are_no_hedges(body: str, expected: set[tuple[str, str, str]]) -> None:
    _check(body, expected)


QUOTED_DECISIONS = [
    # a quote that opens with the act quotes the decision ...
    ("海关总署24日发布通知,决定自12月1日起「暂停日本水产品输入大陆」。", {("IMPORT_RESTRICTION", "impose", "CHN")}),
    # ... a quote that ends in, or is followed by, a document noun names a document
    ("海关总署24日表示,《关于暂停日本水产品输入大陆的公告》仍然有效。", set()),
    ("海关总署依据「暂停日本水产品输入」的规定处理。", set()),
]


@pytest.mark.parametrize(("body", "expected"), QUOTED_DECISIONS, ids=[c[0][:30] for c in QUOTED_DECISIONS])
def test_quoted_decisions_are_acts_titles_are_not(body: str, expected: set[tuple[str, str, str]]) -> None:
    _check(body, expected)


BACKGROUND_FACTS = [
    # a hedge of an earlier clause does not reach a stated past act after "following" / "after"
    (
        "Trump hinted on Monday that he could consider levies on copper, following tariffs he has imposed on steel.",
        [("TARIFF", "impose", "USA")],
    ),
    (
        "Analysts suggest that Canada could retaliate, after the US imposed tariffs on steel.",
        [("TARIFF", "impose", "USA")],
    ),
    ("Analysts suggest that Canada could impose tariffs on US steel.", []),
    # "other tariffs" is another measure of the same kind, not a restatement ...
    (
        "The US imposed tariffs on Chinese steel on Monday. The move follows other tariffs it has imposed on Chinese cars.",
        [("TARIFF", "impose", "USA"), ("TARIFF", "impose", "USA")],
    ),
    (
        "The US imposed tariffs on Chinese steel on Monday. The tariffs will hit Chinese mills.",
        [("TARIFF", "impose", "USA")],
    ),
    # ... but "or other measures" is a catch-all
    (
        "商务部24日宣布对美国实施出口管制。对实施封锁或其他歧视性措施的外国实体,商务部将依法处理。",
        [("EXPORT_CONTROL", "impose", "CHN")],
    ),
]


@pytest.mark.parametrize(("body", "expected"), BACKGROUND_FACTS, ids=[c[0][:30] for c in BACKGROUND_FACTS])
def test_background_facts_and_other_measures(body: str, expected: list[tuple[str, str, str]]) -> None:
    record = extract_article(Article(title="x", body=body, published=PUBLISHED), load_pipeline(rescore=False))
    assert sorted((e.type, e.action, e.actors[0] if e.actors else "") for e in record.events) == expected


VOWED_COUNTERMEASURES = [
    pytest.param(
        "The US imposed tariffs on Chinese steel on Monday. China said on Tuesday it will take “necessary measures” to protect its firms.",
        {("TARIFF", "impose", "USA"), ("TARIFF", "threaten", "CHN")},
        marks=pytest.mark.xfail(
            strict=True,
            reason="modality.vague_measure vetoes a vow of unnamed 'necessary measures'; exempting vows (act threaten) "
            "was measured by xev: train +1 tp +3 fp, dev 0, heldout a and c +1 fp each, so the veto stays",
        ),
    ),
    (
        "美国24日宣布对中国商品加征关税。商务部25日表示,中方将采取一切必要反制措施。",
        {("TARIFF", "impose", "USA"), ("TARIFF", "threaten", "CHN")},
    ),
    # a vow only: measures already taken, without a further action word, state no new threat
    ("美国24日宣布对中国商品加征关税。商务部25日表示,中方已采取反制措施。", {("TARIFF", "impose", "USA")}),
]


@pytest.mark.parametrize(
    ("body", "expected"), VOWED_COUNTERMEASURES, ids=[getattr(c, "values", c)[0][:30] for c in VOWED_COUNTERMEASURES]
)
def test_vowed_countermeasures_are_threats(body: str, expected: set[tuple[str, str, str]]) -> None:
    _check(body, expected)


RELATIVE_CLAUSES = [
    # the state named right before ", which" is the subject of the act in the relative clause
    (
        "The pact is a relief for Canada, which has struggled since imposing tariffs on US steel last month.",
        {("TARIFF", "impose", "CAN")},
    ),
    (
        "Exports to China, which imposed tariffs on US soybeans last year, fell on Monday.",
        {("TARIFF", "impose", "CHN")},
    ),
    # a firm is no antecedent that imposes measures
    ("Exports fell at Huawei, which has been hit by tariffs.", set()),
]


@pytest.mark.parametrize(("body", "expected"), RELATIVE_CLAUSES, ids=[c[0][:30] for c in RELATIVE_CLAUSES])
def test_relative_clause_acts_take_their_antecedent(body: str, expected: set[tuple[str, str, str]]) -> None:
    _check(body, expected)


BORDERS = [
    (
        "Thailand on Monday closed its border crossings with Myanmar, citing security concerns.",
        {("IMPORT_RESTRICTION", "impose", "THA")},
    ),
    (
        "Prices rose on Monday in response to recent closures of the border by Thailand.",
        {("IMPORT_RESTRICTION", "impose", "THA")},
    ),
    ("Thailand said on Monday it will keep the border open.", set()),
    # cutting off exports is an export ban, but only a state's: rebels are no actor
    (
        "Thailand on Monday sealed its border, cutting off exports of rice to Myanmar.",
        {("IMPORT_RESTRICTION", "impose", "THA"), ("EXPORT_BAN", "impose", "THA")},
    ),
    ("Rebels on Monday seized the town in Myanmar, cutting off exports of jade to China.", set()),
]


@pytest.mark.parametrize(("body", "expected"), BORDERS, ids=[c[0][:30] for c in BORDERS])
def test_border_closures_and_cut_off_exports(body: str, expected: set[tuple[str, str, str]]) -> None:
    _check(body, expected)


PETITIONS = [
    # the petition is a request of the started measure's type: a named petitioner ...
    (
        "The Commerce Ministry on Monday launched an anti-dumping investigation into Japanese propionic acid "
        "following a request from the China Alcoholic Drinks Association.",
        {("INVESTIGATION", "impose", "CHN"), ("INVESTIGATION", "request", "org:china_alcoholic_drinks_association")},
    ),
    (
        "应中国酒业协会申请,商务部24日发布公告,决定对原产于日本的进口丙酸发起反倾销调查。",
        {("INVESTIGATION", "impose", "CHN"), ("INVESTIGATION", "request", "org:china_alcoholic_drinks_association")},
    ),
    # ... or an unnamed domestic industry, whose state is the acting state
    (
        "应国内相关产业申请,商务部24日发布公告,决定对原产于日本的进口丙酸发起反倾销调查。",
        {("INVESTIGATION", "impose", "CHN"), ("INVESTIGATION", "request", "CHN")},
    ),
    (
        "The European Commission on Monday opened an anti-subsidy investigation into Chinese e-bikes after a complaint by local producers.",
        {("INVESTIGATION", "impose", "EU"), ("INVESTIGATION", "request", "EU")},
    ),
    # no petitioner named or implied: no request
    (
        "The European Commission on Monday opened an anti-subsidy investigation into Chinese e-bikes.",
        {("INVESTIGATION", "impose", "EU")},
    ),
]


@pytest.mark.parametrize(("body", "expected"), PETITIONS, ids=[c[0][:30] for c in PETITIONS])
def test_petitions_are_requests_of_the_petitioner(body: str, expected: set[tuple[str, str, str]]) -> None:
    _check(body, expected)


LICENCES = [
    # a bare licence noun takes the type of the sentence's (or article's) measure
    (
        "Samsung said on Monday it had applied to sell the chips in China and received assurances that the US "
        "government will approve those licences.",
        {("EXPORT_CONTROL", "request", "org:samsung_electronics"), ("EXPORT_CONTROL", "approve", "USA")},
    ),
    (
        "The US imposed export controls on chips to China in May. Commerce said on Monday it had approved licences for Samsung.",
        {("EXPORT_CONTROL", "impose", "USA"), ("EXPORT_CONTROL", "approve", "USA")},
    ),
    # no trade measure in sight: a mining licence is no event
    ("The mining company said on Monday its licence to dig in Chile was approved.", set()),
]


@pytest.mark.parametrize(("body", "expected"), LICENCES, ids=[c[0][:30] for c in LICENCES])
def test_bare_licences_take_the_measure_type(body: str, expected: set[tuple[str, str, str]]) -> None:
    _check(body, expected)


NOMINAL_AND_PASSIVE_BANS = [
    # the nominal form of a border closure takes the operation on it ("the extension of the border closure")
    (
        "Chile banned wine imports in May. Last month, Boric approved the extension of the border closure until "
        "August 31.",
        {("IMPORT_RESTRICTION", "extend", "CHL")},
    ),
    ("The border closure hurt traders, economists said.", set()),  # named without an act or owner
    # a passive ban of exports: the state acting is the sentence's or the previous one's
    (
        "Kenya banned sugar imports last year. In March, exports of cement were banned.",
        {("EXPORT_BAN", "impose", "KEN")},
    ),
    # a noun compound of goods and exports after a verb of the ban class
    ("Peru has banned copper exports.", {("EXPORT_BAN", "impose", "PER")}),
    ("Zambia banned maize exports in March.", {("EXPORT_BAN", "impose", "ZMB")}),
    # near misses: another state's exports (an import measure), a licence noun, halts with a natural cause
    ("The US banned Chinese exports of drones.", set()),
    ("Chile banned lithium export licences.", set()),
    ("India's exports of sugar were halted by floods.", set()),
    ("Kenya said exports of tea had been halted by strikes.", set()),
]


@pytest.mark.parametrize(
    ("body", "expected"), NOMINAL_AND_PASSIVE_BANS, ids=[c[0][:30] for c in NOMINAL_AND_PASSIVE_BANS]
)
def test_nominal_and_passive_bans(body: str, expected: set[tuple[str, str, str]]) -> None:
    _check(body, expected)


MFN_AND_INSTITUTE = [
    # revoking most-favoured-nation status or normal trade relations raises every tariff on the country
    ("Canada has also decided to strip Russia of its most favoured nation status.", {("TARIFF", "impose", "CAN")}),
    (
        "The US Congress voted on Monday to revoke Russia's permanent normal trade relations.",
        {("TARIFF", "impose", "USA")},
    ),
    ("Peru said it will continue to grant most-favoured-nation treatment to Chile.", set()),  # kept, not revoked
    # "institute" joins the verbs that introduce a measure (announce, introduce, establish)
    ("Mexico instituted a 35% tariff on Chinese cars on Monday.", {("TARIFF", "impose", "MEX")}),
    ("The 50% tariff instituted by Chile on steel hit Peru.", {("TARIFF", "impose", "CHL")}),
    ("The bank instituted new lending rules.", set()),
]


@pytest.mark.parametrize(("body", "expected"), MFN_AND_INSTITUTE, ids=[c[0][:30] for c in MFN_AND_INSTITUTE])
def test_mfn_revocation_and_instituted_measures(body: str, expected: set[tuple[str, str, str]]) -> None:
    _check(body, expected)


IMPORTS_ZH = [
    # opening or resuming imports lifts an import restriction; restricting imports imposes one
    ("海关总署24日通知各海关开放所有澳大利亚煤炭进口。", {("IMPORT_RESTRICTION", "lift", "CHN")}),
    ("海关总署24日宣布恢复日本部分地区水产品进口。", {("IMPORT_RESTRICTION", "lift", "CHN")}),
    ("中国自2020年5月起对澳大利亚煤炭、葡萄酒等商品限制进口。", {("IMPORT_RESTRICTION", "impose", "CHN")}),
    ("韩国24日决定限制进口日本水产品。", {("IMPORT_RESTRICTION", "impose", "KOR")}),
    # resuming an import duty is a tariff, not reopened trade
    ("商务部24日宣布恢复对美国大豆加征进口关税。", {("TARIFF", "impose", "CHN")}),
    ("海关总署24日表示，进口申报恢复正常。", set()),
]


@pytest.mark.parametrize(("body", "expected"), IMPORTS_ZH, ids=[c[0][:30] for c in IMPORTS_ZH])
def test_chinese_import_openings_and_restrictions(body: str, expected: set[tuple[str, str, str]]) -> None:
    _check(body, expected)
