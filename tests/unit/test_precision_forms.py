"""Issue 11, engineer xfp8: coverage tables of invented forms for statements that name a measure without an act.

Each table is a linguistic class of the unpaired false positives on train, written as invented sentences (English,
Simplified and Traditional Chinese; other verbs, actors, word orders), with the events expected.  ``NO_ACT`` rows
give no event; ``ACTS`` rows are the acts that must stand beside them.

* ``QUESTION``: an open question, "whether" / 是否 (``hedges.jsonl``; after a verb of deliberation 是否 is the
  matrix class's threat, ``matrix_classes.jsonl``);
* ``CURRENT``: the measure as it stands now, "currently imposes", 现行 / 目前…征收的 (``continuing_rules.current_regime``);
* ``NAMED``: a measure noun as the modifier of another head (revenue, cases, formalities, outreach:
  ``modality.modifier_of_other_noun``), 关税 read across two words (相关|税号: ``modality.straddles_words``), a sum
  collected (``figure_rules.collected_sum``), a law named without 《》 (``figure_rules.zh_unbracketed_law``);
* ``EVALUATED``: the act as the subject of a judgement, "has always been a priority", 是个好建议
  (``statement_rules.evaluated_act``);
* ``IN_THE_WORKS``: a deal worked toward or not confirmed yet, "agreed to hammer out a deal", 努力达成, "has yet to be
  confirmed" (``claim_rules.deal_in_the_works``);
* ``RELIEF``: ending the agreed / preferential rates (协定税率, 特惠税率, 普惠, "concessional rates") imposes the tariff,
  lowering them deepens the relief (``relief_rules.ended_relief``).
"""

from __future__ import annotations

import pytest

from tests.rule_cases import main_actor_events

Row = tuple[str, set[tuple[str, str, str]]]

QUESTION: list[Row] = [
    ("调查机关将于明年4月决定是否征收临时反倾销税。", set()),
    ("調查機關將於明年4月決定是否課徵臨時反傾銷稅。", set()),
    ("财政部将在初裁后决定是否对韩国钢材采取临时反倾销措施。", set()),
    ("市场关注美国是否会取消对中国商品的关税。", set()),
    ("外界關注歐盟是否延長鋼鐵保障措施。", set()),
    ("记者询问日本是否会解除对韩国的出口管制。", set()),
    ("印度政府将于下月决定是否禁止大米出口。", set()),
    ("目前尚不清楚美国是否会对墨西哥商品加征关税。", set()),
    ("The ministry will decide by April whether to impose provisional anti-dumping duties.", set()),
    ("It is unclear whether Washington will lift the tariffs on Chinese steel.", set()),
    ("Investors are watching whether the EU will extend its steel safeguard.", set()),
    ("日本正考虑是否对越南钢材加征25%的关税。", {("TARIFF", "threaten", "JPN")}),
    ("商务部决定自2025年12月1日起对原产于美国的大豆加征10%关税。", {("TARIFF", "impose", "CHN")}),
    ("商務部決定對原產於韓國的鋼材課徵反傾銷稅。", {("TARIFF", "impose", "CHN")}),
    ("印度政府宣布禁止大米出口。", {("EXPORT_BAN", "impose", "IND")}),
    ("商务部决定自即日起对原产于美国的进口丙酸是否存在倾销进行调查。", {("INVESTIGATION", "impose", "CHN")}),
    ("商务部宣布,对进口牛肉是否对国内产业造成损害开展保障措施调查。", {("INVESTIGATION", "impose", "CHN")}),
]

