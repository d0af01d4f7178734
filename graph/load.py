"""Load the policy graph into Neo4j: schema first, then batched idempotent writes.

Every write is ``UNWIND $rows AS row ...`` from a ``graph/cypher/*.cypher`` file,
run in batches through ``session.execute_write`` (the driver's managed
transactions, which retry transient errors such as deadlocks), so a load that
is interrupted can simply be run again.  Labels and relationship types are never
formatted into Cypher: each has its own file, chosen from a closed table.
The default ``fast`` strategy CREATEs the relationships of nodes it has just
created and runs ``writers`` transactions in parallel (:mod:`policykg.graph.writers`);
``legacy`` is the one-writer, MERGE-everything loader, kept as the benchmark's baseline.
The driver is created by :mod:`policykg.graph.neo4j`; functions here take it.
"""

from __future__ import annotations

import functools
import importlib.resources
import time
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, fields
from typing import Any

import neo4j.exceptions
import networkx as nx

from policykg.extract.models import ArticleRecord
from policykg.graph.build import (
    ENTITY_LABELS,
    KEY_PROPERTY,
    NODE_LABELS,
    GraphRows,
    build_graph,
    graph_to_rows,
    node_id,
)
from policykg.graph.relink import relink_measures, relink_responses
from policykg.graph.tallies import batches as chunks
from policykg.graph.tallies import refresh_tallies
from policykg.graph.writers import (
    DEFAULT_WRITERS,
    BatchResult,
    OwnerBatch,
    article_rows,
    event_rows,
    owner_batch_tx,
    owner_batches,
    run_parallel,
)

# Which statement writes which label / relationship type (closed tables, in load order).
NODE_QUERIES = {
    "Source": "merge_source",
    "Article": "merge_article",
    "Country": "merge_country",
    "Bloc": "merge_bloc",
    "Agency": "merge_agency",
    "Firm": "merge_firm",
    "Person": "merge_person",
    "Element": "merge_element",
    "Item": "merge_item",
    "Event": "merge_event",
}
REL_QUERIES = {
    "ACTOR": "merge_actor_rel",
    "ITEM": "merge_item_rel",
    "TARGET": "merge_target_rel",
    "REPORTED_IN": "merge_reported_in_rel",
    "PUBLISHED_BY": "merge_published_by_rel",
    "MENTIONS": "merge_mentions_rel",
}
DEFAULT_BATCH_SIZE = 1000
STRATEGIES = ("fast", "legacy")

Progress = Callable[[int], None]


@dataclass
class LoadSummary:
    """What a load changed, summed from the driver's ``ResultSummary.counters``."""

    nodes_created: int = 0
    nodes_deleted: int = 0
    relationships_created: int = 0
    relationships_deleted: int = 0
    properties_set: int = 0
    labels_added: int = 0

    def add(self, counters: Any) -> None:
        for f in fields(self):
            setattr(self, f.name, getattr(self, f.name) + getattr(counters, f.name))

    def line(self) -> str:
        """``12 nodes created, 30 relationships created, ...`` for the CLI."""
        return ", ".join(f"{getattr(self, f.name)} {f.name.replace('_', ' ')}" for f in fields(self))


@functools.cache
def cypher(name: str) -> str:
    """The text of ``graph/cypher/<name>.cypher`` (package data)."""
    return (importlib.resources.files("policykg.graph") / "cypher" / f"{name}.cypher").read_text("utf-8")


def schema_statements() -> list[str]:
    """The statements of ``graph/schema.cypher``: one a line, ``//`` comments skipped."""
    text = (importlib.resources.files("policykg.graph") / "schema.cypher").read_text("utf-8")
    return [line.strip() for line in text.splitlines() if line.strip() and not line.lstrip().startswith("//")]


def merge_tx(tx: Any, query: str, rows: list[dict[str, Any]]) -> Any:
    return tx.run(query, rows=rows).consume()


def rows_tx(tx: Any, rows: list[dict[str, Any]], query: str) -> list[Any]:
    """:func:`merge_tx` with the rows first (the shape :func:`~policykg.graph.writers.run_parallel` calls)."""
    return [merge_tx(tx, query, rows).counters]


