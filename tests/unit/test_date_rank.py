"""The learned date ranker (issue 11): the options of an event and their features, the choice, the training chain.

data/labelled/ is never read here: the chain is tested on our own held-out sets b (train) and c (dev);
the sentences below are invented, each a class of date statement (a day after the act, a start, a
fronted day, a day of saying, a month only, a Chinese day with 于, a Chinese start with 自…起, a deadline).
"""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from policykg.extract.date_rank import (
    DateOption,
    DateRanker,
    article_context,
    choose,
    date_options,
    event_features,
    load_date_ranker,
    parse_date_ranker,
    rank_dates,
)
from policykg.extract.date_rank_train import main
from policykg.extract.dates import find_dates
from policykg.extract.models import Event
from policykg.extract.pipeline import load_pipeline
from tests.rule_cases import case_ids, rule_events

HELDOUT = Path(__file__).resolve().parents[1] / "data" / "heldout"
PUB = dt.date(2025, 11, 25)  # a Tuesday


def _event(text: str, evidence: str, date: str | None = None, trace: tuple[str, ...] = ()) -> Event:
    start = text.index(evidence)
    return Event(
        "EXPORT_BAN",
        "impose",
        ("RUR",),
        evidence=evidence,
        evidence_start=start,
        evidence_end=start + len(evidence),
        date=date,
        trace=trace,
    )


def _mention_features(text: str, evidence: str) -> dict[str | None, list[str]]:
    """Each option's features from its mentions (the crossed event features left out)."""
    ctx = article_context(text, find_dates(text, PUB), PUB)
    keep = ("where=", "kind=", "cue=", "form=", "said_day", "dist=")
    return {
        o.value: sorted(f for f in o.features if f.startswith(keep))
        for o in date_options(ctx, _event(text, evidence))
        if o.value is not None
    }


OPTION_CASES = [
    (  # a day after the act's verb
        "Trade news\nRuritania banned exports of tin on Monday.",
        "banned exports of tin",
        {
            "2025-11-24": ["cue=on", "dist=near", "form=relative", "kind=point", "where=after"],
            "2025-11-25": ["where=none"],
        },
    ),
    (  # a start, and the day the statement was made
        "Trade news\nRuritania will ban exports of tin from December 1, the ministry said on Monday.",
        "will ban exports of tin",
        {
            "2025-12-01": ["cue=from", "dist=near", "form=md", "kind=start", "where=after"],
            "2025-11-24": ["cue=on", "dist=near", "form=relative", "kind=point", "said_day=said", "where=after"],
            "2025-11-25": ["where=none"],
        },
    ),
    (  # a fronted day, and an effective day in the next sentence
        "Trade news\nOn Friday, Ruritania imposed tariffs on steel. The tariffs take effect on Dec. 1.",
        "imposed tariffs on steel",
        {
            "2025-11-21": ["cue=on", "dist=near", "form=relative", "kind=point", "where=before"],
            "2025-12-01": ["cue=on", "dist=near", "form=md", "kind=start", "where=next_sentence"],
            "2025-11-25": ["where=none"],
        },
    ),
    (  # a month only: no day but publication
        "Trade news\nRuritania banned tin exports in May.",
        "banned tin exports",
        {"2025-11-25": ["where=none"]},
    ),
    (  # a Chinese day opened by 于 and followed by a verb of announcing
        "贸易新闻\n商务部于11月24日宣布对镓实施出口管制。",
        "对镓实施出口管制",
        {
            "2025-11-24": ["cue=于", "dist=near", "form=md", "kind=point", "said_day=announced", "where=before"],
            "2025-11-25": ["where=none"],
        },
    ),
    (  # a Chinese start 自…起 right before the act
        "贸易新闻\n海关总署表示，自12月1日起暂停进口大豆。",
        "暂停进口大豆",
        {
            "2025-12-01": ["cue=自", "dist=near", "form=md", "kind=start", "where=before"],
            "2025-11-25": ["where=none"],
        },
    ),
    (  # a deadline of another clause, and the act's own relative day inside its evidence
        "Trade news\nFirms must file applications by December 10 under the ban imposed yesterday.",
        "the ban imposed yesterday",
        {
            "2025-12-10": ["cue=by", "dist=near", "form=md", "kind=deadline", "where=before"],
            "2025-11-24": ["cue=-", "dist=in", "form=relative", "kind=point", "where=evidence"],
            "2025-11-25": ["where=none"],
        },
    ),
    (  # a headline day and a written year in the body
        "Ruritania bans tin exports on Monday\nRuritania banned tin exports on November 20, 2025.",
        "banned tin exports",
        {
            "2025-11-20": ["cue=on", "dist=near", "form=year", "kind=point", "where=after"],
            "2025-11-24": ["cue=on", "dist=near", "form=relative", "kind=point", "where=headline"],
            "2025-11-25": ["where=none"],
        },
    ),
]