CURRENT: list[Row] = [
    ("现行我国课征反倾销税共十三案。", set()),
    ("目前课征反倾销税的产品共12项。", set()),
    ("目前對中國鋼材課徵的關稅稅率為25%。", set()),
    ("現行對中國鋼材課徵的關稅稅率為25%。", set()),
    ("目前美国对中国钢材征收的关税为25%。", set()),
    ("目前受出口管制的物项共有800多种。", set()),
    ("根据现行出口管制规定，企业须申请许可。", set()),
    ("Currently, anti-dumping duties are levied on 12 Chinese products.", set()),
    ("Anti-dumping duties currently apply to 12 Chinese products.", set()),
    ("The United States currently imposes tariffs of 25% on Chinese steel.", set()),
    ("目前,商务部已宣布对美国大豆加征10%关税。", {("TARIFF", "impose", "CHN")}),
    ("商务部宣布自12月1日起对美国大豆加征10%关税。", {("TARIFF", "impose", "CHN")}),
    ("目前,美国已对中国钢材加征25%关税。", {("TARIFF", "impose", "USA")}),
    ("商务部目前决定对原产于美国的进口丙酸征收反倾销税。", {("TARIFF", "impose", "CHN")}),
    ("The United States imposed tariffs of 25% on Chinese steel on Monday.", {("TARIFF", "impose", "USA")}),
]

NAMED: list[Row] = [
    ("台湾关务署将加强筛选查核相关税号。", set()),
    ("台灣關務署將加強篩選查核相關稅號。", set()),
    ("美国海关将核查这批货物的关税税号。", set()),
    ("台灣經濟部將持續加強出口管制宣導活動。", set()),
    ("中国商务部将继续开展出口管制宣传活动。", set()),
    ("中国商务部上周举办出口管制培训班。", set()),
    ("台湾的反倾销案件依据相关实施办法办理。", set()),
    ("台灣的反傾銷案件係依據平衡稅及反傾銷稅課徵實施辦法辦理。", set()),
    ("去年美国关税收入达到800亿美元。", set()),
    ("台灣今年1月至11月徵收反傾銷稅共5.5億餘元。", set()),
    ("美国今年前10个月共征收关税2000亿美元。", set()),
    ("越南开展反倾销调查相关手续将不影响现有措施。", set()),
    ("US tariff revenue rose to $30 billion in May.", set()),
    ("The United States collected $30 billion in tariffs in May.", set()),
    ("The US Customs will check the tariff codes of the shipments.", set()),
    ("Japan's trade ministry held an export control outreach seminar for exporters.", set()),
    ("Chinese customs officials said the tariff revenue of the state rose by 20 percent.", set()),
    ("美国去年收取了800亿美元的关税。", set()),
    ("海关总署宣布对美国大豆加征10%关税。", {("TARIFF", "impose", "CHN")}),
    ("美国宣布对华征收500亿美元关税。", {("TARIFF", "impose", "USA")}),
    ("美國宣布對華徵收500億美元關稅。", {("TARIFF", "impose", "USA")}),
    ("美国宣布对价值500亿美元的中国商品征收关税。", {("TARIFF", "impose", "USA")}),
    ("The US tariffs on $200 billion of Chinese goods took effect on Monday.", {("TARIFF", "impose", "USA")}),
    ("台湾海关宣布对相关关税进行调整。", {("TARIFF", "impose", "TWN")}),
    ("商务部根据出口管制法对镓相关物项实施出口管制。", {("EXPORT_CONTROL", "impose", "CHN")}),
    ("依照反倾销条例的规定,商务部决定对原产于美国的丙酸征收反倾销税。", {("TARIFF", "impose", "CHN")}),
    ("商务部就丙酸反倾销案件作出终裁,决定征收反倾销税。", {("TARIFF", "impose", "CHN")}),
    ("商务部宣布对镓相关物项实施出口管制。", {("EXPORT_CONTROL", "impose", "CHN")}),
    ("商务部对原产于美国的进口丙酸发起反倾销调查。", {("INVESTIGATION", "impose", "CHN")}),
    ("The United States imposed tariffs of 25% on Chinese steel on Monday.", {("TARIFF", "impose", "USA")}),
    ("India banned rice exports on Monday to curb domestic prices.", {("EXPORT_BAN", "impose", "IND")}),
]

