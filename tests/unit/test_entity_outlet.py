"""Rule ``outlet_home`` (``extract/entity_outlet.py``): a national outlet names its own government's bodies bare.

Invented sentences, one linguistic case each: the outlet's state (from its ``source`` row or its URL's country
domain) owns a bare ministry when the text names that state; a written owner, a qualified mention of the same
domain and the nearest earlier ministry still come first; a state the text never names is no owner."""

from __future__ import annotations

import pytest

from policykg.extract.entities import find_mentions, load_gazetteer
from policykg.extract.entity_outlet import domain_state, fold_outlet, outlet_rows, outlet_state, source_state, tld_state
from policykg.extract.normalize import normalise_for_extraction


@pytest.mark.parametrize(
    ("url", "state"),
    [
        ("https://news.err.ee/1608/ministry-refuses", "EST"),
        ("https://www.pulselive.co.ke/news/local/x", "KEN"),
        ("https://www.bbc.co.uk/news/business-1", "GBR"),  # .uk is GB's
        ("https://udn.com.tw/news/story/1", "TWN"),
        ("http://www.ThePaper.CN/newsDetail", "CHN"),
        ("https://www.reuters.com/world/x", None),  # a generic domain
        ("https://startup.io/post", None),  # ccTLDs sold for other uses
        ("https://news.co/x", None),
        ("https://tv.example.tv/x", None),
        ("https://europa.eu/x", None),  # regional, no state
        ("not a url", None),
        (None, None),
    ],
)
def test_tld_state(url: str | None, state: str | None) -> None:
    assert tld_state(url) == state


def test_the_source_row_outranks_the_domain() -> None:
    gaz = load_gazetteer()
    assert outlet_state(frozenset({"org:taipei_times"}), "https://www.example.ee/x", gaz) == "TWN"
    assert outlet_state(frozenset(), "https://www.example.ee/x", gaz) == "EST"
    assert outlet_state(frozenset({"org:reuters"}), "https://www.reuters.com/x", gaz) == "GBR"
    assert outlet_state(frozenset({"org:reuters", "org:taipei_times"}), "https://x.com/", gaz) is None  # two states


def agencies(text: str, outlet: str | None) -> list[tuple[str, str]]:
    clean = normalise_for_extraction(text).text
    found = find_mentions(clean, load_gazetteer().scoped(), outlet=outlet)
    return [(m.text, m.entity_id) for m in found if m.entity_id.startswith("org:")]


CASES = [
    # the story names the other side more often: the outlet's state owns the bare ministry
    (
        "EST",
        "Russia and Belarus face new curbs. Russia protested. Estonia backs the package, the Ministry of Foreign "
        "Affairs said.",
        [("Ministry of Foreign Affairs", "org:estonian_ministry_of_foreign_affairs")],
    ),
    (
        "KEN",
        "Kenya lifts its ban on imports from Uganda and Tanzania; Uganda welcomed it. The Ministry of Agriculture "
        "will issue permits.",
        [("Ministry of Agriculture", "org:kenya_ministry_of_agriculture")],
    ),
    (
        "IND",
        "China and India trade barbs; China cut rare earth exports to Japan. India's exporters are worried, the "
        "commerce ministry said.",
        [("commerce ministry", "org:indian_ministry_of_commerce_and_industry")],
    ),
    # without the outlet, the state named most often owns it (home_country)
    (
        None,
        "Russia and Belarus face new curbs. Russia protested. Estonia backs the package, the Ministry of Foreign "
        "Affairs said.",
        [("Ministry of Foreign Affairs", "org:russian_ministry_of_foreign_affairs")],
    ),
    # a state the text never names is no owner: the text's own reading stands
    (
        "GBR",
        "Vietnam raised duties on steel. Vietnam said the Ministry of Industry and Trade will review them.",
        [("Ministry of Industry and Trade", "org:vietnamese_ministry_of_industry_and_trade")],
    ),
    # a written owner comes first
    (
        "EST",
        "Estonia and Russia argue. Russia's Ministry of Foreign Affairs summoned the envoy.",
        [("Ministry of Foreign Affairs", "org:russian_ministry_of_foreign_affairs")],
    ),
    # the same domain qualified elsewhere comes first (domain_owner)
    (
        "PAK",
        "Pakistan watches as India's finance ministry raises tariffs. The Ministry of Finance said the levy stays.",
        [
            ("finance ministry", "org:indian_ministry_of_finance"),
            ("Ministry of Finance", "org:indian_ministry_of_finance"),
        ],
    ),
    # a US outlet: a "ministry" is never the United States' (its bodies are departments)
    (
        "USA",
        "The United States and Peru signed a deal. Peru's exporters cheered; the Ministry of Production said so.",
        [("Ministry of Production", "org:peruvian_ministry_of_production")],
    ),
    # Chinese: a Taiwan outlet's bare 外交部 is Taiwan's
    ("TWN", "中国大陆宣布制裁。台湾回应，外交部表示强烈抗议。", [("外交部", "org:taiwan_mofa")]),
    # ... but 陸外交部 (the mainland's, in Taiwan's press) is China's, and so is a ministry China alone has
    ("TWN", "陸外交部闢謠，稱報導不實。台灣方面未回應。", [("外交部", "org:chinese_ministry_of_foreign_affairs")]),
    ("TWN", "台湾厂商关注，商务部宣布对稀土实施出口管制。", [("商务部", "org:mofcom")]),
    # the nearest earlier ministry of the same domain whose state is written comes first (nearest_owner)
    (
        "TWN",
        "美国国务院宣布对台军售，中国外交部强烈反对。外交部发言人表示将采取措施。台湾表示欢迎。",
        [
            ("美国国务院", "org:us_department_of_state"),
            ("外交部", "org:chinese_ministry_of_foreign_affairs"),
            ("外交部", "org:chinese_ministry_of_foreign_affairs"),
        ],
    ),
]