def statement_tx(tx: Any, work: tuple[str, list[dict[str, Any]]]) -> list[Any]:
    """:func:`merge_tx` of a ``(query, rows)`` pair (statements of several labels on parallel writers)."""
    return [merge_tx(tx, *work).counters]


def delete_tx(tx: Any, query: str, limit: int) -> Any:
    return tx.run(query, limit=limit).consume()


# Raised when a concurrent load created the same rule between our IF NOT EXISTS
# check and our CREATE: the rule exists, which is all apply_schema wants.
SCHEMA_RACE_CODES = frozenset(
    {
        "Neo.ClientError.Schema.EquivalentSchemaRuleAlreadyExists",
        "Neo.ClientError.Schema.ConstraintAlreadyExists",
        "Neo.ClientError.Schema.IndexAlreadyExists",
    }
)


def apply_schema(driver: Any, database: str) -> None:
    """Create the constraints and indexes (idempotent, safe beside a concurrent load); wait until online.

    One read of the existing rules first: a load into a database that has them all
    (every load but the first) runs no schema statement and waits for nothing.
    """
    records = driver.execute_query(cypher("read_schema_names"), database_=database).records
    states = {record["name"]: record["state"] for record in records}
    missing = [s for s in schema_statements() if s.split()[2] not in states]
    for statement in missing:
        try:
            driver.execute_query(statement, database_=database)
        except neo4j.exceptions.ClientError as exc:
            if exc.code not in SCHEMA_RACE_CODES:
                raise
    if missing or any(state != "ONLINE" for state in states.values()):
        driver.execute_query(cypher("await_indexes"), seconds=300, database_=database)


def clear_graph(driver: Any, database: str, batch_size: int = 10_000) -> LoadSummary:
    """Delete every policykg relationship, then every node, then the tallies, ``batch_size`` per transaction.

    The summary counts the graph's nodes and relationships, as the load's does; the tallies
    (bookkeeping beside the graph, :mod:`policykg.graph.tallies`) go without being counted."""
    summary = LoadSummary()
    with driver.session(database=database) as session:
        for name in ("delete_rels_batch", "delete_batch", "delete_tally_batch"):
            query = cypher(name)
            while True:
                counters = session.execute_write(delete_tx, query, batch_size).counters
                if name != "delete_tally_batch":
                    summary.add(counters)
                if counters.nodes_deleted == 0 and counters.relationships_deleted == 0:
                    break
    return summary


def write_rows(
    driver: Any,
    database: str,
    query: str,
    rows: Sequence[dict[str, Any]],
    batch_size: int = DEFAULT_BATCH_SIZE,
    progress: Progress | None = None,
) -> LoadSummary:
    """Run ``query`` over ``rows`` in batches, one managed write transaction each."""
    summary = LoadSummary()
    with driver.session(database=database) as session:
        for start in range(0, len(rows), batch_size):
            batch = list(rows[start : start + batch_size])
            summary.add(session.execute_write(merge_tx, query, batch).counters)
            if progress:
                progress(len(batch))
    return summary


def load_graph(
    driver: Any,
    graph: nx.MultiDiGraph,
    database: str,
    *,
    batch_size: int = DEFAULT_BATCH_SIZE,
    replace: bool = False,
    progress: Progress | None = None,
    timings: dict[str, float] | None = None,
    writers: int = DEFAULT_WRITERS,
    strategy: str = "fast",
) -> LoadSummary:
    """Write ``graph`` into Neo4j: schema, nodes, relationships, corroboration, measures.

    Idempotent: loading the same graph twice creates nothing the second time.
    Corroboration counts are recomputed in Cypher over what is in the database,
    and the measures of every block the batch touches are relinked from what is in
    the database (:mod:`policykg.graph.relink`), so a new batch that reports a known
    event, or adds an impose, updates what was loaded earlier, in any load order.
    ``timings`` (when given) receives the seconds spent writing and linking.
    """
    return load_graphs(
        driver,
        [graph],
        database,
        batch_size=batch_size,
        replace=replace,
        progress=progress,
        timings=timings,
        writers=writers,
        strategy=strategy,
    )


