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
    """One transaction's work: one row per owner (an article or an event) with its relationships.

    ``rows`` name the other ends by key (what :func:`merge_rows` needs); ``params`` are
    the owner statement's parameters, whose rows name them by position in per-batch
    lists of distinct keys (``entities``, ``sources``, ``articles``), so that the
    statement looks each other end up once per batch instead of once per relationship.
    """

    label: str
    rows: tuple[Row, ...]
    params: dict[str, list[Any]]
    written: int

    def size(self) -> int:
        """Nodes and relationships written (the loader's progress unit)."""
        return self.written


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


def _ends_in_node_order(graph: nx.MultiDiGraph) -> Iterator[tuple[dict[str, Any], Any, Any]]:
    """``(attributes, out-adjacency, in-adjacency)`` of every node, in node order.

    The raw adjacency dicts (``{neighbour: {type: attributes}}``) of
    :meth:`~networkx.MultiDiGraph.adjacency` and of the reverse view: several
    times faster than an edge view per node, which matters on the loader's
    single client core.
    """
    out_adj = graph.adjacency()
    in_adj = nx.reverse_view(graph).adjacency()
    for (node, attrs), (node_out, succ), (node_in, pred) in zip(graph.nodes(data=True), out_adj, in_adj):
        assert node == node_out == node_in  # the three share networkx's node order
        yield attrs, succ, pred


def article_rows(graph: nx.MultiDiGraph) -> Iterator[Row]:
    """One row per article: ``{key, props, source, mentions}`` (entity ids; see ``merge_article_batch.cypher``)."""
    nodes = graph.nodes
    for attrs, succ, _ in _ends_in_node_order(graph):
        if attrs["label"] != "Article":
            continue
        row: Row = {"key": attrs["key"], "props": _props(attrs, ARTICLE_PROPS), "source": None, "mentions": []}
        for dst, rels in succ.items():
            if "MENTIONS" in rels:
                row["mentions"].append(nodes[dst]["key"])
            if "PUBLISHED_BY" in rels:
                row["source"] = nodes[dst]["key"]
        yield row


def event_rows(graph: nx.MultiDiGraph, fresh_articles: set[str]) -> Iterator[Row]:
    """One row per event: ``{key, props, actors, items, targets, reports}`` (the other ends' keys).

    ``props`` holds the corroboration when every article reporting the event is in
    ``fresh_articles`` (created by this load), so that a new event needs no recount.
    """
    nodes = graph.nodes
    for attrs, succ, pred in _ends_in_node_order(graph):
        if attrs["label"] != "Event":
            continue
        actors = [
            {"src": nodes[src]["key"], "position": rels["ACTOR"]["position"]}
            for src, rels in pred.items()
            if "ACTOR" in rels
        ]
        row: Row = {
            "key": attrs["key"],
            "props": _props(attrs, EVENT_PROPS),
            "actors": actors,
            "items": [],
            "targets": [],
            "reports": [],
        }
        for dst, rels in succ.items():
            for rel, data in rels.items():
                if rel == "REPORTED_IN":
                    row["reports"].append({"dst": nodes[dst]["key"], "props": _props(data, REPORT_PROPS)})
                elif rel in ("ITEM", "TARGET"):
                    row[rel.lower() + "s"].append(nodes[dst]["key"])
        if all(report["dst"] in fresh_articles for report in row["reports"]):
            row["props"].update(_props(attrs, CORROBORATION))
        yield row


def owner_batches(label: str, rows: Iterable[Row], batch_size: int) -> Iterator[OwnerBatch]:
    """Owner batches of about ``batch_size`` rows written (a node and its relationships never split).

    >>> row = {"props": {}, "actors": [], "targets": [], "reports": []}
    >>> rows = [{**row, "key": "e1", "items": ["x"]}, {**row, "key": "e2", "items": ["x", "y"]}]
    >>> [(b.size(), [r["key"] for r in b.rows], b.params["entities"]) for b in owner_batches("Event", rows, 2)]
    [(2, ['e1'], ['x']), (3, ['e2'], ['x', 'y'])]
    """
    batch: list[Row] = []
    size = 0
    for row in rows:
        batch.append(row)
        size += owner_size(row)
        if size >= batch_size:
            yield OwnerBatch(label, tuple(batch), positioned(label, batch), size)
            batch, size = [], 0
    if batch:
        yield OwnerBatch(label, tuple(batch), positioned(label, batch), size)


def positioned(label: str, rows: Sequence[Row]) -> dict[str, list[Any]]:
    """The owner statement's parameters: ``rows`` with each other end given by its position in a list of keys.

    >>> p = positioned("Article", [{"key": "a1", "props": {}, "source": "S", "mentions": ["X", "Y"]},
    ...                            {"key": "a2", "props": {}, "source": None, "mentions": ["Y"]}])
    >>> p["entities"], p["sources"], [(r["source"], r["mentions"]) for r in p["rows"]]
    (['X', 'Y'], ['S'], [(0, [0, 1]), (None, [1])])
    """
    entities: dict[str, int] = {}
    at = lambda keys, key: keys.setdefault(key, len(keys))  # noqa: E731
    if label == "Article":
        sources: dict[str, int] = {}
        out = [
            {
                "key": row["key"],
                "props": row["props"],
                "source": None if row["source"] is None else at(sources, row["source"]),
                "mentions": [at(entities, key) for key in row["mentions"]],
            }
            for row in rows
        ]
        return {"rows": out, "entities": list(entities), "sources": list(sources)}
    articles: dict[str, int] = {}
    out = [
        {
            "key": row["key"],
            "props": row["props"],
            "actors": [[at(entities, a["src"]), a["position"]] for a in row["actors"]],
            "items": [at(entities, key) for key in row["items"]],
            "targets": [at(entities, key) for key in row["targets"]],
            "reports": [{"article": at(articles, r["dst"]), **r["props"]} for r in row["reports"]],
        }
        for row in rows
    ]
    return {"rows": out, "entities": list(entities), "articles": list(articles)}


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
    result = tx.run(cypher(OWNER_STATEMENT[batch.label]), batch.params)
    fresh = frozenset(result.single(strict=True)["fresh"])
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
