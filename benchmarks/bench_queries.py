"""Latency of every canned query on a large generated graph: median and p95.

Generates the same synthetic graph as ``bench_load`` (default 100,000 events,
its ``make_records`` with its seed), loads it into the configured Neo4j database
unless that database already holds exactly those events (``--reuse``, the
default, checks the event count and a sample of keys), then times each case
through :func:`policykg.queries.run_query` (read routing, DataFrame out, as the
CLI and notebooks use it): a few warm-up runs, then ``--runs`` timed runs.

Cases marked ``filtered`` are anchored on an entity, an event or a narrow
parameter; the goal for them is p95 <= 100 ms.  The others (whole-graph
aggregates and scans) are reported for information.  Not a test: figures depend
on the machine.  Run: ``python -m benchmarks queries`` or
``python -m benchmarks.bench_queries [--events N] [--runs N] [--no-reuse] [--bulk]``.
It REPLACES the policykg graph of the database it uses when it loads.

Large graphs: build them with ``load --bulk`` (:mod:`policykg.graph.bulk`, streamed,
the managed server only), which is what a backfill of that size uses, then time them
with ``--loaded`` (nothing generated or built here: a 1M-event networkx graph would
not fit in memory)::

    python -m benchmarks.realistic 1000000 events-1m.jsonl
    policykg load --bulk events-1m.jsonl
    python -m benchmarks.bench_queries --loaded

``--bulk`` bulk-loads the generated graph of ``--events`` (held in memory: small sizes).
"""

from __future__ import annotations

import argparse
import importlib.resources
import os
import statistics
import time
from typing import Any

from benchmarks.bench_load import make_records

GOAL_MS = 100.0


def case_event(graph: Any) -> str:
    """The key of the event the event cases look up: the smallest key of an event that is not an imposition."""
    event = min(n for n, a in graph.nodes(data=True) if a["label"] == "Event" and a["action"] != "impose")
    return str(graph.nodes[event]["key"])


def loaded_case_event(driver: Any, database: str) -> tuple[str, int]:
    """:func:`case_event` read from an already loaded database (``--loaded``: nothing generated or built)."""
    from policykg.queries import parse_query, run_query

    text = (importlib.resources.files("benchmarks") / "bench_case_event.cypher").read_text("utf-8")
    row = run_query(parse_query("bench_case_event", text, "benchmarks/bench_case_event.cypher"), driver, database)
    return str(row.iloc[0]["key"]), int(row.iloc[0]["n"])


def cases(key: str) -> list[tuple[str, bool, dict[str, Any]]]:
    """(query, filtered?, params) for every query, with ids that exist in the generated graph (event ``key``)."""
    return [
        ("who_restricts", True, {"actor": "C1"}),
        ("who_restricts", True, {"item": "item:i_5", "date_from": "2024-01-01"}),
        ("who_restricts", True, {"target": "org:firm_7"}),
        ("who_restricts", False, {"type": "TARIFF", "action": "impose", "date_from": "2025-06-01"}),
        ("in_force_on", True, {"date": "2024-06-01", "actor": "C1"}),
        ("in_force_on", True, {"date": "2024-06-01", "item": "item:i_5"}),
        ("in_force_on", False, {"date": "2024-06-01", "type": "SANCTION"}),
        ("measure_history", True, {"event": key}),
        ("measure_history", True, {"actor": "C1", "type": "EXPORT_CONTROL", "item": "item:i_5"}),
        ("timeline", True, {"entity": "C1"}),
        ("timeline", True, {"entity": "item:i_5", "date_from": "2025-01-01"}),
        ("retaliation", True, {"entity": "C1", "days": 30}),
        ("retaliation", False, {"days": 7}),
        ("exposure", True, {"item": "item:i_5"}),
        ("evidence", True, {"event": key}),
        ("evidence", True, {"entity": "C1", "other": "item:i_5"}),
        ("neighbourhood", True, {"entity": "item:i_5", "hops": 1}),
        ("neighbourhood", False, {"entity": "item:i_5", "hops": 2}),
        ("top_actors", False, {"type": "TARIFF"}),
        ("top_actors", False, {"date_from": "2025-01-01", "date_to": "2025-03-31"}),
        ("changes_since", True, {"since": "2025-12-28"}),
        ("changes_since", False, {"since": "2025-12-01", "corroborated": True}),
        ("entities", True, {"search": "C1"}),
        ("entities", False, {"entity_type": "Country", "limit": 1000}),
        ("totals", False, {}),
    ]


