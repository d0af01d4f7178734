"""Corrections: the file format, atomic appends, and the pure apply (issue 15)."""

from __future__ import annotations

import dataclasses
import itertools
import json
import multiprocessing
from pathlib import Path

import pytest

from policykg.extract.models import Article, ArticleRecord, Entity, Event
from policykg.graph.apply_corrections import apply_corrections
from policykg.graph.build import build_graph
from policykg.graph.corrections import (
    Correction,
    append_correction,
    default_path,
    generate_correction,
    parse_correction,
    read_corrections,
    report_ids,
)
from policykg.graph.review import gold_records, review_rows, reviewed_pairs

ENTITIES = (
    Entity("CHN", "Country", "China"),
    Entity("USA", "Country", "United States"),
    Entity("item:rare_earths", "Item", "rare earths"),
)
BAN = Event(
    "EXPORT_BAN",
    "impose",
    ("CHN",),
    ("item:rare_earths",),
    ("USA",),
    "2025-10-09",
    evidence="ban",
    evidence_start=10,
    evidence_end=40,
)
TARIFF = Event("TARIFF", "impose", ("USA",), (), ("CHN",), None, evidence="tariff", evidence_start=50, evidence_end=90)
TWIN = Event("TARIFF", "threaten", ("USA",), (), ("CHN",), None, evidence="tariff", evidence_start=50, evidence_end=90)


def record(*events: Event, article_id: str = "a1", title: str = "Title one") -> ArticleRecord:
    article = Article(title, "", source="Wire", published="2025-11-07T10:00:00", article_id=article_id)
    return ArticleRecord(article, "en", ENTITIES, events)


def fix(cid: str, decision: str, report: str, span=None, at: str = "", **kw) -> Correction:
    return Correction(
        cid, at or f"2025-11-08T10:00:0{cid[-1]}Z", decision, report, "a1", span, kw.pop("evidence", ""), **kw
    )


def slots(records) -> set[tuple]:
    return {
        (e.report, e.type, e.action, e.actors, e.targets, e.date, e.provenance, e.corrections)
        for r in records
        for e in r.events
    }


# --- report ids and the format ----------------------------------------------------


def test_report_ids_name_article_and_span_and_count_repeats():
    assert report_ids("a1", [BAN, TARIFF, TWIN]) == ["a1:10-40", "a1:50-90", "a1:50-90/2"]


def test_correction_round_trip_and_malformed_lines(tmp_path: Path):
    path = tmp_path / "c.jsonl"
    good = fix("c-1", "edit", "a1:10-40", (10, 40), set={"date": "2025-10-10"}, note="the 10th")
    assert parse_correction(generate_correction(good)).to_json() == good.to_json()
    path.write_text(
        generate_correction(good) + '\n{"id": \n' + '{"id": "c-2", "at": "x", "decision": "bless"}\n'
        '{"id": "c-3", "at": "x", "decision": "edit", "report": "a1:1-2", "article_id": "a1", "set": {"colour": 1}}\n',
        encoding="utf-8",
    )
    batch = read_corrections(path)
    assert [c.id for c in batch.corrections] == ["c-1"]
    assert batch.skipped == (
        f"{path}:2: invalid JSON (Expecting value; an interrupted write leaves such a line)",
        f"{path}:3: 'decision' is 'bless', expected one of confirm, reject, edit, merge, split, add",
        f"{path}:4: 'set' has unknown field(s) colour; expected type, action, actors, targets, items, date, until, value",
    )


def test_default_path_env_then_state_folder(tmp_path: Path):
    assert default_path({"POLICYKG_CORRECTIONS": str(tmp_path / "c.jsonl")}) == tmp_path / "c.jsonl"
    assert default_path({"POLICYKG_STATE_DIR": str(tmp_path)}) == tmp_path / "corrections.jsonl"
    assert default_path({"XDG_STATE_HOME": str(tmp_path)}) == tmp_path / "policykg" / "corrections.jsonl"


def test_a_crashed_half_line_stays_its_own_line(tmp_path: Path):
    path = tmp_path / "c.jsonl"
    path.write_text('{"id": "c-0", "at": "2025', encoding="utf-8")  # a writer died here
    append_correction(fix("c-1", "reject", "a1:10-40", (10, 40)), path)
    batch = read_corrections(path)
    assert [c.id for c in batch.corrections] == ["c-1"]
    assert [s.split(": ")[0] for s in batch.skipped] == [f"{path}:1"]


