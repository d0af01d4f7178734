"""Rule ``given_name_person`` (``extract/entity_given_names.py``): a known given name and one to three surname
parts name a person, with no title or quote frame; firm, place and law names, bylines and headline-case runs
do not.  Every sentence is invented; the names are of many origins."""

from __future__ import annotations

import pytest

from policykg.extract.entities import find_mentions, load_gazetteer
from policykg.extract.entity_given_names import fold, prose_line


def people(text: str) -> list[tuple[str, str]]:
    return [
        (m.text, m.entity_id)
        for m in find_mentions(text, load_gazetteer().scoped())
        if m.entity_id.startswith("person:")
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a bare full name in prose, subject or object, any origin
        ("Karen Holloway told lawmakers the levy would stay.", [("Karen Holloway", "person:karen_holloway")]),
        ("The ban was backed by Dmitri Volkonov on Tuesday.", [("Dmitri Volkonov", "person:dmitri_volkonov")]),
        ("Officials met Rebecca Wanjiru in the capital.", [("Rebecca Wanjiru", "person:rebecca_wanjiru")]),
        ("Talks between Hiroshi Tanabe and the exporters stalled.", [("Hiroshi Tanabe", "person:hiroshi_tanabe")]),
        ("the decree signed by Ahmed Haddad last week", [("Ahmed Haddad", "person:ahmed_haddad")]),
        ("a letter from Ingrid Solberg-Lund to the board", [("Ingrid Solberg-Lund", "person:ingrid_solberg_lund")]),
        # accents folded in the id; linking particles inside the name
        ("former leader Joaquín Peña Robles opposed it", [("Joaquín Peña Robles", "person:joaquin_pena_robles")]),
        ("a ruling by Alexandre de Moura on the duties", [("Alexandre de Moura", "person:alexandre_de_moura")]),
        ("Khalid bin Rashid welcomed the accord.", [("Khalid bin Rashid", "person:khalid_bin_rashid")]),
        ("Pieter van der Berg voted against the quota.", [("Pieter van der Berg", "person:pieter_van_der_berg")]),
        # a middle initial is in the mention, not in the id
        ("Susan J. Whitfield chaired the hearing.", [("Susan J. Whitfield", "person:susan_whitfield")]),
        # a weekday or a month ends the name; so does a part the gazetteer knows as something else
        ("Talks with Karen Holloway Monday ended early.", [("Karen Holloway", "person:karen_holloway")]),
        # three surname parts, and a name of two hyphenated parts
        (
            "Juan Carlos Ruiz Vidal chaired the hearing.",
            [("Juan Carlos Ruiz Vidal", "person:juan_carlos_ruiz_vidal")],
        ),
        ("Olga Petrova-Sands left the talks.", [("Olga Petrova-Sands", "person:olga_petrova_sands")]),
        # a possessive ends the name
        ("Boris Kalnin's plan raised duties on steel.", [("Boris Kalnin", "person:boris_kalnin")]),
        # a headline-case title whose name the body repeats in prose
        (
            "Samuel Adebayo Backs Cocoa Export Levy\nSamuel Adebayo said the levy would fund farmers.",
            [("Samuel Adebayo", "person:samuel_adebayo"), ("Samuel Adebayo", "person:samuel_adebayo")],
        ),
    ],
)
def test_a_known_given_name_and_a_surname_name_a_person(text: str, expected: list[tuple[str, str]]) -> None:
    assert people(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # places, firms, bodies and laws whose first word is a given name (or a place that is one)
        "Troops left the Jordan Valley on Sunday.",
        "Georgia Power said it would raise rates.",
        "Shares of Charles Schwab Corp fell sharply.",
        "Morgan Stanley analysts cut their forecast.",
        "Ships waited outside Victoria Harbour for days.",
        "Sterling Bank raised its lending rate.",
        "Students at Edwin Marsh University protested.",
        "the Harold Benson Act passes the Senate next week",
        "flights from Kevin Lowry Airport were cancelled",
        "Edwin Marsh & Sons cut jobs at the plant.",
        "The Christian Democrat bloc voted against it.",
        "Edwin Marsh Foundation grants were cut.",
        "Daniel Brenner Street was closed to traffic.",
        # a romanised name in a Chinese line
        "新加坡总理Daniel Brenner表示关税影响有限。",
        # a headline-case run alone: no prose line names it
        "Tariff Talks Stall As Daniel Brenner Exits\nThe talks ended without a deal on Friday.",
        # a reporter's byline or an editor's credit
        "The duties take effect next month.\nReporting by Daniel Okafor; Editing by Susan Marlowe",
        # a common English word, a month or a weekday is no given name
        "Will Congress act before the vote?",
        "May Deadline looms for the exporters.",
    ],
)
def test_firm_place_law_headline_and_byline_runs_are_no_person(text: str) -> None:
    assert people(text) == []


@pytest.mark.parametrize(
    ("line", "prose"),
    [
        ("The ministry said the duties would rise.", True),
        ("Tariff Talks Stall As Daniel Brenner Exits", False),
        ("China Hits Back with Duties on US Farm Goods", False),
        ("Exports fall", True),
    ],
)
def test_prose_line(line: str, prose: bool) -> None:
    assert prose_line(line) is prose


def test_fold() -> None:
    assert fold("Peña") == "pena" and fold("Müller") == "muller" and fold("Ibáñez") == "ibanez"
