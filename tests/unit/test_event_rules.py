"""The general event rules fixed against held-out sets c and d, on sentences of our own wording.

One small table per failure class of ``tests/data/heldout/c/README.md`` and
``tests/data/heldout/d/README.md``; every case goes through the whole pipeline
(``extract_article``, rules only) and asserts the exact events, or their exact
absence.  Cases where a rule does not yet hold on a general wording are strict
xfails with the reason: they document the gap and fail loudly once it is closed.
"""

from __future__ import annotations

import pytest

from policykg.extract.models import Article
from policykg.extract.pipeline import extract_article, load_pipeline

PUBLISHED = "2025-11-25T09:00:00"  # a Tuesday: "on Monday" is 2025-11-24, 24日 is 2025-11-24


def events(body: str, title: str = "x") -> set[tuple]:
    """(type, action, actors, items, targets, date, until, rate_pct) of every event of the article."""
    article = Article(title=title, body=body, published=PUBLISHED)
    record = extract_article(article, load_pipeline(rescore=False))
    for e in record.events:
        assert article.text[e.evidence_start : e.evidence_end] == e.evidence
    return {
        (e.type, e.action, e.actors, e.items, e.targets, e.date, e.until, dict(e.value).get("rate_pct"))
        for e in record.events
    }


def xfail(body: str, expected: set[tuple], reason: str) -> object:
    return pytest.param(body, expected, marks=pytest.mark.xfail(strict=True, reason=reason))


def _ids(cases: list) -> list[str]:
    return [(c.values[0] if hasattr(c, "values") else c[0])[:40] for c in cases]


def _check(body: str, expected: set[tuple]) -> None:
    assert events(body) == expected


# --- set c -------------------------------------------------------------------------------------

HEADINGS = [
    # without "Group 2:" the heading "Tariff Cuts" becomes a TARIFF lift of Japan
    (
        "Core Viewpoint - Japan will lift export controls on chemicals to Korea [1] Group 2: Tariff Cuts - "
        "Korea welcomed the move [2]",
        {("EXPORT_CONTROL", "lift", ("JPN",), ("item:chemicals",), ("KOR",), None, None, None)},
    ),
]


@pytest.mark.parametrize("body, expected", HEADINGS, ids=_ids(HEADINGS))
def test_section_headings_are_no_events(body: str, expected: set[tuple]) -> None:
    _check(body, expected)


LEGAL_BASIS = [
    (
        "India raised tariffs on steel on Tuesday under Section 8 of the Customs Tariff Act.",
        {("TARIFF", "impose", ("IND",), ("item:steel",), (), "2025-11-25", None, None)},
    ),
    (
        "阿根廷总统10日发布法令,对进口钢材征收20%的关税。",
        {("TARIFF", "impose", ("ARG",), ("item:steel",), (), "2025-11-10", None, 20)},
    ),
    xfail(
        "智利政府18日发布法令,对进口钢材征收15%的关税,法令自20日起生效。",
        {("TARIFF", "impose", ("CHL",), ("item:steel",), (), "2025-11-18", None, 15)},
        "a later clause restating the decree's effect (法令自20日起生效) turns the event into "
        "INDUSTRIAL_POLICY and the tariff is lost",
    ),
]


@pytest.mark.parametrize("body, expected", LEGAL_BASIS, ids=_ids(LEGAL_BASIS))
def test_laws_and_decrees_are_the_vehicle_not_the_event(body: str, expected: set[tuple]) -> None:
    _check(body, expected)


NEGATED = [
    ("Brazil has not signed a free trade agreement with Vietnam.", set()),
    ("Mexico has not imposed tariffs on Chinese cars.", set()),
    ("Brazil has never imposed export controls on graphite.", set()),
    ("巴西尚未与越南签署自由贸易协定。", set()),
    # the same act without the negation is an event
    (
        "Mexico imposed tariffs on Chinese cars.",
        {("TARIFF", "impose", ("MEX",), ("item:automobiles",), ("CHN",), None, None, None)},
    ),
]


@pytest.mark.parametrize("body, expected", NEGATED, ids=_ids(NEGATED))
def test_negated_acts_are_no_events(body: str, expected: set[tuple]) -> None:
    _check(body, expected)


