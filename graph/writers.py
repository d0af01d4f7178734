"""The fast transactional writer: CREATE what is new, MERGE only what may exist, N writers in parallel.

:func:`policykg.graph.load.load_graph` writes small node sets (sources, entities)
with one writer, then the two large ones -- articles with their MENTIONS and
PUBLISHED_BY, then events with their ACTOR, ITEM, TARGET and REPORTED_IN -- as
*owner batches*: each transaction MERGEs a batch of owner nodes
(``merge_article`` / ``merge_event`` return the keys they created) and, in the same
transaction, CREATEs the relationships of the owners it created (they cannot exist
yet: the new node is locked by this transaction until it commits) and MERGEs those
of owners that were already there.  So a re-load, a load of an article that
already exists, or two concurrent loads of the same article stay idempotent.

Batches partition the owners by key: two writers never lock the same article or
event.  Rows within a statement are sorted by the other end's key, so writers take
the locks of shared end nodes (entities, sources, articles) in one global order and
do not deadlock; a transient error is still retried by ``execute_write``.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from typing import Any

DEFAULT_WRITERS = 2

# Owner label -> (key column of its node rows, {relationship type: column naming the owner}).
OWNED_RELS = {
    "Article": ("article_id", {"MENTIONS": "src", "PUBLISHED_BY": "src"}),
    "Event": ("key", {"ACTOR": "dst", "ITEM": "src", "TARGET": "src", "REPORTED_IN": "src"}),
}
NODE_STATEMENT = {"Article": "merge_article", "Event": "merge_event"}
CREATE_STATEMENT = {
    "MENTIONS": "create_mentions_rel",
    "PUBLISHED_BY": "create_published_by_rel",
    "ACTOR": "create_actor_rel",
    "ITEM": "create_item_rel",
    "TARGET": "create_target_rel",
    "REPORTED_IN": "create_reported_in_rel",
}


@dataclass(frozen=True)
class OwnerBatch:
    """One transaction's work: owner node rows and, per relationship type, the rows they own."""

    label: str
    nodes: tuple[dict[str, Any], ...]
    rels: tuple[tuple[str, tuple[dict[str, Any], ...]], ...]

    def size(self) -> int:
        return len(self.nodes) + sum(len(rows) for _, rows in self.rels)


def owner_batches(
    label: str, nodes: Sequence[dict[str, Any]], rels: dict[str, list[dict[str, Any]]], batch_size: int
) -> Iterator[OwnerBatch]:
    """Owner batches of about ``batch_size`` rows (a node and its relationships never split).

    >>> nodes = [{"key": "e1"}, {"key": "e2"}]
    >>> rels = {"ITEM": [{"src": "e1", "dst": "x"}, {"src": "e2", "dst": "y"}], "ACTOR": [], "TARGET": [],
    ...         "REPORTED_IN": []}
    >>> [(b.size(), [n["key"] for n in b.nodes]) for b in owner_batches("Event", nodes, rels, 2)]
    [(2, ['e1']), (2, ['e2'])]
    """
    key, owners = OWNED_RELS[label]
    by_owner: dict[str, dict[str, list[dict[str, Any]]]] = defaultdict(lambda: defaultdict(list))
    for rel, column in owners.items():
        for row in rels.get(rel, ()):
            by_owner[row[column]][rel].append(row)
    batch: list[dict[str, Any]] = []
    size = 0
    for node in nodes:
        batch.append(node)
        size += 1 + sum(len(rows) for rows in by_owner[node[key]].values())
        if size >= batch_size:
            yield _batch(label, batch, by_owner)
            batch, size = [], 0
    if batch:
        yield _batch(label, batch, by_owner)


def _batch(label: str, nodes: list[dict[str, Any]], by_owner: dict[str, dict[str, list[dict[str, Any]]]]) -> OwnerBatch:
    key, owners = OWNED_RELS[label]
    rels = []
    for rel, column in owners.items():
        other = "src" if column == "dst" else "dst"
        rows = [row for node in nodes for row in by_owner[node[key]].get(rel, ())]
        rels.append((rel, tuple(sorted(rows, key=lambda r: (r[other], r[column])))))
    for node in nodes:
        by_owner.pop(node[key], None)
    return OwnerBatch(label, tuple(nodes), tuple(rels))


def owner_batch_tx(tx: Any, batch: OwnerBatch, cypher: Callable[[str], str], merges: dict[str, str]) -> list[Any]:
    """One transaction: MERGE the owners; CREATE the relationships of new ones, MERGE the others'."""
    result = tx.run(cypher(NODE_STATEMENT[batch.label]), rows=list(batch.nodes))
    fresh = {record["key"] for record in result}
    counters = [result.consume().counters]
    _, owners = OWNED_RELS[batch.label]
    for rel, rows in batch.rels:
        new = [r for r in rows if r[owners[rel]] in fresh]
        old = [r for r in rows if r[owners[rel]] not in fresh]
        for name, part in ((CREATE_STATEMENT[rel], new), (merges[rel], old)):
            if part:
                counters.append(tx.run(cypher(name), rows=part).consume().counters)
    return counters


def run_parallel(
    driver: Any,
    database: str,
    work: Iterator[Any],
    tx_func: Callable[..., list[Any]],
    *args: Any,
    writers: int = DEFAULT_WRITERS,
    done: Callable[[Any, list[Any]], None],
) -> None:
    """Run ``tx_func(tx, item, *args)`` for each item of ``work`` on ``writers`` threads, one session each.

    At most ``2 * writers`` items are queued at a time, so a long ``work`` iterator is
    not drawn into memory.  ``done(item, counters)`` runs in the calling thread.
    """

    def write(item: Any) -> list[Any]:
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
