"""``load --bulk`` (neo4j-admin import) and the transactional loader give the same graph.

The input is every labelled gold file (data/gold/seed-gold.jsonl and the held-out
golds), streamed to the bulk path in small chunks with some articles repeated.  A private managed instance (own state folder and port, as a user's would
be) is bulk-loaded, since the import stops and restarts its server; the session's
server is loaded transactionally.  Both graphs must hold the same nodes and
relationships with the same properties, and answer every canned query (each
example of its header, and its defaults when it needs no parameter) with the
same rows.
"""

from __future__ import annotations

import json
import os
import shlex
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from policykg import PolicyKGError
from policykg.cli import main
from policykg.graph.build import KEY_PROPERTY, NODE_LABELS, REL_TYPES, build_graph
from policykg.graph.events_io import read_events_paths
from policykg.graph.load import load_graph
from policykg.graph.tallies import TALLY_LABELS
from policykg.queries import list_queries, parse_cli_params, run_query
from tests.helpers import free_port, graph_nodes, graph_rels, graph_snapshot, private_server_env

pytestmark = [pytest.mark.neo4j, pytest.mark.slow]

ROOT = Path(__file__).resolve().parents[2]
GOLD = [
    ROOT / "data" / "gold" / "seed-gold.jsonl",
    ROOT / "tests" / "data" / "heldout" / "gold.jsonl",
    *sorted((ROOT / "tests" / "data" / "heldout").glob("*/gold.jsonl")),
]
DATABASE = "neo4j"
REL_PROPS = {"ACTOR": ["position"], "REPORTED_IN": ["evidence", "report", "provenance"], "RESPONDS_TO": ["cue"]}


@pytest.fixture(scope="module")
def gold_records() -> Any:
    batch = read_events_paths([str(p) for p in GOLD])
    assert batch.skipped == ()
    return batch.records


@pytest.fixture(scope="module")
def gold_graph(gold_records: Any) -> Any:
    return build_graph(gold_records)


def _chunks(records: Any) -> list[Any]:
    """The gold in chunks of 7 articles, then its first 10 articles again (a later file repeating them):
    events reported across chunks, and articles and entities met again, must merge as in one build."""
    return [records[n : n + 7] for n in range(0, len(records), 7)] + [records[:10]]


@pytest.fixture(scope="module")
def bulk_server(tmp_path_factory: pytest.TempPathFactory, gold_records: Any) -> Iterator[tuple[Any, Any]]:
    """A private managed instance filled by the streamed ``bulk_load`` with the gold: (its config, a driver)."""
    from policykg.graph import neo4j as kg_neo4j
    from policykg.graph import server
    from policykg.graph.bulk import bulk_load

    env = {**os.environ, **private_server_env(tmp_path_factory.mktemp("bulk-state"), free_port())}
    cfg = server.ServerConfig.from_env(env)
    try:
        bulk_load(_chunks(gold_records), cfg, DATABASE)
        with kg_neo4j.driver(kg_neo4j.managed_settings(cfg, DATABASE)) as drv:
            yield cfg, drv
    finally:
        server.stop(cfg)


@pytest.fixture(scope="module")
def bulk_driver(bulk_server: tuple[Any, Any]) -> Any:
    return bulk_server[1]


@pytest.fixture(scope="module")
def tx_driver(neo4j_driver: Any, gold_graph: Any) -> Any:
    """The session's server, emptied and loaded with the gold graph by the transactional loader."""
    from tests.helpers import wipe

    wipe(neo4j_driver)
    load_graph(neo4j_driver, gold_graph, DATABASE)
    return neo4j_driver


def test_bulk_and_transactional_graphs_are_identical(bulk_driver: Any, tx_driver: Any, gold_graph: Any) -> None:
    nodes, rels = graph_snapshot(bulk_driver)
    graph_nodes_held = [n for n in nodes if not set(n[0]) & set(TALLY_LABELS)]  # the tallies are facts beside the graph
    assert (len(graph_nodes_held), len(rels)) == (gold_graph.number_of_nodes(), gold_graph.number_of_edges())
    assert len(nodes) > len(graph_nodes_held)
    assert (nodes, rels) == graph_snapshot(tx_driver)  # every label, type and property, the tallies included
    for label in NODE_LABELS:
        props = [KEY_PROPERTY[label], *(["name"] if label in ("Country", "Item", "Firm") else [])]
        assert graph_nodes(bulk_driver, label, props) == graph_nodes(tx_driver, label, props), label
    for rel in REL_TYPES:
        props = REL_PROPS.get(rel, [])
        assert graph_rels(bulk_driver, rel, props) == graph_rels(tx_driver, rel, props), rel


def _param_sets(query: Any) -> list[dict[str, Any]]:
    """Each header example's ``--param`` values, and ``{}`` (the defaults) when nothing is required."""
    sets = []
    for example in query.examples:
        words = shlex.split(example)
        sets.append(parse_cli_params(query, [words[i + 1] for i, w in enumerate(words) if w == "--param"]))
    if not any(p.required for p in query.params):
        sets.append({})
    return sets


def _answer(driver: Any, name: str, params: dict[str, Any]) -> str:
    rows = run_query(name, driver, DATABASE, **params).to_dict("records")
    return json.dumps(rows, sort_keys=True, default=str, ensure_ascii=False)


def test_every_canned_query_answers_the_same(bulk_driver: Any, tx_driver: Any) -> None:
    cases = [(q.name, params) for q in list_queries() for params in _param_sets(q)]
    assert {name for name, _ in cases} == {q.name for q in list_queries()}
    differ = [
        (name, params)
        for name, params in cases
        if _answer(bulk_driver, name, params) != _answer(tx_driver, name, params)
    ]
    assert differ == []
    assert _answer(bulk_driver, "in_force_on", {"date": "2025-11-15", "actor": "CHN"}) != "[]"


def test_bulk_refuses_a_database_that_holds_nodes(
    bulk_server: tuple[Any, Any], gold_graph: Any, gold_records: Any
) -> None:
    from policykg.graph.bulk import bulk_load

    held = len(graph_snapshot(bulk_server[1])[0])  # the graph's nodes and its tallies
    assert held > gold_graph.number_of_nodes()
    with pytest.raises(PolicyKGError) as err:
        bulk_load([gold_records], bulk_server[0], DATABASE)
    assert str(err.value) == (
        f"--bulk loads an empty database only; 'neo4j' holds {held} nodes "
        "(add to it with `policykg load`, or start from an empty state folder)"
    )


def test_bulk_with_neo4j_uri_explains_it_needs_the_managed_server(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("NEO4J_URI", "bolt://127.0.0.1:1")
    assert main(["load", "--bulk", str(GOLD[0])]) == 1
    assert capsys.readouterr().err.strip().splitlines()[-1] == (
        "policykg: error: --bulk imports into the managed server's files (`policykg neo4j start`), and NEO4J_URI "
        "names another server; unset NEO4J_URI, or load into that server with `policykg load` (transactional)"
    )


def test_bulk_with_replace_is_refused_before_anything_runs(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["load", "--bulk", "--replace", str(GOLD[0])]) == 1
    assert capsys.readouterr().err.strip().splitlines()[-1] == (
        "policykg: error: --bulk loads an empty database only; --replace is for the transactional load"
    )
