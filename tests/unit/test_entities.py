"""Entity mentions and ids in English and Chinese: gazetteer, rules, traps."""

from __future__ import annotations

import pytest

from policykg.extract.entities import find_mentions, load_gazetteer, resolve_entities
from policykg.extract.models import Entity, Mention


def spans(text: str, doc=None) -> list[tuple[str, str]]:
    return [(m.text, m.entity_id) for m in find_mentions(text, doc=doc)]


def ids(text: str) -> set[str]:
    return {m.entity_id for m in find_mentions(text)}


# --- both languages, one id ---------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("China's Ministry of Commerce", [("China", "CHN"), ("Ministry of Commerce", "org:mofcom")]),
        ("中国商务部", [("中国", "CHN"), ("商务部", "org:mofcom")]),
        ("rare earths and soybeans", [("rare earths", "item:rare_earths"), ("soybeans", "item:soybeans")]),
        ("稀土和大豆", [("稀土", "item:rare_earths"), ("大豆", "item:soybeans")]),
        (
            "dysprosium, terbium and gallium",
            [("dysprosium", "element:Dy"), ("terbium", "element:Tb"), ("gallium", "element:Ga")],
        ),
        ("镝、铽和镓", [("镝", "element:Dy"), ("铽", "element:Tb"), ("镓", "element:Ga")]),
        ("Putin met Mishustin", [("Putin", "person:vladimir_putin"), ("Mishustin", "person:mikhail_mishustin")]),
        ("普京会见米舒斯京", [("普京", "person:vladimir_putin"), ("米舒斯京", "person:mikhail_mishustin")]),
        ("the EU and NATO", [("EU", "EU"), ("NATO", "NATO")]),
        ("欧盟和北约", [("欧盟", "EU"), ("北约", "NATO")]),
        (
            "heavy rare earths and lithium batteries",
            [("heavy rare earths", "item:heavy_rare_earths"), ("lithium batteries", "item:lithium_batteries")],
        ),
        ("中重稀土和锂电池", [("中重稀土", "item:heavy_rare_earths"), ("锂电池", "item:lithium_batteries")]),
        ("General Administration of Customs", [("General Administration of Customs", "org:gac")]),
        ("海关总署", [("海关总署", "org:gac")]),
    ],
)
def test_english_and_chinese_forms_resolve_to_the_same_ids(text: str, expected) -> None:
    assert spans(text) == expected


def test_demonyms_and_abbreviations_resolve_to_countries() -> None:
    text = "Chinese, American, U.S., US, Russian and Dutch officials; the European Union"
    assert spans(text) == [
        ("Chinese", "CHN"),
        ("American", "USA"),
        ("U.S.", "USA"),
        ("US", "USA"),
        ("Russian", "RUS"),
        ("Dutch", "NLD"),
        ("European Union", "EU"),
    ]


def test_chinese_one_character_country_names_need_context() -> None:
    text = "中美关系，美股上涨，俄稀土，对华出口，访华期间，中俄合作"
    assert spans(text) == [
        ("中", "CHN"),
        ("美", "USA"),
        ("美", "USA"),
        ("俄", "RUS"),
        ("稀土", "item:rare_earths"),
        ("华", "CHN"),
        ("华", "CHN"),
        ("中", "CHN"),
        ("俄", "RUS"),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # trade_frame: a one-character country between a preposition and a trade word
        ("商务部决定对日加征关税", [("商务部", "org:mofcom"), ("日", "JPN")]),
        ("企业自澳进口煤炭", [("澳", "AUS"), ("煤炭", "item:coal")]),
        ("暂停对韩出口", [("韩", "KOR")]),
        # no trade word after it, or no preposition before it: no country
        ("对美好生活的向往", []),
        ("日出口数据公布", []),
    ],
)
def test_a_one_character_country_in_a_trade_frame(text: str, expected) -> None:
    assert spans(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # enumerated_pair: a pair enumerated with 、 is a pair; each part of 中美、中欧 is one
        ("自中、菲南海争端后", [("中", "CHN"), ("菲", "PHL")]),
        ("中、美、俄三国", [("中", "CHN"), ("美", "USA"), ("俄", "RUS")]),
        ("中美、中欧对话", [("中", "CHN"), ("美", "USA"), ("中", "CHN"), ("欧", "EU")]),
        # still no pair inside other words
        ("其中、美好的一面", []),
    ],
)
def test_enumerated_pair(text: str, expected) -> None:
    assert spans(text) == expected


