"""Minted id forms (``extract/entity_ids.py``): the slug conventions the labelled corpus follows."""

from __future__ import annotations

import pytest

from policykg.extract.entity_ids import firm_slug, slug


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        # firm_short_form: legal suffixes and a trailing Group / Holdings / Motor / Technology go
        ("Zelkova Motor Corp", "zelkova"),
        ("Orbital Widgets Technology Inc.", "orbital_widgets"),
        ("Pinecrest Technologies", "pinecrest"),
        ("Halvard Holdings Ltd", "halvard"),
        # ... unless nothing distinctive remains, or the name ends in "X and Technology"
        ("Rare Earth Group", "rare_earth_group"),
        ("Lumen Science and Technology", "lumen_science_and_technology"),
        # legal_prefix: a legal form written before the name goes too
        ("PT Kestrel Farma", "kestrel_farma"),
        ("PT. Zelkova Tbk", "zelkova"),
        ("PJSC Halvard Oil", "halvard_oil"),
        ("JSC Pinecrest", "pinecrest"),
        ("PT", "pt"),
        # other head words stay: they are part of the short name
        ("Kestrel Electronics Co.", "kestrel_electronics"),
    ],
)
def test_firm_slug(name: str, expected: str) -> None:
    assert firm_slug(name) == expected


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        # latin_fold: marks dropped, letters without a base letter spelt out as English text writes them
        ("Lars Løkke Rasmussen", "lars_lokke_rasmussen"),
        ("Jonas Gahr Støre", "jonas_gahr_store"),
        ("Paweł Łukaszewski", "pawel_lukaszewski"),
        ("Þórdís Gylfadóttir", "thordis_gylfadottir"),
        ("Ægir Straße", "aegir_strasse"),
        ("Đorđe Vučić", "dorde_vucic"),
        ("Œuvre Cœur", "oeuvre_coeur"),
        ("Işıl Kaya", "isil_kaya"),
        ("José Müller", "jose_muller"),
    ],
)
def test_person_slug_folds_latin_letters(name: str, expected: str) -> None:
    assert slug(name, drop_legal=False) == expected


def test_a_two_letter_firm_keeps_its_legal_suffix() -> None:
    assert (firm_slug("KV Corp."), firm_slug("Zelkova Corp.")) == ("kv_corp", "zelkova")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # trade blocs by name and code (a bloc code has up to 8 letters: MERCOSUR)
        ("the Common External Tariff of Mercosur", ["MERCOSUR"]),
        ("Britain joined the CPTPP", ["GBR", "CPTPP"]),
        ("非盟和西非国家经济共同体", ["AU", "ECOWAS"]),
        ("Brazil is a Brics member", ["BRA", "BRICS"]),
    ],
)
def test_bloc_names(text: str, expected: list[str]) -> None:
    from policykg.extract.entities import find_mentions, load_gazetteer

    assert [m.entity_id for m in find_mentions(text, load_gazetteer().scoped())] == expected