def ensure_loaded(driver: Any, database: str, graph: Any, reuse: bool, bulk: bool = False, records: Any = None) -> str:
    """Load ``graph`` (replacing the policykg graph) unless the database already holds it.

    XX
        :func:`policykg.graph.bulk.bulk_load` (which restarts the managed server: the
        caller reconnects).
    """
    from policykg.graph.load import clear_graph, load_graph

    keys = sorted(a["key"] for _, a in graph.nodes(data=True) if a["label"] == "Event")
    if reuse and _holds(driver, database, keys):
        return "reused the loaded graph"
    start = time.perf_counter()
    if not bulk:
        load_graph(driver, graph, database, replace=True)
        return f"loaded in {time.perf_counter() - start:.0f} s"
    from policykg.graph import server
    from policykg.graph.bulk import bulk_load, check_managed

    check_managed()
    clear_graph(driver, database)
    bulk_load([records], server.ServerConfig.from_env(), database)
    return f"bulk-loaded in {time.perf_counter() - start:.0f} s"


def _holds(driver: Any, database: str, keys: list[str]) -> bool:
    from policykg.queries import parse_query, run_query

    text = (importlib.resources.files("benchmarks") / "bench_probe.cypher").read_text("utf-8")
    probe = parse_query("bench_probe", text, "benchmarks/bench_probe.cypher")
    sample = keys[:: max(1, len(keys) // 50)]
    row = run_query(probe, driver, database, keys=sample).iloc[0]
    return int(row["n"]) == len(keys) and sorted(row["found"]) == sample


def time_case(driver: Any, database: str, name: str, params: dict[str, Any], runs: int) -> tuple[float, float, int]:
    """(median ms, p95 ms, rows) of ``runs`` timed runs after three warm-up runs."""
    from policykg.queries import run_query

    for _ in range(3):
        n_rows = len(run_query(name, driver, database, **params))
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        run_query(name, driver, database, **params)
        times.append((time.perf_counter() - start) * 1000)
    p95 = statistics.quantiles(times, n=20, method="inclusive")[-1]
    return statistics.median(times), p95, n_rows


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--events", type=int, default=int(os.environ.get("POLICYKG_BENCH_EVENTS", "100000")))
    parser.add_argument("--runs", type=int, default=30)
    parser.add_argument("--no-reuse", dest="reuse", action="store_false")
    parser.add_argument(
        "--bulk", action="store_true", default=bool(os.environ.get("POLICYKG_BENCH_BULK")), help="load with --bulk"
    )
    parser.add_argument(
        "--loaded",
        action="store_true",
        help="time the graph the database already holds (e.g. `policykg load --bulk` of a generated file): "
        "nothing is generated, built or loaded",
    )
    args = parser.parse_args([] if argv is None else argv)  # python -m benchmarks passes no argv
    from policykg.graph import neo4j
    from policykg.graph.build import build_graph

    database = neo4j.database()
    if args.loaded:
        with neo4j.driver() as driver:
            key, n_events = loaded_case_event(driver, database)
        print(f"the loaded graph: {n_events} events that are not impositions")
    else:
        records = make_records(args.events)
        graph = build_graph(records)
        key = case_event(graph)
        with neo4j.driver() as driver:
            how = ensure_loaded(driver, database, graph, args.reuse, args.bulk, records)
            print(f"{args.events} generated events: {how}")
    with neo4j.driver() as driver:  # a new driver: a bulk load restarted the server
        rows = [
            (name, filtered, params, *time_case(driver, database, name, params, args.runs))
            for name, filtered, params in cases(key)
        ]
    print_table(rows)
    slow = [r for r in rows if r[1] and r[4] > GOAL_MS]
    print(f"filtered cases over the p95 goal of {GOAL_MS:.0f} ms: {len(slow)} of {sum(1 for r in rows if r[1])}")
    return 0


def print_table(rows: list[tuple[Any, ...]]) -> None:
    header = ("query", "kind", "parameters", "median ms", "p95 ms", "rows")
    lines = [header] + [
        (
            name,
            "filtered" if filtered else "scan",
            ", ".join(f"{k}={v}" for k, v in params.items()),
            f"{median:.1f}",
            f"{p95:.1f}",
            str(n),
        )
        for name, filtered, params, median, p95, n in rows
    ]
    widths = [max(len(line[i]) for line in lines) for i in range(len(header))]
    for line in lines:
        print("  ".join(c.rjust(w) if i >= 3 else c.ljust(w) for i, (c, w) in enumerate(zip(line, widths))))


if __name__ == "__main__":
    import sys

    sys.exit(main(sys.argv[1:]))
