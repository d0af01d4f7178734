"""Rules of ``extract/entity_people.py``: person names found by the prose around them."""

from __future__ import annotations

import pytest

from policykg.extract.entities import find_mentions, load_gazetteer


def people(text: str) -> list[tuple[str, str]]:
    return [
        (m.text, m.entity_id)
        for m in find_mentions(text, load_gazetteer().scoped())
        if m.entity_id.startswith("person:")
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # quote_attribution: a reporting verb before, an appositive comma after
        (
            '"Prices will rise," said Marta Ilves, an economist at a Tallinn bank.',
            [("Marta Ilves", "person:marta_ilves")],
        ),
        ("according to Tomas Rydell, head of the exporters' group", [("Tomas Rydell", "person:tomas_rydell")]),
        # role_appositive: set off by commas after a role noun
        (
            "The head of the agency, Ines Valdor-Pike, announced the quota on Monday.",
            [("Ines Valdor-Pike", "person:ines_valdor_pike")],
        ),
        (
            "the Minister of Mines and Energy, Oren Balcázar, when asked",
            [("Oren Balcázar", "person:oren_balcazar")],
        ),
        # role_title: titles the older title rule lacks; a middle initial is not part of the id
        ("National Security Adviser Han Do-yun hinted at it", [("Han Do-yun", "person:han_do_yun")]),
        ("Congressman Rick Q. Palmer was sanctioned", [("Rick Q. Palmer", "person:rick_palmer")]),
        ("former Ambassador to Chile Akira Morimoto", [("Akira Morimoto", "person:akira_morimoto")]),
        # a lead-in written in capitals
        ("SENATE PRESIDENT Lino G. Aramburo on Thursday backed it", [("Lino G. Aramburo", "person:lino_aramburo")]),
        # title_of (extract/entity_names.py): a "for" inside the domain, a lower-case domain of ministry words
        (
            "Under Secretary of Commerce for Industry and Security Jorun Kessel said",
            [("Jorun Kessel", "person:jorun_kessel")],
        ),
        ("the minister for foreign affairs Edda Tenvik says", [("Edda Tenvik", "person:edda_tenvik")]),
        ("the minister for talks said Ardent Labs would", []),
        # no trigger context, or not a name: nothing
        # no trigger context and no known given name: nothing (a known one is given_name_person, tested apart)
        ("Ilves Marta will visit Riga.", []),
        ("said Monday, adding", []),
        ("said The Times, which", []),
    ],
)
def test_people_rules(text: str, expected: list[tuple[str, str]]) -> None:
    assert people(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # person_gloss: title + transliteration + Latin name in brackets; the bare transliteration later too
        (
            "智利外长韦尔达拉（Lina Verdara）表示反对。韦尔达拉还说",
            [
                ("韦尔达拉", "person:lina_verdara"),
                ("Lina Verdara", "person:lina_verdara"),
                ("韦尔达拉", "person:lina_verdara"),
            ],
        ),
        # no title before it: a firm or a place may be glossed so, no person
        ("阿尔塔（Alta Mining）宣布", []),
    ],
)
def test_person_gloss(text: str, expected: list[tuple[str, str]]) -> None:
    assert people(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # surname_coreference: the surname alone, after the full name, is the same person
        (
            "Premier Doug Ford said Wednesday. Mr. Ford said.",
            [("Doug Ford", "person:doug_ford"), ("Ford", "person:doug_ford")],
        ),
        # a single word also begins the full name (given name first: "President Joko")
        (
            'President Joko "Jokowi" Widodo announced on Wednesday.',
            [("Joko", "person:joko_widodo"), ("Jokowi", "person:joko_widodo")],
        ),
        # two full names end with the surname: it stays on its own
        (
            "Senator Anna Berg and Senator Lars Berg met. Mr. Berg said.",
            [("Anna Berg", "person:anna_berg"), ("Lars Berg", "person:lars_berg"), ("Berg", "person:berg")],
        ),
    ],
)
def test_surname_coreference(text: str, expected: list[tuple[str, str]]) -> None:
    assert people(text) == expected
