"""Rule firm_gloss (``extract/entity_gloss.py``): a Chinese firm name glossed by its Latin name."""

from __future__ import annotations

import pytest

from policykg.extract.entities import find_mentions, load_gazetteer


def spans(text: str) -> list[tuple[str, str]]:
    return [(m.text, m.entity_id) for m in find_mentions(text, load_gazetteer().scoped())]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "制裁对象包括卡斯帕航空公司（Kaspar Aero, Inc.）",
            [("卡斯帕航空公司", "org:kaspar_aero"), ("Kaspar Aero, Inc.", "org:kaspar_aero")],
        ),
        # "&" is "and" in the slug; the Chinese name keeps its 和
        (
            "列入名单的有贝克和伍德公司（Baker & Wood）",
            [("贝克和伍德公司", "org:baker_and_wood"), ("Baker & Wood", "org:baker_and_wood")],
        ),
        # a country opening the Chinese name stays a country; a known firm keeps its gazetteer id
        ("美国波音公司（Boeing）表示", [("美国", "USA"), ("波音公司", "org:boeing"), ("Boeing", "org:boeing")]),
        # no firm head word before the bracket: no gloss
        ("稀土（rare earths）出口", [("稀土", "item:rare_earths"), ("rare earths", "item:rare_earths")]),
    ],
)
def test_firm_gloss(text: str, expected: list[tuple[str, str]]) -> None:
    assert spans(text) == expected
