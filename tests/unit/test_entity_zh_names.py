"""Rule ``zh_title_name`` of ``extract/entity_zh_names.py``: Mainland names after an office title."""

from __future__ import annotations

import pytest

from policykg.extract.entities import find_mentions, load_gazetteer
from policykg.extract.entity_zh_names import readings, romanise, romanise_taiwan, wade_giles


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
        # judging and urging verbs, the contrastive 则, the press's bracketed day after the name
        ("商务部发言人何亚东则强调", [("何亚东", "person:he_yadong")]),
        ("研究室主任张燕生认为，", [("张燕生", "person:zhang_yansheng")]),
        ("发言人郭嘉昆今(8)日表示", [("郭嘉昆", "person:guo_jiakun")]),
        # the surname's own reading (曾 zeng, not ceng)
        ("商务部副部长曾文明表示", [("曾文明", "person:zeng_wenming")]),
        # zh_taiwan_name: Taiwan's office names its holder in Wade-Giles, given syllables hyphenated
        ("台湾外交部发言人欧江安表示", [("欧江安", "person:ou_chiang_an")]),
        ("中华民国经济部次长曾文生：「这种变更不利。」", [("曾文生", "person:tseng_wen_sheng")]),
        ("经济部长王美花则乐见合作", [("王美花", "person:wang_mei_hua")]),  # 经济部 lends 部长 its 部
        ("台湾工具机公会理事长许文宪评估影响有限", [("许文宪", "person:hsu_wen_hsien")]),
        ("台湾农委会主委陈吉仲认为，", [("陈吉仲", "person:chen_chi_chung")]),
        ("台湾行政院发言人赖瑞隆今(5)日表示", [("赖瑞隆", "person:lai_jui_lung")]),  # lai, not pypinyin's lei
        ("台湾财政部次长阮清华呼吁业者", [("阮清华", "person:juan_ching_hua")]),
        ("台湾经济部国贸署署长江文若指出", [("江文若", "person:chiang_wen_jo")]),
        ("台湾外交部长吕秀莲表示", [("吕秀莲", "person:lu_hsiu_lien")]),  # ü written u
        # ... and an unowned title in a text written from Taiwan (a clause opening with 经济部 or 总统府, 行政院)
        ("经济部长王美花表示，将审慎评估。", [("王美花", "person:wang_mei_hua")]),
        ("总统府发言人李问今(31)日表示，", [("李问", "person:li_wen")]),
        ("行政院会通过。发言人陈宗彦指出，", [("陈宗彦", "person:chen_tsung_yen")]),
        # another state's office: its officials are not romanised by pinyin
        ("日本内阁官房长官林芳正表示", []),
        ("香港环境及生态局局长谢展寰认为", []),  # Hong Kong romanises Cantonese
        ("韩国产业通商资源部长官李昌洋表示", []),
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


@pytest.mark.parametrize(
    ("name", "slug"),
    [("曾文生", "tseng_wen_sheng"), ("魏灿文", "wei_tsan_wen"), ("许志强", "hsu_chih_chiang"), ("王的", None)],
)
def test_romanise_taiwan(name: str, slug: str | None) -> None:
    assert romanise_taiwan(name) == slug


def test_wade_giles_table_covers_every_reading() -> None:
    surnames, chars = readings()
    table = wade_giles()
    assert set(surnames.values()) | set(chars.values()) <= set(table)
    assert all(w.isascii() and w.isalpha() and w.islower() for w in table.values())
