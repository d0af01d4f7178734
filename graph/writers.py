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
event.  New owners' relationships go one row per owner (the owner is looked up
once, not once per relationship) in owner order, which keeps each owner's
relationship records together; a transient error (a deadlock on a shared end
node) is retried by ``execute_write``, and the transaction is idempotent.
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

Rows = list[dict[str, Any]]


@dataclass(frozen=True)
class OwnerBatch:
    """One transaction's work: owner node rows and, per owner key, its relationship rows by type."""

    label: str
    nodes: tuple[dict[str, Any], ...]
    rels: dict[str, dict[str, Rows]]

    def size(self) -> int:
        return len(self.nodes) + sum(len(rows) for owned in self.rels.values() for rows in owned.values())


def owner_batches(
    label: str, nodes: Sequence[dict[str, Any]], rels: dict[str, Rows], batch_size: int
) -> Iterator[OwnerBatch]:
    """Owner batches of about ``batch_size`` rows (a node and its relationships never split).

    >>> nodes = [{"key": "e1"}, {"key": "e2"}]
    >>> rels = {"ITEM": [{"src": "e1", "dst": "x"}, {"src": "e2", "dst": "y"}]}
    >>> [(b.size(), [n["key"] for n in b.nodes]) for b in owner_batches("Event", nodes, rels, 2)]
    [(2, ['e1']), (2, ['e2'])]
    """
    key, owners = OWNED_RELS[label]
    by_owner: dict[str, dict[str, Rows]] = defaultdict(lambda: defaultdict(list))
    for rel, column in owners.items():
        for row in rels.get(rel, ()):
            by_owner[row[column]][rel].append(row)
    batch: list[dict[str, Any]] = []
    size = 0
    for node in nodes:
        batch.append(node)
        size += 1 + sum(len(rows) for rows in by_owner[node[key]].values())
        if size >= batch_size:
            yield OwnerBatch(label, tuple(batch), {n[key]: by_owner.pop(n[key]) for n in batch})
            batch, size = [], 0
    if batch:
        yield OwnerBatch(label, tuple(batch), {n[key]: by_owner.pop(n[key]) for n in batch})


def create_rows(label: str, fresh: Sequence[str], rels: dict[str, dict[str, Rows]]) -> dict[str, Rows]:
    """``{statement: rows}`` creating the relationships of the ``fresh`` owners, one row per owner.

    >>> create_rows("Article", ["a1"], {"a1": {"MENTIONS": [{"src": "a1", "dst": "X"}]}})
    {'create_mentions_rel': [{'src': 'a1', 'dsts': ['X']}], 'create_published_by_rel': []}
    """
    if label == "Article":
        return {
            "create_mentions_rel": [{"src": k, "dsts": [r["dst"] for r in rels[k].get("MENTIONS", ())]} for k in fresh],
            "create_published_by_rel": [r for k in fresh for r in rels[k].get("PUBLISHED_BY", ())],
        }
    return {"create_event_rels": [_event_row(k, rels[k]) for k in fresh]}


def _event_row(key: str, owned: dict[str, Rows]) -> dict[str, Any]:
    return {
        "key": key,
        "actors": [{"src": r["src"], "position": r["position"]} for r in owned.get("ACTOR", ())],
        "items": [r["dst"] for r in owned.get("ITEM", ())],
        "targets": [r["dst"] for r in owned.get("TARGET", ())],
        "reports": owned.get("REPORTED_IN", []),
    }


def owner_batch_tx(tx: Any, batch: OwnerBatch, cypher: Callable[[str], str], merges: dict[str, str]) -> list[Any]:
    """One transaction: MERGE the owners; CREATE the relationships of new ones, MERGE the others'."""
    result = tx.run(cypher(NODE_STATEMENT[batch.label]), rows=list(batch.nodes))
    fresh = {record["key"] for record in result}
    counters = [result.consume().counters]
    statements = create_rows(batch.label, sorted(fresh & set(batch.rels)), batch.rels)
    for rel in OWNED_RELS[batch.label][1]:
        statements[merges[rel]] = [r for k, owned in batch.rels.items() if k not in fresh for r in owned.get(rel, ())]
    for name, rows in statements.items():
        if rows:
            counters.append(tx.run(cypher(name), rows=rows).consume().counters)
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