def test_pronoun_like_forms_of_china() -> None:
    assert spans("中方表示，我国将继续合作") == [("中方", "CHN"), ("我国", "CHN")]


def test_the_party_state_name_is_china() -> None:
    """中共当局 (Taiwanese and overseas media's name for Beijing's government) names China; 中华民国 stays Taiwan."""
    assert spans("中共当局宣布取消关税减让") == [("中共", "CHN")]


# --- traps ----------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Let us know what the turkey costs in china cups.",  # pronoun, bird, porcelain
        "美元走强，美丽的风景，完美的方案，美中不足，欧美市场",  # 美 not the US
        "其中美好的一面",  # 其中 is "among them", 美好 "fine"
        "今日中午，集中企业资源",  # 日/中 inside other words
        "a bargaining chip; blue chip stocks; Silicon Valley; New Mexico; Latin American buyers",
        "Group 1: Trade Relations - Group 2 - Core Insights",
        "prices in US$ rose",
    ],
)
def test_known_traps_give_no_mentions(text: str) -> None:
    assert spans(text) == []


def test_us_pronoun_is_ignored_but_us_acronym_is_a_country() -> None:
    assert spans("They told us that US tariffs rose") == [("US", "USA")]


def test_longest_match_wins_over_contained_names() -> None:
    assert spans("USA Rare Earth and China Rare Earth Group") == [
        ("USA Rare Earth", "org:usa_rare_earth"),
        ("China Rare Earth Group", "org:china_rare_earth_group"),
    ]
    assert spans("中国稀土集团") == [("中国稀土集团", "org:china_rare_earth_group")]


def test_hyphens_and_plurals_are_matched() -> None:
    assert spans("a rare-earth magnet and one soybean") == [
        ("rare-earth magnet", "item:permanent_magnets"),
        ("soybean", "item:soybeans"),
    ]


# --- firms ------------------------------------------------------------------


def test_ticker_names_a_known_firm_and_the_ticker_is_part_of_it() -> None:
    assert spans("MP Materials(MP.US)涨超5.7%") == [("MP Materials", "org:mp_materials"), ("MP.US", "org:mp_materials")]


def test_ticker_makes_an_unknown_name_a_firm() -> None:
    mentions = find_mentions("Shares of Ramaco Resources (METC.US) rose")
    assert [(m.text, m.entity_id) for m in mentions] == [
        ("Ramaco Resources", "org:ramaco_resources"),
        ("METC.US", "org:ramaco_resources"),
    ]
    assert resolve_entities(mentions) == (Entity("org:ramaco_resources", "Firm", "Ramaco Resources"),)


def test_chinese_name_before_a_ticker() -> None:
    assert spans("个股方面，北方稀土(600111.SH)涨停") == [
        ("北方稀土", "org:northern_rare_earth"),
        ("600111.SH", "org:northern_rare_earth"),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Northern Minerals Ltd said", [("Northern Minerals Ltd", "org:northern_minerals")]),
        ("Tsingshan Holding Group invested", [("Tsingshan Holding Group", "org:tsingshan")]),
        (
            "Acme Widgets Inc. and Blue Line Corp.",
            [("Acme Widgets Inc.", "org:acme_widgets"), ("Blue Line Corp.", "org:blue_line")],
        ),
        # firm_descriptor: "X-listed", "X-based", "state-owned" describe the firm, they are no part of its name
        ("London-listed Granite Peak Mining Ltd said", [("Granite Peak Mining Ltd", "org:granite_peak_mining")]),
        ("The Lima-based Andes Copper Corp halted", [("Andes Copper Corp", "org:andes_copper")]),
        ("state-owned Zambia Copper Corp halted", [("Zambia Copper Corp", "org:zambia_copper")]),
    ],
)
def test_corporate_suffixes_make_firms(text: str, expected) -> None:
    assert spans(text) == expected


