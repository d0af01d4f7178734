"""Rows of ``extract/data/triggers/sanction_classes.jsonl`` and the case-sensitive "sanctions <Name>" verb pattern.

Invented sentences.  "sanctions" is a verb only before a proper name or a counted object ("Britain sanctions
Rosneft", "the Treasury sanctions two banks"); the lower-case noun ("Sanctions on the firm X were lifted") must not
read as an imposition.  The verbs the old case-insensitive pattern covered by accident (reimpose, designate
under a sanctions programme) are verb-class rows of their own.
"""

from __future__ import annotations

import pytest

from tests.rule_cases import case_ids, rule_events

Triple = tuple[str, str, str | None]

CASES: list[tuple[str, Triple]] = [
    # "sanctions" as a verb: before a proper name or a counted object
    ("Britain sanctions Rosneft and two of its tankers.", ("SANCTION", "impose", "GBR")),
    ("The Treasury sanctions two Chinese refiners over Iranian oil.", ("SANCTION", "impose", "USA")),
    ("Canada sanctions more than 30 Russian officials.", ("SANCTION", "impose", "CAN")),
    ("Japan sanctions 12 shipping firms linked to North Korea.", ("SANCTION", "impose", "JPN")),
    # reimpose / re-impose / reapply: the impose class again
    ("The United States reimposed sanctions on Iranian banks on Monday.", ("SANCTION", "impose", "USA")),
    ("Britain re-imposed sanctions on the Venezuelan oil firm PDVSA.", ("SANCTION", "impose", "GBR")),
    ("Washington reimposed tariffs on Canadian aluminium on Monday.", ("TARIFF", "impose", "USA")),
    ("The European Union will reimpose sanctions on Iran next month.", ("SANCTION", "impose", "EU")),
    ("Australia reapplied its anti-dumping duties on Chinese steel.", ("TARIFF", "impose", "AUS")),
    # designating (or re-designating) a party under a sanctions programme
    (
        "The United States designated five Chinese refiners under its sanctions programme on Monday.",
        ("SANCTION", "impose", "USA"),
    ),
    ("The European Union designated Rosneft under its sanctions regime.", ("SANCTION", "impose", "EU")),
    ("The Treasury re-designated three Iranian banks under its sanctions programme.", ("SANCTION", "impose", "USA")),
    ("Britain designated the shipping company as a sanctioned entity on Monday.", ("SANCTION", "impose", "GBR")),
    ("Canada is designating 14 officials pursuant to its Russia sanctions law.", ("SANCTION", "impose", "CAN")),
]
# the noun "sanctions" before a lower-case word: its own verb decides (lift / extend), never impose
NOUN_CASES: list[tuple[str, Triple, Triple]] = [
    (
        "Sanctions on the firm Rosneft were lifted by Britain on Monday.",
        ("SANCTION", "lift", "GBR"),
        ("SANCTION", "impose", "GBR"),
    ),
    (
        "Sanctions on the bank were extended by the European Union on Monday.",
        ("SANCTION", "extend", "EU"),
        ("SANCTION", "impose", "EU"),
    ),
    (
        "Britain lifted sanctions on the firm Rosneft on Monday.",
        ("SANCTION", "lift", "GBR"),
        ("SANCTION", "impose", "GBR"),
    ),
    (
        "The European Union suspended sanctions against the bank on Monday.",
        ("SANCTION", "suspend", "EU"),
        ("SANCTION", "impose", "EU"),
    ),
]
CONTROLS = [
    "Japan designated semiconductors as a strategic industry on Monday.",
    "The minister designated a new envoy for the talks.",
    "Sanctions experts said the rules were unclear.",
]


def _got(text: str) -> set[Triple]:
    return {(e.type, e.action, e.actors[0] if e.actors else None) for e in rule_events(text)}


@pytest.mark.parametrize(("text", "want"), CASES, ids=case_ids(CASES))
def test_sanction_class(text: str, want: Triple) -> None:
    got = _got(text)
    assert want in got, got


@pytest.mark.parametrize(("text", "want", "avoid"), NOUN_CASES, ids=case_ids(NOUN_CASES))
def test_sanctions_noun_is_not_imposed(text: str, want: Triple, avoid: Triple) -> None:
    got = _got(text)
    assert want in got and avoid not in got, got


@pytest.mark.parametrize("text", CONTROLS, ids=[c[:40] for c in CONTROLS])
def test_sanction_class_control(text: str) -> None:
    assert not rule_events(text)
