"""Views drawn from Neo4j: ``policykg view --from-neo4j`` with a canned query and a neighbourhood.

The events fixture plus the hostile records are loaded into the emptied test
database; the pages are then checked in Chromium against sets recomputed from
the graph built in memory from the same files.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import networkx as nx
import pytest

from policykg.cli import main
from policykg.graph.build import build_graph
from policykg.graph.events_io import read_events_paths
from policykg.graph.load import load_graph
from policykg.queries import views

pytestmark = [pytest.mark.browser, pytest.mark.neo4j]

TESTS = Path(__file__).resolve().parents[1]
EVENTS = [TESTS / "data" / "events_fixture.jsonl", Path(__file__).parent / "data" / "hostile_events.jsonl"]
RESTRICTIVE = ("EXPORT_CONTROL", "EXPORT_BAN", "TARIFF", "IMPORT_RESTRICTION", "SANCTION")
ROLES = ("ACTOR", "ITEM", "TARGET", "ACTS_ON")


@pytest.fixture()
def loaded(clean_db: Any) -> tuple[Any, nx.MultiDiGraph]:
    from policykg.graph import neo4j as kg_neo4j

    graph = build_graph(read_events_paths(EVENTS).records)
    load_graph(clean_db, graph, kg_neo4j.database())
    return clean_db, graph


def _role_edges(graph: nx.MultiDiGraph, nodes: set[str]) -> set[tuple[str, str, str]]:
    return {(u, k, v) for u, v, k in graph.edges(keys=True) if k in ROLES and u in nodes and v in nodes}


def test_cli_from_neo4j_draws_a_query_and_a_neighbourhood(
    loaded, tmp_path: Path, open_view, save_screenshot, capsys: pytest.CaptureFixture[str]
) -> None:
    _, graph = loaded
    argv = [
        "view",
        "--from-neo4j",
        "--out",
        str(tmp_path),
        "--query",
        "who_restricts",
        "--param",
        "target=USA",
        "--entity",
        "CHN",
        "--hops",
        "1",
    ]
    assert main(argv) == 0
    assert capsys.readouterr().out.splitlines()[-1] == str(tmp_path / "index.html")
    events = {
        e
        for e, t, k in graph.edges(keys=True)
        if k == "TARGET" and t == "USA" and graph.nodes[e]["type"] in RESTRICTIVE
    }
    expected = events | {
        n
        for e in events
        for n in nx.all_neighbors(graph, e)
        if graph.nodes[n]["label"] not in ("Article", "Source", "Measure")
    }
    opened = open_view(tmp_path / "query-who-restricts-target-usa.html")
    assert opened.console_errors() == [] and opened.requests == [opened.url]
    nodes = set(opened.js("() => policykgView.nodes.getIds()"))
    edges = {tuple(e) for e in opened.js("() => policykgView.edges.get().map(e => [e.from, e.label, e.to])")}
    assert (nodes, edges) == (expected, _role_edges(graph, expected))
    assert len(events) == 3
    rows = opened.js("() => document.querySelectorAll('.pk-table tbody tr').length")
    assert rows == 2  # who_restricts lists restrictive acts only (the soybean lift is drawn, not listed)
    save_screenshot(opened, "query-who-restricts-target-usa")


def test_neighbourhood_from_neo4j_equals_the_one_built_in_memory(loaded) -> None:
    driver, graph = loaded
    for entity, hops in (("CHN", 1), ("CHN", 2), ('org:"><svg onload=window.__pwned=1>', 2)):
        from_neo4j, stored = views.neighbourhood_view(driver, entity, hops)
        in_memory = views.neighbourhood_subgraph(graph, entity, hops)
        assert set(from_neo4j.drawn) == set(in_memory)
        assert set(from_neo4j.drawn.edges(keys=True)) == set(in_memory.edges(keys=True))
        assert stored.number_of_nodes() == graph.number_of_nodes()
