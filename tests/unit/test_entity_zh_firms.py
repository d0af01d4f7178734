"""Rules of ``extract/entity_zh_firms.py``: foreign firms named in Latin script inside Chinese text."""

from __future__ import annotations

import pytest
from opencc import OpenCC

from policykg.extract.entities import find_mentions, load_gazetteer

_T2S = OpenCC("t2s")


def firms(text: str) -> list[tuple[str, str]]:
    """(text, id) of the organisation mentions, on the text converted to Simplified as articles are."""
    simplified = _T2S.convert(text)
    return [
        (m.text, m.entity_id)
        for m in find_mentions(simplified, load_gazetteer().scoped())
        if m.entity_id.startswith("org:")
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # zh_descriptor_gloss: a firm noun, a transliteration, its Latin name in brackets
        (
            "西班牙最大猪肉出口商佐尔维(Zolvera Meats)被征收最低的税率。",
            [("佐尔维", "org:zolvera_meats"), ("Zolvera Meats", "org:zolvera_meats")],
        ),
        (
            "荷兰乳制品巨头凯斯特（Kestrel Dairy）被课以最高税率。",
            [("凯斯特", "org:kestrel_dairy"), ("Kestrel Dairy", "org:kestrel_dairy")],
        ),
        (
            "法國酒商馬爾洛(Marlow Spirits SA)股價下跌。",
            [("马尔洛", "org:marlow_spirits"), ("Marlow Spirits SA", "org:marlow_spirits")],
        ),
        (
            "韩国钢企浦瑞(Purex Steel Co., Ltd.)申请复审。",
            [("浦瑞", "org:purex_steel"), ("Purex Steel Co., Ltd.", "org:purex_steel")],
        ),
        # ... or a firm noun right before a Latin name in mixed case
        ("印尼國有藥廠PT Kelvara Farma對口罩實施限購。", [("PT Kelvara Farma", "org:kelvara_farma")]),
        ("德国车企Zanthor Motors宣布暂停出口。", [("Zanthor Motors", "org:zanthor")]),
        # zh_latin_head: a Latin name right before 公司 / 集团 / 企业
        ("意大利的Quorvia Alimenti公司稅率最低。", [("Quorvia Alimenti", "org:quorvia_alimenti")]),
        ("美国Halvard Minerals集团表示将扩产。", [("Halvard Minerals", "org:halvard_minerals")]),
        # zh_latin_list: Latin names listed before 等 + a firm noun
        ("该厂与日本Zelkova、KORIN等企业合作。", [("Zelkova", "org:zelkova"), ("KORIN", "org:korin")]),
        ("美方将Pinecrest和Orvana等公司列入实体清单。", [("Pinecrest", "org:pinecrest"), ("Orvana", "org:orvana")]),
        # a gazetteer name keeps its id
        ("美国Micron公司表示反对。", [("Micron", "org:micron")]),
        # negatives: no firm noun, an abbreviation that is no name, a name the gazetteer holds as no firm
        ("他在接受Kestrel Dairy采访时表示。", []),
        ("公司CEO表示将暂停出口。", []),
        ("EU企业表示关切。", []),
        ("AI企业获得补贴。", []),
        ("IT企业和AI企业等公司获得补贴。", []),
    ],
)
def test_zh_latin_firms(text: str, expected: list[tuple[str, str]]) -> None:
    assert firms(text) == expected
