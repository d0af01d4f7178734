"""Bulk backfill: fill an EMPTY managed database with ``neo4j-admin database import full``.

``policykg load --bulk`` for a first load of many events.  The graph is the one the
transactional loader writes (:func:`policykg.graph.build.build_graph`, with its
measures, lifecycle segments and responses precomputed by the same pure linker);
:mod:`policykg.graph.bulk_csv` turns the loader's rows into CSV files.  Then:

1. refuse unless the database holds no node (the import replaces the store);
2. stop the managed server (the import tool needs the store to itself);
3. ``neo4j-admin database import full`` from the CSV files;
4. start the server, apply ``graph/schema.cypher`` and wait for the indexes;
5. set the few list properties CSV cannot express (the plan's fix-ups).

Only the managed server can be imported into: with ``NEO4J_URI`` set, the server
is someone else's, its files are not here, and the load must go through Bolt.
"""

from __future__ import annotations

import subprocess
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import networkx as nx

from policykg import PolicyKGError
from policykg.graph import neo4j as kg_neo4j
from policykg.graph import server
from policykg.graph.build import graph_to_rows
from policykg.graph.bulk_csv import ARRAY_DELIMITER_ARG, ImportPlan, plan_rows, write_groups
from policykg.graph.load import LoadSummary, apply_schema, cypher, write_rows

# The one statement that sets the fix-ups of each label / relationship type (closed table).
FIXUP_QUERIES = {"Event": "bulk_fix_event", "Measure": "bulk_fix_measure", "REPORTED_IN": "bulk_fix_reported_in"}
EXTERNAL = (
    "--bulk imports into the managed server's files (`policykg neo4j start`), and NEO4J_URI names another server; "
    "unset NEO4J_URI, or load into that server with `policykg load` (transactional)"
)
Announce = Callable[[str], None]


def import_plan(graph: nx.MultiDiGraph) -> ImportPlan:
    """The CSV groups and fix-ups of ``graph``: the transactional loader's rows, as the tool reads them."""
    rows = graph_to_rows(graph)
    plan = plan_rows(rows.nodes, rows.rels)
    unknown = sorted(set(plan.fixups) - set(FIXUP_QUERIES))
    if unknown:  # graph/SCHEMA.md gives lists only to these; a new one needs its own statement
        raise PolicyKGError(f"--bulk cannot write list properties of {', '.join(unknown)}; use `policykg load`")
    return plan


def node_count(driver: Any, database: str) -> int:
    records = driver.execute_query(cypher("bulk_count_nodes"), database_=database, routing_="r").records
    return int(records[0]["n"])


def bulk_load(
    graph: nx.MultiDiGraph,
    cfg: server.ServerConfig,
    database: str,
    *,
    announce: Announce = lambda _: None,
    timings: dict[str, float] | None = None,
) -> LoadSummary:
    """Import ``graph`` into the empty database of managed instance ``cfg``; leave the server running.

    ``timings`` (when given) receives the seconds of each step: ``csv``, ``stop``,
    ``import``, ``start``, ``schema``, ``fixup``.
    """
    steps: dict[str, float] = {} if timings is None else timings
    server.start(cfg, announce)
    with kg_neo4j.driver(kg_neo4j.managed_settings(cfg, database)) as drv:
        held = node_count(drv, database)
    if held:
        raise PolicyKGError(
            f"--bulk loads an empty database only; {database!r} holds {held} nodes "
            "(add to it with `policykg load`, or start from an empty state folder)"
        )
    with tempfile.TemporaryDirectory(prefix="bulk-", dir=cfg.home) as scratch:
        plan = _timed(steps, "csv", import_plan, graph)
        args = _timed(steps, "csv", write_groups, plan.groups, Path(scratch))
        announce(f"importing {plan.row_count()} rows with neo4j-admin (the server stops meanwhile)")
        _timed(steps, "stop", server.stop, cfg)
        try:
            _timed(steps, "import", run_import, cfg, database, args)
        finally:
            _timed(steps, "start", server.start, cfg, announce)
    with kg_neo4j.driver(kg_neo4j.managed_settings(cfg, database)) as drv:
        _timed(steps, "schema", apply_schema, drv, database)
        summary = _timed(steps, "fixup", apply_fixups, drv, database, plan)
    summary.nodes_created = graph.number_of_nodes()
    summary.relationships_created = graph.number_of_edges()
    return summary


def _timed(steps: dict[str, float], name: str, func: Callable[..., Any], *args: Any) -> Any:
    start = time.perf_counter()
    try:
        return func(*args)
    finally:
        steps[name] = steps.get(name, 0.0) + time.perf_counter() - start


def import_args(database: str, files: list[str], report: Path) -> list[str]:
    """The ``neo4j-admin`` arguments that import ``files`` (``--nodes=``/``--relationships=``) into ``database``."""
    options = [
        "--overwrite-destination=true",
        "--multiline-fields=true",
        f"--array-delimiter={ARRAY_DELIMITER_ARG}",
        f"--report-file={report}",
    ]
    return ["database", "import", "full", database, *options, *files]


def run_import(cfg: server.ServerConfig, database: str, files: list[str]) -> None:
    """Run the import tool of instance ``cfg`` (stopped); its output goes to ``logs/import.log``."""
    logs = cfg.home / "logs"
    cmd, env = server.admin_command(cfg, *import_args(database, files, logs / "import.report"))
    with open(logs / "import.log", "wb") as log:
        code = subprocess.call(cmd, env=env, stdin=subprocess.DEVNULL, stdout=log, stderr=subprocess.STDOUT)
    if code != 0:
        raise PolicyKGError(f"neo4j-admin database import failed (exit {code}); see {logs / 'import.log'}")


def apply_fixups(driver: Any, database: str, plan: ImportPlan) -> LoadSummary:
    """Set the list properties the CSV files could not hold (see :mod:`policykg.graph.bulk_csv`)."""
    summary = LoadSummary()
    for name, rows in plan.fixups.items():
        summary.add(write_rows(driver, database, cypher(FIXUP_QUERIES[name]), rows, batch_size=10_000))
    return summary


def check_managed() -> None:
    """Refuse ``--bulk`` when ``NEO4J_URI`` names a server of the user's."""
    if kg_neo4j.uses_external():
        raise PolicyKGError(EXTERNAL)
