"""Shared fixtures: the real Neo4j server for integration tests.

``neo4j_driver`` (session): a verified driver to the server named by ``NEO4J_URI``
(and ``NEO4J_USERNAME`` / ``NEO4J_PASSWORD`` / ``NEO4J_DATABASE``) or, when that is
unset, to the managed server, which it starts if needed (``policykg neo4j start``)
and leaves running.  If the server cannot be reached or started the test FAILS
with the reason; it never skips.

``clean_db`` (function): the same driver, after deleting every node and
relationship and dropping every constraint and user index, so each test starts
from an empty database.

Graph assertions: ``from tests.helpers import graph_nodes, graph_rels``.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # so "tests.helpers" imports

from tests.helpers import wipe  # noqa: E402


@pytest.fixture(scope="session")
def neo4j_driver() -> Iterator[Any]:
    """A verified driver to the test server (managed, started if needed, or NEO4J_URI's)."""
    from policykg import PolicyKGError
    from policykg.graph import neo4j as kg_neo4j
    from policykg.graph import server

    cfg = server.ServerConfig.from_env()
    started = False
    try:
        if not os.environ.get("NEO4J_URI"):
            started = server.start(cfg)
        drv = kg_neo4j.connect()
    except PolicyKGError as exc:
        pytest.fail(f"Neo4j is needed for this test and is not available: {exc}", pytrace=False)
    yield drv
    drv.close()
    if started:  # leave a server we found running as it was; stop the one we started
        server.stop(cfg)


@pytest.fixture()
def clean_db(neo4j_driver: Any) -> Any:
    """The session driver on an emptied database (no nodes, relationships, constraints, indexes)."""
    wipe(neo4j_driver)
    return neo4j_driver