@pytest.mark.parametrize(("text", "evidence", "expected"), OPTION_CASES, ids=[c[0][11:51] for c in OPTION_CASES])
def test_options_and_their_mention_features(text: str, evidence: str, expected: dict) -> None:
    assert _mention_features(text, evidence) == expected


EVENT_CASES = [
    (
        "Trade news\nRuritania banned tin exports in May.",
        "banned tin exports",
        ["sentence_month_only", "sentence_no_day"],
    ),
    (
        "Trade news\nRuritania has banned tin exports since 2019.",
        "has banned tin exports",
        ["perfect", "sentence_year_only", "sentence_no_day"],
    ),
    ("Trade news\nRuritania will ban tin exports on Monday.", "will ban tin exports", ["future_cue"]),
    ("贸易新闻\n印尼已禁止镍矿出口。", "已禁止镍矿出口", ["perfect", "sentence_no_day"]),
]


@pytest.mark.parametrize(("text", "evidence", "expected"), EVENT_CASES, ids=[c[0][11:51] for c in EVENT_CASES])
def test_event_features_name_tense_aspect_and_vague_times(text: str, evidence: str, expected: list[str]) -> None:
    ctx = article_context(text, find_dates(text, PUB), PUB)
    got = event_features(ctx, _event(text, evidence, trace=("how=explicit", "past")))
    assert got[:3] == ["type=EXPORT_BAN", "action=impose", "flag=past"]
    assert [f for f in got if f in ("perfect", "future_cue") or f.startswith("sentence_")] == expected


def test_the_rules_pick_and_null_carry_their_own_features() -> None:
    text = "Trade news\nRuritania banned exports of tin on Monday."
    ctx = article_context(text, find_dates(text, PUB), PUB)
    event = _event(text, "banned exports", "2025-11-24", trace=("date_by=clause_point",))
    options = {o.value: set(o.features) for o in date_options(ctx, event)}
    assert {
        "picked",
        "picked_rel=week",
        "picked&where=after",
        "picked&cue=on",
        "picked&date_by=clause_point",
    } <= options["2025-11-24"]
    assert "picked" not in options["2025-11-25"]
    assert {"null", "null&rule_where=after", "null&rule_date_by=clause_point"} <= options[None]
    assert "null&picked" not in options[None]


def test_choose_keeps_the_rules_pick_unless_beaten_by_the_margin() -> None:
    options = [DateOption(None, ("null",)), DateOption("2025-11-24", ("a",)), DateOption("2025-11-25", ("b",))]
    ranker = DateRanker({"null": 0.0, "a": 1.0, "b": 2.0}, margin=0.5)
    assert choose(options, "2025-11-24", ranker) == "2025-11-25"
    assert choose(options, "2025-11-24", DateRanker(ranker.weights, margin=1.0)) == "2025-11-24"
    assert choose(options, None, DateRanker({"null": 1.9, "b": 2.0}, margin=0.0)) == "2025-11-25"
    assert choose(options, "2025-11-24", DateRanker(ranker.weights, margin=float("inf"))) == "2025-11-24"