NOT_OWN_REQUEST = [
    (
        # the petition's verb does not pair with the probe; the petition itself is the domestic industry's
        # request, its state as actor (labelled corpus convention; extract/petitions.py)
        "商务部应国内产业申请,于11月2日对原产于澳大利亚的葡萄酒发起反倾销调查。",
        {
            ("INVESTIGATION", "impose", ("CHN", "org:mofcom"), ("item:wine",), ("AUS",), "2025-11-02", None, None),
            ("INVESTIGATION", "request", ("CHN",), ("item:wine",), ("AUS",), None, None, None),
        },
    ),
    (
        "China's Ministry of Commerce said on Monday it had received applications from exporters for gallium "
        "export licences.",
        set(),
    ),
    (
        # an unnamed domestic industry's petition is its state's request (extract/petitions.py)
        "At the request of domestic producers, China launched an anti-dumping probe into Canadian canola on Monday.",
        {
            ("INVESTIGATION", "impose", ("CHN",), ("item:canola",), ("CAN",), "2025-11-24", None, None),
            ("INVESTIGATION", "request", ("CHN",), ("item:canola",), ("CAN",), None, None, None),
        },
    ),
]


@pytest.mark.parametrize("body, expected", NOT_OWN_REQUEST, ids=_ids(NOT_OWN_REQUEST))
def test_petitions_and_received_applications_are_not_requests(body: str, expected: set[tuple]) -> None:
    _check(body, expected)


CASE_OBJECTS = [
    ("Canada agreed to withdraw its complaint against China at the WTO over the duties on canola.", set()),
    ("South Korea said on Monday it would drop its lawsuit at the WTO over Japan's export controls.", set()),
    xfail(
        "韩国表示将撤回就日本出口管制向世贸组织提起的诉讼。",
        set(),
        "the Chinese case object is only recognised right after the verb (撤回诉讼); 撤回就…提起的诉讼 "
        "gives EXPORT_CONTROL lift with target WTO",
    ),
]


@pytest.mark.parametrize("body, expected", CASE_OBJECTS, ids=_ids(CASE_OBJECTS))
def test_withdrawing_a_case_is_no_lift(body: str, expected: set[tuple]) -> None:
    _check(body, expected)


CONDITIONAL_VOWS = [
    (
        "President Donald Trump said he would sign an order imposing a 30% tariff on goods from Brazil until "
        "Brazil stops the trial.",
        {("TARIFF", "threaten", ("USA", "person:donald_trump"), (), ("BRA",), None, None, 30)},
    ),
    xfail(
        "美国表示将对墨西哥商品征收25%的关税,直到墨西哥停止非法移民。",
        {("TARIFF", "threaten", ("USA",), (), ("MEX",), None, None, 25)},
        "the condition (直到…停止) is searched only in the action's own clause, so a condition after "
        "the comma leaves the act 'impose'",
    ),
]


@pytest.mark.parametrize("body, expected", CONDITIONAL_VOWS, ids=_ids(CONDITIONAL_VOWS))
def test_conditional_vows_are_threats(body: str, expected: set[tuple]) -> None:
    _check(body, expected)


# rate_pct is the resulting rate (labelling conventions: "value = the resulting rate"; values.resulting_rate)
TEMPORARY_CUTS = [
    (
        "The United States said on Monday it would lower its tariffs on Brazilian goods from 50% to 10% for 90 days.",
        {("TARIFF", "suspend", ("USA",), (), ("BRA",), "2025-11-24", None, 10)},
    ),
    (
        "美国24日宣布将对中国商品的关税从34%下调至10%,为期90天。",
        {("TARIFF", "suspend", ("USA",), (), ("CHN",), "2025-11-24", None, 10)},
    ),
    # without a duration the cut is still a suspend: the tariff stays at a lower rate (action_rules.eased_tariff)
    (
        "美国24日宣布将对中国商品的关税从34%下调至10%。",
        {("TARIFF", "suspend", ("USA",), (), ("CHN",), "2025-11-24", None, 10)},
    ),
]


@pytest.mark.parametrize("body, expected", TEMPORARY_CUTS, ids=_ids(TEMPORARY_CUTS))
def test_temporary_cuts_are_suspensions(body: str, expected: set[tuple]) -> None:
    _check(body, expected)


