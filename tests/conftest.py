"""Shared fixtures: a disposable Neo4j server of the test session's own.

The tests never touch a user's data.  Before any test runs, :func:`pytest_configure`
rewrites this process's environment (which every CLI subprocess of the tests
inherits):

* the user's ``NEO4J_URI`` / ``NEO4J_USERNAME`` / ``NEO4J_PASSWORD`` / ``NEO4J_DATABASE``,
  ``POLICYKG_STATE_DIR``, ``XDG_STATE_HOME`` and the ``POLICYKG_NEO4J_*`` instance
  settings are removed;
* ``POLICYKG_STATE_DIR`` points to a fresh temporary folder and
  ``POLICYKG_NEO4J_BOLT_PORT`` to a free loopback port, so the managed-server code
  starts a throwaway instance there (sharing only the jar cache);
* or, when the user names a test server with ``POLICYKG_TEST_NEO4J_URI`` (and
  ``POLICYKG_TEST_NEO4J_USERNAME`` / ``_PASSWORD`` / ``_DATABASE``), that server is
  used, but only if its database is empty or carries the marker node a previous
  test session wrote (:func:`tests.helpers.claim_test_database`); otherwise the
  session stops with a one-line refusal and nothing is deleted.

``neo4j_driver`` (session): a verified driver to that server; it starts the
disposable instance and stops it at the end.  It fails with the reason, never skips.
A detached watcher (:mod:`tests.reaper`) stops the instance and deletes the scratch
folder if the session is killed before its teardown runs.
``clean_db`` (function): the same driver on an emptied database.

Graph assertions: ``from tests.helpers import graph_nodes, graph_rels``.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))  # so "tests.helpers" imports

from tests.helpers import claim_test_database, isolate_environment, wipe  # noqa: E402

_SCRATCH: Path | None = None


def pytest_configure(config: pytest.Config) -> None:
    """Point the whole session (and its subprocesses) at test-only Neo4j settings."""
    global _SCRATCH
    _SCRATCH = Path(tempfile.mkdtemp(prefix="policykg-test-"))
    isolate_environment(os.environ, _SCRATCH)


def pytest_unconfigure(config: pytest.Config) -> None:
    """Remove the session's scratch folder (the disposable instance is stopped by then)."""
    if _SCRATCH is not None:
        shutil.rmtree(_SCRATCH, ignore_errors=True)


@pytest.fixture(scope="session")
def neo4j_driver() -> Iterator[Any]:
    """A verified driver to the session's own server (started here and stopped at the end)."""
    from policykg import PolicyKGError
    from policykg.graph import neo4j as kg_neo4j
    from policykg.graph import server

    cfg = server.ServerConfig.from_env()
    started = False
    try:
        if not kg_neo4j.uses_external():
            _start_reaper()
            started = server.start(cfg)
        drv = kg_neo4j.connect()
    except PolicyKGError as exc:
        pytest.fail(f"Neo4j is needed for this test and is not available: {exc}", pytrace=False)
    refusal = claim_test_database(drv) if kg_neo4j.uses_external() else None
    if refusal:
        drv.close()
        pytest.exit(refusal, returncode=1)
    yield drv
    drv.close()
    if started:
        server.stop(cfg)


def _start_reaper() -> None:
    """A detached watcher that stops the disposable server if this session dies without teardown."""
    args = [sys.executable, "-m", "tests.reaper", str(os.getpid()), os.environ["POLICYKG_STATE_DIR"], str(_SCRATCH)]
    subprocess.Popen(
        args,
        cwd=ROOT,
        start_new_session=True,
        stdin=subprocess.DEVNULL,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )


@pytest.fixture()
def clean_db(neo4j_driver: Any) -> Any:
    """The session driver on an emptied database (no nodes, relationships, constraints, indexes)."""
    wipe(neo4j_driver)
    return neo4j_driver
