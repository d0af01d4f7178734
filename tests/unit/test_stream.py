"""graph/stream.py, graph/writers.py and events_io.iter_events: the pure parts of streaming and fast loading."""

from __future__ import annotations

from pathlib import Path

import pytest

from policykg.graph.build import build_graph, graph_to_rows
from policykg.graph.corrections import Correction
from policykg.graph.events_io import iter_events, read_events
from policykg.graph.stream import CorrectionTally, corrected_chunks, merge_articles, prefetch
from policykg.graph.writers import CORROBORATION, EVENT_PROPS, article_rows, event_rows, merge_rows, owner_batches

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


def _rels(rows):
    """Relationship rows as a set of sorted item tuples (order- and dict-free)."""
    return {tuple(sorted(r.items(), key=str)) for r in rows}


def test_owner_rows_hold_exactly_the_rows_of_graph_to_rows_and_batches_never_split_an_owner():
    graph = build_graph(read_events(FIXTURE).records)
    rows = graph_to_rows(graph)
    articles = list(article_rows(graph))
    events = list(event_rows(graph, {r["key"] for r in articles}))
    assert sorted(r["key"] for r in articles) == sorted(r["article_id"] for r in rows.nodes["Article"])
    assert sorted(r["key"] for r in events) == sorted(r["key"] for r in rows.nodes["Event"])
    for label, owners in (("Article", articles), ("Event", events)):
        for rel, merged in merge_rows(label, owners).items():
            assert _rels(merged) == _rels(rows.rels[rel]), rel
        batches = list(owner_batches(label, owners, 5))
        assert [r["key"] for b in batches for r in b.rows] == [r["key"] for r in owners]
        assert sum(b.size() for b in batches) == len(owners) + sum(len(v) for v in merge_rows(label, owners).values())
    built = {r["key"]: r for r in rows.nodes["Event"]}
    for event in events:  # every article is new: the corroboration is written with the event
        expected = {k: v for k, v in built[event["key"]].items() if k in EVENT_PROPS + CORROBORATION}
        assert event["props"] == expected


def test_event_rows_leave_the_corroboration_to_the_recount_when_an_article_was_stored_before():
    graph = build_graph(read_events(FIXTURE).records)
    articles = sorted(r["key"] for r in article_rows(graph))
    events = list(event_rows(graph, set(articles[1:])))
    stale = {e["key"] for e in events if any(r["dst"] == articles[0] for r in e["reports"])}
    assert stale and stale == {e["key"] for e in events if "n_sources" not in e["props"]}


def test_event_props_are_what_merge_event_sets_on_creation():
    """The fast statement sets ``row.props`` on creation; the legacy one names each property."""
    import re

    from policykg.graph.load import cypher

    on_create = cypher("merge_event").split("ON CREATE SET")[1].split("ON MATCH SET")[0]
    assert set(re.findall(r"e\.(\w+) = row\.", on_create)) | {"key"} == set(EVENT_PROPS)