START_DATES = [
    (
        "巴西自11月20日零时起对进口钢材征收25%的关税。",
        {("TARIFF", "impose", ("BRA",), ("item:steel",), (), "2025-11-20", None, 25)},
    ),
    (
        "韩国自20日起对中国石墨实施出口管制。",
        {("EXPORT_CONTROL", "impose", ("KOR",), ("item:graphite",), ("CHN",), "2025-11-20", None, None)},
    ),
    # a restated effective date merges into the announced measure (which keeps the announcement's day)
    (
        "The White House said on Monday it would impose tariffs on steel from Brazil. The tariffs take effect "
        "on December 1.",
        {("TARIFF", "impose", ("USA", "org:white_house"), ("item:steel",), ("BRA",), "2025-11-24", None, None)},
    ),
    # with no announcement day, the start day of a later 自…零时起生效 clause is taken (effective_clause)
    (
        "巴西政府宣布对进口钢材征收25%的关税,自11月20日零时起生效。",
        {("TARIFF", "impose", ("BRA",), ("item:steel",), (), "2025-11-20", None, 25)},
    ),
]


@pytest.mark.parametrize("body, expected", START_DATES, ids=_ids(START_DATES))
def test_start_dates_and_effect_restatements(body: str, expected: set[tuple]) -> None:
    _check(body, expected)


UNTIL_LATER_CLAUSE = [
    (
        "智利政府18日发布法令,对进口钢材征收15%的关税,有效期至2026年6月30日。",
        {("TARIFF", "impose", ("CHL",), ("item:steel",), (), "2025-11-18", "2026-06-30", 15)},
    ),
    (
        "商务部3日发布公告,决定自2025年11月4日起对原产于加拿大的进口油菜籽进行反倾销立案调查,"
        "调查通常应在2026年11月4日前结束。",
        {
            (
                "INVESTIGATION",
                "impose",
                ("CHN", "org:mofcom"),
                ("item:canola",),
                ("CAN",),
                "2025-11-03",
                "2026-11-04",
                None,
            )
        },
    ),
]


@pytest.mark.parametrize("body, expected", UNTIL_LATER_CLAUSE, ids=_ids(UNTIL_LATER_CLAUSE))
def test_window_end_in_a_later_clause(body: str, expected: set[tuple]) -> None:
    _check(body, expected)


DISTINCT_MEASURES = [
    (
        "Indonesia banned exports of bauxite on Monday. Indonesia banned exports of nickel ore on Tuesday.",
        {
            ("EXPORT_BAN", "impose", ("IDN",), ("item:bauxite",), (), "2025-11-24", None, None),
            ("EXPORT_BAN", "impose", ("IDN",), ("item:nickel_ore",), (), "2025-11-25", None, None),
        },
    ),
    (
        "Canada imposed a 100% surtax on electric vehicles from China on Monday. A 25% surtax on steel from "
        "China took effect on Tuesday.",
        {
            ("TARIFF", "impose", ("CAN",), ("item:electric_vehicles",), ("CHN",), "2025-11-24", None, 100),
            ("TARIFF", "impose", ("CAN",), ("item:steel",), ("CHN",), "2025-11-25", None, 25),
        },
    ),
    xfail(
        "Canada imposed a 100% surtax on Chinese electric vehicles on Monday and a 25% surtax on Chinese "
        "steel on Tuesday.",
        {
            ("TARIFF", "impose", ("CAN",), ("item:electric_vehicles",), ("CHN",), "2025-11-24", None, 100),
            ("TARIFF", "impose", ("CAN",), ("item:steel",), ("CHN",), "2025-11-25", None, 25),
        },
        "the second (bare) measure of the same sentence is kept apart but loses its rate (rate_pct None)",
    ),
]


@pytest.mark.parametrize("body, expected", DISTINCT_MEASURES, ids=_ids(DISTINCT_MEASURES))
def test_distinct_measures_are_not_merged(body: str, expected: set[tuple]) -> None:
    _check(body, expected)


MONTH_ONLY_PAST = [
    (
        "Korea lifted export controls on graphite to Japan on Monday. The curbs were imposed in March 2021.",
        {
            ("EXPORT_CONTROL", "lift", ("KOR",), ("item:graphite",), ("JPN",), "2025-11-24", None, None),
            ("EXPORT_CONTROL", "impose", ("KOR",), (), (), None, None, None),
        },
    ),
    xfail(
        "Korea's trade ministry said on Monday it would lift export controls on graphite to Japan, ending "
        "curbs that Seoul imposed in March 2021.",
        {
            ("EXPORT_CONTROL", "lift", ("KOR",), ("item:graphite",), ("JPN",), "2025-11-24", None, None),
            ("EXPORT_CONTROL", "impose", ("KOR",), ("item:graphite",), (), None, None, None),
        },
        "the past act 'curbs that Seoul imposed in March 2021' is kept but takes the sentence's day "
        "(2025-11-24) instead of a null date",
    ),
]