def test_generic_capitalised_words_before_a_weak_suffix_are_not_firms() -> None:
    # "Critical Minerals" is the gazetteer item, not a firm "Critical Minerals and ..."
    assert spans("Critical Minerals and the EU Critical Raw Materials Act") == [
        ("Critical Minerals", "item:critical_minerals"),
        ("EU", "EU"),
    ]


# --- agencies ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("the Russian Defense Ministry", [("Russian", "RUS"), ("Defense Ministry", "org:russian_ministry_of_defence")]),
        (
            "Russia's Ministry of Natural Resources",
            [("Russia", "RUS"), ("Ministry of Natural Resources", "org:russian_ministry_of_natural_resources")],
        ),
        (
            "the Ministry of Foreign Affairs of Japan",
            [("Ministry of Foreign Affairs", "org:japanese_ministry_of_foreign_affairs"), ("Japan", "JPN")],
        ),
        ("the US Commerce Department", [("US", "USA"), ("Commerce Department", "org:us_commerce_department")]),
        ("the Department of Energy", [("Department of Energy", "org:us_department_of_energy")]),
        # a named person's office title is no agency (labelling conventions: office_title)
        ("Chinese Commerce Minister Wang Wentao", [("Chinese", "CHN"), ("Wang Wentao", "person:wang_wentao")]),
        ("the Chinese Commerce Minister said", [("Chinese", "CHN")]),
        ("美国商务部", [("美国", "USA"), ("商务部", "org:us_commerce_department")]),
        ("俄国防部", [("俄", "RUS"), ("国防部", "org:russian_ministry_of_defence")]),
        ("俄联邦安全会议", [("俄联邦安全会议", "org:russian_security_council")]),
        ("工信部和发改委", [("工信部", "org:miit"), ("发改委", "org:ndrc")]),
    ],
)
def test_ministries_take_the_country_written_next_to_them(text: str, expected) -> None:
    assert spans(text) == expected


def test_generated_agency_has_its_country() -> None:
    gaz = load_gazetteer().scoped()
    find_mentions("Germany's Ministry of Economy", gaz)
    assert gaz.entity("org:german_ministry_of_economy") == Entity(
        "org:german_ministry_of_economy", "Agency", "Ministry of Economy (Germany)", "DEU"
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Korea's finance ministry is its Ministry of Economy and Finance; Revenue is a ministry domain
        ("South Korea's finance ministry will levy duties", "org:korean_ministry_of_economy_and_finance"),
        ("India's Revenue Department imposed duties", "org:indian_department_of_revenue"),
    ],
)
def test_ministry_domains(text: str, expected: str) -> None:
    assert expected in [eid for _, eid in spans(text)]


def test_unqualified_foreign_ministry_is_not_guessed() -> None:
    assert spans("The Foreign Ministry said") == []


# --- people, coordination, NER ---------------------------------------------------


def test_title_before_an_unknown_name_makes_a_person_and_the_surname_follows() -> None:
    assert spans("Trade Minister Anna Kowalczyk said; Kowalczyk added") == [
        ("Anna Kowalczyk", "person:anna_kowalczyk"),
        ("Kowalczyk", "person:anna_kowalczyk"),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # name_particle: lower-case links inside a name after a title
        (
            "the Minister of Economy Karim bin Saad Al Noor said",
            [("Karim bin Saad Al Noor", "person:karim_bin_saad_al_noor")],
        ),
        ("Trade Commissioner Marta van der Berg said", [("Marta van der Berg", "person:marta_van_der_berg")]),
        ("Minister of Industry Paulo da Costa said", [("Paulo da Costa", "person:paulo_da_costa")]),
        # the domain's last word is no part of the name after it
        (
            "Under Secretary of Commerce for Industry and Security Dana Whitlow said",
            [("Dana Whitlow", "person:dana_whitlow")],
        ),
    ],
)
def test_name_particle(text: str, expected: list[tuple[str, str]]) -> None:
    assert [s for s in spans(text) if s[1].startswith("person:")] == expected


