"""``capital_metonymy`` (``extract/entity_capitals.py``): a venue capital names its state only as an actor."""

from __future__ import annotations

import pytest

from policykg.extract.entity_capitals import capital_candidates


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Paris opposed the duties.", ["FRA"]),
        ("Jakarta's ban on nickel ore exports took effect.", ["IDN"]),
        ("London will retaliate, officials said.", ["GBR"]),
        ("Buenos Aires raised duties on steel.", ["ARG"]),
        ("Pretoria says the duties are unfair.", ["ZAF"]),
        # venues, datelines, names inside names: no state
        ("Talks were held in Paris on the duties.", []),
        ("The ministers flew to London.", []),
        ("Copper rose on the London Metal Exchange.", []),
        ("a London-based trader", []),
        ("the Paris agreement on climate", []),
        ("after visiting Jakarta, the minister said", []),
    ],
)
def test_capital_metonymy(text: str, expected: list[str]) -> None:
    assert [c.eid for c in capital_candidates(text)] == expected