@pytest.mark.parametrize("body, expected", MONTH_ONLY_PAST, ids=_ids(MONTH_ONLY_PAST))
def test_past_acts_with_a_month_only_have_no_date(body: str, expected: set[tuple]) -> None:
    _check(body, expected)


PURPOSES = [
    (
        "Japan on Monday imposed export controls on photoresists used to make semiconductors.",
        {("EXPORT_CONTROL", "impose", ("JPN",), ("item:photoresists",), (), "2025-11-24", None, None)},
    ),
    (
        "日本24日对用于制造半导体的光刻胶实施出口管制。",
        {("EXPORT_CONTROL", "impose", ("JPN",), ("item:photoresists",), (), "2025-11-24", None, None)},
    ),
]


@pytest.mark.parametrize("body, expected", PURPOSES, ids=_ids(PURPOSES))
def test_purpose_phrases_are_not_items(body: str, expected: set[tuple]) -> None:
    _check(body, expected)


# --- set d -------------------------------------------------------------------------------------

QUOTES = [
    ('"We will never accept these unfair export controls on our graphite," the Korean minister told reporters.', set()),
    # a scare-quoted term of fewer than five words still counts
    (
        'Korea imposed "special licensing" controls on graphite exports on Monday.',
        {("EXPORT_CONTROL", "impose", ("KOR",), ("item:graphite",), (), "2025-11-24", None, None)},
    ),
]


@pytest.mark.parametrize("body, expected", QUOTES, ids=_ids(QUOTES))
def test_quoted_remarks_are_no_events(body: str, expected: set[tuple]) -> None:
    _check(body, expected)


DEAL_RESTATEMENTS = [
    (
        "Japan and Vietnam signed a trade deal on Monday. Vietnam's trade minister said the agreement would "
        "boost exports.",
        {("TRADE_DEAL", "impose", ("JPN", "VNM"), (), (), "2025-11-24", None, None)},
    ),
    (
        "中日双方24日签署贸易协定。受该协议消息提振,日经指数上涨。",
        {("TRADE_DEAL", "impose", ("CHN", "JPN"), (), (), "2025-11-24", None, None)},
    ),
]


@pytest.mark.parametrize("body, expected", DEAL_RESTATEMENTS, ids=_ids(DEAL_RESTATEMENTS))
def test_deal_restatements_merge(body: str, expected: set[tuple]) -> None:
    _check(body, expected)


# a tariff cut agreed in a deal is the tariff owner's TARIFF suspend (contract: "Rate cuts agreed in a truce or
# deal are each party's TARIFF suspend"; action_rules.truce_term), not a mere provision
_RICE_CUT = ("TARIFF", "suspend", ("JPN",), ("item:rice",), ("VNM",), None, None, None)
DEAL_TERMS = [
    xfail(
        "Japan and Vietnam signed a trade deal that lowers Japanese tariffs on rice.",
        {("TRADE_DEAL", "impose", ("JPN", "VNM"), (), (), None, None, None), _RICE_CUT},
        "the cut keeps both deal parties as actors (main actor JPN is right) and no target; the owner of "
        "'Japanese tariffs' alone should act, on Vietnam",
    ),
    # the provision's items are merged into the deal (as the README of set d notes)
    (
        "Japan and Vietnam signed a trade deal on Monday. Under the deal, Vietnam will buy more Japanese cars.",
        {("TRADE_DEAL", "impose", ("JPN", "VNM"), ("item:automobiles",), (), "2025-11-24", None, None)},
    ),
    (
        "中日双方11月20日签署贸易协定,日方将对中国大米征收10%的关税。",
        {("TRADE_DEAL", "impose", ("CHN", "JPN"), (), (), "2025-11-20", None, None)},
    ),
    xfail(
        "Japan and Vietnam signed a trade deal on Monday that lowers Japanese tariffs on rice.",
        {("TRADE_DEAL", "impose", ("JPN", "VNM"), (), (), "2025-11-24", None, None), _RICE_CUT},
        "as above: both deal parties act on the cut, no target",
    ),
    xfail(
        "Japan and Vietnam signed a trade deal on Monday. The agreement will lower Japanese tariffs on rice.",
        {("TRADE_DEAL", "impose", ("JPN", "VNM"), (), (), "2025-11-24", None, None), _RICE_CUT},
        "the cut has no target (Vietnam, the other party)",
    ),
]


@pytest.mark.parametrize("body, expected", DEAL_TERMS, ids=_ids(DEAL_TERMS))
def test_terms_of_a_deal_are_not_events(body: str, expected: set[tuple]) -> None:
    _check(body, expected)


