"""The tallies both loaders keep beside the graph (graph/tallies.py), on the real Neo4j: exact rows.

The fixture (tests/data/events_fixture.jsonl, the US-China 2025 sequence) is loaded by
``policykg load``'s loader in one batch, then again in two batches (a later batch adds
to the tallies of the first), then once more (nothing changes): the tallies are the same
each time.  ``policykg retally`` rebuilds exactly those tallies from the stored events,
after they were deleted and again over its own.  ``tests/integration/test_bulk.py`` checks that ``load --bulk`` writes the
same tallies as the transactional loader (it compares every node).
"""

from __future__ import annotations

from typing import Any

import pytest

from policykg.cli import main
from policykg.graph import neo4j as kg_neo4j
from policykg.graph.events_io import read_events
from policykg.graph.load import clear_graph, cypher, load_records
from policykg.queries import run_query
from tests.helpers import cypher as helper_cypher
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
PAIR_PROPS = ["actor", "target", "keys", "dates", "types", "actions", "mutual"]
# the dated acts with a target: date, type and action (slots of the key)
ACTS = {
    US_APR: ("2025-04-02", "TARIFF", "impose"),
    US_CHIPS: ("2025-09-29", "EXPORT_CONTROL", "impose"),
    US_OCT: ("2025-10-14", "TARIFF", "impose"),
    US_SUSP: ("2025-11-10", "TARIFF", "suspend"),
    CN_APR: ("2025-04-04", "TARIFF", "impose"),
    CN_SOY: ("2025-10-20", "IMPORT_RESTRICTION", "impose"),
    CN_SOY_LIFT: ("2025-11-10", "IMPORT_RESTRICTION", "lift"),
}


def pair(actor: str, target: str, *keys: str) -> tuple:
    """A PairTally row: its acts' keys sorted, and their dates, types and actions in that order."""
    ordered = sorted(keys)
    return (actor, target, tuple(ordered), *(tuple(ACTS[k][i] for k in ordered) for i in range(3)), True)


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
    pair("USA", "CHN", US_APR, US_CHIPS, US_OCT, US_SUSP),
    pair("CHN", "USA", CN_APR, CN_SOY, CN_SOY_LIFT),
}

# measures in force per type from each day the number changes: the US and Chinese April tariffs,
# the US October tariffs, one US tariff measure suspended on November 10; the soybean restriction
# imposed and lifted; the US chip controls, the Chinese rare-earth controls, suspended on November
# 7 (their lift in 2026 changes nothing: suspended already). The EU threat is no measure in force.
DAY_TALLIES = {
    ("TARIFF", ("2025-04-02", "2025-04-04", "2025-10-14", "2025-11-10"), (1, 2, 3, 2)),
    ("IMPORT_RESTRICTION", ("2025-10-20", "2025-11-10"), (1, 0)),
    ("EXPORT_CONTROL", ("2025-09-29", "2025-10-09", "2025-11-07"), (1, 2, 1)),
}


def tallies(driver: Any) -> tuple[set[tuple], set[tuple]]:
    return graph_nodes(driver, "ActorTally", ACTOR_PROPS), graph_nodes(driver, "PairTally", PAIR_PROPS)


def day_tallies(driver: Any) -> set[tuple]:
    return graph_nodes(driver, "DayTally", ["type", "days", "counts"])


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
    assert day_tallies(driver) == DAY_TALLIES


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
        {pair("USA", "CHN", US_CHIPS, US_OCT, US_SUSP), pair("CHN", "USA", CN_SOY, CN_SOY_LIFT)},
    )
    load_records(driver, records[:3], database)  # recounts TARIFF|USA, adds to both pairs
    assert tallies(driver) == (ACTOR_TALLIES, PAIR_TALLIES)
    assert day_tallies(driver) == DAY_TALLIES  # every type touched is recounted from all its measures
    load_records(driver, records, database)
    assert tallies(driver) == (ACTOR_TALLIES, PAIR_TALLIES)
    assert day_tallies(driver) == DAY_TALLIES


def test_replace_deletes_the_tallies_with_the_graph(fixture_db: Any) -> None:
    driver, database = fixture_db
    load_records(driver, read_events(FIXTURE).records, database)
    clear_graph(driver, database)
    assert tallies(driver) == (set(), set())
    assert day_tallies(driver) == set()


