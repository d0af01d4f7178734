"""Pinned scores of the rules on the real-news labelled corpus (issue 11): train and dev splits.

``data/labelled/train`` (100 articles) is what rules and the gazetteer may learn
from; ``data/labelled/dev`` (32 articles) is the honest check of each change.
The frozen test split is deliberately absent: it is scored once per design
change by hand and recorded in docs/eval.md, never by a test.  Exact (tp, fp, fn)
of events and of entities are pinned so any change in either direction is seen.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from policykg.extract.evaluate import parse_records, score
from policykg.extract.pipeline import extract_articles
from policykg.extract.read import read_paths

LABELLED = Path(__file__).resolve().parents[2] / "data" / "labelled"
# split -> (articles, (events tp, fp, fn), (entities tp, fp, fn))
PINNED = {
    "train": (100, (116, 56, 101), (821, 90, 84)),
    "dev": (32, (41, 32, 41), (199, 21, 54)),
}


@pytest.mark.parametrize("split", sorted(PINNED))
def test_pinned_counts(split: str) -> None:
    folder = LABELLED / split
    result = read_paths([str(folder / "articles.jsonl")])
    assert (result.count, result.errors) == (PINNED[split][0], [])
    with open(folder / "gold.jsonl", encoding="utf-8") as f:
        gold = parse_records(f, f"{split}/gold.jsonl")
    report = score(gold, [r.to_json() for r in extract_articles(result.articles)])
    e, n = report.events, report.entities
    assert ((e.tp, e.fp, e.fn), (n.tp, n.fp, n.fn)) == PINNED[split][1:]
