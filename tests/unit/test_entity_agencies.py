"""Rule ``agency_descriptor`` of ``extract/entity_agencies.py``: a regulator noun names the agency after it."""

from __future__ import annotations

import pytest

from policykg.extract.entities import find_mentions, load_gazetteer


def orgs(text: str) -> list[tuple[str, str]]:
    gaz = load_gazetteer().scoped()
    return [(m.text, m.entity_id) for m in find_mentions(text, gaz) if m.entity_id.startswith("org:")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Russia's agricultural watchdog Rosselkhoznadzor announced it",
            [("Rosselkhoznadzor", "org:rosselkhoznadzor")],
        ),
        ("the energy regulator Ofgem said", [("Ofgem", "org:ofgem")]),
        # no name after the noun, or an article: nothing
        ("the regulator said on Monday", []),
        ("the watchdog The Competition", []),
    ],
)
def test_agency_descriptor(text: str, expected: list[tuple[str, str]]) -> None:
    assert orgs(text) == expected
