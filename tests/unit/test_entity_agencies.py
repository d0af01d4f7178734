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


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an agency name opening its head's title before the holder's name: the person's office
        ("香港保安局局长李家超表示，将加强监管。", []),
        ("海关总署副署长李明表示", []),
        # no named holder, or a spokesperson: the agency speaks
        ("海关总署署长表示，将加强监管。", [("海关总署", "org:gac")]),
        ("海关总署发言人表示，将加强监管。", [("海关总署", "org:gac")]),
    ],
)
def test_zh_office_holder(text: str, expected: list[tuple[str, str]]) -> None:
    assert orgs(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("China's customs administration said", [("customs administration", "org:gac")]),
        ("South Korea's customs service said", [("customs service", "org:korea_customs_service")]),
        ("Japanese customs authorities seized it", [("customs authorities", "org:japan_customs")]),
        ("the cargo cleared India's customs", [("customs", "org:cbic")]),
        # a state without a customs row: no minted id
        ("Peru's customs agency said", []),
        # no state before it
        ("the customs agency said", []),
    ],
)
def test_customs_owner(text: str, expected: list[tuple[str, str]]) -> None:
    assert orgs(text) == expected
