"""Reads through a ``neo4j://`` URI (the driver routes them, as on a cluster or Aura): every canned
query gives the rows it gives through ``bolt://`` on the same server (the test session's own)."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest

from policykg.graph import neo4j as kg_neo4j
from policykg.graph.events_io import read_events
from policykg.graph.load import clear_graph, load_records
from policykg.queries import list_queries, run_query

pytestmark = pytest.mark.neo4j

FIXTURE = Path(__file__).resolve().parents[1] / "data" / "events_fixture.jsonl"
# Values for the parameters a query requires (the fixture's US-China 2025 sequence).
REQUIRED = {
    "changes_since": {"since": "2025-01-01"},
    "exposure": {"item": "item:rare_earths"},
    "neighbourhood": {"entity": "CHN"},
    "timeline": {"entity": "CHN"},
}


def routing_uri(uri: str) -> str:
    """The same server with a routing scheme: ``bolt://h:p`` -> ``neo4j://h:p`` (``+s``/``+ssc`` kept).

    >>> routing_uri("bolt+s://db.example:7687")
    'neo4j+s://db.example:7687'
    """
    scheme, _, rest = uri.partition("://")
    return scheme.replace("bolt", "neo4j") + "://" + rest


@pytest.fixture(scope="module")
def drivers(neo4j_driver: Any) -> Any:
    """(direct, routed) drivers to the session's server holding the fixture graph."""
    database = kg_neo4j.database()
    clear_graph(neo4j_driver, database)
    load_records(neo4j_driver, read_events(FIXTURE).records, database)
    settings = kg_neo4j.settings()
    direct = replace(settings, uri=routing_uri(settings.uri).replace("neo4j", "bolt", 1))
    with kg_neo4j.driver(direct) as bolt, kg_neo4j.driver(replace(settings, uri=routing_uri(settings.uri))) as routed:
        yield bolt, routed


def test_the_routed_driver_routes(drivers: Any) -> None:
    import neo4j

    bolt, routed = drivers
    assert isinstance(routed, neo4j.Neo4jDriver) and isinstance(bolt, neo4j.BoltDriver)


@pytest.mark.parametrize("name", [q.name for q in list_queries()])
def test_canned_query_gives_the_same_rows_routed(drivers: Any, name: str) -> None:
    bolt, routed = drivers
    params = REQUIRED.get(name, {})
    direct_rows = run_query(name, bolt, **params).to_json(orient="records", force_ascii=False)
    assert run_query(name, routed, **params).to_json(orient="records", force_ascii=False) == direct_rows


def test_routed_rows_are_the_fixture_facts(drivers: Any) -> None:
    _, routed = drivers
    df = run_query("who_restricts", routed, actor="CHN", target="USA")
    assert [(r.actor, r.type, r.date) for r in df.itertuples()] == [
        ("CHN", "TARIFF", "2025-04-04"),
        ("CHN", "IMPORT_RESTRICTION", "2025-10-20"),
    ]
