"""The ``explore`` canned query (behind ``policykg explore``) on the real Neo4j: exact rows.

The events fixture is loaded into the emptied test database; expected values are
recomputed from the graph built in memory from the same file.  The explorer's
pure half (rows back to the networkx form, payload, query results, export) is
checked on these real rows.
"""

from __future__ import annotations

import functools
from pathlib import Path
from typing import Any

import networkx as nx
import pytest

from policykg.graph import neo4j as kg_neo4j
from policykg.graph.build import build_graph
from policykg.graph.events_io import read_events
from policykg.graph.load import load_graph
from policykg.queries import explore, run_query
from policykg.queries.view_payload import drawable, event_info

pytestmark = pytest.mark.neo4j

FIXTURE = Path(__file__).resolve().parents[1] / "data" / "events_fixture.jsonl"
ROLES = ("ACTOR", "ITEM", "TARGET")


@pytest.fixture()
def loaded(clean_db: Any) -> tuple[Any, nx.MultiDiGraph]:
    graph = build_graph(read_events(FIXTURE).records)
    load_graph(clean_db, graph, kg_neo4j.database())
    return clean_db, graph


def q(name: str, db: Any, **params: Any):
    return run_query(name, db, **params)


def _events_of(graph: nx.MultiDiGraph, entity: str) -> set[str]:
    return {v if u == entity else u for u, v, k in graph.edges(keys=True) if k in ROLES and entity in (u, v)}


def _order(graph: nx.MultiDiGraph, events: set[str]) -> list[str]:
    """Best sourced first, then latest date (undated last), then key: the query's order."""
    ordered = sorted(events, key=lambda e: graph.nodes[e]["key"])
    ordered.sort(key=lambda e: graph.nodes[e].get("date") or "", reverse=True)
    ordered.sort(key=lambda e: graph.nodes[e]["n_sources"], reverse=True)
    return [graph.nodes[e]["key"] for e in ordered]


def test_explore_rows_by_entity_name_events_and_among(loaded) -> None:
    db, graph = loaded
    df = q("explore", db, entity="镝")  # dysprosium by its Chinese name
    assert list(df.columns) == ["key", "total", "props", "actors", "items", "targets", "reports", "measure", "history"]
    dy = _events_of(graph, "element:Dy")
    assert list(df["key"]) == _order(graph, dy)
    assert set(df["total"]) == {len(dy)}
    row = df[df["key"] == _order(graph, dy)[0]].iloc[0]
    event = "event:" + row["key"]
    assert {(a["id"], a["position"]) for a in row["actors"]} == {
        (u, d["position"]) for u, _, k, d in graph.in_edges(event, keys=True, data=True) if k == "ACTOR"
    }
    assert {i["id"] for i in row["items"]} == {v for _, v, k in graph.out_edges(event, keys=True) if k == "ITEM"}
    assert {(r["article"]["article_id"], r["evidence"]) for r in row["reports"]} == {
        (graph.nodes[a]["key"], d["evidence"])
        for _, a, k, d in graph.out_edges(event, keys=True, data=True)
        if k == "REPORTED_IN"
    }
    chn = _events_of(graph, "CHN")
    limited = q("explore", db, entity="CHN", limit=3)
    assert list(limited["key"]) == _order(graph, chn)[:3] and set(limited["total"]) == {len(chn)}
    keys = _order(graph, chn)[:2]
    assert sorted(q("explore", db, events=keys)["key"]) == sorted(keys)
    among = {e for e in _events_of(graph, "USA") & _events_of(graph, "item:soybeans")}
    assert set(q("explore", db, among=["USA", "item:soybeans", "not-an-id"])["key"]) == {
        graph.nodes[e]["key"] for e in among
    }
    assert q("explore", db).empty  # no parameter: no rows


def test_rows_become_the_same_panel_and_payload_as_the_built_graph(loaded) -> None:
    db, graph = loaded
    run = functools.partial(run_query, driver=db)
    rebuilt, shown, total = explore.rows_to_graph(run("explore", entity="element:Dy"))
    assert shown == _events_of(graph, "element:Dy") and total == len(shown)
    for event in shown:
        assert event_info(rebuilt, event) == event_info(graph, event)  # fields, evidence, links, history
    sub = explore.drawn_subgraph(rebuilt, shown)
    expected = {n for e in shown for n in nx.all_neighbors(drawable(graph), e) if graph.nodes[n]["label"] != "Event"}
    assert set(sub) == shown | expected
    result = explore.query_result(run, "who_restricts", run("who_restricts", target="USA"))
    restrictive = {"EXPORT_CONTROL", "EXPORT_BAN", "TARIFF", "IMPORT_RESTRICTION", "SANCTION"}
    to_usa = {
        e
        for e, t, k in graph.edges(keys=True)
        if k == "TARGET"
        and t == "USA"
        and graph.nodes[e]["type"] in restrictive
        and graph.nodes[e]["action"] in {"impose", "threaten", "extend"}  # who_restricts' default
    }
    assert {n["id"] for n in result["nodes"] if n["shape"] == "diamond"} == to_usa
    assert result["n_rows"] == len(to_usa)
    html = explore.export_html(run, sorted(to_usa), "Exported <b>view</b>")
    assert html.startswith("<!DOCTYPE html>") and "Exported &lt;b&gt;view&lt;/b&gt;" in html