def load_graphs(
    driver: Any,
    graphs: Iterable[nx.MultiDiGraph],
    database: str,
    *,
    replace: bool = False,
    timings: dict[str, float] | None = None,
    **options: Any,
) -> LoadSummary:
    """Load several graphs (chunks of one input) as one load: schema and ``replace`` once,
    each graph written as it comes, then the touched measures and responses relinked once.

    ``graphs`` may be a generator that builds the next chunk while this one is written
    (see :func:`policykg.graph.stream.prefetch`): only the touched block and party keys
    are kept across chunks, so memory stays that of one chunk.
    """
    summary = LoadSummary()
    started = time.perf_counter()
    apply_schema(driver, database)
    if replace:
        summary.add(clear_graph(driver, database))
    by_block: dict[str, list[str]] = {}
    parties: set[str] = set()
    for graph in graphs:
        summary.add(write_graph(driver, graph, database, **options))
        for block, keys in touched_blocks(graph).items():
            by_block.setdefault(block, []).extend(keys)
        parties |= touched_parties(graph)
    linking = time.perf_counter()
    summary.add(relink_measures(driver, database, sorted(by_block), by_block))
    summary.add(relink_responses(driver, database, sorted(parties)))
    refresh_tallies(driver, database, sorted(by_block), by_block)  # bookkeeping, not the graph: not in the summary
    if timings is not None:
        timings["write"] = linking - started
        timings["link"] = time.perf_counter() - linking
    return summary


def touched_blocks(graph: nx.MultiDiGraph) -> dict[str, list[str]]:
    """The measure blocks of the graph's events with the batch's event keys in each (what the relinker
    recomputes: only the sub-block those events can change, :mod:`policykg.graph.subblock`)."""
    by_block: dict[str, list[str]] = {}
    for _, attrs in graph.nodes(data=True):
        if attrs["label"] == "Event":
            by_block.setdefault(attrs["block"], []).append(attrs["key"])
    return by_block


def touched_parties(graph: nx.MultiDiGraph) -> set[str]:
    """The actors and targets of the graph's events (whose stated responses are relinked)."""
    parties = {graph.nodes[s]["key"] for s, _, rel in graph.edges(keys=True) if rel == "ACTOR"}
    return parties | {graph.nodes[d]["key"] for _, d, rel in graph.edges(keys=True) if rel == "TARGET"}


def write_graph(
    driver: Any,
    graph: nx.MultiDiGraph,
    database: str,
    *,
    batch_size: int = DEFAULT_BATCH_SIZE,
    progress: Progress | None = None,
    writers: int = DEFAULT_WRITERS,
    strategy: str = "fast",
) -> LoadSummary:
    """Write the nodes and relationships of ``graph`` and recount corroboration (no relinking)."""
    if strategy not in STRATEGIES:
        raise ValueError(f"strategy {strategy!r}: expected one of {', '.join(STRATEGIES)}")
    if strategy == "legacy":
        return _write_legacy(driver, database, graph_to_rows(graph), batch_size, progress)
    return _write_fast(driver, database, graph, batch_size, progress, writers)


def _write_legacy(
    driver: Any, database: str, rows: GraphRows, batch_size: int, progress: Progress | None
) -> LoadSummary:
    """Today's loader until issue 14: one writer, every row MERGEd, label by label."""
    summary = LoadSummary()
    for label, name in NODE_QUERIES.items():
        summary.add(write_rows(driver, database, cypher(name), rows.nodes[label], batch_size, progress))
    for rel, name in REL_QUERIES.items():
        summary.add(write_rows(driver, database, cypher(name), rows.rels[rel], batch_size, progress))
    keys = [{"key": row["key"]} for row in rows.nodes["Event"]]
    summary.add(write_rows(driver, database, cypher("update_event_reports"), keys, batch_size))
    return summary


