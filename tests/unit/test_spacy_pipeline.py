"""Extraction as a spaCy pipeline (issue 11, item 3): ``nlp_pipeline()`` Docs carry the
same events and entities as ``extract_article`` on the same text."""

from __future__ import annotations

from pathlib import Path

import pytest

from policykg.extract.pipeline import extract_article, load_pipeline
from policykg.extract.read import read_paths
from policykg.extract.spacy_pipeline import nlp_pipeline

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def nlp():
    return nlp_pipeline()


def test_the_pipeline_has_named_components(nlp) -> None:
    assert nlp.pipe_names == ["sentencizer", "policykg_entities", "policykg_events"]


def test_docs_give_the_records_of_extract_article(nlp) -> None:
    paths = [str(p) for p in sorted((ROOT / "data" / "corpus").iterdir())]
    paths += [str(ROOT / "tests" / "data" / "heldout" / "b" / f) for f in ("articles.txt", "articles.jsonl")]
    articles = list(read_paths(paths).articles)
    assert len(articles) == 23
    for article in articles:
        doc = nlp.make_doc(article.text)
        doc._.published = article.published
        for _, component in nlp.pipeline:
            doc = component(doc)
        record = extract_article(article, load_pipeline())
        assert (doc._.events, doc._.entities) == (record.events, record.entities), article.title


def test_doc_extensions_spans_and_sentences(nlp) -> None:
    text = "China curbs gallium exports\n商務部週一宣布對鎵實施出口管制。China's Ministry of Commerce imposed export controls on gallium on Monday."
    doc = nlp.make_doc(text)
    doc._.published = "2025-11-25"
    for _, component in nlp.pipeline:
        doc = component(doc)
    assert [(e.type, e.action, e.actors, e.items, e.date) for e in doc._.events] == [
        ("EXPORT_CONTROL", "impose", ("CHN", "org:mofcom"), ("element:Ga",), "2025-11-24")
    ]
    assert [(s.text, s.label_) for s in doc.spans["policykg"]] == [
        ("China", "Country"),
        ("gallium", "Element"),
        ("商務部", "Agency"),
        ("鎵", "Element"),
        ("China", "Country"),
        ("Ministry of Commerce", "Agency"),
        ("gallium", "Element"),
    ]
    assert [e.id for e in doc._.entities] == ["CHN", "element:Ga", "org:mofcom"]
    assert (
        doc._.record.to_json()["events"][0]["evidence"]
        == text[doc._.events[0].evidence_start : doc._.events[0].evidence_end]
    )
    assert len(list(doc.sents)) >= 2


def test_published_from_the_component_config() -> None:
    nlp = nlp_pipeline(published="2025-11-25")
    doc = nlp("x\nJapan imposed export controls on photoresists on Monday.")
    assert [(e.actors, e.date) for e in doc._.events] == [(("JPN",), "2025-11-24")]


def test_events_need_the_entities_component() -> None:
    import spacy

    nlp = nlp_pipeline()
    bare = spacy.blank("xx")
    bare.add_pipe("policykg_events")
    with pytest.raises(ValueError, match="policykg_entities"):
        bare("x\nJapan imposed export controls.")
    assert nlp("x\nno policy here")._.events == ()


def test_pipe_gives_the_events_of_single_calls() -> None:
    nlp = nlp_pipeline(published="2025-11-25")
    texts = [
        "x\nIndia is barring imports of Chinese drones from Monday.",
        "y\nBeijing denied imposing a ban on exports of rare earths to Japan.",
        "z\nSeoul launched an anti-dumping investigation into Chinese steel plates on Monday.",
    ]
    alone = [nlp(t)._.events for t in texts]
    assert [doc._.events for doc in nlp.pipe(reversed(texts))] == alone[::-1]
    assert [[(e.type, e.actors) for e in evs] for evs in alone] == [
        [("IMPORT_RESTRICTION", ("IND",))],
        [],
        [("INVESTIGATION", ("KOR",))],
    ]


def test_the_package_exposes_the_pipeline() -> None:
    import policykg.extract

    nlp = policykg.extract.nlp_pipeline(published="2025-11-25")
    assert [
        (e.type, e.actors) for e in nlp("x\nSeoul launched an anti-dumping probe into Chinese steel.")._.events
    ] == [("INVESTIGATION", ("KOR",))]
