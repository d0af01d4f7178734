"""Minted id forms (``extract/entity_rules.py``): the slug conventions the labelled corpus follows."""

from __future__ import annotations

import pytest

from policykg.extract.entity_rules import firm_slug


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
        # other head words stay: they are part of the short name
        ("Kestrel Electronics Co.", "kestrel_electronics"),
    ],
)
def test_firm_slug(name: str, expected: str) -> None:
    assert firm_slug(name) == expected


def test_a_two_letter_firm_keeps_its_legal_suffix() -> None:
    assert (firm_slug("KV Corp."), firm_slug("Zelkova Corp.")) == ("kv_corp", "zelkova")
