"""Rule state_legislature (``extract/entity_legislatures.py``): a legislature named with its state."""

from __future__ import annotations

import pytest

from policykg.extract.entities import find_mentions, load_gazetteer


def ids(text: str) -> list[str]:
    return [m.entity_id for m in find_mentions(text, load_gazetteer().scoped())]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the state's adjective, name or possessive before the body; the state stays mentioned
        ("The Philippine Senate approved the bill.", ["PHL", "org:philippine_senate"]),
        ("Brazil's National Congress approved the tariff.", ["BRA", "org:brazilian_congress"]),
        ("Russia's State Duma approved the export ban.", ["RUS", "org:russian_state_duma"]),
        ("The South Korean National Assembly passed the bill.", ["KOR", "org:korean_national_assembly"]),
        # the body, "of" and the state
        ("The Senate of the Philippines approved the bill.", ["org:philippine_senate", "PHL"]),
        ("the Parliament of India debated the ban", ["org:indian_parliament", "IND"]),
        # stated_body: another state's Congress is not the US Congress a bare "Congress" names
        ("The tariffs were approved by the Mexican Congress.", ["MEX", "org:mexican_congress"]),
        ("Peru's Congress ratified the trade deal.", ["PER", "org:peruvian_congress"]),
        ("Argentina's Congress approved the tariff cut.", ["ARG", "org:argentine_congress"]),
        ("The Chilean Congress approved the trade deal.", ["CHL", "org:chilean_congress"]),
        ("The American Congress approved the tariffs.", ["USA", "org:us_congress"]),
        ("Congress approved the tariffs on Tuesday.", ["org:us_congress"]),
        # a body the gazetteer holds keeps its row
        ("The US Congress passed the bill.", ["org:us_congress"]),
        ("The U.S. House of Representatives passed the bill.", ["org:us_house"]),
        # Chinese: the body right after the state; 国会 is the US Congress, elsewhere a parliament
        ("韩国国会通过法案。", ["KOR", "org:korean_parliament"]),
        ("美国参议院通过法案。", ["USA", "org:us_senate"]),
        ("日本国会通过法案。", ["JPN", "org:japanese_parliament"]),
        # no state, no legislature
        ("The Senate voted on Tuesday.", []),
        ("参议院通过法案。", []),
    ],
)
def test_state_legislature(text: str, expected: list[str]) -> None:
    assert ids(text) == expected