VIOLATED_DEALS = [
    ("外交部发言人表示,日方严重违反中日贸易协定。", set()),
    ("Vietnam said Japan had violated the trade agreement.", set()),
    ("Vietnam accused Japan of violating the trade agreement.", set()),
    ("Vietnam said Japan was in breach of the trade agreement.", set()),
    # any measure named as violated, broken, flouted or defied (event_rules.violated_deal)
    ("印尼警方周一逮捕了两名违反棕榈油出口禁令的商人。", set()),
    ("越南海关称,两家公司触犯了大米出口禁令。", set()),
    ("Police arrested two traders for breaking the palm oil export ban.", set()),
    ("Two firms were fined for flouting the rice export ban.", set()),
    ("Smugglers are defying the gallium export ban.", set()),
    ("The shipment was in violation of US sanctions.", set()),
    # a body of rules named as violated (modality.named_standard vetoes it too); form_head: the ore
    (
        "The WTO ruled that Peru's export ban and processing requirement on copper ore violates WTO rules.",
        {("EXPORT_BAN", "impose", ("PER",), ("item:copper_ore",), (), None, None, None)},
    ),
    # closed by modality.named_standard: adjectives between the verb and the deal noun
    ("Vietnam said Japan had violated the bilateral trade agreement.", set()),
]


@pytest.mark.parametrize("body, expected", VIOLATED_DEALS, ids=_ids(VIOLATED_DEALS))
def test_violated_agreements_are_no_events(body: str, expected: set[tuple]) -> None:
    _check(body, expected)


NOT_THREATS = [
    ("The dispute had threatened to disrupt shipments of rice across Asia.", set()),
]


@pytest.mark.parametrize("body, expected", NOT_THREATS, ids=_ids(NOT_THREATS))
def test_threatened_to_disrupt_is_no_threat(body: str, expected: set[tuple]) -> None:
    _check(body, expected)


ADDING_THAT = [
    (
        "The White House said on Monday it would impose tariffs on steel from Brazil, adding that talks with "
        "Brazil would continue.",
        {("TARIFF", "impose", ("USA", "org:white_house"), ("item:steel",), ("BRA",), "2025-11-24", None, None)},
    ),
    # passes since modality.modal_before_verb: "the tariffs would take effect" restates, it adds no act
    (
        "The White House said on Monday it would impose tariffs on steel from Brazil, adding that the "
        "tariffs would take effect on December 1.",
        {("TARIFF", "impose", ("USA", "org:white_house"), ("item:steel",), ("BRA",), "2025-11-24", None, None)},
    ),
]


@pytest.mark.parametrize("body, expected", ADDING_THAT, ids=_ids(ADDING_THAT))
def test_adding_that_is_speech_not_a_listing(body: str, expected: set[tuple]) -> None:
    _check(body, expected)


OFFICE_HOLDERS = [
    (
        "President Donald Trump sent a letter to Brazil on Monday, threatening a 50% tariff on Brazilian goods.",
        {("TARIFF", "threaten", ("USA", "person:donald_trump"), (), ("BRA",), "2025-11-24", None, 50)},
    ),
    xfail(
        "特朗普24日致信巴西,威胁对原产于巴西的商品征收50%的关税。",
        {("TARIFF", "threaten", ("USA", "person:donald_trump"), (), ("BRA",), "2025-11-24", None, 50)},
        "the actor is right (USA, not BRA) but the Chinese threat loses its target BRA",
    ),
]


@pytest.mark.parametrize("body, expected", OFFICE_HOLDERS, ids=_ids(OFFICE_HOLDERS))
def test_office_holder_acts_for_his_own_state(body: str, expected: set[tuple]) -> None:
    _check(body, expected)


SCOPE = [
    (
        "The US Commerce Department on Monday extended its entity list to subsidiaries of listed companies.",
        {("SANCTION", "impose", ("USA", "org:us_commerce_department"), (), (), "2025-11-24", None, None)},
    ),
    # a longer time is still an extension
    (
        "The US Commerce Department on Monday extended its tariff exemption for Mexico until March 2026.",
        {
            ("TARIFF", "extend", ("USA", "org:us_commerce_department"), (), ("MEX",), "2025-11-24", None, None)
        },  # month_window_end: no month-only end
    ),
]


@pytest.mark.parametrize("body, expected", SCOPE, ids=_ids(SCOPE))
def test_extending_to_subsidiaries_is_impose(body: str, expected: set[tuple]) -> None:
    _check(body, expected)