def _append_many(args: tuple[str, int]) -> None:
    path, worker = args
    for n in range(25):
        append_correction(fix(f"c-{worker}-{n}", "confirm", f"a1:{worker}-{n}", note="x" * 3000), path)


def test_parallel_processes_never_drop_or_tear_a_line(tmp_path: Path):
    path = str(tmp_path / "c.jsonl")
    with multiprocessing.get_context("spawn").Pool(6) as pool:
        pool.map(_append_many, [(path, w) for w in range(6)])
    batch = read_corrections(path)
    assert batch.skipped == ()
    assert {c.id for c in batch.corrections} == {f"c-{w}-{n}" for w in range(6) for n in range(25)}


# --- apply ------------------------------------------------------------------------


def test_each_decision():
    added = {"type": "SANCTION", "action": "impose", "actors": ["USA"], "targets": ["org:x"]}
    fixes = [
        fix("c-1", "edit", "a1:10-40", (10, 40), set={"date": "2025-10-10", "targets": []}),
        fix("c-2", "reject", "a1:50-90/2", (50, 90), was={"type": "TARIFF", "action": "threaten", "actors": ["USA"]}),
        fix("c-3", "confirm", "a1:50-90", (50, 90), was={"type": "TARIFF", "action": "impose", "actors": ["USA"]}),
        fix(
            "c-4",
            "add",
            "add:c-4",
            (100, 120),
            evidence="sanctions",
            set=added,
            entities=({"id": "org:x", "type": "Firm", "name": "X Corp"},),
        ),
    ]
    out, report = apply_corrections([record(BAN, TARIFF, TWIN)], fixes)
    assert slots(out) == {
        ("a1:10-40", "EXPORT_BAN", "impose", ("CHN",), (), "2025-10-10", "edited", ("c-1",)),
        ("a1:50-90", "TARIFF", "impose", ("USA",), ("CHN",), None, "confirmed", ("c-3",)),
        ("add:c-4", "SANCTION", "impose", ("USA",), ("org:x",), None, "added", ("c-4",)),
    }
    assert out[0].entities[-1] == Entity("org:x", "Firm", "X Corp")
    assert (report.applied, report.orphans, report.elsewhere) == (("c-1", "c-2", "c-3", "c-4"), (), 0)


def test_merge_and_split():
    fixes = [
        fix("c-1", "merge", "a1:50-90", (50, 90), with_report="a1:10-40"),
        fix("c-2", "split", "a1:10-40", (10, 40), set={"type": "EXPORT_CONTROL"}),
    ]
    out, _ = apply_corrections([record(BAN, TARIFF)], fixes)
    assert slots(out) == {
        ("a1:10-40", "EXPORT_BAN", "impose", ("CHN",), ("USA",), "2025-10-09", "machine", ("c-2",)),
        ("split:c-2", "EXPORT_CONTROL", "impose", ("CHN",), ("USA",), "2025-10-09", "added", ("c-2",)),
        ("a1:50-90", "EXPORT_BAN", "impose", ("CHN",), ("USA",), "2025-10-09", "edited", ("c-1",)),
    }
    graph = build_graph(out)  # the merged report and the original are one event node now
    assert sorted(a["provenance"] for _, a in graph.nodes(data=True) if a["label"] == "Event") == ["added", "edited"]


def test_a_fix_survives_re_extraction_and_orphans_are_reported():
    edit = fix("c-1", "edit", "a1:10-40", (10, 40), evidence="ban", set={"action": "lift"})
    # Re-extracted: new slots, events in another order, the span moved by a few characters.
    moved = dataclasses.replace(BAN, type="EXPORT_CONTROL", evidence_start=12, evidence_end=44, evidence="the ban")
    out, report = apply_corrections([record(TARIFF, moved)], [edit])
    assert [(e.type, e.action, e.provenance) for e in out[0].events] == [
        ("TARIFF", "impose", "machine"),
        ("EXPORT_CONTROL", "lift", "edited"),
    ]
    _, report = apply_corrections(
        [record(TARIFF), record(article_id="b2", title="Other")],
        [edit, dataclasses.replace(fix("c-2", "confirm", "z:1-2"), article_id="z")],
    )
    assert report.orphans == (
        "<memory>: edit a1:10-40 (c-1): report not found in the article (re-extraction moved or dropped it)",
    )
    assert report.elsewhere == 1 and report.applied == ()


