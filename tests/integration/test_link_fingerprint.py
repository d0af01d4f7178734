"""A second batch leaves the measures it cannot change untouched, and links exactly as one load.

Each Measure node stores a ``fingerprint`` of what its properties are computed from
(``policykg.graph.measure_rows.measure_fingerprint``: the acts in order and every field
of their reports).  The relink recomputes and rewrites only the measures whose
fingerprint changes.  Here the gold is loaded in two batches; every measure is marked
after the first; after the second, exactly the measures whose (key, fingerprint) did
not change still carry the mark, and every measure, link and flag equals one load of
everything at once.
"""

from __future__ import annotations

import random
from typing import Any

import pytest

from policykg.graph import neo4j as kg_neo4j
from policykg.graph import relink
from policykg.graph.build import build_graph
from policykg.graph.events_io import read_events_paths
from policykg.graph.load import clear_graph, load_records
from tests.helpers import cypher, graph_nodes
from tests.integration.test_incremental_link import _state
from tests.integration.test_measure_status import GOLD

pytestmark = pytest.mark.neo4j

PROPS = ["key", "fingerprint", "digest", "t_from", "t_status", "t_until", "t_event", "n_sources", "n_acts"]


def _fingerprints(driver: Any) -> set[tuple]:
    return graph_nodes(driver, "Measure", ["key", "fingerprint"])


@pytest.fixture(scope="module")
def records() -> list[Any]:
    records = list(read_events_paths(GOLD).records)
    random.Random(7).shuffle(records)
    return records


@pytest.fixture(scope="module")
def at_once(neo4j_driver, records) -> tuple[set, ...]:
    """Measures, links and flags after one load of every record; Measure properties in full."""
    clear_graph(neo4j_driver, kg_neo4j.database())
    load_records(neo4j_driver, records, kg_neo4j.database())
    return (graph_nodes(neo4j_driver, "Measure", PROPS), *_state(neo4j_driver))


@pytest.mark.parametrize("sub_block", [False, True])
def test_second_batch_rewrites_only_changed_measures(neo4j_driver, records, at_once, monkeypatch, sub_block) -> None:
    if sub_block:  # every block by sub-block, however small
        monkeypatch.setattr(relink, "WHOLE_BLOCK_SHARE", 1e9)
        monkeypatch.setattr(relink, "SUBBLOCK_MIN_EVENTS", 0)
        monkeypatch.setattr(relink, "FALLBACK_SHARE", 1e9)
    database = kg_neo4j.database()
    clear_graph(neo4j_driver, database)
    cut = len(records) * 4 // 5
    load_records(neo4j_driver, records[:cut], database)
    before = _fingerprints(neo4j_driver)
    neo4j_driver.execute_query(cypher("mark_measures"), database_=database)
    load_records(neo4j_driver, records[cut:], database)
    after = _fingerprints(neo4j_driver)
    marked = {key for key, mark in graph_nodes(neo4j_driver, "Measure", ["key", "test_mark"]) if mark}
    assert marked == {key for key, _ in before & after}
    assert 20 < len(marked) < len(after)  # some measures kept, some rewritten or new: not vacuous
    assert (graph_nodes(neo4j_driver, "Measure", PROPS), *_state(neo4j_driver)) == at_once


def test_fingerprints_match_the_build(neo4j_driver, records, at_once) -> None:
    """The loader stores the fingerprints the networkx build computes (the bulk path writes those)."""
    graph = build_graph(records)
    built = {(a["key"], a["fingerprint"]) for _, a in graph.nodes(data=True) if a["label"] == "Measure"}
    assert {(row[0], row[1]) for row in at_once[0]} == built
