"""Facts precomputed at load time for the whole-graph queries: actor tallies and pair tallies.

Two queries otherwise read every event of the graph (or of a type) to answer a few rows:
``top_actors`` counts events per main actor, ``retaliation`` groups every act by pair of
parties to find the few pairs that acted against each other.  Both loaders keep, beside
the graph, the facts they need (``graph/SCHEMA.md``, "Tallies"):

- ``ActorTally``, one per (measure block, main actor, action): the number of events and
  their first and last dates, recounted from the stored events of each block a load
  touches (:data:`ACTOR_BLOCKS_PER_TX` blocks per transaction);
- ``PairTally``, one per (main actor, target) with a dated act: the sorted keys of those
  acts and whether the reverse pair has one too (``mutual``); a load adds its events' keys
  (a union: an event's actor, targets and date make its key and never change).

``policykg load`` refreshes them for the blocks and events the load wrote, after relinking
(:func:`refresh_tallies`); ``load --bulk`` counts them all in one pass over the events after
the import (``bulk_*_tallies.cypher``, ``bulk_mutual_pairs.cypher``).  Both hold the same
facts (``tests/integration/test_bulk.py`` compares every node).  Each actor transaction first
locks the parties of its blocks, as the relinker does, so concurrent loads of the same
blocks recount one after the other; a pair tally is locked before its keys are read, so
two loads adding to it add one after the other.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping, Sequence
from typing import Any

TALLY_LABELS = ("ActorTally", "PairTally")
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


def refresh_tallies(driver: Any, database: str, blocks: Sequence[str], keys: Mapping[str, Sequence[str]]) -> Any:
    """Recount the actor tallies of ``blocks`` and add the events ``keys`` (by block) to the pair tallies.

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
    return summary
