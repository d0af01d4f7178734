"""Deterministic output (issue 11, item 5): the same article gives the same record
alone, in any batch and in any order.

A process-wide memo of generated entities once made a firm's name depend on
what had been extracted before; every article now works on its own scope of
the gazetteer (``Gazetteer.scoped``).  These tests extract the sample corpus
and the held-out sets (a to e) three ways and compare the JSON records exactly.
"""

from __future__ import annotations

import json
import random
from pathlib import Path

import pytest

from policykg.extract.models import Article
from policykg.extract.pipeline import extract_article, extract_articles, load_pipeline
from policykg.extract.read import read_paths

ROOT = Path(__file__).resolve().parents[2]
HELDOUT = ROOT / "tests" / "data" / "heldout"


def _inputs() -> list[str]:
    paths = [str(p) for p in sorted((ROOT / "data" / "corpus").iterdir()) if p.is_file()]
    for folder in (HELDOUT, *(HELDOUT / x for x in "bcde")):
        paths += [str(folder / f) for f in ("articles.txt", "articles.jsonl") if (folder / f).exists()]
        paths += [str(p) for p in sorted(folder.glob("*.md")) if p.name != "README.md"]
    return paths


@pytest.fixture(scope="module")
def articles() -> list[Article]:
    result = read_paths(_inputs())
    assert result.errors == []
    return list(result.articles)


def _key(article: Article) -> tuple[str, str]:
    return (article.title, article.published or "")


def _records(batch: list[Article], batch_size: int) -> dict[tuple[str, str], str]:
    out = {}
    for article, record in zip(batch, extract_articles(batch, load_pipeline(), batch_size=batch_size)):
        out[_key(article)] = json.dumps(record.to_json(), sort_keys=True, ensure_ascii=False)
    return out


@pytest.fixture(scope="module")
def alone(articles: list[Article]) -> dict[tuple[str, str], str]:
    """Each article extracted by itself (a fresh call per article)."""
    out = {}
    for a in articles:
        out[_key(a)] = json.dumps(extract_article(a, load_pipeline()).to_json(), sort_keys=True, ensure_ascii=False)
    return out


def test_the_corpora_have_distinct_keys(articles: list[Article], alone: dict) -> None:
    assert len(alone) == len(articles) == 77  # 13 sample articles + held-out sets a to e (13+10+15+14+12)


@pytest.mark.parametrize("batch_size", [1, 8, 1000])
def test_batches_give_the_records_of_single_articles(articles: list[Article], alone: dict, batch_size: int) -> None:
    assert _records(articles, batch_size) == alone


@pytest.mark.parametrize("seed", [0, 1, 2])
def test_any_order_gives_the_same_records(articles: list[Article], alone: dict, seed: int) -> None:
    shuffled = list(articles)
    random.Random(seed).shuffle(shuffled)
    assert _records(shuffled, 8) == alone


def test_reversed_order_gives_the_same_records(articles: list[Article], alone: dict) -> None:
    assert _records(list(reversed(articles)), 8) == alone


def test_a_generated_firm_name_does_not_leak_into_the_next_article() -> None:
    pipe = load_pipeline()
    first = Article(title="x", body="ACME Resources Ltd. said on Monday it would comply.", published="2025-11-25")
    second = Article(title="y", body="Acme Resources Ltd filed licence applications.", published="2025-11-25")
    for article in (first, second, first, second):
        name = article.body.split(" said")[0].split(" filed")[0]
        assert extract_article(article, pipe).to_json()["entities"] == [
            {"id": "org:acme_resources", "type": "Firm", "name": name}
        ]
    assert pipe.gazetteer.dynamic == {}