def test_retally_rebuilds_exactly_the_tallies_the_loader_wrote(fixture_db: Any, capsys: Any) -> None:
    driver, database = fixture_db
    load_records(driver, read_events(FIXTURE).records, database)
    assert tallies(driver) == (ACTOR_TALLIES, PAIR_TALLIES)
    driver.execute_query(cypher("delete_tally_batch"), limit=1000, database_=database)  # a graph without tallies
    assert tallies(driver) == (set(), set())
    capsys.readouterr()
    assert main(["retally"]) == 0
    assert capsys.readouterr().out.splitlines() == [
        "retally: deleted 0 tallies; recounted 6 blocks and 12 events",
        "tallies now: 11 actor tallies, 2 pair tallies (2 mutual), 3 day tallies",
    ]
    assert tallies(driver) == (ACTOR_TALLIES, PAIR_TALLIES)
    assert day_tallies(driver) == DAY_TALLIES
    assert main(["retally"]) == 0  # over its own tallies: deletes them and writes the same again
    assert capsys.readouterr().out.splitlines()[0] == "retally: deleted 16 tallies; recounted 6 blocks and 12 events"
    assert tallies(driver) == (ACTOR_TALLIES, PAIR_TALLIES)
    assert day_tallies(driver) == DAY_TALLIES


def test_retally_of_a_partial_tally_recounts_the_whole_graph(fixture_db: Any, capsys: Any) -> None:
    """Tallies left by an earlier load of part of the events (here: the first three articles'
    tallies, then the rest loaded without them) are replaced by those of every stored event."""
    driver, database = fixture_db
    records = read_events(FIXTURE).records
    load_records(driver, records[:3], database)
    driver.execute_query(cypher("delete_tally_batch"), limit=1000, database_=database)
    load_records(driver, records[3:], database)  # tallies of the later events only
    assert tallies(driver) == (  # the blocks the later load touched are recounted whole; TARIFF|CHN is not
        {t for t in ACTOR_TALLIES if t[0] != "TARIFF|CHN"},
        {pair("USA", "CHN", US_CHIPS, US_OCT, US_SUSP), pair("CHN", "USA", CN_SOY, CN_SOY_LIFT)},
    )
    assert main(["retally"]) == 0
    assert tallies(driver) == (ACTOR_TALLIES, PAIR_TALLIES)


def test_pair_tallies_without_their_acts_get_them_from_a_load_or_a_retally(fixture_db: Any) -> None:
    """Pair tallies of an older policykg hold keys only: a load adding to one reads its acts once."""
    driver, database = fixture_db
    records = read_events(FIXTURE).records
    load_records(driver, records[3:], database)
    driver.execute_query(helper_cypher("strip_pair_acts"), database_=database)
    load_records(driver, records[:3], database)  # adds to both pairs
    assert tallies(driver) == (ACTOR_TALLIES, PAIR_TALLIES)
    driver.execute_query(helper_cypher("strip_pair_acts"), database_=database)
    assert main(["retally"]) == 0
    assert tallies(driver) == (ACTOR_TALLIES, PAIR_TALLIES)


def test_queries_on_a_graph_older_than_the_tallies_facts_answer_the_same(fixture_db: Any) -> None:
    """A graph loaded before the pair tallies kept their acts and before the day tallies (not yet
    retallied) gets the same answers: `retaliation` reads a keys-only tally's acts from their
    events and `in_force_on` by type counts its measures when the type has no day tally."""
    driver, database = fixture_db
    load_records(driver, read_events(FIXTURE).records, database)
    days = ["2025-04-03", "2025-10-15", "2025-11-11", "2026-03-01"]

    def answers() -> list[Any]:
        found = [run_query("retaliation", driver, database, days=365).to_dict("records")]
        for kind in ("TARIFF", "EXPORT_CONTROL", "IMPORT_RESTRICTION"):
            found += [run_query("in_force_on", driver, database, type=kind, date=d).to_dict("records") for d in days]
        return found

    before = answers()
    assert len(before[0]) == 6 and {len(rows) for rows in before[1:]} == {0, 1, 2, 3}
    driver.execute_query(helper_cypher("strip_pair_acts"), database_=database)
    driver.execute_query(helper_cypher("strip_day_tallies"), database_=database)
    assert day_tallies(driver) == set()
    assert answers() == before
