"""Database faults on the real server: down, wrong password, killed during a load.

Commands run through ``policykg.cli.main`` (or ``python -m policykg`` when the
server must be killed under a running load).  A private managed instance (own
state dir and port, shared jars) takes the kill and the failed logins, so the
shared server and its ``neo4j`` user (locked for a few seconds after repeated
failed logins) are never disturbed.
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

import pytest

from policykg.cli import main
from policykg.graph import neo4j as kg_neo4j
from policykg.graph import server
from policykg.graph.build import build_graph
from policykg.graph.events_io import read_events
from policykg.graph.tallies import TALLY_LABELS
from tests.helpers import free_port, graph_snapshot, private_server_env, wipe

pytestmark = pytest.mark.neo4j
REPO = Path(__file__).resolve().parents[2]
EVENTS = REPO / "tests" / "data" / "events_fixture.jsonl"
SECRET = "NotTheRealPassword-7fQ2"
DOWN = "start it with `policykg neo4j start`, or check NEO4J_URI"
# What a command prints before it needs the server (load reads its input first).
# What a command prints before the error: nothing (load streams; it connects before it reads).
BEFORE: dict[str, str] = {}


def commands(tmp: Path) -> dict[str, list[str]]:
    """Every command that needs the server, with arguments that are valid otherwise."""
    return {
        "load": ["load", str(EVENTS)],
        "export": ["export", "--from-neo4j", "--format", "json", "--out", str(tmp / "g.json")],
        "query": ["query", "top_actors"],
        "view": ["view", "--from-neo4j", "--out", str(tmp / "views")],
    }


@pytest.fixture(scope="module")
def private(tmp_path_factory: pytest.TempPathFactory) -> Iterator[server.ServerConfig]:
    env = private_server_env(tmp_path_factory.mktemp("neo4j-faults"), free_port())
    cfg = server.ServerConfig.from_env(env)
    server.start(cfg)
    yield cfg
    server.stop(cfg)


def _use_server(mp: pytest.MonkeyPatch, uri: str, password: str) -> None:
    mp.setenv("NEO4J_URI", uri)
    mp.setenv("NEO4J_USERNAME", "neo4j")
    mp.setenv("NEO4J_PASSWORD", password)
    mp.delenv("NEO4J_DATABASE", raising=False)


@pytest.mark.parametrize("name", ["load", "export", "query", "view"])
def test_server_down_is_one_line_with_the_remedy(name, tmp_path, monkeypatch, capsys):
    uri = f"bolt://127.0.0.1:{free_port()}"
    _use_server(monkeypatch, uri, SECRET)
    code = main(commands(tmp_path)[name])
    out, err = capsys.readouterr()
    assert (code, out, err) == (1, BEFORE.get(name, ""), f"policykg: error: Neo4j is not reachable at {uri}: {DOWN}\n")


def test_managed_server_down_names_the_managed_uri(tmp_path, monkeypatch, capsys):
    port = free_port()
    for key, value in private_server_env(tmp_path, port).items():
        monkeypatch.setenv(key, value)
    monkeypatch.delenv("NEO4J_URI", raising=False)
    (tmp_path / "neo4j").mkdir()
    (tmp_path / "neo4j" / "password").write_text(SECRET + "\n")
    assert main(["query", "top_actors"]) == 1
    out, err = capsys.readouterr()
    assert (out, err) == ("", f"policykg: error: Neo4j is not reachable at bolt://127.0.0.1:{port}: {DOWN}\n")


def test_managed_server_never_started(tmp_path, monkeypatch, capsys):
    for key, value in private_server_env(tmp_path, free_port()).items():
        monkeypatch.setenv(key, value)
    monkeypatch.delenv("NEO4J_URI", raising=False)
    assert main(["export", "--from-neo4j", "--format", "json", "--out", str(tmp_path / "g.json")]) == 1
    out, err = capsys.readouterr()
    assert (out, err) == (
        "",
        f"policykg: error: Neo4j is not set up at {tmp_path / 'neo4j'}: start it with "
        "`policykg neo4j start`, or set NEO4J_URI\n",
    )


def test_unhandled_server_error_inside_driver_block_is_one_line(neo4j_driver):
    from policykg import PolicyKGError
    from tests.helpers import cypher

    uri = kg_neo4j.settings().uri
    with pytest.raises(PolicyKGError) as info, kg_neo4j.driver() as drv:
        drv.execute_query(cypher("divide_by"), divisor=0, database_=kg_neo4j.database())
    assert str(info.value) == (
        f"Neo4j at {uri} refused an operation: Neo.ClientError.Statement.ArithmeticError: / by zero"
    )


# ---------------------------------------------------------------- killed during a load


def synthetic_events(path: Path, n_articles: int) -> Path:
    """A large, valid events JSONL: overlapping entities, some events reported twice."""
    countries = ["CHN", "USA", "JPN", "DEU", "NLD", "KOR", "IND", "BRA"]
    items = [f"item:good_{k:02d}" for k in range(40)]
    types = ["EXPORT_CONTROL", "TARIFF", "SANCTION", "IMPORT_RESTRICTION"]
    with path.open("w", encoding="utf-8") as out:
        for i in range(n_articles):
            j = i // 2  # articles 2j and 2j+1 report the same event
            actor, target, item = countries[j % 8], countries[(j * 3 + 1) % 8], items[j % 40]
            day = f"2025-{1 + (i // 2) % 12:02d}-{1 + (i // 24) % 28:02d}"  # pairs of articles share an event
            title = f"{actor} measure {i // 2} on {item} against {target}"
            record = {
                "article_id": f"synthetic{i:05d}",
                "title": title,
                "source": f"Wire {i % 5}",
                "published": f"{day}T09:00:00",
                "url": None,
                "lang": "en",
                "entities": [
                    {"id": actor, "type": "Country", "name": actor},
                    {"id": target, "type": "Country", "name": target},
                    {"id": item, "type": "Item", "name": item.split(":")[1], "kind": "product"},
                ],
                "events": [
                    {
                        "type": types[(i // 2) % 4],
                        "action": "impose",
                        "actors": [actor],
                        "items": [item],
                        "targets": [target] if target != actor else [],
                        "date": day,
                        "until": None,
                        "value": None,
                        "evidence": title,
                    }
                ],
            }
            out.write(json.dumps(record) + "\n")
    return path


def _load_process(events: Path, env: dict[str, str]) -> subprocess.Popen:
    return subprocess.Popen(
        [sys.executable, "-m", "policykg", "load", str(events), "--batch-size", "200"],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def _count(drv, label: str) -> int:
    from tests.helpers import graph_nodes

    return len(graph_nodes(drv, label, ["article_id"]))


@pytest.mark.slow
def test_server_killed_during_load_then_rerun_equals_a_clean_load(private, tmp_path, monkeypatch):
    events = synthetic_events(tmp_path / "big.jsonl", 1200)
    password = server.read_password(private)
    _use_server(monkeypatch, private.uri, password)
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    expected = Counter(data["label"] for _, data in build_graph(read_events(events).records).nodes(data=True))

    with kg_neo4j.driver() as drv:
        wipe(drv)
        loader = _load_process(events, env)
        deadline = time.monotonic() + 120
        while _count(drv, "Article") < 200 and loader.poll() is None and time.monotonic() < deadline:
            time.sleep(0.1)
    assert loader.poll() is None, "the load finished before the server could be killed; make it larger"
    os.kill(int(private.pid_file.read_text()), signal.SIGKILL)
    _, err = loader.communicate(timeout=120)
    assert loader.returncode == 1
    assert err.splitlines()[-1] == (
        f"policykg: error: lost the connection to Neo4j at {private.uri}: {DOWN}; then run the command again"
    )
    assert "Traceback" not in err

    assert server.start(private) is True  # recovery of the killed database happens here
    rerun = subprocess.run(_load_process(events, env).args, env=env, capture_output=True, text=True, timeout=300)
    assert rerun.returncode == 0, rerun.stderr
    with kg_neo4j.driver() as drv:
        after_kill = graph_snapshot(drv)
        wipe(drv)
    clean = subprocess.run(_load_process(events, env).args, env=env, capture_output=True, text=True, timeout=300)
    assert clean.returncode == 0, clean.stderr
    with kg_neo4j.driver() as drv:
        single = graph_snapshot(drv)

    graph_labels = (labels for labels, _ in single[0] if not set(labels) & set(TALLY_LABELS))  # tallies: bookkeeping
    assert Counter(next(lab for lab in labels if lab != "Entity") for labels in graph_labels) == expected
    assert (len(after_kill[0]), len(after_kill[1])) == (len(single[0]), len(single[1]))
    assert after_kill == single


@pytest.mark.slow
def test_concurrent_overlapping_loads_equal_sequential_loads(private, tmp_path, monkeypatch):
    lines = synthetic_events(tmp_path / "all.jsonl", 600).read_text(encoding="utf-8").splitlines(keepends=True)
    first, second = tmp_path / "first.jsonl", tmp_path / "second.jsonl"
    first.write_text("".join(lines[:400]), encoding="utf-8")  # articles 200..399 are in both files
    second.write_text("".join(lines[200:]), encoding="utf-8")
    _use_server(monkeypatch, private.uri, server.read_password(private))
    env = {**os.environ, "PYTHONPATH": str(REPO)}

    def snapshot_after(run_together: bool) -> tuple:
        with kg_neo4j.driver() as drv:
            wipe(drv)  # no schema either: the two loads also race to create it (must both succeed)
        if run_together:
            loaders = [_load_process(path, env) for path in (first, second)]
            results = [(p.wait(timeout=300), p.communicate()[1]) for p in loaders]
        else:
            results = []
            for path in (first, second):
                p = _load_process(path, env)
                results.append((p.wait(timeout=300), p.communicate()[1]))
        assert [code for code, _ in results] == [0, 0], [err for _, err in results]
        with kg_neo4j.driver() as drv:
            return graph_snapshot(drv)

    together, one_after_other = snapshot_after(True), snapshot_after(False)
    assert (len(together[0]), len(together[1])) == (len(one_after_other[0]), len(one_after_other[1]))
    assert together == one_after_other


# ---------------------------------------------------------------- wrong password (last: it locks the user)


@pytest.mark.parametrize("name", ["load", "export", "query", "view"])
def test_wrong_password_is_a_clear_auth_error(name, private, tmp_path, monkeypatch, capsys):
    kg_neo4j.connect(kg_neo4j.managed_settings(private)).close()  # a good login resets the failure count
    _use_server(monkeypatch, private.uri, SECRET)
    code = main(commands(tmp_path)[name])
    out, err = capsys.readouterr()
    assert (code, out, err) == (
        1,
        BEFORE.get(name, ""),
        f"policykg: error: authentication failed for user 'neo4j' at {private.uri} (check NEO4J_PASSWORD)\n",
    )
    assert SECRET not in out + err


def test_repeated_wrong_passwords_are_rate_limited_with_a_clear_error(private):
    kg_neo4j.connect(kg_neo4j.managed_settings(private)).close()
    bad = kg_neo4j.Settings(uri=private.uri, username="neo4j", password=SECRET)
    messages = []
    for _ in range(4):
        with pytest.raises(kg_neo4j.Neo4jAuthError) as info:
            kg_neo4j.connect(bad)
        messages.append(str(info.value))
    plain = f"authentication failed for user 'neo4j' at {private.uri} (check NEO4J_PASSWORD"
    assert messages == [plain + ")"] * 3 + [
        plain + "; after repeated failures the server refuses this user for a few seconds)"
    ]
