"""Rules of ``extract/entity_home.py``: whose agency a bare ministry or department is, and office titles."""

from __future__ import annotations

import pytest

from policykg.extract.entities import find_mentions, load_gazetteer


def agencies(text: str) -> list[tuple[str, str]]:
    return [
        (m.text, m.entity_id) for m in find_mentions(text, load_gazetteer().scoped()) if m.entity_id.startswith("org:")
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # domain_owner: the same domain qualified elsewhere in the article, even later
        (
            "The Finance Ministry raised the levy on onions. Peru's finance ministry said exports fell.",
            [
                ("Finance Ministry", "org:peruvian_ministry_of_finance"),
                ("finance ministry", "org:peruvian_ministry_of_finance"),
            ],
        ),
        # home_country: the country the article is about, not the object of "from" / "on"
        (
            "Nigeria extended its levy on steel from Brazil and Turkey. Nigeria said the Department of "
            "Trade and Investment will publish the list. Nigerian mills welcomed it.",
            [("Department of Trade and Investment", "org:nigerian_department_of_trade_and_investment")],
        ),
        # an agency that has a state votes for it: DGTR (India) outweighs "Chinese products"
        (
            "DGTR reviews duties on Chinese products. The commerce ministry has initiated a review after DGTR "
            "found dumping.",
            [
                ("DGTR", "org:dgtr"),
                ("commerce ministry", "org:indian_ministry_of_commerce_and_industry"),
                ("DGTR", "org:dgtr"),
            ],
        ),
        # an adjectival domain form: "the agricultural ministry" is the ministry of agriculture
        (
            "Russia limits grain exports. Shipments need approval by the agricultural ministry.",
            [("agricultural ministry", "org:russian_ministry_of_agriculture")],
        ),
        # "&" in a listed name is "and"
        (
            "Egypt's government said the Ministry of Supply & Internal Trade sets quotas. Egypt imports wheat.",
            [("Ministry of Supply & Internal Trade", "org:egyptian_ministry_of_supply_and_internal_trade")],
        ),
        # a country only after "after" is the other side: no home, no agency
        ("After US tariffs, the Foreign Ministry said", []),
    ],
)
def test_a_bare_ministry_belongs_to_the_article_s_country(text: str, expected) -> None:
    assert agencies(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # office_title: with or without the holder's name, a title names a person's office
        "The Peruvian Trade Minister said exports would resume.",
        "Treasury Secretary Jane Roe told reporters",
        "a call between U.S. Secretary of State John Doe and his counterpart",
        "the Minister of Economy Abdulla bin Rashid Al Noor signed it",
    ],
)
def test_an_office_title_makes_no_agency(text: str) -> None:
    assert [m.entity_id for m in find_mentions(text, load_gazetteer().scoped()) if m.entity_id.startswith("org:")] == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the adjective in generated ids follows the gazetteer's own ids (org:taiwan_moea, org:korean_...)
        ("Taiwan's Ministry of Labor", "org:taiwan_ministry_of_labour"),
        ("South Korea's Ministry of Environment", "org:korean_ministry_of_environment"),
        ("Lithuania's Ministry of Agriculture", "org:lithuanian_ministry_of_agriculture"),
    ],
)
def test_generated_agency_ids_use_the_country_word_of_the_gazetteer(text: str, expected: str) -> None:
    assert expected in [m.entity_id for m in find_mentions(text, load_gazetteer().scoped())]


def test_a_bare_ministry_is_never_the_united_states() -> None:
    # home_country for the "ministry" form skips the US, whose bodies are departments
    text = (
        "The US tightened its curbs on chip exports. US officials said the US rules take effect soon. "
        "China opposed the rules, and the commerce ministry was weighing countermeasures."
    )
    assert agencies(text) == [("commerce ministry", "org:mofcom")]
