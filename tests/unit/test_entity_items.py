"""Rule trade_object (extract/entity_items.py): goods named as the object of a trade frame,
checked against the Harmonized System's commodity nouns (invented sentences)."""

from __future__ import annotations

import pytest

from policykg.extract.entities import find_mentions
from policykg.extract.entity_items import commodity_heads, commodity_phrases, is_commodity


def items(text: str) -> list[tuple[str, str]]:
    return [(m.text, m.entity_id) for m in find_mentions(text) if m.entity_id.startswith(("item:", "element:"))]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "exports / imports / shipments of X"
        ("Peru halted exports of sea cucumbers last month.", [("sea cucumbers", "item:sea_cucumbers")]),
        ("Shipments of footwear fell sharply.", [("footwear", "item:footwear")]),
        # "tariffs / duties / a ban on X", a list after the cue; a demonym before X is no part of it
        (
            "Ottawa put duties on Korean pianos, scallops and umbrellas.",
            [("pianos", "item:pianos"), ("scallops", "item:scallops"), ("umbrellas", "item:umbrellas")],
        ),
        # a list item that is no commodity noun is skipped, the others are kept; a gazetteer name keeps its id
        (
            "The pause covers tariffs on garments, toys and video game consoles.",
            [("garments", "item:clothing"), ("video game consoles", "item:video_game_consoles")],
        ),
        # "X exports / imports": the words after the last function word
        ("Officials said that tobacco exports would be taxed.", [("tobacco", "item:tobacco")]),
        # leading quantifiers are dropped; the phrase stops at a function word
        ("It banned imports of certain carpets from Iran.", [("carpets", "item:carpets")]),
        # an HS phrase of several words claims its span over a shorter gazetteer name inside it
        ("The ministry curbed exports of copper concentrates.", [("copper concentrates", "item:copper_concentrates")]),
    ],
)
def test_trade_frames_name_commodity_items(text: str, expected) -> None:
    assert items(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Tariffs on Chinese goods rose again.",  # generic head
        "It lifted curbs on other products and materials.",  # generic heads
        "Exports of the region grew.",  # no commodity noun
        "Pianos were on display at the fair.",  # a commodity outside any trade frame
    ],
)
def test_no_item_without_a_commodity_in_a_trade_frame(text: str) -> None:
    assert items(text) == []


def test_the_vocabulary_is_the_generated_hs_list() -> None:
    assert {"scallops", "footwear", "video game consoles", "copper concentrates"} <= commodity_phrases()
    assert not {"goods", "products", "metals"} & commodity_phrases()
    heads = commodity_heads()
    assert is_commodity("pianos", heads) and is_commodity("carpet", heads) and not is_commodity("goods", heads)
    assert not is_commodity("open", heads) and not is_commodity("higher", heads)  # HS qualifiers, no goods