def _write_fast(
    driver: Any, database: str, graph: nx.MultiDiGraph, batch_size: int, progress: Progress | None, writers: int
) -> LoadSummary:
    """Small node sets with one writer; articles and events as parallel owner batches; recount what needs it."""
    summary = LoadSummary()
    small = _node_rows(graph, ("Source", *ENTITY_LABELS))  # a few thousand nodes that may exist: MERGE
    work = ((cypher(NODE_QUERIES[label]), rows) for label in small for rows in chunks(small[label], batch_size))
    fresh_articles: set[str] = set()
    recount: list[dict[str, Any]] = []

    def done(item: Any, result: Any) -> None:
        """Sum a finished transaction's counters and keep what later steps need."""
        for c in result.counters if isinstance(result, BatchResult) else result:
            summary.add(c)
        if isinstance(item, OwnerBatch):
            if item.label == "Article":
                fresh_articles.update(result.fresh)
            recount.extend({"key": key} for key in result.recount)
            if progress:
                progress(item.size())
        elif progress and isinstance(item, tuple):
            progress(len(item[1]))

    run_parallel(driver, database, work, statement_tx, writers=writers, done=done)
    for batches in (
        lambda: owner_batches("Article", article_rows(graph), batch_size),
        lambda: owner_batches("Event", event_rows(graph, fresh_articles), batch_size),
    ):
        run_parallel(driver, database, batches(), owner_batch_tx, cypher, REL_QUERIES, writers=writers, done=done)
    query = cypher("update_event_reports")
    run_parallel(driver, database, chunks(recount, batch_size), rows_tx, query, writers=writers, done=done)
    return summary


def _node_rows(graph: nx.MultiDiGraph, labels: Sequence[str]) -> dict[str, list[dict[str, Any]]]:
    """The node rows of ``labels`` (as :func:`~policykg.graph.build.graph_to_rows`, unsorted)."""
    rows: dict[str, list[dict[str, Any]]] = {label: [] for label in labels}
    for _, attrs in graph.nodes(data=True):
        if attrs["label"] in rows:
            rows[attrs["label"]].append({k: v for k, v in attrs.items() if k != "label"})
    return rows


def count_rows(graph: nx.MultiDiGraph) -> int:
    """How many rows :func:`load_graph` writes for ``graph`` (for a progress bar)."""
    nodes = sum(1 for _, label in graph.nodes(data="label") if label in NODE_QUERIES)
    return nodes + sum(1 for _, _, k in graph.edges(keys=True) if k in REL_QUERIES)


def load_records(
    driver: Any,
    records: Iterable[ArticleRecord],
    database: str,
    **options: Any,
) -> LoadSummary:
    """Build the graph of ``records`` and load it (see :func:`load_graph`)."""
    return load_graph(driver, build_graph(records), database, **options)


def read_graph(driver: Any, database: str) -> nx.MultiDiGraph:
    """Read the policykg graph back from Neo4j into the networkx form of SCHEMA.md."""
    graph = nx.MultiDiGraph()
    for record in driver.execute_query(cypher("read_nodes"), database_=database, routing_="r").records:
        node, attrs = node_item(record)
        graph.add_node(node, **attrs)
    for record in driver.execute_query(cypher("read_rels"), database_=database, routing_="r").records:
        src, dst, rel, attrs = edge_item(record)
        graph.add_edge(src, dst, key=rel, **attrs)
    return graph


def node_item(record: Any) -> tuple[str, dict[str, Any]]:
    """``(node id, attributes)`` of a ``read_nodes`` row, as :func:`read_graph` adds it."""
    label = _label(record["labels"])
    props = dict(record["props"])
    key = props[KEY_PROPERTY[label]]
    return node_id(label, key), {**props, "label": label, "key": key}


def edge_item(record: Any) -> tuple[str, str, str, dict[str, Any]]:
    """``(source id, target id, type, attributes)`` of a ``read_rels`` row, as :func:`read_graph` adds it."""
    src = node_id(_label(record["src_labels"]), record["src"])
    dst = node_id(_label(record["dst_labels"]), record["dst"])
    return src, dst, record["type"], {"type": record["type"], **dict(record["props"])}


def _label(labels: list[str]) -> str:
    """The one schema label of a node (``Entity`` is the extra label of entities)."""
    return next(label for label in labels if label in NODE_LABELS)