CONGO = [
    (
        "The Democratic Republic of Congo is Africa's largest cobalt producer. Congo halted cobalt exports on Monday.",
        {("EXPORT_BAN", "impose", ("COD",), ("element:Co",), (), "2025-11-24", None, None)},
    ),
    # both Congos named in full: the bare name is ambiguous and keeps its own id, which news usage makes the DRC's
    # (the gazetteer's curated "Congo" row, tools/gen_countries.py)
    (
        "The Republic of the Congo is not a cobalt producer, but the Democratic Republic of Congo is. Congo "
        "halted cobalt exports on Monday.",
        {("EXPORT_BAN", "impose", ("COD",), ("element:Co",), (), "2025-11-24", None, None)},
    ),
]


@pytest.mark.parametrize("body, expected", CONGO, ids=_ids(CONGO))
def test_short_country_name_takes_the_article_full_name(body: str, expected: set[tuple]) -> None:
    _check(body, expected)


def test_accented_names_of_office_holders() -> None:
    article = Article(
        title="x",
        body="Prime Minister François Bayrou said on Monday that France would oppose "
        "the deal. Minister Éric Lombard agreed.",
        published=PUBLISHED,
    )
    record = extract_article(article, load_pipeline(rescore=False))
    assert [(e.id, e.type, e.name) for e in record.entities] == [
        ("person:francois_bayrou", "Person", "François Bayrou"),
        ("FRA", "Country", "France"),
        ("person:eric_lombard", "Person", "Éric Lombard"),
    ]
    assert record.events == ()


LEXICON = [
    (
        "交通运输部24日宣布,自12月1日起对美国船舶征收特别港务费。",
        {
            (
                "TARIFF",
                "impose",
                ("CHN", "org:chinese_ministry_of_transport"),
                ("item:ships",),
                ("USA",),
                "2025-11-24",
                None,
                None,
            )
        },
    ),
    (
        "The United States will impose port fees on Chinese ships from December 1.",
        {("TARIFF", "impose", ("USA",), (), ("CHN",), "2025-12-01", None, None)},
    ),
    (
        "阿根廷政府24日公布国家锂战略。",
        {("INDUSTRIAL_POLICY", "impose", ("ARG",), ("element:Li",), (), "2025-11-24", None, None)},
    ),
    ("美国政府24日公布国家安全战略。", set()),
    (
        "Britain published its new industrial strategy on Monday.",
        {("INDUSTRIAL_POLICY", "impose", ("GBR",), (), (), "2025-11-24", None, None)},
    ),
    (
        "英伟达表示,美国政府已向其保证将发放H20芯片出口许可证。",
        {("EXPORT_CONTROL", "approve", ("USA",), ("item:semiconductors",), (), None, None, None)},
    ),
    xfail(
        "交通运输部24日宣布,自12月1日起对美国船舶收取特别港务费。",
        {("TARIFF", "impose", ("CHN", "org:chinese_ministry_of_transport"), (), ("USA",), "2025-11-24", None, None)},
        "port fees are found with 征收 but not with the verb 收取 (charge), the set-d headline's wording",
    ),
    # the national-strategy noun class with a modifier (issue 11), as 国家锂战略 in Chinese
    (
        "Argentina launched a national lithium strategy on Monday.",
        {("INDUSTRIAL_POLICY", "impose", ("ARG",), ("element:Li",), (), "2025-11-24", None, None)},
    ),
    ("Russia is reshaping its national security strategy.", set()),
]


@pytest.mark.parametrize("body, expected", LEXICON, ids=_ids(LEXICON))
def test_lexicon_rows_of_set_d(body: str, expected: set[tuple]) -> None:
    _check(body, expected)


# --- issue 11: named rules of extract/event_rules.py, on our own wording --------------------------

CHN_GA = ("EXPORT_CONTROL", "impose", ("CHN",), ("element:Ga",), (), "2025-11-24", None, None)

MODALITY = [
    # rule "denied": a denial states no act (English and Chinese)
    ("Beijing denied imposing a ban on exports of rare earths to Japan.", set()),
    ("商务部否认对日本实施稀土出口禁令。", set()),
    # rule "alleged": another party's accusation or claim is not a stated act
    ("The United States accused China of restricting exports of rare earths to American firms.", set()),
    ("美国指责中国限制稀土出口。", set()),
    ("Russian officials claimed that Kazakhstan had banned exports of coal.", set()),
    # rule "is_not": a copula denies the measure noun
    ("Japan says the measure is not an export ban.", set()),
    # a hedge in an analyst's later clause does not suppress the stated fact
    (
        "China imposed export controls on gallium on Monday, although analysts said the move may not hurt buyers.",
        {CHN_GA},
    ),
    # an agentless passive reported by a news agency has no actor: the agency is not one
    ("Exports of chips to China were banned on Monday, Reuters reported.", set()),
]


