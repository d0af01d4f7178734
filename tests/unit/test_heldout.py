"""The held-out bar: extraction (rules only, no statistical model) on self-written articles.

``tests/data/heldout`` holds 13 articles about real trade-policy events that the
rules were not written against (other outlets, years, countries and measures)
and their hand-labelled gold.  Issue 3 sets the bar at event F1 >= 0.65.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from policykg.extract.evaluate import Report, format_report, parse_records, score
from policykg.extract.models import EVENT_TYPES, ACTIONS, ENTITY_TYPES
from policykg.extract.read import read_paths

HELDOUT = Path(__file__).resolve().parents[1] / "data" / "heldout"
INPUTS = [str(HELDOUT / "articles.txt"), str(HELDOUT / "articles.jsonl")]
EVENT_F1_BAR = 0.65
ENTITY_F1_BAR = 0.75


def _gold() -> list[dict]:
    with open(HELDOUT / "gold.jsonl", encoding="utf-8") as f:
        return parse_records(f, "gold.jsonl")


@pytest.fixture(scope="module")
def report() -> Report:
    from policykg.extract.pipeline import extract_articles

    result = read_paths(INPUTS)
    assert (result.count, result.errors) == (13, [])
    records = [record.to_json() for record in extract_articles(result.articles)]
    return score(_gold(), records)


def test_gold_is_consistent_with_the_articles() -> None:
    texts = {a.title: a.title + "\n" + a.body for a in read_paths(INPUTS).articles}
    gold = _gold()
    assert sorted(g["title"] for g in gold) == sorted(texts)
    for g in gold:
        ids = {e["id"] for e in g["entities"]}
        assert {e["type"] for e in g["entities"]} <= set(ENTITY_TYPES)
        assert all(alias in texts[g["title"]] for e in g["entities"] for alias in e["aliases"])
        for event in g["events"]:
            assert (event["type"] in EVENT_TYPES, event["action"] in ACTIONS) == (True, True)
            assert event["evidence"] in texts[g["title"]]
            assert set(event["actors"] + event["items"] + event["targets"]) <= ids


def test_gold_counts() -> None:
    gold = _gold()
    counts = (len(gold), sum(len(g["entities"]) for g in gold), sum(len(g["events"]) for g in gold))
    assert counts == (13, 110, 31)
    assert json.loads(json.dumps(gold)) == gold


def test_every_article_is_paired(report: Report) -> None:
    assert (report.count("paired"), report.count("missing"), report.count("extra")) == (13, 0, 0)


def test_event_f1_meets_the_bar(report: Report) -> None:
    assert report.events.f1 >= EVENT_F1_BAR, format_report(report, per_article=True)


def test_entity_f1_meets_the_bar(report: Report) -> None:
    assert report.entities.f1 >= ENTITY_F1_BAR, format_report(report, per_article=True)
