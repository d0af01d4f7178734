"""Test helpers for graph assertions on the real Neo4j server.

Every graph assertion becomes one set equality::

    assert graph_nodes(drv, "Country", ["id", "name"]) == {("CHN", "China"), ("USA", "United States")}
    assert graph_rels(drv, "ACTOR", ["position"]) == {("CHN", "event:ab12", 0)}

The Cypher lives in ``tests/cypher/*.cypher``; labels and types are parameters.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from pathlib import Path
from typing import Any

CYPHER_DIR = Path(__file__).parent / "cypher"
# The label of the node that marks a user-named test database as the tests' own.
TEST_MARKER = "PolicykgTestMarker"


def cypher(name: str) -> str:
    """The text of ``tests/cypher/<name>.cypher`` without its ``//`` header lines."""
    text = (CYPHER_DIR / f"{name}.cypher").read_text(encoding="utf-8")
    return "\n".join(line for line in text.splitlines() if not line.lstrip().startswith("//")).strip()


def _database() -> str:
    from policykg.graph import neo4j as kg_neo4j

    return kg_neo4j.database()


def _hashable(value: Any) -> Any:
    if isinstance(value, list):
        return tuple(_hashable(v) for v in value)
    return value


def _rows(driver: Any, name: str, **params: Any) -> set[tuple]:
    records, _, _ = driver.execute_query(cypher(name), params, database_=_database())
    return {_hashable(record["row"]) for record in records}


def graph_nodes(driver: Any, label: str, props: Sequence[str]) -> set[tuple]:
    """``{(props...)}`` for every node with ``label``; a missing property is None."""
    return _rows(driver, "graph_nodes", label=label, props=list(props))


def graph_rels(driver: Any, rel_type: str, props: Sequence[str] = ()) -> set[tuple]:
    """``{(start key, end key, props...)}`` for every ``rel_type`` relationship."""
    return _rows(driver, "graph_rels", rel_type=rel_type, props=list(props))


def wipe(driver: Any) -> None:
    """Delete all nodes (but the test marker) and relationships, then every constraint and user index."""
    db = _database()
    driver.execute_query(cypher("wipe_graph"), label=TEST_MARKER, database_=db)
    for name, drop in (("list_constraints", "drop_constraint"), ("list_indexes", "drop_index")):
        records, _, _ = driver.execute_query(cypher(name), database_=db)
        for record in records:
            driver.execute_query(cypher(drop), {"name": record["name"]}, database_=db)


# ---------------------------------------------------------------- the session's own server

# Variables of the user's that would point the tests at the user's data.
USER_SERVER_VARS = (
    "NEO4J_URI",
    "NEO4J_USERNAME",
    "NEO4J_PASSWORD",
    "NEO4J_DATABASE",
    "POLICYKG_STATE_DIR",
    "POLICYKG_CORRECTIONS",
    "XDG_STATE_HOME",
    "POLICYKG_NEO4J_BOLT_PORT",
    "POLICYKG_NEO4J_HEAP",
    "POLICYKG_NEO4J_PAGECACHE",
)
TEST_SERVER_PREFIX = "POLICYKG_TEST_NEO4J_"