def test_elliptical_coordination_is_split_into_items() -> None:
    assert spans("rare earth equipment and raw materials") == [
        ("rare earth equipment", "item:rare_earth_equipment"),
        ("raw materials", "item:rare_earth_raw_materials"),
    ]
    assert spans("rare earth items and technologies") == [
        ("rare earth", "item:rare_earths"),
        ("technologies", "item:rare_earth_technologies"),
    ]
    assert spans("rare and rare earth metals") == [
        ("rare", "item:rare_metals"),
        ("rare earth metals", "item:rare_earths"),
    ]


def test_ner_entities_fill_gaps_only() -> None:
    import spacy
    from spacy.tokens import Span

    nlp = spacy.blank("en")
    doc = nlp("Zeta Dynamics and Ministry of Commerce staff met Maria Lopez")
    doc.ents = [Span(doc, 0, 2, "ORG"), Span(doc, 3, 6, "ORG"), Span(doc, 8, 10, "PERSON")]
    assert spans(doc.text, doc) == [
        ("Zeta Dynamics", "org:zeta_dynamics"),
        ("Ministry of Commerce", "org:mofcom"),
        ("Maria Lopez", "person:maria_lopez"),
    ]


# --- resolve_entities ---------------------------------------------------------


def test_resolve_entities_is_distinct_in_first_mention_order() -> None:
    mentions = find_mentions("稀土 rare earths China 中国 MOFCOM")
    assert [e.id for e in resolve_entities(mentions)] == ["item:rare_earths", "CHN", "org:mofcom"]
    assert resolve_entities(mentions)[2] == Entity("org:mofcom", "Agency", "Ministry of Commerce", "CHN")


def test_resolve_entities_prefers_extra_then_builds_from_the_id_form() -> None:
    extra = Entity("org:newco", "Firm", "NewCo", "BRA")
    mentions = [Mention("org:newco", 0, 5, "NewCo"), Mention("person:jane_roe", 6, 14, "Jane Roe")]
    assert resolve_entities(mentions, extra=[extra]) == (extra, Entity("person:jane_roe", "Person", "Jane Roe"))


