"""The pipeline: normalised text in, offsets into the original text out; lang; streaming."""

from __future__ import annotations

from policykg.extract.models import Article
from policykg.extract.pipeline import detect_lang, extract_article, extract_articles, load_pipeline


def _article(title: str, body: str, published: str = "2025-11-07T18:09:00") -> Article:
    return Article(title=title, body=body, source="Test", published=published, article_id="t1")


def test_evidence_offsets_point_into_the_original_text_despite_markers_and_full_width() -> None:
    art = _article(
        "两部门暂停实施多项公告",
        "Core Points - China's Ｍinistry of Commerce announced [1][4] a suspension of export "
        "controls on lithium batteries until November 10, 2026 [2]",
    )
    record = extract_article(art, load_pipeline())
    (event,) = record.events
    assert (event.type, event.action, event.actors, event.items, event.date, event.until) == (
        "EXPORT_CONTROL",
        "suspend",
        ("CHN", "org:mofcom"),
        ("item:lithium_batteries",),
        None,
        "2026-11-10",
    )
    assert art.text[event.evidence_start : event.evidence_end] == event.evidence
    assert event.evidence.startswith("China's Ｍinistry of Commerce announced [1][4] a suspension")
    assert {e.id for e in record.entities} == {"CHN", "org:mofcom", "item:lithium_batteries"}
    assert all(art.text[m.start : m.end] == m.text for m in record.mentions)


def test_lang_from_script_share() -> None:
    assert (
        detect_lang("China suspends export controls"),
        detect_lang("商务部宣布暂停出口管制措施"),
        detect_lang("两部门暂停实施多项公告\nThe Ministry of Commerce announced a suspension"),
    ) == ("en", "zh", "mixed")


def test_record_json_follows_the_contract() -> None:
    record = extract_article(_article("x", "Russia plans to invest 700 billion rubles in rare earths."))
    out = record.to_json()
    assert out["lang"] == "en" and out["article_id"] == "t1"
    assert out["events"] == [
        {
            "type": "INDUSTRIAL_POLICY",
            "action": "impose",
            "actors": ["RUS"],
            "items": ["item:rare_earths"],
            "targets": [],
            "date": None,
            "until": None,
            "value": {"amount": 700000000000, "currency": "RUB"},
            "evidence": "Russia plans to invest 700 billion rubles in rare earths.",
            "evidence_start": 2,
            "evidence_end": 59,
        }
    ]


def test_extract_articles_streams_one_record_per_article_in_order() -> None:
    arts = [
        _article(f"t{i}", body)
        for i, body in enumerate(
            ["China halted purchases of soybeans from the US.", "Shares of MP Materials rose 5%.", ""]
        )
    ]
    records = list(extract_articles(iter(arts), batch_size=2))
    assert [r.article.title for r in records] == ["t0", "t1", "t2"]
    assert [[(e.type, e.action) for e in r.events] for r in records] == [[("IMPORT_RESTRICTION", "impose")], [], []]
