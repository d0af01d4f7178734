"""Latency of every canned query on a large graph: median and p95.

Generates the same synthetic graph as ``bench_load`` (default 100,000 events,
its ``make_records`` with its seed), loads it into the configured Neo4j database
unless that database already holds exactly those events (``--reuse``, the
default, checks the event count and a sample of keys), then times each case
through :func:`policykg.queries.run_query` (read routing, DataFrame out, as the
CLI and notebooks use it): a few warm-up runs, then ``--runs`` timed runs.
``--loaded`` skips the generation and the load and times the graph the database
already holds (built beforehand, for example by ``policykg load --bulk``).

The cases are anchored on the heavy ids of the loaded graph, read from it
(``bench_pick.cypher``): the dominant actor (``C0`` in generated data, 37 % of
events), the most frequent item and target, the actor's busiest measure.  Lists
of the dominant actor are asked for a recent window, as an analyst reads them.
Cases marked ``filtered`` are anchored on an entity, an event or a narrow
parameter; the others are whole-graph aggregates and scans.  The goal is p95 <=
100 ms.  Not a test: figures depend on the machine.  Run: ``python -m benchmarks
queries`` or ``python -m benchmarks.bench_queries [--events N] [--runs N]
[--no-reuse] [--bulk] [--loaded]``.  It REPLACES the policykg graph of the
database it uses when it loads (never with ``--loaded``).

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
import math
import os
import statistics
import time
from typing import Any

from benchmarks.bench_load import make_records

GOAL_MS = 100.0


def pick_ids(driver: Any, database: str) -> dict[str, str]:
    """The heavy ids of the loaded graph (``bench_pick.cypher``): the dominant actor, its busiest measure, ...

    Picked from the database, so a generated graph and one loaded beforehand
    (``--loaded``) get the same cases: the dominant actor (``C0`` in generated data,
    37 % of events), the most frequent item and target, the actor's most frequent
    type, its measure with the most acts (``event``) and an act on it (``act``).
    """
    from policykg.queries import run_query

    row = run_query(_bench_query("bench_pick"), driver, database).iloc[0]
    return {k: str(v) for k, v in row.items()}


def cases(ids: dict[str, str]) -> list[tuple[str, bool, dict[str, Any]]]:
    """(query, filtered?, params) for every query, on the heavy ids of :func:`pick_ids`."""
    actor, item, target, act = ids["actor"], ids["item"], ids["target"], ids["act"]
    return [
        ("who_restricts", True, {"actor": actor, "date_from": "2025-12-01"}),
        ("who_restricts", True, {"item": item, "date_from": "2025-10-01"}),
        ("who_restricts", True, {"target": target, "date_from": "2025-10-01"}),
        ("who_restricts", False, {"type": "TARIFF", "action": "impose", "date_from": "2025-06-01"}),
        ("in_force_on", True, {"date": "2024-06-01", "actor": actor, "item": item}),
        ("in_force_on", True, {"date": "2024-06-01", "item": item}),
        ("in_force_on", False, {"date": "2024-06-01", "type": "SANCTION"}),
        ("measure_status", True, {"date": "2024-06-01", "actor": actor, "type": ids["type"], "item": item}),
        ("measure_history", True, {"event": act}),
        ("measure_history", True, {"actor": actor, "type": ids["type"], "item": item}),
        ("timeline", True, {"entity": actor, "date_from": "2025-12-01"}),
        ("timeline", True, {"entity": item, "date_from": "2025-10-01"}),
        ("retaliation", True, {"entity": actor, "days": 30}),
        ("retaliation", False, {"days": 7}),
        ("exposure", True, {"item": item}),
        ("evidence", True, {"event": act}),
        ("evidence", True, {"entity": actor, "other": item}),
        ("neighbourhood", True, {"entity": item, "hops": 1}),
        ("neighbourhood", False, {"entity": item, "hops": 2}),
        ("top_actors", False, {"type": "TARIFF"}),
        ("top_actors", False, {"date_from": "2025-01-01", "date_to": "2025-03-31"}),
        ("changes_since", True, {"since": ids["since"]}),
        ("changes_since", False, {"since": "2025-12-01", "corroborated": True}),
        ("entities", True, {"search": actor}),
        ("entities", False, {"entity_type": "Country", "limit": 1000}),
        ("totals", False, {}),
    ]


def ensure_loaded(driver: Any, database: str, graph: Any, reuse: bool, bulk: bool = False, records: Any = None) -> str:
    """Load ``graph`` (replacing the policykg graph) unless the database already holds it.

    With ``bulk`` the ``records`` it was built from go through
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
    from policykg.queries import run_query

    sample = keys[:: max(1, len(keys) // 50)]
    row = run_query(_bench_query("bench_probe"), driver, database, keys=sample).iloc[0]
    return int(row["n"]) == len(keys) and sorted(row["found"]) == sample


def _bench_query(name: str) -> Any:
    """The benchmark's own query ``benchmarks/NAME.cypher`` (checked header, as the canned ones)."""
    from policykg.queries import parse_query

    text = (importlib.resources.files("benchmarks") / f"{name}.cypher").read_text("utf-8")
    return parse_query(name, text, f"benchmarks/{name}.cypher")


def time_case(driver: Any, database: str, name: Any, params: dict[str, Any], runs: int) -> tuple[float, float, int]:
    """(median ms, p95 ms, rows) of ``runs`` timed runs after three warm-up runs.

    A case the server refuses (out of transaction memory, say) is reported as
    ``nan`` with -1 rows and its one-line error printed; the other cases go on.
    """
    from policykg.queries import QueryError, run_query

    try:
        for _ in range(3):
            n_rows = len(run_query(name, driver, database, **params))
        times = []
        for _ in range(runs):
            start = time.perf_counter()
            run_query(name, driver, database, **params)
            times.append((time.perf_counter() - start) * 1000)
    except QueryError as exc:
        print(f"{name} {params}: failed: {exc}", flush=True)
        return math.nan, math.nan, -1
    p95 = statistics.quantiles(times, n=20, method="inclusive")[-1] if len(times) > 1 else times[0]
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
        "--loaded", action="store_true", help="time the graph the database already holds (no generation, no load)"
    )
    args = parser.parse_args([] if argv is None else argv)  # python -m benchmarks passes no argv
    from policykg.graph import neo4j

    database = neo4j.database()
    if not args.loaded:
        _generate_and_load(args.events, database, args.reuse, args.bulk)
    with neo4j.driver() as driver:  # a new driver: a bulk load restarted the server
        ids = pick_ids(driver, database)
        print("heavy ids: " + ", ".join(f"{k}={v}" for k, v in ids.items()))
        ping = time_case(driver, database, _bench_query("bench_ping"), {}, args.runs)
        print(f"floor: a query that reads nothing (RETURN $one), median {ping[0]:.1f} ms, p95 {ping[1]:.1f} ms")
        rows = [
            (name, filtered, params, *time_case(driver, database, name, params, args.runs))
            for name, filtered, params in cases(ids)
        ]
    print_table(rows)
    slow = [r for r in rows if r[1] and not r[4] <= GOAL_MS]
    print(f"filtered cases over the p95 goal of {GOAL_MS:.0f} ms: {len(slow)} of {sum(1 for r in rows if r[1])}")
    over = sum(1 for r in rows if not r[4] <= GOAL_MS)
    timed = [r for r in rows if r[4] == r[4]]  # a failed case has a NaN p95
    slowest = max(timed, key=lambda r: r[4]) if timed else None
    worst = f"; slowest p95 {slowest[4]:,.1f} ms ({slowest[0]})" if slowest else ""
    failed = f"; {len(rows) - len(timed)} failed" if len(timed) < len(rows) else ""
    print(f"summary: queries: {len(rows) - over} of {len(rows)} cases at p95 <= {GOAL_MS:.0f} ms{worst}{failed}")
    return 0


def _generate_and_load(n_events: int, database: str, reuse: bool, bulk: bool) -> None:
    """Generate ``n_events`` realistic events and load them unless already loaded (the graph is then freed)."""
    from policykg.graph import neo4j
    from policykg.graph.build import build_graph

    records = make_records(n_events)
    graph = build_graph(records)
    with neo4j.driver() as driver:
        print(f"{n_events} generated events: {ensure_loaded(driver, database, graph, reuse, bulk, records)}")


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
