"""A generic measure noun typed by its own complement (``extract/noun_rules.py``), through the whole pipeline."""

from __future__ import annotations

import pytest

from policykg.extract.noun_rules import complement_type
from tests.rule_cases import main_actor_events as events

COMPLEMENTS = [
    # the noun's complement on exports types it, with no other measure in the article
    (
        "In July, Peru imposed tighter regulations on exports to Chile of three chemicals.",
        {("EXPORT_CONTROL", "impose", "PER")},
    ),
    ("Peru imposed new rules on imports of Chilean wine on Monday.", {("IMPORT_RESTRICTION", "impose", "PER")}),
    # a ban on exports keeps its own reading (EXPORT_BAN)
    ("Peru imposed a ban on exports of copper ore on Monday.", {("EXPORT_BAN", "impose", "PER")}),
]

DIRECTIVES = [
    # directive_is_vehicle: a generic measure noun with its own strong verb states the act the decree carries
    (
        "On Monday, Peru signed a decree lifting its restrictions on the import of onions from Chile.",
        {("IMPORT_RESTRICTION", "lift", "PER")},
    ),
    (
        "On Monday, Peru signed a decree imposing restrictions on the import of onions from Chile.",
        {("IMPORT_RESTRICTION", "impose", "PER")},
    ),
    # a directive whose only verb is weak stays the measure (industrial policy with an item)
    (
        "On Monday, Peru signed a decree on the development of the copper industry.",
        {("INDUSTRIAL_POLICY", "impose", "PER")},
    ),
]


@pytest.mark.parametrize("body, expected", DIRECTIVES, ids=[c[0][:40] for c in DIRECTIVES])
def test_directive_is_vehicle(body: str, expected: set[tuple[str, str, str]]) -> None:
    assert events(body) == expected


@pytest.mark.parametrize("body, expected", COMPLEMENTS, ids=[c[0][:40] for c in COMPLEMENTS])
def test_generic_noun_typed_by_its_complement(body: str, expected: set[tuple[str, str, str]]) -> None:
    assert events(body) == expected


@pytest.mark.parametrize(
    "text, end, expected",
    [
        ("rules on exports", 5, "EXPORT_CONTROL"),
        ("rules over the import of beef", 5, "IMPORT_RESTRICTION"),
        ("rules for banks", 5, None),
    ],
)
def test_complement_type(text: str, end: int, expected: str | None) -> None:
    assert complement_type(text, end) == expected


SUPPLY_BANS = [
    # lexicon row export_ban: banning the supply or delivery of goods to others is an export ban
    ("Peru signed a decree on Monday that bans the supply of copper to Chile.", {("EXPORT_BAN", "impose", "PER")}),
    ("Peru banned deliveries of copper to Chile on Monday.", {("EXPORT_BAN", "impose", "PER")}),
]


@pytest.mark.parametrize("body, expected", SUPPLY_BANS, ids=[c[0][:40] for c in SUPPLY_BANS])
def test_supply_bans_are_export_bans(body: str, expected: set[tuple[str, str, str]]) -> None:
    assert events(body) == expected


HEADLINE_BANS = [
    # a bare "ban" whose sentence names no direction of trade takes the headline's
    ("Kazakhstan curbs wheat exports\nIn June, Kazakhstan extended the ban until 30 September.", "EXPORT_BAN"),
    (
        "Japan halts poultry imports from Brazil\nOn Monday, Japan extended the ban until 30 September.",
        "IMPORT_RESTRICTION",
    ),
    ("Kazakhstan news roundup\nIn June, Kazakhstan extended the ban until 30 September.", None),
]


@pytest.mark.parametrize("text, expected", HEADLINE_BANS, ids=[c[0][:40] for c in HEADLINE_BANS])
def test_bare_ban_typed_by_the_headline(text: str, expected: str | None) -> None:
    from policykg.extract.noun_rules import headline_ban_type
    from tests.rule_cases import rule_events

    assert headline_ban_type(text) == expected
    title, body = text.split("\n")
    found = {(e.type, e.action) for e in rule_events(body, title=title) if e.action == "extend"}
    assert found == ({(expected, "extend")} if expected else set())