CUSTOMS = [
    # a bare customs agency in a national outlet is its state's, when the text names the state
    (
        "TWN",
        "Taiwan tightened checks on steel from China. The Customs Administration said imports fell.",
        [("Customs Administration", "org:taiwan_customs_administration")],
    ),
    (
        "KOR",
        "Korea will check origin labels; the customs service said fines would follow.",
        [("the customs service", "org:korea_customs_service")],
    ),
    # a written owner comes first (customs_owner)
    (
        "TWN",
        "Taiwan watched as China's customs administration banned the fruit.",
        [("customs administration", "org:gac")],
    ),
    # "Customs" alone is a modifier, no agency; no outlet or an unnamed state gives none
    ("IND", "India's pact covers goods, rules of origin and Customs procedures.", []),
    (None, "Taiwan said the Customs Administration will check the labels.", []),
    ("KOR", "Japan said the Customs Bureau will check the labels.", []),
]


@pytest.mark.parametrize(("outlet", "text", "expected"), CASES + CUSTOMS)
def test_outlet_home(outlet: str | None, text: str, expected: list[tuple[str, str]]) -> None:
    assert agencies(text, outlet) == expected


# The world's press (``data/outlets.csv``), read only against an article's ``url`` and ``source``.
DOMAINS = [
    ("https://www.thehindu.com/business/x", "IND"),
    ("https://epaper.dawn.com/x", "PAK"),  # a sub-domain is its outlet's
    ("https://www.brecorder.com/news/1", "PAK"),
    ("https://economictimes.indiatimes.com/x", "IND"),
    ("https://www.storm.mg/article/1", "TWN"),  # a Taipei outlet, not Madagascar's (.mg)
    ("https://www.upmedia.mg/news_info.php", "TWN"),
    ("https://www.orientaldaily.com.my/news/1", "MYS"),
    ("https://www.scmp.com/economy/x", "HKG"),
    ("https://www.zaobao.com.sg/news/x", "SGP"),
    ("https://www.premiumtimesng.com/x", "NGA"),
    ("https://www.reuters.com/world/x", "GBR"),
    ("https://notthehindu.com/x", None),  # a label boundary, not a suffix of letters
    ("https://www.example.com/x", None),
    (None, None),
]


@pytest.mark.parametrize(("url", "state"), DOMAINS)
def test_domain_state(url: str | None, state: str | None) -> None:
    assert domain_state(url) == state


SOURCES = [
    ("Business Recorder", "PAK"),
    ("The Express Tribune", "PAK"),
    ("Express Tribune", "PAK"),  # a leading "The" is no part of the name
    ("Dawn", "PAK"),  # a common word is matched only as the whole source
    ("The News International", "PAK"),
    ("Mint", "IND"),
    ("明報", "HKG"),  # Traditional is folded to Simplified
    ("經濟日報", None),  # Beijing's and Taipei's: shared by two states
    ("The Star", None),  # Malaysia's, Kenya's ...: only its qualified form is a row
    ("The Star (Malaysia)", "MYS"),
    ("An Unknown Gazette", None),
    (None, None),
]


@pytest.mark.parametrize(("source", "state"), SOURCES)
def test_source_state(source: str | None, state: str | None) -> None:
    assert source_state(source) == state


def test_the_outlet_domain_outranks_the_source_and_the_country_domain() -> None:
    gaz = load_gazetteer()
    # 东方日报 in source is Hong Kong's row; the Kuala Lumpur paper's own domain names it
    assert outlet_state(frozenset({"org:oriental_daily_news"}), "https://orientaldaily.com.my/x", gaz) == "MYS"
    assert outlet_state(frozenset(), "https://www.dawn.com/news/1", gaz, "Reuters") == "PAK"
    assert outlet_state(frozenset(), "https://www.example.com/x", gaz, "Business Recorder") == "PAK"
    assert outlet_state(frozenset(), "https://www.example.de/x", gaz, "Business Recorder") == "DEU"


@pytest.mark.parametrize(
    "text",
    [
        "Dawn broke over Karachi as traders waited for the tariff list.",
        "The News of the tariff spread fast among exporters.",
        "The Star ferry resumed service on Monday.",
        "Mint leaves were exempted from the new duty.",
        "The Nation waited for the budget.",
        "Profit rose at the Express unit after the ban.",
    ],
)
def test_a_common_word_outlet_in_the_body_is_no_entity(text: str) -> None:
    assert agencies(text, None) == []


def test_the_outlet_table_is_sorted_and_consistent_with_the_gazetteer() -> None:
    """Rows sorted by state and id; unique ids and domains; a state is a gazetteer Country; an id or a name the
    gazetteer already has is the same outlet (same id, same country)."""
    gaz = load_gazetteer()
    rows = outlet_rows()
    keys = [(r["state"], r["id"], r["name"], r["zh"], r["domains"]) for r in rows]
    assert keys == sorted(keys)
    assert len({r["id"] for r in rows}) == len(rows)
    domains = [d for r in rows for d in r["domains"].split()]
    assert len(set(domains)) == len(domains)
    names = {fold_outlet(e.name): eid for eid, e in gaz.entities.items()}
    for r in rows:
        assert gaz.entity(r["state"]).type == "Country", r
        known = gaz.get(r["id"])
        assert known is None or (known.type == "Firm" and known.country == r["state"]), r
        assert names.get(fold_outlet(r["name"]), r["id"]) == r["id"], r
