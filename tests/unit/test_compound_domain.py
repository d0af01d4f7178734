"""Rule ``compound_domain`` (``extract/gazetteer.py``): a ministry named by several domains answers to each of them
that its state has no ministry of its own for."""

from __future__ import annotations

import pytest

from policykg.extract.entities import find_mentions, load_gazetteer
from policykg.extract.gazetteer import implied_domains

DOMAINS = {"trade", "industry", "energy", "economy", "finance", "economy_and_finance", "foreign_affairs"}


@pytest.mark.parametrize(
    ("ids", "key", "expected"),
    [
        # each part of a listed name: trade, industry, energy
        ({("KOR", "trade_industry_and_energy"): "org:kmote"}, ("KOR", "industry"), "org:kmote"),
        ({("KOR", "trade_industry_and_energy"): "org:kmote"}, ("KOR", "energy"), "org:kmote"),
        # a state's own ministry of the part wins
        (
            {("KOR", "trade_industry_and_energy"): "org:kmote", ("KOR", "energy"): "org:kenergy"},
            ("KOR", "energy"),
            "org:kenergy",
        ),
        # a part two ministries of one state share stays unmapped
        (
            {("XAA", "trade_and_industry"): "org:a", ("XAA", "industry_and_energy"): "org:b"},
            ("XAA", "industry"),
            None,
        ),
        # a part that is itself a known compound: economy_and_finance inside economy_and_finance_planning
        ({("XBB", "economy_and_finance_planning"): "org:c"}, ("XBB", "economy_and_finance"), "org:c"),
        # another state's ministry gives nothing
        ({("KOR", "trade_industry_and_energy"): "org:kmote"}, ("JPN", "industry"), None),
        # a word that is no known domain gives nothing ("planning")
        ({("XBB", "economy_and_finance_planning"): "org:c"}, ("XBB", "planning"), None),
        # "foreign_affairs" is one domain of two words
        ({("AUS", "foreign_affairs_and_trade"): "org:dfat"}, ("AUS", "foreign_affairs"), "org:dfat"),
    ],
)
def test_implied_domains(ids: dict, key: tuple[str, str], expected: str | None) -> None:
    assert implied_domains(ids, DOMAINS).get(key) == expected


def agencies(text: str) -> list[tuple[str, str]]:
    found = find_mentions(text, load_gazetteer().scoped())
    return [(m.text, m.entity_id) for m in found if m.entity_id.startswith("org:")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Korea's industry ministry said chip exports fell.", [("industry ministry", "org:motie")]),
        ("South Korea's energy ministry will review the quota.", [("energy ministry", "org:motie")]),
        ("Brazil's industry ministry raised the tariff on steel.", [("industry ministry", "org:brazil_mdic")]),
        ("China's industry ministry issued new rules for rare earths.", [("industry ministry", "org:miit")]),
        (
            "Russia's industry ministry proposed an export quota.",
            [("industry ministry", "org:russian_ministry_of_industry_and_trade")],
        ),
        ("Japan's economy ministry tightened chip controls.", [("economy ministry", "org:meti")]),
        ("Malaysia's Industry Ministry said it would study the levy.", [("Industry Ministry", "org:miti_malaysia")]),
        # a state with no listed ministry of industry: minted from the domain, as any ministry
        ("Egypt's industry ministry banned the exports.", [("industry ministry", "org:egyptian_ministry_of_industry")]),
    ],
)
def test_a_part_of_a_listed_ministry_names_it(text: str, expected: list[tuple[str, str]]) -> None:
    assert agencies(text) == expected
