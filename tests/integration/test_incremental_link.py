"""Linking by sub-block gives the same Measure graph as linking every block at once.

The loader relinks only the events a batch can change (``policykg.graph.subblock``,
``relink_keys_tx``).  Here the seed gold and the held-out golds are loaded in
several batches and orders with the sub-block path forced for every block (a
block is normally relinked whole when it is small, or the batch holds a quarter
of it, or the sub-block would grow past 20 % of it), and the
Measure nodes (every property, through their digest), their links and the
events' confidence flags must equal one load of everything at once.
"""

from __future__ import annotations

import random
from typing import Any

import pytest

from policykg.graph import neo4j as kg_neo4j
from policykg.graph import relink
from policykg.graph.events_io import read_events_paths
from policykg.graph.load import clear_graph, load_records
from tests.helpers import graph_nodes, graph_rels
from tests.integration.test_measure_status import GOLD

pytestmark = pytest.mark.neo4j


def _state(driver: Any) -> tuple[set, ...]:
    return (
        graph_nodes(driver, "Measure", ["key", "digest", "t_from", "t_status", "t_until", "t_event", "n_sources"]),
        graph_nodes(driver, "Event", ["key", "confidence"]),
        graph_rels(driver, "PART_OF"),
        graph_rels(driver, "ACTS_ON"),
        graph_rels(driver, "RESPONDS_TO", ["cue"]),
    )


def _never_whole(monkeypatch: pytest.MonkeyPatch) -> None:
    """Relink every block by sub-block, however small it is or large the batch."""
    monkeypatch.setattr(relink, "WHOLE_BLOCK_SHARE", 1e9)
    monkeypatch.setattr(relink, "SUBBLOCK_MIN_EVENTS", 0)
    monkeypatch.setattr(relink, "FALLBACK_SHARE", 1e9)


@pytest.fixture(scope="module")
def at_once(neo4j_driver) -> tuple[set, ...]:
    """The state after one load of every gold record, every block linked whole."""
    clear_graph(neo4j_driver, kg_neo4j.database())
    load_records(neo4j_driver, read_events_paths(GOLD).records, kg_neo4j.database())
    return _state(neo4j_driver)


@pytest.mark.parametrize("size, seed", [(2, 0), (5, 1), (13, 2)])
def test_batches_linked_by_sub_block_equal_one_load(neo4j_driver, at_once, monkeypatch, size, seed) -> None:
    _never_whole(monkeypatch)
    records = list(read_events_paths(GOLD).records)
    random.Random(seed).shuffle(records)
    database = kg_neo4j.database()
    clear_graph(neo4j_driver, database)
    for start in range(0, len(records), size):
        load_records(neo4j_driver, records[start : start + size], database)
    assert _state(neo4j_driver) == at_once
    assert len(at_once[0]) > 40  # the gold holds dozens of measures, so the check is not vacuous


def test_reloading_a_batch_by_sub_block_changes_nothing(neo4j_driver, at_once, monkeypatch) -> None:
    _never_whole(monkeypatch)
    records = read_events_paths(GOLD).records
    summary = load_records(neo4j_driver, records[:5], kg_neo4j.database())
    assert (summary.nodes_created, summary.nodes_deleted, summary.relationships_created) == (0, 0, 0)
    assert _state(neo4j_driver) == at_once
