"""Database faults during loads (issue 6): concurrent overlapping loads, a server killed mid-load.

Both end in exactly the graph of a clean sequential load: every write is an
idempotent MERGE on a uniquely constrained key, corroboration and lifecycle are
recomputed from what is stored, and transient errors (deadlocks between the
concurrent loads) are retried by the driver's managed transactions.
"""

from __future__ import annotations

import os
import signal
import threading
import time

import pytest
from neo4j.exceptions import ServiceUnavailable, SessionExpired

from benchmarks.bench_load import make_records
from policykg.graph.build import build_graph
from policykg.graph.load import clear_graph, load_graph, read_graph
from tests.helpers import free_port, private_server_env

pytestmark = pytest.mark.neo4j


def snapshot(graph):
    nodes = sorted((n, tuple(sorted(a.items()))) for n, a in graph.nodes(data=True))
    edges = sorted((u, v, k, tuple(sorted(d.items()))) for u, v, k, d in graph.edges(keys=True, data=True))
    return nodes, edges


@pytest.fixture
def db(clean_db):
    from policykg.graph import neo4j

    return clean_db, neo4j.database()


def test_concurrent_overlapping_loads_equal_sequential(db):
    driver, database = db
    records = make_records(1200, seed=3)  # 600 articles; the two batches share 200 of them
    first, second = build_graph(records[:400]), build_graph(records[200:])
    load_graph(driver, first, database, batch_size=50)
    load_graph(driver, second, database, batch_size=50)
    sequential = snapshot(read_graph(driver, database))
    assert sequential == snapshot(build_graph(records))

    clear_graph(driver, database)
    errors: list[BaseException] = []

    def load(graph):
        try:
            load_graph(driver, graph, database, batch_size=50)
        except BaseException as exc:  # reported below, with the other thread's outcome
            errors.append(exc)

    threads = [threading.Thread(target=load, args=(g,)) for g in (first, second)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert errors == []
    assert snapshot(read_graph(driver, database)) == sequential


@pytest.mark.slow
def test_server_killed_mid_load_then_rerun_equals_clean_load(tmp_path):
    """kill -9 of a private managed instance during a large load, restart, re-run the load."""
    from policykg.graph import neo4j, server

    cfg = server.ServerConfig.from_env({**os.environ, **private_server_env(tmp_path / "state", free_port())})
    graph = build_graph(make_records(8_000, seed=5))
    expected = snapshot(graph)
    total_rows = graph.number_of_nodes() + graph.number_of_edges()
    try:
        server.start(cfg)
        pid = server.running_pid(cfg)
        written = 0

        def kill_midway(n: int) -> None:
            nonlocal written
            written += n
            if written >= total_rows * 0.4 and server.running_pid(cfg) is not None:
                os.kill(pid, signal.SIGKILL)
                while server.running_pid(cfg) is not None:
                    time.sleep(0.1)

        with neo4j.driver(neo4j.managed_settings(cfg)) as drv, pytest.raises((ServiceUnavailable, SessionExpired)):
            load_graph(drv, graph, "neo4j", batch_size=500, progress=kill_midway)
        assert server.start(cfg) is True  # recovered from the killed store
        with neo4j.driver(neo4j.managed_settings(cfg)) as drv:
            partial = read_graph(drv, "neo4j")
            assert 0 < partial.number_of_nodes() + partial.number_of_edges() < total_rows
            load_graph(drv, graph, "neo4j", batch_size=500)
            rerun = snapshot(read_graph(drv, "neo4j"))
            clear_graph(drv, "neo4j")
            load_graph(drv, graph, "neo4j", batch_size=500)
            clean = snapshot(read_graph(drv, "neo4j"))
        assert (len(rerun[0]), len(rerun[1])) == (len(clean[0]), len(clean[1]))
        assert rerun == clean == expected
    finally:
        server.stop(cfg)