def test_rank_dates_replaces_only_the_date() -> None:
    text = "Trade news\nRuritania banned exports of tin on Monday."
    ev = _event(text, "banned exports of tin")
    ranker = DateRanker({"null": -1.0, "cue=on": 1.0}, margin=0.0)
    (got,) = rank_dates(text, [ev], find_dates(text, PUB), PUB, ranker)
    assert got.date == "2025-11-24"
    assert (got.type, got.actors, got.evidence, got.until) == (ev.type, ev.actors, ev.evidence, ev.until)


def _config(tmp_path: Path) -> Path:
    cfg = {
        "folds": 3,
        "c_grid": [0.1, 1.0],
        "min_count": 1,
        "margins": [0.0, 1.0],
        "min_dev_gain": 3,
        "max_null_loss": 2,
    }
    path = tmp_path / "cfg.json"
    path.write_text(json.dumps(cfg))
    return path


def test_the_training_chain_is_one_command_and_reproducible(tmp_path: Path, capsys) -> None:
    args = [str(HELDOUT / "b"), "--dev", str(HELDOUT / "c"), "--config", str(_config(tmp_path))]
    assert main([*args, "--out", str(tmp_path / "one.json")]) == 0
    assert main([*args, "--out", str(tmp_path / "two.json")]) == 0
    assert (tmp_path / "one.json").read_bytes() == (tmp_path / "two.json").read_bytes()
    artefact = json.loads((tmp_path / "one.json").read_text())
    assert set(artefact) == {"enabled", "margin", "weights", "figures"}
    assert len(artefact["figures"]["grid"]) == 4
    assert "train_rules" in capsys.readouterr().out
    parse_date_ranker(artefact)


def test_a_missing_split_is_one_line_error(tmp_path: Path, capsys) -> None:
    assert main([str(tmp_path), "--config", str(_config(tmp_path)), "--out", str(tmp_path / "x.json")]) == 1
    assert capsys.readouterr().err.startswith("policykg: error: ")


def test_the_pipeline_follows_the_shipped_setting() -> None:
    shipped = load_date_ranker()
    assert shipped is not None
    assert load_pipeline(None, date_rank=False).date_ranker is None
    assert load_pipeline(None, date_rank=True).date_ranker == shipped
    assert load_pipeline(None).date_ranker == (shipped if shipped.enabled else None)


PROVENANCE_CASES = [
    ("China banned exports of gallium on Monday.", [("2025-11-24", "date_by=clause_point")]),
    ("China will ban exports of gallium from December 1.", [("2025-12-01", "date_by=clause_start")]),
    (
        "On Monday, China imposed tariffs on US soybeans and banned exports of gallium.",
        [("2025-11-24", "date_by=clause_point"), ("2025-11-24", "date_by=fronted_day")],
    ),
    ("China banned exports of gallium in May.", [(None, None)]),
    ("商务部于11月24日宣布对镓实施出口管制。", [("2025-11-24", "date_by=clause_point")]),
    (
        "China banned exports of gallium on Monday. Beijing also restricted exports of graphite.",
        [("2025-11-24", "date_by=clause_point"), ("2025-11-24", "date_by=news_day")],
    ),
]


@pytest.mark.parametrize(("body", "expected"), PROVENANCE_CASES, ids=case_ids(PROVENANCE_CASES))
def test_the_trace_names_the_rule_that_dated_the_event(body: str, expected: list) -> None:
    got = [(e.date, next((t for t in e.trace if t.startswith("date_by=")), None)) for e in rule_events(body)]
    assert got == expected


def test_extraction_applies_a_ranker_that_is_on() -> None:
    from dataclasses import replace

    from policykg.extract.models import Article
    from policykg.extract.pipeline import extract_article

    article = Article(title="Trade news", body="China banned exports of gallium on Monday.", published="2025-11-25")
    rules = load_pipeline(None, date_rank=False)
    assert [e.date for e in extract_article(article, rules).events] == ["2025-11-24"]
    nulls = replace(rules, date_ranker=DateRanker({"null": 10.0}, margin=0.0, enabled=True))
    assert [e.date for e in extract_article(article, nulls).events] == [None]
