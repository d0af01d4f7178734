"""Bulk backfill vs the transactional loader: rows/s of each on the same generated graph.

Generates ``bench_load.make_records(N)`` (default 20,000 events; ``--events`` or
``POLICYKG_BENCH_BULK_EVENTS``), builds the graph once, then on the managed
instance of ``POLICYKG_STATE_DIR`` / ``POLICYKG_NEO4J_BOLT_PORT``:

1. empties the database and loads the graph with :func:`policykg.graph.load.load_graph`
   (schema, batched MERGEs, relinking), timed;
2. empties it again and loads the same graph with :func:`policykg.graph.bulk.bulk_load`
   (CSV files, server stop, ``neo4j-admin database import full``, start, schema,
   fix-ups), timed step by step.

Rows are the graph's nodes plus relationships (the same for both).  The ratio
counts everything each loader does after the build, including the bulk path's
server restart.  Not a test: figures depend on the machine.  It CLEARS the
policykg graph of the managed instance it uses, and refuses ``NEO4J_URI``.

Run: ``python -m benchmarks bulk`` or ``python -m benchmarks.bench_bulk [--events N]``.
"""

from __future__ import annotations

import argparse
import os
import time
from typing import Any

from benchmarks.bench_load import make_records


def clear(driver: Any, database: str) -> None:
    from policykg.graph.load import clear_graph

    clear_graph(driver, database)


def transactional(graph: Any, database: str) -> float:
    """Seconds of ``load_graph`` of ``graph`` into the emptied managed database."""
    from policykg.graph import neo4j
    from policykg.graph.load import load_graph

    with neo4j.driver() as drv:
        clear(drv, database)
        start = time.perf_counter()
        load_graph(drv, graph, database)
        return time.perf_counter() - start


def bulk(graph: Any, database: str) -> tuple[float, dict[str, float]]:
    """Seconds of ``bulk_load`` of ``graph`` into the emptied managed database, and its steps."""
    from policykg.graph import neo4j, server
    from policykg.graph.bulk import bulk_load

    with neo4j.driver() as drv:
        clear(drv, database)
    steps: dict[str, float] = {}
    start = time.perf_counter()
    bulk_load(graph, server.ServerConfig.from_env(), database, timings=steps)
    return time.perf_counter() - start, steps


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--events", type=int, default=int(os.environ.get("POLICYKG_BENCH_BULK_EVENTS", "20000")))
    args = parser.parse_args([] if argv is None else argv)  # python -m benchmarks passes no argv
    from policykg.graph import neo4j, server
    from policykg.graph.build import build_graph
    from policykg.graph.bulk import check_managed

    check_managed()
    server.start(server.ServerConfig.from_env())
    started = time.perf_counter()
    graph = build_graph(make_records(args.events))
    rows = graph.number_of_nodes() + graph.number_of_edges()
    print(
        f"{args.events} generated events: {rows:,} rows (nodes + relationships), built in "
        f"{time.perf_counter() - started:.0f} s"
    )
    database = neo4j.database()
    t_tx = transactional(graph, database)
    t_bulk, steps = bulk(graph, database)
    print_table([("transactional (load_graph)", t_tx), ("bulk (load --bulk)", t_bulk)], rows)
    print("bulk steps: " + ", ".join(f"{name} {secs:.1f} s" for name, secs in steps.items()))
    print(
        f"ratio bulk / transactional rows/s: {t_tx / t_bulk:.1f}x (goal >= 10x); "
        f"import step alone: {t_tx / steps['import']:.1f}x"
    )
    return 0


def print_table(rows: list[tuple[str, float]], n_rows: int) -> None:
    header = ("loader", "seconds", "rows/s")
    lines = [header] + [(name, f"{secs:.1f}", f"{n_rows / secs:,.0f}") for name, secs in rows]
    widths = [max(len(line[i]) for line in lines) for i in range(3)]
    for line in lines:
        print("  ".join(c.ljust(w) if i == 0 else c.rjust(w) for i, (c, w) in enumerate(zip(line, widths))))


if __name__ == "__main__":
    import sys

    sys.exit(main(sys.argv[1:]))