def test_article_found_by_title_when_its_id_changed():
    edit = dataclasses.replace(
        fix("c-1", "reject", "a1:10-40", (10, 40)), title="Title  one", published="2025-11-07T10:00:00"
    )
    out, report = apply_corrections([record(BAN, article_id="new-id")], [edit])
    assert (out[0].events, report.applied) == ((), ("c-1",))


def test_any_order_of_lines_gives_the_same_records():
    fixes = [
        fix("c-1", "edit", "a1:10-40", (10, 40), set={"date": "2025-10-10"}),
        fix("c-2", "edit", "a1:10-40", (10, 40), set={"date": "2025-10-11", "action": "extend"}),
        fix("c-3", "reject", "a1:50-90", (50, 90)),
        fix("c-4", "confirm", "a1:50-90", (50, 90)),
        fix("c-5", "merge", "a1:50-90/2", (50, 90), with_report="a1:10-40", was={"action": "threaten"}),
    ]
    results = {
        frozenset(slots(apply_corrections([record(BAN, TARIFF, TWIN)], list(order))[0]))
        for order in itertools.permutations(fixes)
    }
    assert results == {
        frozenset(
            {
                ("a1:10-40", "EXPORT_BAN", "extend", ("CHN",), ("USA",), "2025-10-11", "edited", ("c-1", "c-2")),
                ("a1:50-90", "TARIFF", "impose", ("USA",), ("CHN",), None, "confirmed", ("c-3", "c-4")),
                ("a1:50-90/2", "EXPORT_BAN", "extend", ("CHN",), ("USA",), "2025-10-11", "edited", ("c-5",)),
            }
        )
    }


# --- review and gold --------------------------------------------------------------


def test_review_ranks_flags_and_drops_decided_reports():
    dated = dataclasses.replace(BAN, date="2025-10-12", evidence_start=200, evidence_end=230)
    out, _ = apply_corrections([record(BAN, TARIFF, dated)], [fix("c-1", "confirm", "a1:50-90", (50, 90))])
    rows = review_rows(build_graph(out))
    assert [(r["report"], r["score"], r["flags"]) for r in rows] == [
        ("a1:10-40", 4, ["conflicting reports", "single source"]),
        ("a1:200-230", 4, ["conflicting reports", "single source"]),
    ]
    assert [r["report"] for r in review_rows(build_graph(out), decided={"a1:10-40"})] == ["a1:200-230"]


def test_gold_and_reviewed_pairs():
    was = {
        "type": "EXPORT_BAN",
        "action": "impose",
        "actors": ["CHN"],
        "items": ["item:rare_earths"],
        "targets": ["USA"],
        "date": "2025-10-09",
        "until": None,
        "value": None,
    }
    fixes = [
        fix(
            "c-1", "edit", "a1:10-40", (10, 40), evidence="ban", was=was, set={"date": "2025-10-10"}, title="Title one"
        ),
        fix("c-2", "reject", "a1:50-90", (50, 90), evidence="tariff", title="Title one"),
    ]
    gold = gold_records(fixes)
    assert [(g["title"], [(e["date"], e["evidence_start"]) for e in g["events"]]) for g in gold] == [
        ("Title one", [("2025-10-10", 10)])
    ]
    assert [e["id"] for e in gold[0]["entities"]] == ["CHN", "item:rare_earths", "USA"]
    pred = [
        json.loads(
            json.dumps(
                record(
                    BAN, TARIFF, dataclasses.replace(BAN, evidence_start=300, evidence_end=320, evidence="other")
                ).to_json()
            )
        )
    ]
    _, kept = reviewed_pairs(pred, fixes)
    assert [(e["evidence_start"], e["type"]) for e in kept[0]["events"]] == [(10, "EXPORT_BAN"), (50, "TARIFF")]


def test_unknown_set_values_are_refused(tmp_path: Path):
    from policykg import PolicyKGError
    from policykg.graph.review_api import parse_set

    assert parse_set(
        {"actor": "United States", "targets": "China, rare earths", "rate_pct": "25", "date": ""},
        {"actors": ["CHN", "org:mofcom"], "value": {"currency": "USD"}},
    ) == {
        "actors": ["USA", "CHN", "org:mofcom"],
        "targets": ["CHN", "item:rare_earths"],
        "value": {"currency": "USD", "rate_pct": 25},
        "date": None,
    }
    with pytest.raises(PolicyKGError, match="date"):
        parse_set({"date": "10 Oct"}, {})