def test_mention_offsets_point_into_the_text() -> None:
    text = "标题\nThe EU's Economic Security Committee and 荷兰"
    assert all(text[m.start : m.end] == m.text for m in find_mentions(text))
    assert ids(text) == {"EU", "org:eu_economic_security_committee", "NLD"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "针对美国加征关税，外交部发言人表示反对",
            [("美国", "USA"), ("外交部", "org:chinese_ministry_of_foreign_affairs")],
        ),
        (
            "墨西哥总统辛鲍姆称已指示经济部长实施反制",
            [("墨西哥", "MEX"), ("辛鲍姆", "person:claudia_sheinbaum"), ("经济部", "org:mexico_economy_ministry")],
        ),
        ("After US tariffs, the Foreign Ministry said", [("US", "USA")]),
        (
            "Mexico's president told the Economy Ministry to act",
            [("Mexico", "MEX"), ("Economy Ministry", "org:mexico_economy_ministry")],
        ),
    ],
)
def test_an_unqualified_ministry_takes_its_country_from_the_sentence_only_when_safe(text: str, expected) -> None:
    assert spans(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # home_government: China has no 经济部, so a bare one is Taiwan's
        ("针对出口问题，经济部表示将加强审查", [("经济部", "org:taiwan_moea")]),
        # a text written from Taiwan (行政院 / 立法院 / a clause opening with 经济部): its bare 外交部 too
        (
            "行政院今日开会。外交部表示将与各国协调",
            [("外交部", "org:taiwan_mofa")],
        ),
        (
            "针对南非的要求，经济部表示，已与外交部讨论",
            [("南非", "ZAF"), ("经济部", "org:taiwan_moea"), ("外交部", "org:taiwan_mofa")],
        ),
        # mainland text: the bare 外交部 is China's
        ("外交部发言人表示坚决反对", [("外交部", "org:chinese_ministry_of_foreign_affairs")]),
        # a ministry of a country whose row names it by another domain (the US Treasury is its finance ministry)
        ("美国财政部宣布制裁", [("美国", "USA"), ("财政部", "org:us_treasury")]),
    ],
)
def test_a_bare_chinese_ministry_belongs_to_the_home_government(text: str, expected) -> None:
    assert spans(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # nearest_owner: a bare 商务部 repeats the nearest earlier commerce ministry whose country is written
        (
            "美国商务部周一公布新规。商务部称规则即日生效",
            [("美国", "USA"), ("商务部", "org:us_commerce_department"), ("商务部", "org:us_commerce_department")],
        ),
        (
            "日本经济产业省与美商务部会谈后，商务部批准了许可",
            [
                ("日本", "JPN"),
                ("经济产业省", "org:meti"),
                ("美", "USA"),
                ("商务部", "org:us_commerce_department"),
                ("商务部", "org:us_commerce_department"),
            ],
        ),
        # the nearest one decides: China's after the US one
        (
            "美国商务部宣布管制。中国商务部回应称，商务部将采取措施",
            [
                ("美国", "USA"),
                ("商务部", "org:us_commerce_department"),
                ("中国", "CHN"),
                ("商务部", "org:mofcom"),
                ("商务部", "org:mofcom"),
            ],
        ),
        # 经济部 too: a bare one after 墨西哥经济部 is Mexico's, not Taiwan's
        (
            "墨西哥经济部周一宣布加征关税。经济部表示措施即日生效",
            [("墨西哥", "MEX"), ("经济部", "org:mexico_economy_ministry"), ("经济部", "org:mexico_economy_ministry")],
        ),
        # no qualified one before it: the home state's
        (
            "商务部宣布反制措施。美国商务部表示反对",
            [("商务部", "org:mofcom"), ("美国", "USA"), ("商务部", "org:us_commerce_department")],
        ),
    ],
)
def test_a_bare_chinese_ministry_repeats_the_nearest_named_one(text: str, expected) -> None:
    assert spans(text) == expected


@pytest.mark.parametrize(
    ("text", "has_agency"),
    [
        # office_title: a named person's office is no agency (labelling conventions)
        ("Peru's Trade Minister Ana Torres said on Monday", False),
        ("Finance Secretary John Doe declined to comment", False),
        ("said Under Secretary of Commerce for Industry and Security Jane Roe.", False),
        # the ministry named as such is one; an unnamed office holder is a person's office too
        ("Peru's Trade Ministry said on Monday", True),
        ("the Finance Secretary declined to comment", False),
        ("The Japanese Foreign Minister called the step unacceptable", False),
        ("said Treasury Secretary Jane Roe", False),
    ],
)
def test_an_office_title_before_a_name_is_no_agency(text: str, has_agency: bool) -> None:
    agencies = {e for e in ids(text) if e.startswith("org:")}
    assert bool(agencies) == has_agency, agencies


