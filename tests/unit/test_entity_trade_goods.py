"""Rule trade_anchored (``extract/entity_trade_goods.py``): general goods words with other senses ("arms",
"grains", "fruit", "oil", 粮食, 水果) name an Item only as the object of a trade flow; invented sentences."""

from __future__ import annotations

import pytest

from policykg.extract.entities import find_mentions, load_gazetteer
from policykg.extract.models import Article
from policykg.extract.pipeline import extract_article, load_pipeline


def goods(text: str) -> list[str]:
    """The item and element ids mentioned in ``text``, in order."""
    return [m.entity_id for m in find_mentions(text, load_gazetteer().scoped()) if m.entity_id.startswith("item:")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # before a flow noun, alone or coordinated, with "export" / "import" between
        ("Norway extended its ban on arms exports to Turkey.", ["item:weapons"]),
        ("The arms embargo on Myanmar stays in place.", ["item:weapons"]),
        ("Egypt eased its grains import quotas.", ["item:grains"]),
        ("Jordan banned fruit and vegetable imports from Syria.", ["item:fruit", "item:vegetables"]),
        (
            "Brazil lifted its fruits, vegetables and grains export duties.",
            ["item:fruit", "item:vegetables", "item:grains"],
        ),
        ("Washington delayed the automotive tariffs by a month.", ["item:automobiles"]),
        ("The G7 lowered the oil price cap to $47.60.", ["item:crude_oil"]),
        ("Vessels carrying Iranian oil shipments were listed.", ["item:crude_oil"]),
        # after a flow or measure noun and "of" / "on", across a determiner or an origin adjective
        ("Kazakhstan limited exports of grains to Central Asia.", ["item:grains"]),
        ("Hungary kept an embargo on Ukrainian grains.", ["item:grains"]),
        ("Qatar imposed a ban on all fruit from the region.", ["item:fruit"]),
        ("The order suspends the importation of vegetables from Peru.", ["item:vegetables"]),
        ("Ankara raised tariffs on machinery from the bloc.", ["item:machinery"]),
        ("The EU agreed a ban on Russian oil.", ["item:crude_oil"]),
        # Chinese: the flow noun after the word, or the flow verb before it
        ("俄罗斯宣布暂停粮食出口。", ["item:grains"]),
        ("海关总署暂停进口台湾水果。", ["item:fruit"]),
        ("欧盟延长对该国的武器禁运。", ["item:weapons"]),
        ("该国禁止进口蔬菜和水果。", ["item:vegetables", "item:fruit"]),
        # negative controls: other senses, no trade flow, another good's head, a definite anaphor
        ("Leaders called for arms control talks.", []),
        ("The talks bore fruit on Monday.", []),
        ("Oil prices rose after the announcement.", []),
        ("Sunflower oil exports fell by a third.", ["item:sunflower_oil"]),
        ("Jakarta halted cooking oil exports.", ["item:vegetable_oils"]),  # the gazetteer's row, not "oil"
        ("Jakarta halted frying oil exports.", []),
        ("India curbed overseas shipments of the grain.", []),
        ("The automotive sector is worried.", []),
        ("Farmers grow vegetables and fruit on the plain.", []),
        ("粮食安全是国家大事。", []),
        ("他们在市场上买水果。", []),
    ],
)
def test_trade_anchored(text: str, expected: list[str]) -> None:
    assert goods(text) == expected


def test_anchored_goods_reach_the_event() -> None:
    """The anchored good is an item of the measure it is the object of."""
    body = "Egypt on Monday banned exports of grains until the end of March."
    record = extract_article(
        Article(title="x", body=body, published="2025-11-25T09:00:00"), load_pipeline(rescore=False)
    )
    assert [e.items for e in record.events] == [("item:grains",)]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("農委會宣布暫停進口日本水果。", {"item:fruit"}),
        ("該國延長對鄰國的武器禁運。", {"item:weapons"}),
        ("糧食安全是國家大事。", set()),
    ],
)
def test_trade_anchored_traditional(body: str, expected: set[str]) -> None:
    """Traditional script is read through its Simplified form (OpenCC), like every gazetteer row."""
    record = extract_article(
        Article(title="x", body=body, published="2025-11-25T09:00:00"), load_pipeline(rescore=False)
    )
    assert {e.id for e in record.entities if e.id.startswith("item:")} == expected
