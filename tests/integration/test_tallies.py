"""The tallies both loaders keep beside the graph (graph/tallies.py), on the real Neo4j: exact rows.

The fixture (tests/data/events_fixture.jsonl, the US-China 2025 sequence) is loaded by
``policykg load``'s loader in one batch, then again in two batches (a later batch adds
to the tallies of the first), then once more (nothing changes): the tallies are the same
each time.  ``tests/integration/test_bulk.py`` checks that ``load --bulk`` writes the
same tallies as the transactional loader (it compares every node).
"""

from __future__ import annotations

from typing import Any

import pytest

from policykg.graph import neo4j as kg_neo4j
from policykg.graph.events_io import read_events
from policykg.graph.load import clear_graph, load_records
from tests.helpers import graph_nodes
from tests.integration.test_queries import (
    CN_APR,
    CN_SOY,
    CN_SOY_LIFT,
    FIXTURE,
    US_APR,
    US_CHIPS,
    US_OCT,
    US_SUSP,
)

pytestmark = pytest.mark.neo4j

ACTOR_PROPS = ["block", "actor", "action", "type", "n", "first_date", "last_date"]
PAIR_PROPS = ["actor", "target", "keys", "mutual"]

ACTOR_TALLIES = {
    ("TARIFF|USA", "USA", "impose", "TARIFF", 2, "2025-04-02", "2025-10-14"),
    ("TARIFF|USA", "USA", "suspend", "TARIFF", 1, "2025-11-10", "2025-11-10"),
    ("TARIFF|CHN", "CHN", "impose", "TARIFF", 1, "2025-04-04", "2025-04-04"),
    ("EXPORT_CONTROL|USA", "USA", "impose", "EXPORT_CONTROL", 1, "2025-09-29", "2025-09-29"),
    ("EXPORT_CONTROL|CHN", "CHN", "impose", "EXPORT_CONTROL", 1, "2025-10-09", "2025-10-09"),
    ("EXPORT_CONTROL|CHN", "CHN", "suspend", "EXPORT_CONTROL", 1, "2025-11-07", "2025-11-07"),
    ("EXPORT_CONTROL|CHN", "CHN", "lift", "EXPORT_CONTROL", 1, "2026-02-01", "2026-02-01"),
    # a request belongs to the block of the party it is addressed to; undated: no dates
    ("EXPORT_CONTROL|CHN", "NLD", "request", "EXPORT_CONTROL", 1, None, None),
    ("IMPORT_RESTRICTION|CHN", "CHN", "impose", "IMPORT_RESTRICTION", 1, "2025-10-20", "2025-10-20"),
    ("IMPORT_RESTRICTION|CHN", "CHN", "lift", "IMPORT_RESTRICTION", 1, "2025-11-10", "2025-11-10"),
    ("SANCTION|EU", "EU", "threaten", "SANCTION", 1, None, None),
}
# dated acts with a target only (the Dutch request and the EU threat are undated; the
# rare-earth controls name no target)
PAIR_TALLIES = {
    ("USA", "CHN", tuple(sorted([US_APR, US_CHIPS, US_OCT, US_SUSP])), True),
    ("CHN", "USA", tuple(sorted([CN_APR, CN_SOY, CN_SOY_LIFT])), True),
}


def tallies(driver: Any) -> tuple[set[tuple], set[tuple]]:
    return graph_nodes(driver, "ActorTally", ACTOR_PROPS), graph_nodes(driver, "PairTally", PAIR_PROPS)


@pytest.fixture()
def fixture_db(neo4j_driver: Any) -> Any:
    """An empty database, and the fixture loaded back afterwards (the other modules' graph)."""
    database = kg_neo4j.database()
    clear_graph(neo4j_driver, database)
    yield neo4j_driver, database
    clear_graph(neo4j_driver, database)
    load_records(neo4j_driver, read_events(FIXTURE).records, database)


def test_one_load_writes_the_tallies_of_every_block_and_pair(fixture_db: Any) -> None:
    driver, database = fixture_db
    load_records(driver, read_events(FIXTURE).records, database)
    assert tallies(driver) == (ACTOR_TALLIES, PAIR_TALLIES)


def test_a_later_batch_adds_to_the_tallies_and_a_reload_changes_nothing(fixture_db: Any) -> None:
    driver, database = fixture_db
    records = read_events(FIXTURE).records
    load_records(driver, records[3:], database)  # without April's tariffs and the October 9 controls
    us_tariffs = ("TARIFF|USA", "USA", "impose", "TARIFF", 1, "2025-10-14", "2025-10-14")
    missing = {
        ("TARIFF|USA", "USA", "impose"),
        ("TARIFF|CHN", "CHN", "impose"),
        ("EXPORT_CONTROL|CHN", "CHN", "impose"),
    }
    assert tallies(driver) == (
        {t for t in ACTOR_TALLIES if t[:3] not in missing} | {us_tariffs},
        {
            ("USA", "CHN", tuple(sorted([US_CHIPS, US_OCT, US_SUSP])), True),
            ("CHN", "USA", tuple(sorted([CN_SOY, CN_SOY_LIFT])), True),
        },
    )
    load_records(driver, records[:3], database)  # recounts TARIFF|USA, adds to both pairs
    assert tallies(driver) == (ACTOR_TALLIES, PAIR_TALLIES)
    load_records(driver, records, database)
    assert tallies(driver) == (ACTOR_TALLIES, PAIR_TALLIES)


def test_replace_deletes_the_tallies_with_the_graph(fixture_db: Any) -> None:
    driver, database = fixture_db
    load_records(driver, read_events(FIXTURE).records, database)
    clear_graph(driver, database)
    assert tallies(driver) == (set(), set())
