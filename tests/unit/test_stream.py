"""graph/stream.py, graph/writers.py and events_io.iter_events: the pure parts of streaming and fast loading."""

from __future__ import annotations

from pathlib import Path

import pytest

from policykg.graph.build import build_graph, graph_to_rows
from policykg.graph.corrections import Correction
from policykg.graph.events_io import iter_events, read_events
from policykg.graph.stream import CorrectionTally, corrected_chunks, merge_articles, prefetch
from policykg.graph.writers import create_rows, owner_batches

FIXTURE = Path(__file__).parents[1] / "data" / "events_fixture.jsonl"


def test_iter_events_chunks_equal_one_read(tmp_path):
    bad = tmp_path / "x.jsonl"
    lines = FIXTURE.read_text(encoding="utf-8").splitlines()
    bad.write_bytes(("\n".join([lines[0], "{", "", *lines[1:]]) + "\n").encode() + b"\xff\n")
    whole = read_events(bad)
    chunks = list(iter_events([bad], 4))
    assert [len(c.records) for c in chunks] == [4, 2]
    assert tuple(r for c in chunks for r in c.records) == whole.records
    assert tuple(s for c in chunks for s in c.skipped) == whole.skipped
    assert whole.skipped[0].startswith(f"{bad}:2: invalid JSON")


def test_prefetch_keeps_order_runs_one_ahead_and_raises_where_the_producer_failed():
    produced: list[int] = []

    def items():
        for n in range(5):
            produced.append(n)
            if n == 3:
                raise ValueError("bad chunk 3")
            yield n

    out = []
    with pytest.raises(ValueError, match="bad chunk 3"):
        for item in prefetch(items()):
            out.append(item)
    assert out == [0, 1, 2]
    assert produced == [0, 1, 2, 3]


def test_prefetch_stops_its_producer_when_the_consumer_leaves():
    produced: list[int] = []

    def items():
        for n in range(1000):
            produced.append(n)
            yield n

    for item in prefetch(items()):
        if item == 2:
            break
    assert len(produced) <= 5  # bounded: the queue holds one, the producer one more


def test_merge_articles_names_both_sides():
    fixes = [
        Correction("c1", "t", "merge", "a1:3-9", "a1", with_report="gold:ab:1-4/2", title="T  x", published="2025"),
        Correction("c2", "t", "reject", "a2:3-9", "a2"),
    ]
    assert merge_articles(fixes) == ({"a1", "gold:ab"}, {("T x", "2025")})


def test_corrected_chunks_hold_merged_articles_for_the_last_chunk():
    recs = read_events(FIXTURE).records
    first = recs[0].article.article_id
    fix = Correction("c1", "t", "merge", f"{first}:0-1", first, with_report="fx0006lift:5-9")
    tally = CorrectionTally(1)
    chunks = list(corrected_chunks([recs[:3], recs[3:]], [fix], tally))
    ids = [[r.article.article_id for r in chunk] for chunk in chunks]
    assert ids == [
        [r.article.article_id for r in recs[1:3]],
        [r.article.article_id for r in recs[3:5]],
        [first, "fx0006lift"],
    ]
    assert tally.found == 1  # its article is in exactly one chunk


def test_owner_batches_never_split_an_owner_and_create_rows_group_by_owner():
    graph = build_graph(read_events(FIXTURE).records)
    rows = graph_to_rows(graph)
    batches = list(owner_batches("Event", rows.nodes["Event"], rows.rels, 5))
    assert sorted(n["key"] for b in batches for n in b.nodes) == sorted(n["key"] for n in rows.nodes["Event"])
    owned = sum(len(r) for b in batches for rels in b.rels.values() for r in rels.values())
    assert owned == sum(len(rows.rels[t]) for t in ("ACTOR", "ITEM", "TARGET", "REPORTED_IN"))
    batch = batches[0]
    created = create_rows("Event", [n["key"] for n in batch.nodes], batch.rels)["create_event_rels"]
    assert [r["key"] for r in created] == [n["key"] for n in batch.nodes]
    assert sum(len(r["actors"]) + len(r["items"]) + len(r["targets"]) + len(r["reports"]) for r in created) == (
        batch.size() - len(batch.nodes)
    )