def isolate_environment(env: Any, scratch: Path) -> None:
    """Rewrite ``env`` in place so nothing in the test session can reach the user's server.

    Without ``POLICYKG_TEST_NEO4J_URI`` the managed-server code is pointed at a fresh
    state folder under ``scratch`` and a free loopback port; with it, the ``NEO4J_*``
    variables are set from the ``POLICYKG_TEST_NEO4J_*`` ones.

    >>> env = {"NEO4J_URI": "bolt://users-db:7687", "NEO4J_PASSWORD": "x", "POLICYKG_STATE_DIR": "~/state"}
    >>> isolate_environment(env, Path("scratch"))
    >>> sorted(k for k in env if k.startswith("NEO4J")), env["POLICYKG_STATE_DIR"]
    ([], 'scratch/state')
    """
    test_vars = {
        key.removeprefix(TEST_SERVER_PREFIX): env[key]
        for key in list(env)
        if key.startswith(TEST_SERVER_PREFIX) and env[key]
    }
    for key in USER_SERVER_VARS:
        env.pop(key, None)
    env["POLICYKG_CORRECTIONS"] = str(scratch / "corrections.jsonl")  # never the user's corrections
    if test_vars.get("URI"):
        env.update({f"NEO4J_{name}": value for name, value in test_vars.items()})
        return
    env["POLICYKG_STATE_DIR"] = str(scratch / "state")
    env["POLICYKG_NEO4J_BOLT_PORT"] = str(free_port())


def claim_test_database(driver: Any) -> str | None:
    """Mark a user-named test database as the tests' own; the refusal line if it holds other data.

    An empty database gets a ``TEST_MARKER`` node; a database with that node was
    claimed by an earlier test session; anything else is someone's data.
    """
    db = _database()
    records, _, _ = driver.execute_query(cypher("claim_test_database"), label=TEST_MARKER, database_=db)
    record = records[0]
    if record["marked"] or record["others"] == 0:
        return None
    uri = os.environ.get("NEO4J_URI", "")
    return (
        f"refusing to run the tests on {uri} (POLICYKG_TEST_NEO4J_URI): database {db!r} holds "
        f"{record['others']} node(s) the tests did not create; name an empty database instead"
    )


# ---------------------------------------------------------------- a private managed instance


def free_port() -> int:
    """A TCP port on 127.0.0.1 that nothing listens on right now."""
    import socket

    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def private_server_env(state_dir: Path, port: int) -> dict[str, str]:
    """Environment selecting a second managed instance (own state dir and port, shared jars)."""
    return {
        "POLICYKG_STATE_DIR": str(state_dir),
        "POLICYKG_NEO4J_BOLT_PORT": str(port),
        "POLICYKG_NEO4J_HEAP": "512m",
        "POLICYKG_NEO4J_PAGECACHE": "64m",
    }


def listening_addresses(pid: int) -> set[tuple[str, int]]:
    """``{(ip, port)}`` of the TCP sockets process ``pid`` listens on (IPv4-mapped shown as IPv4)."""
    import psutil

    return {
        (c.laddr.ip.removeprefix("::ffff:"), c.laddr.port)
        for c in psutil.Process(pid).net_connections(kind="tcp")
        if c.status == psutil.CONN_LISTEN
    }


def graph_snapshot(driver: Any) -> tuple[list[tuple], list[tuple]]:
    """The whole graph as sorted node and relationship tuples (labels/type, key, properties)."""
    db = _database()

    def frozen(props: dict[str, Any]) -> tuple:
        return tuple(sorted((k, _hashable(v)) for k, v in props.items()))  # keys are unique

    nodes, _, _ = driver.execute_query(cypher("snapshot_nodes"), label=TEST_MARKER, database_=db)
    rels, _, _ = driver.execute_query(cypher("snapshot_rels"), database_=db)
    node_rows = sorted(((tuple(sorted(r["labels"])), frozen(r["props"])) for r in nodes), key=repr)
    rel_rows = sorted(((r["type"], r["src"], r["dst"], frozen(r["props"])) for r in rels), key=repr)
    return node_rows, rel_rows


REPO = Path(__file__).resolve().parents[1]
HELDOUT_DIR = REPO / "tests" / "data" / "heldout"
# Articles in every reader format, more than one chunk (16) of them, so --jobs 2 / Dask really use workers.
MULTI_FORMAT_INPUTS = [
    str(REPO / "data" / "corpus"),
    str(HELDOUT_DIR / "articles.txt"),
    str(HELDOUT_DIR / "articles.jsonl"),
    str(HELDOUT_DIR / "b"),
]
