"""The fast transactional writer: one statement per batch of owners, CREATE what is new, N writers in parallel.

:func:`policykg.graph.load.load_graph` writes small node sets (sources, entities)
with one writer, then the two large ones -- articles with their PUBLISHED_BY and
MENTIONS, then events with their ACTOR, ITEM, TARGET and REPORTED_IN -- as *owner
batches*, read straight from the graph (no per-relationship rows): one row per
owner, holding its properties and the keys of its relationships' other ends.
One statement per batch (``merge_article_batch`` / ``merge_event_batch``) MERGEs the
owners and CREATEs the relationships of the owners it created (they cannot exist
yet: the new node is locked by this transaction until it commits), looking each
owner up once; it returns the keys it created.  The relationships of owners that
were already stored (a re-load, a known event reported by a new article) are
MERGEd in the same transaction by the per-type statements of the legacy loader.
So a re-load, or two concurrent loads of the same article, stay idempotent.

An event created by this load whose reporting articles were all created by this
load gets its corroboration (``n_sources``, ``articles``, ...) computed by
:func:`policykg.graph.build.build_graph` on creation: the database would count
exactly the links this load created.  Every other event is recounted from the
database afterwards (``update_event_reports``), so a fresh load writes each
event's properties once.

Batches partition the owners by key, so two writers never lock the same article
or event.  Creating a relationship to a shared entity takes no exclusive lock on
it, so writers do not wait for each other; a transient error is retried by
``execute_write``, and the transaction is idempotent.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from typing import Any

import networkx as nx

DEFAULT_WRITERS = 2
OWNER_STATEMENT = {"Article": "merge_article_batch", "Event": "merge_event_batch"}
ARTICLE_PROPS = ("title", "published", "url", "lang")
# What merge_event.cypher sets on creation (tests/unit/test_stream.py checks the two agree).
EVENT_PROPS = (
    *("key", "type", "action", "date", "until", "rate_pct", "amount", "currency", "count", "unit", "tonnes"),
    *("summary", "provenance", "corrections", "block", "effective", "response_cue", "actor_inferred"),
    *("actor", "items", "targets"),
)
CORROBORATION = ("n_sources", "n_outlets", "first_reported", "last_reported", "articles", "outlets")
REPORT_PROPS = ("evidence", "evidence_start", "evidence_end", "report", "provenance", "corrections")

Row = dict[str, Any]


@dataclass(frozen=True)
class OwnerBatch:
    """One transaction's work: one row per owner (an article or an event) with its relationships."""

    label: str
    rows: tuple[Row, ...]

    def size(self) -> int:
        """Nodes and relationships written (the loader's progress unit)."""
        return sum(owner_size(row) for row in self.rows)


@dataclass(frozen=True)
class BatchResult:
    """What one owner transaction did: its counters, the keys it created, the events to recount."""

    counters: list[Any]
    fresh: frozenset[str]
    recount: tuple[str, ...]


def owner_size(row: Row) -> int:
    """1 for the owner node, plus one per relationship of the row."""
    ends = ("mentions", "actors", "items", "targets", "reports")
    return 1 + (row.get("source") is not None) + sum(len(row.get(name, ())) for name in ends)


def _props(attrs: dict[str, Any], names: Sequence[str]) -> Row:
    return {name: attrs[name] for name in names if attrs.get(name) is not None}


def article_rows(graph: nx.MultiDiGraph) -> Iterator[Row]:
    """One row per article: ``{key, props, source, mentions}`` (see ``merge_article_batch.cypher``)."""
    for node, attrs in graph.nodes(data=True):
        if attrs["label"] != "Article":
            continue
        row: Row = {"key": attrs["key"], "props": _props(attrs, ARTICLE_PROPS), "source": None, "mentions": []}
        for _, dst, rel in graph.out_edges(node, keys=True):
            if rel == "MENTIONS":
                row["mentions"].append(graph.nodes[dst]["key"])
            elif rel == "PUBLISHED_BY":
                row["source"] = graph.nodes[dst]["key"]
        yield row