@pytest.mark.parametrize("body, expected", MODALITY, ids=_ids(MODALITY))
def test_modality_attribution_and_negation(body: str, expected: set[tuple]) -> None:
    _check(body, expected)


ACTION_CLASSES = [
    # rule "prolonged_suspension": prolonging a pause is extend
    (
        "The United States extended the suspension of higher tariffs on Chinese goods until November 10, 2026.",
        {("TARIFF", "extend", ("USA",), (), ("CHN",), None, "2026-11-10", None)},
    ),
    (
        "美国延长暂停对中国商品加征关税至2026年11月10日。",
        {("TARIFF", "extend", ("USA",), (), ("CHN",), None, "2026-11-10", None)},
    ),
    # ... with a time adjunct before the heavy object; a tariff cut is a pause too (xrole)
    (
        "Brazil extended until March 31, 2026 the reduction to zero of the import tax on ethanol.",
        {("TARIFF", "extend", ("BRA",), ("item:ethanol",), (), None, "2026-03-31", None)},
    ),
    (
        "The EU extended, for another year, the suspension of its tariffs on US whiskey.",
        {("TARIFF", "extend", ("EU",), ("item:whisky",), ("USA",), None, None, None)},
    ),
    # halting exports is an export ban; suspending a measure is suspend; easing is lift
    (
        "Indonesia halted exports of nickel ore on Monday.",
        {("EXPORT_BAN", "impose", ("IDN",), ("item:nickel_ore",), (), "2025-11-24", None, None)},
    ),
    (
        "China suspended its export controls on gallium on Monday.",
        {("EXPORT_CONTROL", "suspend", ("CHN",), ("element:Ga",), (), "2025-11-24", None, None)},
    ),
    (
        "The EU eased its sanctions on Belarusian potash on Monday.",  # "Belarusian": a generated demonym
        {("SANCTION", "lift", ("EU",), ("item:potash",), ("BLR",), "2025-11-24", None, None)},
    ),
]


@pytest.mark.parametrize("body, expected", ACTION_CLASSES, ids=_ids(ACTION_CLASSES))
def test_action_classes(body: str, expected: set[tuple]) -> None:
    _check(body, expected)


VERB_CLASSES = [
    # progressive and light-verb forms of the announce class: "is conducting an investigation"
    (
        "Brazil is conducting an anti-dumping investigation into Chinese steel, the trade ministry said on Monday.",
        {("INVESTIGATION", "impose", ("BRA",), ("item:steel",), ("CHN",), "2025-11-24", None, None)},
    ),
    # "barring imports": the same verb class as "ban imports"
    (
        "India is barring imports of Chinese drones from Monday.",
        {("IMPORT_RESTRICTION", "impose", ("IND",), ("item:drones",), (), "2025-11-24", None, None)},
    ),
    # the retaliation class: "matched the move with tariffs" is the second state's own act
    (
        "Ottawa imposed a 100% tariff on Chinese electric vehicles on Monday. "
        "Beijing matched the move with tariffs on Canadian canola oil.",
        {
            ("TARIFF", "impose", ("CAN",), ("item:electric_vehicles",), ("CHN",), "2025-11-24", None, 100),
            ("TARIFF", "impose", ("CHN",), ("item:canola",), ("CAN",), None, None, None),
        },
    ),
    # licensing acts: "a licence to export" is an export-control noun; "granted" approves
    (
        "Malaysia granted the first licence to export rare earth processing technology on Monday.",
        {("EXPORT_CONTROL", "approve", ("MYS",), ("item:rare_earths",), (), "2025-11-24", None, None)},
    ),
]


@pytest.mark.parametrize("body, expected", VERB_CLASSES, ids=_ids(VERB_CLASSES))
def test_trigger_verb_and_noun_classes(body: str, expected: set[tuple]) -> None:
    _check(body, expected)


