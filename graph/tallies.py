"""Facts precomputed at load time for the whole-graph queries: actor tallies and pair tallies.

Two queries otherwise read every event of the graph (or of a type) to answer a few rows:
``top_actors`` counts events per main actor, ``retaliation`` groups every act by pair of
parties to find the few pairs that acted against each other.  Both loaders keep, beside
the graph, the facts they need (``graph/SCHEMA.md``, "Tallies"):

- ``ActorTally``, one per (measure block, main actor, action): the number of events and
  their first and last dates, recounted from the stored events of each block a load
  touches (:data:`ACTOR_BLOCKS_PER_TX` blocks per transaction);
- ``PairTally``, one per (main actor, target) with a dated act: the sorted keys of those
  acts, their dates, types and actions, and whether the reverse pair has one too
  (``mutual``); a load adds its events' acts (a union: an event's type, action, actor,
  targets and date make its key and never change);
- ``DayTally``, one per measure type: the number of its measures in force from each day it
  changes (``in_force_on``'s exact total by type), recounted from every measure of each type
  a load touched.

``policykg load`` refreshes them for the blocks and events the load wrote, after relinking
(:func:`refresh_tallies`); ``load --bulk`` counts them all in one pass over the events after
the import (``bulk_*_tallies.cypher``, ``bulk_mutual_pairs.cypher``).  Both hold the same
facts (``tests/integration/test_bulk.py`` compares every node).  Each actor transaction first
locks the parties of its blocks, as the relinker does, so concurrent loads of the same
blocks recount one after the other; a pair tally is locked before its keys are read, so
two loads adding to it add one after the other.

``policykg retally`` rebuilds them all from the stored events (:func:`retally`): for a graph
loaded by a policykg older than the tallies, or after a change to what they hold.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

TALLY_LABELS = ("ActorTally", "PairTally", "DayTally")
ACTOR_BLOCKS_PER_TX = 50  # blocks recounted per transaction (a dominant block holds ~1/8 of the events)
PAIR_KEYS_PER_TX = 5_000  # event keys added to their pair tallies per transaction


def _cypher(name: str) -> str:
    from policykg.graph.load import cypher

    return cypher(name)


def parties(blocks: Sequence[str]) -> list[str]:
    """The sorted party ids of ``blocks`` (``TYPE|party``): what a refresh locks.

    >>> parties(["TARIFF|USA", "SANCTION|CHN", "EXPORT_BAN|USA"])
    ['CHN', 'USA']
    """
    return sorted({block.split("|", 1)[1] for block in blocks})


def batches(items: Sequence[Any], size: int) -> Iterator[list[Any]]:
    """``items`` in consecutive lists of at most ``size``.

    >>> list(batches(["a", "b", "c"], 2))
    [['a', 'b'], ['c']]
    """
    for start in range(0, len(items), size):
        yield list(items[start : start + size])


def _actor_tx(tx: Any, blocks: list[str]) -> Any:
    tx.run(_cypher("lock_parties"), ids=parties(blocks)).consume()
    return tx.run(_cypher("merge_actor_tallies"), blocks=blocks).consume().counters


def _pair_tx(tx: Any, keys: list[str]) -> Any:
    return tx.run(_cypher("merge_pair_tallies"), keys=keys).consume().counters


def _day_tx(tx: Any, types: list[str]) -> Any:
    return tx.run(_cypher("merge_day_tallies"), types=types).consume().counters


def block_types(blocks: Sequence[str]) -> list[str]:
    """The sorted measure types of ``blocks`` (``TYPE|party``): the day tallies a refresh recounts.

    >>> block_types(["TARIFF|USA", "SANCTION|CHN", "TARIFF|CHN"])
    ['SANCTION', 'TARIFF']
    """
    return sorted({block.split("|", 1)[0] for block in blocks})


def recount_days(session: Any, types: Sequence[str]) -> Any:
    """Recount the day tallies of ``types`` from their measures, one type per transaction
    (a type's measures are read whole: at 1M events the largest type holds ~90k)."""
    from policykg.graph.load import LoadSummary

    summary = LoadSummary()
    for kind in types:
        summary.add(session.execute_write(_day_tx, [kind]))
    return summary


def recount_all_days(session: Any) -> Any:
    """Recount the day tallies of every measure type the graph holds: what ``load --bulk``
    (:func:`policykg.graph.bulk.finish`) and :func:`retally` both do after counting the rest."""
    return recount_days(session, session.execute_read(_read_column, "read_measure_types", "type"))


def refresh_tallies(driver: Any, database: str, blocks: Sequence[str], keys: Mapping[str, Sequence[str]]) -> Any:
    """Recount the actor and day tallies of ``blocks`` and add the events ``keys`` (by block) to the pair tallies.

    ``policykg load`` calls it with the blocks and event keys it wrote, after relinking.
    Returns a :class:`~policykg.graph.load.LoadSummary` of what changed in the tallies; the
    load's own summary leaves it out, since it reports the graph's nodes and relationships
    ("graph: 45 nodes …; neo4j: 45 nodes created") and the tallies are bookkeeping beside it.
    """
    from policykg.graph.load import LoadSummary

    summary = LoadSummary()
    with driver.session(database=database, notifications_min_severity="OFF") as session:
        for chunk in batches(sorted(blocks), ACTOR_BLOCKS_PER_TX):
            summary.add(session.execute_write(_actor_tx, chunk))
            added = {k for b in chunk for k in keys.get(b, ())}
            for part in batches(sorted(added), PAIR_KEYS_PER_TX):
                summary.add(session.execute_write(_pair_tx, part))
        summary.add(recount_days(session, block_types(blocks)))
    return summary


@dataclass(frozen=True)
class Retally:
    """What :func:`retally` did: tallies deleted, blocks and events counted, tallies kept now."""

    deleted: int
    blocks: int
    events: int
    actor_tallies: int
    pair_tallies: int
    mutual_pairs: int
    day_tallies: int

    def lines(self) -> list[str]:
        """The CLI's summary of ``policykg retally``."""
        return [
            f"retally: deleted {self.deleted} tallies; recounted {self.blocks} blocks and {self.events} events",
            f"tallies now: {self.actor_tallies} actor tallies, {self.pair_tallies} pair tallies "
            f"({self.mutual_pairs} mutual), {self.day_tallies} day tallies",
        ]


def retally(driver: Any, database: str, progress: Callable[[int, int], None] | None = None) -> Retally:
    """Rebuild every tally from the stored graph: delete them all, recount every block, event and type.

    The same statements as a load's refresh (:func:`refresh_tallies`), over the whole graph: the
    actor tallies of every block (:data:`ACTOR_BLOCKS_PER_TX` per transaction), then every event key
    in key order (:data:`PAIR_KEYS_PER_TX` per transaction, one page read at a time), then the day
    tallies of every measure type (one per transaction). Deleting first
    makes the result exact and the command idempotent whatever the tallies held (none, stale, or
    written by an older policykg); queries that read the tallies see part of them until it ends.
    ``progress(done, total)`` is called after each transaction (blocks + events).
    """
    from policykg.graph.load import delete_tx

    report = progress or (lambda done, total: None)
    with driver.session(database=database, notifications_min_severity="OFF") as session:
        deleted = 0
        while n := session.execute_write(delete_tx, _cypher("delete_tally_batch"), 10_000).counters.nodes_deleted:
            deleted += n
        blocks = session.execute_read(_read_column, "read_tally_blocks", "block")
        total = len(blocks) + session.execute_read(_count, "events")
        done = 0
        for chunk in batches(blocks, ACTOR_BLOCKS_PER_TX):
            session.execute_write(_actor_tx, chunk)
            done += len(chunk)
            report(done, total)
        for keys in _key_pages(session):
            session.execute_write(_pair_tx, keys)
            done += len(keys)
            report(done, total)
        recount_all_days(session)
        counts = session.execute_read(_counts)
    return Retally(deleted, len(blocks), counts["events"], **{k: counts[k] for k in _COUNTED})


_COUNTED = ("actor_tallies", "pair_tallies", "mutual_pairs", "day_tallies")


def _key_pages(session: Any) -> Iterator[list[str]]:
    """Every event key in key order, :data:`PAIR_KEYS_PER_TX` at a time (one page held at once)."""
    after = ""
    while keys := session.execute_read(
        _read_column, "read_event_keys_page", "key", after=after, limit=PAIR_KEYS_PER_TX
    ):
        yield keys
        after = keys[-1]


def _read_column(tx: Any, name: str, column: str, **params: Any) -> list[Any]:
    return [record[column] for record in tx.run(_cypher(name), **params)]


def _counts(tx: Any) -> dict[str, int]:
    return dict(tx.run(_cypher("count_tallies")).single())


def _count(tx: Any, column: str) -> int:
    return int(_counts(tx)[column])
