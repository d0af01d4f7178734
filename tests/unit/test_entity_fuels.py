"""``refined_sibling`` (:mod:`policykg.extract.entity_fuels`): "petroleum" listed beside refined fuels is motor petrol.

Invented sentences (rules only): the Item ids each must yield and must not.  Written from the class (a list of
refined fuels in either order, with "and", "or" or commas), not from any article.
"""

from __future__ import annotations

import pytest

from policykg.extract.models import Article
from policykg.extract.pipeline import extract_article, load_pipeline

ROWS = [
    (
        "Kazakhstan extended the ban on the export of petroleum, diesel fuel and liquefied petroleum gas.",
        "item:gasoline item:diesel item:lpg",
        "item:crude_oil",
    ),
    ("Kyrgyzstan banned exports of petroleum and diesel by road.", "item:gasoline item:diesel", "item:crude_oil"),
    (
        "The government banned the export of diesel, petroleum and kerosene.",
        "item:gasoline item:kerosene",
        "item:crude_oil",
    ),
    (
        "Uzbekistan suspended imports of jet fuel or petroleum from Russia.",
        "item:gasoline item:jet_fuel",
        "item:crude_oil",
    ),
    # alone or beside crude products it stays crude oil
    ("Saudi Arabia raised petroleum exports to China.", "item:crude_oil", "item:gasoline"),
    ("Russia cut petroleum and natural gas exports to Europe.", "item:crude_oil item:natural_gas", "item:gasoline"),
    (
        "The United States banned imports of Russian petroleum, coal and gas.",
        "item:crude_oil item:coal",
        "item:gasoline",
    ),
]


@pytest.mark.parametrize("text,must,must_not", ROWS)
def test_refined_sibling(text: str, must: str, must_not: str) -> None:
    rec = extract_article(
        Article(title="Trade news", body=text, published="2025-11-25T09:00:00"), load_pipeline(rescore=False)
    )
    ids = {e.id for e in rec.entities}
    assert set(must.split()) <= ids and not ids & set(must_not.split()), ids
