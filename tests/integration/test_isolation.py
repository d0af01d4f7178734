"""The test suite and ``load --replace`` never touch a user's data (issue 9).

A "user" managed instance (own state folder and port, the shared jar cache) gets a
sentinel node.  A nested pytest session then runs a test that wipes its database,
with the user's ``POLICYKG_STATE_DIR``, ``POLICYKG_NEO4J_BOLT_PORT`` and ``NEO4J_URI``
/ ``NEO4J_PASSWORD`` all pointing at that instance, as a user's shell would have
them: the sentinel survives, because the tests run on a disposable instance of
their own.  Naming the user's server as the *test* server refuses with one line.
"""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from tests.helpers import cypher, free_port, private_server_env
from tests.reaper import alive

pytestmark = [pytest.mark.neo4j, pytest.mark.slow]

ROOT = Path(__file__).resolve().parents[2]
SENTINEL = "keep me: a year of the user's articles"
NESTED_TEST = "tests/integration/test_load.py::test_replace_clears_and_reloads"


def _count(drv: Any, database: str = "neo4j") -> tuple[int, int]:
    records, _, _ = drv.execute_query(cypher("count_nodes"), name=SENTINEL, database_=database)
    return records[0]["sentinels"], records[0]["nodes"]


@pytest.fixture(scope="module")
def user_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[dict[str, str], Any]]:
    """A user's managed instance holding one sentinel node, and the user's shell variables for it."""
    from policykg.graph import neo4j as kg_neo4j
    from policykg.graph import server

    port = free_port()
    private = private_server_env(tmp_path_factory.mktemp("user-state"), port)
    cfg = server.ServerConfig.from_env({**os.environ, **private})
    server.start(cfg)
    settings = kg_neo4j.managed_settings(cfg)
    user_env = {**private, "NEO4J_URI": cfg.uri, "NEO4J_USERNAME": "neo4j", "NEO4J_PASSWORD": settings.password}
    try:
        with kg_neo4j.driver(settings) as drv:
            drv.execute_query(cypher("create_sentinel"), name=SENTINEL, database_="neo4j")
            yield user_env, drv
    finally:
        server.stop(cfg)


def _nested_pytest(env: dict[str, str], *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", *args],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=900,
    )


def test_a_test_run_leaves_the_users_managed_and_named_servers_alone(user_server) -> None:
    user_env, drv = user_server
    proc = _nested_pytest({**os.environ, **user_env}, NESTED_TEST)
    assert proc.returncode == 0, proc.stdout[-2000:] + proc.stderr[-2000:]
    assert "1 passed" in proc.stdout
    assert _count(drv) == (1, 1)  # the sentinel, and nothing the tests loaded


def test_a_named_test_server_holding_other_data_is_refused(user_server) -> None:
    user_env, drv = user_server
    named = {
        "POLICYKG_TEST_NEO4J_URI": user_env["NEO4J_URI"],
        "POLICYKG_TEST_NEO4J_PASSWORD": user_env["NEO4J_PASSWORD"],
    }
    proc = _nested_pytest({**os.environ, **named}, NESTED_TEST)
    assert proc.returncode == 1
    refusal = [line for line in (proc.stdout + proc.stderr).splitlines() if "refusing to run the tests" in line]
    assert len(refusal) == 1 and "holds 1 node(s) the tests did not create" in refusal[0]
    assert user_env["NEO4J_PASSWORD"] not in proc.stdout + proc.stderr
    assert _count(drv) == (1, 1)


def test_load_replace_deletes_only_policykg_nodes(clean_db: Any, capsys: pytest.CaptureFixture[str]) -> None:
    from policykg.cli import main
    from policykg.graph.neo4j import database

    clean_db.execute_query(cypher("create_sentinel"), name=SENTINEL, database_=database())
    fixture = str(ROOT / "tests" / "data" / "events_fixture.jsonl")
    assert main(["load", fixture]) == 0
    loaded = _count(clean_db, database())[1]
    assert main(["load", "--replace", fixture]) == 0
    assert f"{loaded - 1} nodes deleted" in capsys.readouterr().out
    assert _count(clean_db, database()) == (1, loaded)


def test_a_killed_test_session_leaves_no_server_behind(tmp_path: Path) -> None:
    from policykg.graph import server

    env = {**os.environ, "TMPDIR": str(tmp_path)}
    proc = subprocess.Popen(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", NESTED_TEST],
        cwd=ROOT,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    state = _wait_for_state_dir(tmp_path, proc)
    cfg = server.ServerConfig.from_env({**os.environ, "POLICYKG_STATE_DIR": str(state)})
    _wait_until(lambda: server.running_pid(cfg) is not None, proc)
    pid = server.running_pid(cfg)
    proc.kill()  # no teardown runs
    proc.wait()
    _wait_until(lambda: pid is not None and not alive(pid), None, timeout=120)
    _wait_until(lambda: not state.exists(), None, timeout=30)


def _wait_for_state_dir(tmp: Path, proc: subprocess.Popen) -> Path:
    found: list[Path] = []
    _wait_until(lambda: bool(found.extend(tmp.glob("policykg-test-*/state")) or found), proc)
    return found[0]


def _wait_until(check: Any, proc: subprocess.Popen | None, timeout: float = 600) -> None:
    import time

    deadline = time.monotonic() + timeout
    while not check():
        assert proc is None or proc.poll() is None, "the nested session ended early"
        assert time.monotonic() < deadline, "timed out waiting"  # a hang guard, not a speed test
        time.sleep(0.5)