TITLES = [
    # rule "titled_notice": a measure named inside 《》 or 「」 is a document, not an act ...
    ("商务部表示，《关于对镓实施出口管制的公告》仍然有效。", set()),
    ("海关总署依据「出口管制清单」查处违规出口。", set()),
    # rule "zh_law_as_basis": the law is the legal basis; the act is outside the brackets
    (
        "商务部根据《中华人民共和国出口管制法》对镓实施出口管制。",
        {("EXPORT_CONTROL", "impose", ("CHN", "org:mofcom"), ("element:Ga",), (), None, None, None)},
    ),
    # ... unless the clause issues the document
    (
        "商务部发布《关于暂停实施出口管制措施的公告》。",
        {("EXPORT_CONTROL", "suspend", ("CHN", "org:mofcom"), (), (), None, None, None)},
    ),
]


@pytest.mark.parametrize("body, expected", TITLES, ids=_ids(TITLES))
def test_notice_titles_and_legal_bases(body: str, expected: set[tuple]) -> None:
    _check(body, expected)


COREFERENCE = [
    # "the ministry" and "it" take the agency / state named before; capitals are their states (data rows)
    (
        "China's Ministry of Commerce said on Monday it would review the rules. "
        "The ministry imposed export controls on tungsten on Monday.",
        {("EXPORT_CONTROL", "impose", ("CHN", "org:mofcom"), ("element:W",), (), "2025-11-24", None, None)},
    ),
    (
        "Canberra imposed anti-dumping duties on Chinese steel on Monday. "
        "It also launched an investigation into Chinese aluminium.",
        {
            ("TARIFF", "impose", ("AUS",), ("item:steel",), ("CHN",), "2025-11-24", None, None),
            ("INVESTIGATION", "impose", ("AUS",), ("element:Al",), ("CHN",), "2025-11-24", None, None),  # news_day
        },
    ),
    (
        "Washington added 140 Chinese firms to the Entity List on Monday.",
        {("SANCTION", "impose", ("USA",), (), ("CHN",), "2025-11-24", None, None)},
    ),
    (
        "Seoul launched an anti-dumping investigation into Chinese steel plates on Monday.",
        {("INVESTIGATION", "impose", ("KOR",), ("item:steel_plates",), ("CHN",), "2025-11-24", None, None)},
    ),
]


@pytest.mark.parametrize("body, expected", COREFERENCE, ids=_ids(COREFERENCE))
def test_actor_coreference(body: str, expected: set[tuple]) -> None:
    _check(body, expected)


def test_every_rule_is_named_once() -> None:
    from policykg.extract import action_rules, approval_rules, event_rules

    names = [n for n, _ in event_rules.VETOES] + [n for n, _ in event_rules.ACTIONS]
    extra = len(action_rules.ACTIONS) + len(action_rules.LATE_ACTIONS) + len(approval_rules.ACTIONS)
    # + purpose_rules (2), relief_rules (2), restatement (1), stance_rules (18), claim_rules (6), threat_rules (2),
    # participle_rules (1), continuing_rules (3), forecast_rules (1), purpose_rules.pursued_removal (1),
    # modality.zh_power_modal (1), participle_rules.attributive_goods and reduced_relative (2),
    # purpose_rules.deliberated_easing (1), continuing_rules.current_regime (1), figure_rules (2),
    # statement_rules.evaluated_act (1), claim_rules.deal_in_the_works (1), directive_vehicle (1)
    assert len(names) == len(set(names)) == 99 + extra
    assert all(rule.__doc__ for _, rule in event_rules.VETOES + event_rules.ACTIONS)


# --- learned from data/labelled/train (issue 11) -------------------------------------------------

REQUIRED_APPLICATIONS = [
    ("Firms on the list are required to apply for licences from the Commerce Department.", set()),
    ("出口相关物项需单独申请许可。", set()),
    (
        "Samsung applied for an export licence on Monday.",
        {("EXPORT_CONTROL", "request", ("org:samsung_electronics",), (), (), "2025-11-24", None, None)},
    ),
]


@pytest.mark.parametrize("body, expected", REQUIRED_APPLICATIONS, ids=_ids(REQUIRED_APPLICATIONS))
def test_a_required_application_is_a_provision_not_a_request(body: str, expected: set[tuple]) -> None:
    _check(body, expected)


STATEMENT_DAY = [
    (
        "The Commerce Department said on Monday it is adding Huawei to the Entity List.",
        {("SANCTION", "impose", ("USA", "org:us_commerce_department"), (), ("org:huawei",), "2025-11-24", None, None)},
    ),
]


@pytest.mark.parametrize("body, expected", STATEMENT_DAY, ids=_ids(STATEMENT_DAY))
def test_an_announced_act_takes_the_day_of_the_statement(body: str, expected: set[tuple]) -> None:
    _check(body, expected)