def event_rows(graph: nx.MultiDiGraph, fresh_articles: set[str]) -> Iterator[Row]:
    """One row per event: ``{key, props, actors, items, targets, reports}`` (see ``merge_event_batch.cypher``).

    ``props`` holds the corroboration when every article reporting the event is in
    ``fresh_articles`` (created by this load), so that a new event needs no recount.
    """
    for node, attrs in graph.nodes(data=True):
        if attrs["label"] != "Event":
            continue
        row: Row = {"key": attrs["key"], "props": _props(attrs, EVENT_PROPS), "actors": [], "items": [], "targets": []}
        row["actors"] = [
            {"src": graph.nodes[src]["key"], "position": d["position"]}
            for src, _, rel, d in graph.in_edges(node, keys=True, data=True)
            if rel == "ACTOR"
        ]
        row["reports"] = []
        for _, dst, rel, d in graph.out_edges(node, keys=True, data=True):
            if rel == "REPORTED_IN":
                row["reports"].append({"dst": graph.nodes[dst]["key"], "props": _props(d, REPORT_PROPS)})
            elif rel in ("ITEM", "TARGET"):
                row[rel.lower() + "s"].append(graph.nodes[dst]["key"])
        if all(report["dst"] in fresh_articles for report in row["reports"]):
            row["props"].update(_props(attrs, CORROBORATION))
        yield row


def owner_batches(label: str, rows: Iterable[Row], batch_size: int) -> Iterator[OwnerBatch]:
    """Owner batches of about ``batch_size`` rows written (a node and its relationships never split).

    >>> rows = [{"key": "e1", "items": ["x"]}, {"key": "e2", "items": ["y"]}]
    >>> [(b.size(), [r["key"] for r in b.rows]) for b in owner_batches("Event", rows, 2)]
    [(2, ['e1']), (2, ['e2'])]
    """
    batch: list[Row] = []
    size = 0
    for row in rows:
        batch.append(row)
        size += owner_size(row)
        if size >= batch_size:
            yield OwnerBatch(label, tuple(batch))
            batch, size = [], 0
    if batch:
        yield OwnerBatch(label, tuple(batch))


def merge_rows(label: str, rows: Iterable[Row]) -> dict[str, list[Row]]:
    """``{relationship type: rows}`` of the legacy ``merge_*_rel`` statements, for owners already stored.

    >>> merge_rows("Article", [{"key": "a1", "source": "S", "mentions": ["X"]}])
    {'PUBLISHED_BY': [{'src': 'a1', 'dst': 'S'}], 'MENTIONS': [{'src': 'a1', 'dst': 'X'}]}
    """
    rows = list(rows)
    if label == "Article":
        return {
            "PUBLISHED_BY": [{"src": r["key"], "dst": r["source"]} for r in rows if r["source"] is not None],
            "MENTIONS": [{"src": r["key"], "dst": dst} for r in rows for dst in r["mentions"]],
        }
    return {
        "ACTOR": [{"src": a["src"], "dst": r["key"], "position": a["position"]} for r in rows for a in r["actors"]],
        "ITEM": [{"src": r["key"], "dst": dst} for r in rows for dst in r["items"]],
        "TARGET": [{"src": r["key"], "dst": dst} for r in rows for dst in r["targets"]],
        "REPORTED_IN": [{"src": r["key"], "dst": x["dst"], **x["props"]} for r in rows for x in r["reports"]],
    }


def owner_batch_tx(tx: Any, batch: OwnerBatch, cypher: Callable[[str], str], merges: dict[str, str]) -> BatchResult:
    """One transaction: MERGE the owners and CREATE the new ones' relationships; MERGE the others'."""
    result = tx.run(cypher(OWNER_STATEMENT[batch.label]), rows=list(batch.rows))
    fresh = frozenset(record["key"] for record in result)
    counters = [result.consume().counters]
    for rel, rows in merge_rows(batch.label, (r for r in batch.rows if r["key"] not in fresh)).items():
        if rows:
            counters.append(tx.run(cypher(merges[rel]), rows=rows).consume().counters)
    recount = ()
    if batch.label == "Event":
        recount = tuple(r["key"] for r in batch.rows if r["key"] not in fresh or "n_sources" not in r["props"])
    return BatchResult(counters, fresh, recount)


def run_parallel(
    driver: Any,
    database: str,
    work: Iterator[Any],
    tx_func: Callable[..., Any],
    *args: Any,
    writers: int = DEFAULT_WRITERS,
    done: Callable[[Any, Any], None],
) -> None:
    """Run ``tx_func(tx, item, *args)`` for each item of ``work`` on ``writers`` threads, one session each.

    At most ``2 * writers`` items are queued at a time, so a long ``work`` iterator is
    not drawn into memory.  ``done(item, result)`` runs in the calling thread.
    """

    def write(item: Any) -> Any:
        with driver.session(database=database) as session:
            return session.execute_write(tx_func, item, *args)

    with ThreadPoolExecutor(max_workers=writers, thread_name_prefix="policykg-writer") as pool:
        pending: list[tuple[Any, Any]] = []
        for item in work:
            pending.append((item, pool.submit(write, item)))
            if len(pending) >= 2 * writers:
                first, future = pending.pop(0)
                done(first, future.result())
        for item, future in pending:
            done(item, future.result())
