"""Traditional Chinese (issue 11, item 4): articles in Traditional characters give the same
events as their Simplified edition, and every offset still points into the Traditional text.

The sentences are our own wording in Taiwan / Hong Kong usage (川普, 經濟部, 實體名單).
"""

from __future__ import annotations

import pytest

from policykg.extract.models import Article
from policykg.extract.normalize import normalise_for_extraction, to_simplified
from policykg.extract.pipeline import extract_article, load_pipeline

PUBLISHED = "2025-11-25T09:00:00"

CASES = [
    (
        "商務部、海關總署3日發布公告，決定自8月1日起對鎵、鍺相關物項實施出口管制。",
        {
            (
                "EXPORT_CONTROL",
                "impose",
                ("CHN", "org:mofcom", "org:gac"),
                ("element:Ga", "element:Ge"),
                (),
                "2025-11-03",
            )
        },
    ),
    (
        "美國總統川普宣布，自12月9日起對中國商品加徵34%關稅。",
        {("TARIFF", "impose", ("USA", "person:donald_trump"), (), ("CHN",), "2025-12-09")},
    ),
    (
        "台灣經濟部24日宣布，將華為、中芯國際列入出口管制實體名單。",
        {
            (
                "SANCTION",
                "impose",
                ("TWN", "org:taiwan_moea"),
                (),
                ("org:huawei", "org:smic"),
                "2025-11-24",
            )
        },
    ),
    (
        "商務部11月7日宣布，暫停實施對美國的稀土出口管制措施至2026年11月10日。",
        {("EXPORT_CONTROL", "suspend", ("CHN", "org:mofcom"), ("item:rare_earths",), ("USA",), "2025-11-07")},
    ),
]


def _events(body: str) -> tuple[set[tuple], Article, object]:
    article = Article(title="x", body=body, published=PUBLISHED)
    record = extract_article(article, load_pipeline(rescore=False))
    return {(e.type, e.action, e.actors, e.items, e.targets, e.date) for e in record.events}, article, record


@pytest.mark.parametrize("body, expected", CASES, ids=[c[0][:12] for c in CASES])
def test_traditional_sentences_give_events(body: str, expected: set[tuple]) -> None:
    assert _events(body)[0] == expected


@pytest.mark.parametrize("body", [c[0] for c in CASES], ids=[c[0][:12] for c in CASES])
def test_traditional_and_simplified_editions_agree(body: str) -> None:
    assert _events(body)[0] == _events(to_simplified(body))[0]


@pytest.mark.parametrize("body", [c[0] for c in CASES], ids=[c[0][:12] for c in CASES])
def test_offsets_point_into_the_traditional_text(body: str) -> None:
    _, article, record = _events(body)
    for e in record.events:
        assert article.text[e.evidence_start : e.evidence_end] == e.evidence
    for m in record.mentions:
        assert article.text[m.start : m.end] == m.text


def test_mentions_keep_their_traditional_form() -> None:
    _, _, record = _events("商務部、海關總署3日發布公告，決定自8月1日起對鎵、鍺相關物項實施出口管制。")
    assert [(m.text, m.entity_id) for m in record.mentions][:4] == [
        ("商務部", "org:mofcom"),
        ("海關總署", "org:gac"),
        ("鎵", "element:Ga"),
        ("鍺", "element:Ge"),
    ]


@pytest.mark.parametrize(
    "text, simplified",
    [
        ("對鎵、鍺實施出口管制", "对镓、锗实施出口管制"),
        ("臺灣經濟部 (MOEA) 宣布", "台湾经济部 (MOEA) 宣布"),
        ("US tariffs rise to 25%", "US tariffs rise to 25%"),
        ("《兩用物項出口管制條例》「管制清單」", "《两用物项出口管制条例》「管制清单」"),
    ],
)
def test_conversion_is_character_for_character(text: str, simplified: str) -> None:
    assert to_simplified(text) == simplified
    assert len(to_simplified(text)) == len(text)


def test_normalised_text_maps_back_to_the_traditional_original() -> None:
    original = "商務部 [1] 對鎵實施出口管制"
    clean, offsets = normalise_for_extraction(original)
    assert clean == "商务部 对镓实施出口管制"
    start = clean.index("镓")
    assert original[slice(*offsets.span(start, start + 1))] == "鎵"
    assert normalise_for_extraction(original, simplify=False).text == "商務部 對鎵實施出口管制"