EVALUATED: list[Row] = [
    (
        "Argentina's economy minister said eliminating export duties has always been a priority for President Milei.",
        set(),
    ),
    ("Lifting the ban on rice exports is a priority for India's government, the minister said.", set()),
    ("Scrapping the tariffs remains a top priority for the Canadian government.", set()),
    ("India's steel minister said it is a good suggestion to ban iron ore exports.", set()),
    ("India's minister said banning iron ore exports would be a good idea.", set()),
    ("The US trade representative said a ban on Chinese drones is worth considering.", set()),
    ("阿根廷经济部长表示,取消出口关税一直是总统的优先事项。", set()),
    ("印度钢铁部长表示,禁止铁矿石出口是个好建议。", set()),
    ("印度鋼鐵部長表示,禁止鐵礦石出口是一個好建議。", set()),
    ("日本经济产业大臣称,对华出口管制是值得考虑的选项。", set()),
    (
        "Argentina eliminated export duties on grains on Monday, a priority for President Milei.",
        {("TARIFF", "lift", "ARG")},
    ),
    ("India banned iron ore exports on Monday.", {("EXPORT_BAN", "impose", "IND")}),
    ("Japan imposed a ban on rice imports which is a priority for farmers.", {("IMPORT_RESTRICTION", "impose", "JPN")}),
    (
        "China imposed tariffs on US soybeans on Monday; the goal is to pressure Washington.",
        {("TARIFF", "impose", "CHN")},
    ),
    ("中国宣布对美国大豆加征10%关税,目标是反制美方。", {("TARIFF", "impose", "CHN")}),
    (
        "The EU lifted its ban on Ukrainian grain, which was a priority for Kyiv.",
        {("IMPORT_RESTRICTION", "lift", "EU")},
    ),
    (
        "Japan's decision to remove South Korea from the whitelist was a mistake, Seoul said.",
        {("EXPORT_CONTROL", "impose", "JPN")},
    ),
]

IN_THE_WORKS: list[Row] = [
    ("Canada and the United States agreed to hammer out a trade deal within 30 days.", set()),
    ("Japan and the EU agreed to work out a trade agreement by the end of the year.", set()),
    ("India and the UK are working toward a free trade agreement.", set()),
    ("Australia is pursuing a trade deal with the EU.", set()),
    ("Vietnam is seeking a trade agreement with the United States.", set()),
    ("A deal the US said it struck with Vietnam has yet to be confirmed by Hanoi.", set()),
    ("The EU said it was ready to respond if negotiations with the US break down.", set()),
    ("中美双方同意在30天内敲定一项贸易协议。", set()),
    ("日本与欧盟同意争取在年底前达成贸易协定。", set()),
    ("印度與英國正努力達成自由貿易協定。", set()),
    ("Canada and the United States signed a trade deal on Monday.", {("TRADE_DEAL", "impose", "CAN")}),
    ("中美双方周一签署了第一阶段贸易协议。", {("TRADE_DEAL", "impose", "CHN")}),
    ("Japan and the EU reached a trade agreement on Monday.", {("TRADE_DEAL", "impose", "JPN")}),
    (
        "After months of effort, India and the UK signed a free trade agreement on Monday.",
        {("TRADE_DEAL", "impose", "IND")},
    ),
    ("经过多年努力,中国与东盟周一签署了自贸协定升级议定书。", {("TRADE_DEAL", "impose", "CHN")}),
]

RELIEF: list[Row] = [
    ("中方宣布中止适用《海峡两岸经济合作框架协议》协定税率。", {("TARIFF", "impose", "CHN")}),
    ("中國宣布對台灣34項產品中止適用協定稅率。", {("TARIFF", "impose", "CHN")}),
    ("印度宣布暂停对孟加拉国商品适用特惠税率。", {("TARIFF", "impose", "IND")}),
    ("欧盟决定取消对柬埔寨的普惠税率。", {("TARIFF", "impose", "EU")}),
    ("The EU suspended concessional tariff rates for Cambodia on Monday.", {("TARIFF", "impose", "EU")}),
    ("中国宣布下调对东盟产品的协定税率。", {("TARIFF", "suspend", "CHN")}),
    ("中国宣布取消对美国大豆加征的关税。", {("TARIFF", "lift", "CHN")}),
]


