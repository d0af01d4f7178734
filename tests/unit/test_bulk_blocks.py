"""The streamed bulk path's whole-input step (graph/bulk_blocks.py): parts of chunks joined, blocks linked,
equal to building the whole input at once."""

from __future__ import annotations

from typing import Any

from policykg.extract.models import Article, ArticleRecord, Entity, Event
from policykg.graph.build import build_graph, build_unlinked
from policykg.graph.bulk_blocks import link_rows, merge_parts


def _record(n: int, event: Event, source: str) -> ArticleRecord:
    article = Article(f"t{n}", "", source=source, published=f"2025-0{n}-05T10:00:00", article_id=f"a{n}")
    entities = (Entity("USA", "Country", "United States"), Entity("CHN", "Country", "China"))
    return ArticleRecord(article, "en", entities, (event,))


IMPOSE = Event("TARIFF", "impose", ("USA",), targets=("CHN",), date="2025-04-02", evidence="x", until="2026-01-01")
RECORDS = [
    _record(1, IMPOSE, "S1"),
    _record(2, Event("TARIFF", "impose", ("USA",), targets=("CHN",), date="2025-04-02", evidence="y"), "S2"),
    _record(3, Event("TARIFF", "lift", ("USA",), targets=("CHN",), date="2025-05-01", evidence="z"), "S1"),
]


def _parts(records: list[ArticleRecord]) -> dict[str, Any]:
    """Each event's part of a graph built from ``records`` alone (as one streamed chunk)."""
    graph = build_unlinked(records)
    parts = {}
    for node, attrs in graph.nodes(data=True):
        if attrs["label"] == "Event":
            actors = [(s, d["position"]) for s, _, k, d in graph.in_edges(node, keys=True, data=True) if k == "ACTOR"]
            reported = [
                (graph.nodes[t]["key"], {k: v for k, v in d.items() if k != "type"})
                for _, t, k, d in graph.out_edges(node, keys=True, data=True)
                if k == "REPORTED_IN"
            ]
            parts[attrs["key"]] = ({k: v for k, v in attrs.items() if k != "label"}, actors, reported)
    return parts


def test_one_event_in_three_chunks_links_as_the_whole_build() -> None:
    chunks = [_parts([r]) for r in RECORDS]
    keys = sorted({k for c in chunks for k in c})
    merged = [merge_parts([c[k] for c in chunks if k in c]) for k in keys]
    events, measures, part_of, acts_on = link_rows(merged)
    whole = build_graph(RECORDS)
    expected = {
        a["key"]: {k: v for k, v in a.items() if k != "label"}
        for _, a in whole.nodes(data=True)
        if a["label"] == "Event"
    }
    assert {e["key"]: e for e in events} == expected
    assert {m["key"]: m for m in measures} == {
        a["key"]: {k: v for k, v in a.items() if k != "label"}
        for _, a in whole.nodes(data=True)
        if a["label"] == "Measure"
    }
    edges = {(whole.nodes[s]["key"], whole.nodes[d]["key"], r) for s, d, r in whole.edges(keys=True)}
    assert {(s, d, "PART_OF") for s, d in part_of} | {(s, d, "ACTS_ON") for s, d in acts_on} == {
        e for e in edges if e[2] in ("PART_OF", "ACTS_ON")
    }
    impose = next(e for e in events if e["action"] == "impose")
    assert (impose["n_sources"], impose["n_outlets"], impose["until"]) == (2, 2, "2026-01-01")