@pytest.mark.parametrize(
    ("text", "has_agency"),
    [
        ("秘鲁贸易部长安娜•托雷斯表示将加征关税", False),
        ("秘鲁贸易部长表示将加征关税", True),  # unnamed: the ministry speaks
        ("秘鲁贸易部表示将加征关税", True),
    ],
)
def test_a_chinese_office_title_before_a_name_is_no_agency(text: str, has_agency: bool) -> None:
    agencies = {e for e in ids(text) if e.startswith("org:")}
    assert bool(agencies) == has_agency, agencies


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # wire style in lower case: a country that owns the ministry resolves it
        (
            "China's foreign ministry said",
            [("China", "CHN"), ("foreign ministry", "org:chinese_ministry_of_foreign_affairs")],
        ),
        ("Japan's trade ministry said", [("Japan", "JPN"), ("trade ministry", "org:meti")]),
        ("Peru's economy ministry said", [("Peru", "PER"), ("economy ministry", "org:peruvian_ministry_of_economy")]),
        # no owner, no agency
        ("the foreign ministry said", []),
    ],
)
def test_lower_case_ministries_need_an_owner(text: str, expected) -> None:
    assert spans(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # named_owner: an agency whose own name spells out its state mentions that state too
        ("美国众议院通过法案", {"org:us_house", "USA"}),
        ("The U.S. House passed it", {"org:us_house", "USA"}),
        ("欧盟委员会宣布", {"org:european_commission"}),
    ],
)
def test_an_agency_name_that_spells_its_state_mentions_the_state(text: str, expected: set[str]) -> None:
    gaz = load_gazetteer().scoped()
    assert {e.id for e in resolve_entities(find_mentions(text, gaz), gaz)} == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "South Korea's Trade, Industry, and Energy Ministry said",
            [("South Korea", "KOR"), ("Trade, Industry, and Energy Ministry", "org:motie")],
        ),
        ("Taiwan's commerce ministry said", [("Taiwan", "TWN"), ("commerce ministry", "org:taiwan_moea")]),
        ("港股大涨，中菲关系", [("港", "HKG"), ("中", "CHN"), ("菲", "PHL")]),
        ("根据《中华人民共和国海关法》", []),  # a law named after the agency is no mention of it
        ("暂停冰鲜白带鱼及冻竹荚鱼输入", [("白带鱼", "item:hairtail"), ("竹荚鱼", "item:jack_mackerel")]),
    ],
)
def test_rows_learned_from_train(text: str, expected) -> None:
    assert spans(text) == expected


def test_chinese_stop_words_block_country_names_inside_them() -> None:
    assert spans("内蒙古包头的稀土，沿海地区，增加纳入名单，蒙古国") == [("稀土", "item:rare_earths"), ("蒙古", "MNG")]


import itertools  # noqa: E402

from hypothesis import given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

_PIECES = [
    "China",
    " ",
    "US",
    "美",
    "中",
    "俄",
    "华",
    "对",
    "(",
    "MP.US",
    ")",
    "Ministry of ",
    "Commerce",
    "Department",
    "Minister ",
    "and ",
    "rare ",
    "earth ",
    "Inc.",
    "Group ",
    "Ltd",
    "\n",
    "。",
    "的",
    "Howard ",
    "Lutnick",
    "’s ",
    "-",
    "（",
    "600111.SH",
    "）",
    "稀土",
    "商务部",
    "Russian ",
    "Defense ",
]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), max_size=30).map("".join))
def test_mentions_are_exact_ordered_and_disjoint(text: str) -> None:
    mentions = find_mentions(text)
    assert all(text[m.start : m.end] == m.text and m.start < m.end for m in mentions)
    assert all(a.end <= b.start for a, b in itertools.pairwise(mentions))
    assert len(resolve_entities(mentions)) == len({m.entity_id for m in mentions})


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # bare_commission: in a text that names the EU, "the Commission" is the European Commission
        (
            "The EU will review the duties. The Commission said it acts on complaints.",
            [("EU", "EU"), ("Commission", "org:european_commission")],
        ),
        # ... but it repeats a Commission named before it
        (
            "The US International Trade Commission voted on Friday. The Commission found injury.",
            [("US", "USA"), ("International Trade Commission", "org:usitc"), ("Commission", "org:usitc")],
        ),
        # no EU and no Commission before it, or "the Commission on ..." (another body's name): none
        ("The Commission said it would decide soon.", []),
        ("The EU said the Commission on Human Rights met.", [("EU", "EU")]),
        # the same for "the Council": the Council of the EU, or the Council named before it
        (
            "The EU looks at more tariffs. Once adopted by the Council, imports stop.",
            [("EU", "EU"), ("Council", "org:council_of_the_eu")],
        ),
        (
            "China's State Council approved it. The Council said",
            [("China", "CHN"), ("State Council", "org:state_council"), ("Council", "org:state_council")],
        ),
    ],
)
def test_a_bare_commission_is_the_named_one_or_the_eus(text: str, expected) -> None:
    assert spans(text) == expected