@pytest.mark.parametrize(("text", "want"), QUESTION, ids=[r[0][:40] for r in QUESTION])
def test_question(text: str, want: set[tuple[str, str, str]]) -> None:
    assert main_actor_events(text) == want


@pytest.mark.parametrize(("text", "want"), CURRENT, ids=[r[0][:40] for r in CURRENT])
def test_current_regime(text: str, want: set[tuple[str, str, str]]) -> None:
    assert main_actor_events(text) == want


@pytest.mark.parametrize(("text", "want"), NAMED, ids=[r[0][:40] for r in NAMED])
def test_named_measure(text: str, want: set[tuple[str, str, str]]) -> None:
    assert main_actor_events(text) == want


@pytest.mark.parametrize(("text", "want"), EVALUATED, ids=[r[0][:40] for r in EVALUATED])
def test_evaluated_act(text: str, want: set[tuple[str, str, str]]) -> None:
    assert main_actor_events(text) == want


@pytest.mark.parametrize(("text", "want"), IN_THE_WORKS, ids=[r[0][:40] for r in IN_THE_WORKS])
def test_deal_in_the_works(text: str, want: set[tuple[str, str, str]]) -> None:
    assert main_actor_events(text) == want


@pytest.mark.parametrize(("text", "want"), RELIEF, ids=[r[0][:40] for r in RELIEF])
def test_ended_relief_rates(text: str, want: set[tuple[str, str, str]]) -> None:
    assert main_actor_events(text) == want


# Forms measured and left out (each fix moved no train or dev count, or raised dev fp): kept as strict xfails so
# that a later change that decides them is seen (the attempts: docs/extraction.md, engineer xfp8).
LEFT_OUT: list[tuple[str, set[tuple[str, str, str]], str]] = [
    (
        "Britain imposed restrictions on more than 100 ships that transport Russian oil.",
        {("SANCTION", "impose", "GBR")},
        "restrictions aimed at parties as SANCTION: dev fp +1",
    ),
    ("英国对100多艘运输俄罗斯石油的船只实施限制。", {("SANCTION", "impose", "GBR")}, "as above"),
    (
        "China said graphite will be banned from export unless there is permission.",
        {("EXPORT_CONTROL", "impose", "CHN")},
        "a ban unless licensed (licence_rules.EXCEPTION): counts unchanged",
    ),
    (
        "India prohibited exports of onions except with government approval.",
        {("EXPORT_CONTROL", "impose", "IND")},
        "as above",
    ),
    ("The US tariff dispute with China has dragged on for years.", set(), "conflict heads: counts unchanged"),
    ("中美关税战持续,美国农民损失惨重。", set(), "as above"),
    (
        "俄罗斯叫停了土耳其番茄进口。",
        {("IMPORT_RESTRICTION", "impose", "RUS")},
        "halt verbs 叫停 / 终止: counts unchanged",
    ),
    (
        "Germany raised concerns about China's export controls on rare earths.",
        {("EXPORT_CONTROL", "impose", "CHN")},
        "'raised concerns' as no raising: counts unchanged",
    ),
    ("India's ban on wheat exports continues to apply.", set(), "'continues to apply': counts unchanged"),
    (
        "The US tariffs on Chinese steel will stay in effect, the White House said.",
        set(),
        "'will stay in effect' with no window: counts unchanged",
    ),
]


@pytest.mark.parametrize(
    ("text", "want"),
    [pytest.param(t, w, marks=pytest.mark.xfail(strict=True, reason=r)) for t, w, r in LEFT_OUT],
    ids=[r[0][:40] for r in LEFT_OUT],
)
def test_left_out(text: str, want: set[tuple[str, str, str]]) -> None:
    assert main_actor_events(text) == want
