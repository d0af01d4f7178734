"""Rule ``zh_title_name`` of ``extract/entity_zh_names.py``: Mainland names after an office title."""

from __future__ import annotations

import pytest

from policykg.extract.entities import find_mentions, load_gazetteer
from policykg.extract.entity_zh_names import readings, romanise


def people(text: str) -> list[tuple[str, str]]:
    return [
        (m.text, m.entity_id)
        for m in find_mentions(text, load_gazetteer().scoped())
        if m.entity_id.startswith("person:")
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a title, a surname and one or two characters, then a reporting verb or a mark
        ("中国外交部发言人赵立坚昨天未正面评论", [("赵立坚", "person:zhao_lijian")]),
        ("研究室主任王永中说", [("王永中", "person:wang_yongzhong")]),
        ("发言人陈斌华回答记者提问", [("陈斌华", "person:chen_binhua")]),
        ("新闻发言人高峰表示，", [("高峰", "person:gao_feng")]),
        # the surname's own reading (曾 zeng, not ceng)
        ("商务部副部长曾文明表示", [("曾文明", "person:zeng_wenming")]),
        # another state's office: its officials are not romanised by pinyin
        ("台湾外交部发言人欧江安表示", []),
        ("日本内阁官房长官林芳正表示", []),
        ("越南工贸部接收。工贸部部长陈俊英已颁布", []),
        # a transliterated foreign name, a verb after the title: no name
        ("商务部长罗斯表示", []),
        ("部长时表示，", []),
        ("部长高兴地说", []),
        # no title before it
        ("王永中说", []),
    ],
)
def test_zh_title_name(text: str, expected: list[tuple[str, str]]) -> None:
    assert people(text) == expected


@pytest.mark.parametrize(
    ("name", "slug"),
    [("赵立坚", "zhao_lijian"), ("单霁翔", "shan_jixiang"), ("吕薇", "lyu_wei"), ("王的", None), ("卡尔", None)],
)
def test_romanise(name: str, slug: str | None) -> None:
    assert romanise(name) == slug


def test_reading_tables() -> None:
    surnames, chars = readings()
    assert len(chars) == 6763 and len(surnames) > 200
    assert all(p.isascii() and p.isalpha() and p.islower() for p in (*surnames.values(), *chars.values()))
