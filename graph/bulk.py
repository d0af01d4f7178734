"""Bulk backfill: fill an EMPTY managed database with ``neo4j-admin database import full``, streamed.

``policykg load --bulk`` for a first load of many events.  The graph is the one the
transactional loader writes: each chunk of articles is built by the build's pure
functions and appended to the CSV files as it comes, and the measures, lifecycle
segments and confidence flags are computed by the same pure linker, one block at a
time, after the last chunk (:mod:`policykg.graph.bulk_stream`); the whole input is
never held.  Then:

1. refuse unless the database holds no node (the import replaces the store), and
   stop the server while the CSV files are written (the import tool needs the store);
2. ``neo4j-admin database import full`` from the CSV files;
3. start the server, apply ``graph/schema.cypher`` and wait for the indexes;
4. set the empty lists CSV cannot express, server-side, and the rare fix-ups;
5. merge what a later chunk added to an article or entity already written (the
   transactional loader's MERGE statements), and link stated responses
   (:func:`policykg.graph.relink.relink_responses`, for the responders' actors only);
6. count the tallies of every block and pair in one pass over the events each, and the
   day tallies of every measure type (:mod:`policykg.graph.tallies`: ``load`` keeps the
   same facts for what it writes).

Only the managed server can be imported into: with ``NEO4J_URI`` set, the server
is someone else's, its files are not here, and the load must go through Bolt.
"""

from __future__ import annotations

import concurrent.futures
import multiprocessing
import os
import subprocess
import tempfile
import threading
import time
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path
from typing import Any

from policykg import PolicyKGError
from policykg.extract.models import ArticleRecord
from policykg.graph import neo4j as kg_neo4j
from policykg.graph import server
from policykg.graph.bulk_csv import ARRAY_DELIMITER_ARG, CsvSink
from policykg.graph.bulk_rows import chunk_rows
from policykg.graph.bulk_stream import BUCKETS, Linked, Seen, Spill, link_files_paused, paused_gc, write_rows_chunk
from policykg.graph.load import LoadSummary, apply_schema, cypher, write_rows
from policykg.graph.relink import relink_responses
from policykg.graph.tallies import recount_all_days

# The one statement that sets the fix-ups of each label / relationship type (closed table).
FIXUP_QUERIES = {"Event": "bulk_fix_event", "Measure": "bulk_fix_measure", "REPORTED_IN": "bulk_fix_reported_in"}
# Server-side statements that set the empty lists the import leaves out (graph/bulk_csv.ALWAYS_LISTS).
FILL_QUERIES = ("bulk_fill_event_lists", "bulk_fill_measure_lists")
# Server-side statements that count the tallies of every block and pair (graph/tallies.py), in order.
TALLY_QUERIES = ("bulk_actor_tallies", "bulk_pair_tallies", "bulk_mutual_pairs")
# Late merges (an article or entity met again), in order: nodes before relationships.
LATE_ORDER = (
    "merge_country",
    "merge_bloc",
    "merge_agency",
    "merge_firm",
    "merge_person",
    "merge_element",
    "merge_item",
    "merge_article",
    "merge_published_by_rel",
    "merge_mentions_rel",
)
EXTERNAL = (
    "--bulk imports into the managed server's files (`policykg neo4j start`), and NEO4J_URI names another server; "
    "unset NEO4J_URI, or load into that server with `policykg load` (transactional)"
)
Announce = Callable[[str], None]
Chunks = Iterable[Sequence[ArticleRecord]]


def write_csv(chunks: Chunks, folder: Path, steps: dict[str, float], jobs: int = 1) -> tuple[list[str], CsvSink, Seen]:
    """Stream ``chunks`` into CSV files under ``folder`` (see :mod:`policykg.graph.bulk_stream`);
    the import tool's file arguments, the (closed) sink with its fix-ups, and what was seen.

    ``steps`` receives the seconds spent reading, building, writing chunk rows and linking
    (``jobs`` processes link the spill files).  Chunks become rows without a graph
    (:func:`policykg.graph.bulk_rows.chunk_rows`), with the cyclic garbage collector
    paused (see :func:`policykg.graph.bulk_stream.paused_gc`).
    """
    sink, spill, seen = CsvSink(folder / "csv"), Spill(folder / "spill"), Seen()
    pending = iter(chunks)
    with paused_gc():
        while (records := _timed(steps, "read", next, pending, None)) is not None:
            rows = _timed(steps, "build", chunk_rows, records)
            _timed(steps, "csv", write_rows_chunk, rows, sink, spill, seen)
    args = sink.close()
    for linked in _timed(steps, "link", link_all, spill.close(), folder, jobs):
        args += linked.args
        for name, rows in linked.fixups.items():
            sink.fixups.setdefault(name, []).extend(rows)
        seen.parties |= linked.parties
        sink.rows, seen.nodes = sink.rows + linked.rows, seen.nodes + linked.nodes
        seen.relationships += linked.relationships
        sink.multiline = sink.multiline or linked.multiline
    unknown = sorted(set(sink.fixups) - set(FIXUP_QUERIES))
    if unknown:  # graph/SCHEMA.md gives such lists only to these; a new one needs its own statement
        raise PolicyKGError(f"--bulk cannot write list properties of {', '.join(unknown)}; use `policykg load`")
    return group_args(args), sink, seen


def link_all(paths: list[Path], folder: Path, jobs: int) -> list[Linked]:
    """The spill files linked by ``jobs`` processes (spawned: the server-stop thread is running).

    One task per spill file, the largest first, handed to whichever worker is free: the
    dominant actor's blocks make a few files far costlier than the rest, so a fixed split
    of the files left one worker with twice the other's share.
    """
    ordered = sorted((p for p in paths if p.stat().st_size), key=lambda p: (-p.stat().st_size, p.name))
    folders = [folder / f"link-{n:02d}" for n in range(len(ordered))]
    if jobs == 1:
        return [link_files_paused(ordered, folder / "link")]
    context = multiprocessing.get_context("spawn")
    with concurrent.futures.ProcessPoolExecutor(jobs, mp_context=context) as pool:
        return list(pool.map(link_files_paused, [[p] for p in ordered], folders))


def group_args(args: list[str]) -> list[str]:
    """The import arguments with files of one label (or type) and one header joined in one group.

    Each linking task writes its own files; the tool reads a group of files as one, so
    ``--nodes=Event=h1,d1`` and ``--nodes=Event=h2,d2`` with equal headers become
    ``--nodes=Event=h1,d1,d2``.
    """
    groups: dict[tuple[str, str], list[str]] = {}
    for arg in args:
        spec, files = arg.rsplit("=", 1)
        header, data = files.split(",", 1)
        text = Path(header).read_text(encoding="utf-8")
        groups.setdefault((spec, text), [header]).append(data)
    return [f"{spec}={','.join(files)}" for (spec, _), files in groups.items()]


def node_count(driver: Any, database: str) -> int:
    records = driver.execute_query(cypher("bulk_count_nodes"), database_=database, routing_="r").records
    return int(records[0]["n"])


def bulk_load(
    chunks: Chunks,
    cfg: server.ServerConfig,
    database: str,
    *,
    announce: Announce = lambda _: None,
    timings: dict[str, float] | None = None,
    jobs: int | None = None,
) -> LoadSummary:
    """Import the records of ``chunks`` into the empty database of managed instance ``cfg``; leave it running.

    ``jobs`` processes link the blocks (default: every core this process may use).

    ``timings`` (when given) receives the seconds of each step: ``read``, ``build``,
    ``csv``, ``link`` (the CSV preparation), ``stop`` (waiting for the server to stop
    beyond that), ``import``, ``start``, ``schema``, ``fixup``.
    """
    steps: dict[str, float] = {} if timings is None else timings
    jobs = jobs or min(BUCKETS, len(os.sched_getaffinity(0)))
    server.start(cfg, announce)
    with kg_neo4j.driver(kg_neo4j.managed_settings(cfg, database)) as drv:
        held = node_count(drv, database)
    if held:
        raise PolicyKGError(
            f"--bulk loads an empty database only; {database!r} holds {held} nodes "
            "(add to it with `policykg load`, or start from an empty state folder)"
        )
    stopping = threading.Thread(target=server.stop, args=(cfg,), name="policykg-bulk-stop")
    stopping.start()  # the server stops while the CSV files are written
    with tempfile.TemporaryDirectory(prefix="bulk-", dir=cfg.home) as scratch:
        try:
            args, sink, seen = write_csv(chunks, Path(scratch), steps, jobs)
            _timed(steps, "stop", stopping.join)
            announce(f"importing {sink.rows} rows with neo4j-admin (the server is stopped meanwhile)")
            _timed(steps, "import", run_import, cfg, database, args, sink.multiline)
        finally:
            stopping.join()
            _timed(steps, "start", server.start, cfg, announce)
    with kg_neo4j.driver(kg_neo4j.managed_settings(cfg, database)) as drv:
        _timed(steps, "schema", apply_schema, drv, database)
        summary = _timed(steps, "fixup", finish, drv, database, sink.fixups, seen)
    summary.nodes_created = seen.nodes
    summary.relationships_created = seen.relationships + summary.relationships_created
    return summary


def _timed(steps: dict[str, float], name: str, func: Callable[..., Any], *args: Any) -> Any:
    start = time.perf_counter()
    try:
        return func(*args)
    finally:
        steps[name] = steps.get(name, 0.0) + time.perf_counter() - start


def import_args(database: str, files: list[str], report: Path, multiline: bool = True) -> list[str]:
    """The ``neo4j-admin`` arguments that import ``files`` (``--nodes=``/``--relationships=``) into ``database``.

    ``multiline`` only when some field holds a line break: with it the tool reads every
    file in one thread and its input analysis is slow (20,000 events: 63 s of import
    with it, 8 s without, same graph).
    """
    options = [
        "--overwrite-destination=true",
        f"--multiline-fields={'true' if multiline else 'false'}",
        "--trim-strings=true",  # list elements only (quoted strings are kept): " " is read as [""]
        f"--array-delimiter={ARRAY_DELIMITER_ARG}",
        f"--report-file={report}",
    ]
    return ["database", "import", "full", database, *options, *files]


def run_import(cfg: server.ServerConfig, database: str, files: list[str], multiline: bool = True) -> None:
    """Run the import tool of instance ``cfg`` (stopped); its output goes to ``logs/import.log``."""
    logs = cfg.home / "logs"
    cmd, env = server.admin_command(cfg, *import_args(database, files, logs / "import.report", multiline))
    with open(logs / "import.log", "wb") as log:
        code = subprocess.call(cmd, env=env, stdin=subprocess.DEVNULL, stdout=log, stderr=subprocess.STDOUT)
    if code != 0:
        raise PolicyKGError(f"neo4j-admin database import failed (exit {code}); see {logs / 'import.log'}")


def finish(driver: Any, database: str, fixups: dict[str, list[dict[str, Any]]], seen: Seen) -> LoadSummary:
    """After the import: empty lists, fix-ups, late merges, stated responses, the tallies of every block and type."""
    summary = LoadSummary()
    with driver.session(database=database) as session:
        for name in FILL_QUERIES:  # CALL ... IN TRANSACTIONS needs an auto-commit transaction
            summary.add(session.run(cypher(name)).consume().counters)
    for name, rows in fixups.items():
        summary.add(write_rows(driver, database, cypher(FIXUP_QUERIES[name]), rows, batch_size=10_000))
    for name in LATE_ORDER:
        summary.add(write_rows(driver, database, cypher(name), seen.late.get(name, [])))
    if seen.parties:
        summary.add(relink_responses(driver, database, sorted(seen.parties)))
    with driver.session(database=database) as session:
        for name in TALLY_QUERIES:
            summary.add(session.run(cypher(name)).consume().counters)
        summary.add(recount_all_days(session))  # the statement of a transactional load's refresh
    return summary


def check_managed() -> None:
    """Refuse ``--bulk`` when ``NEO4J_URI`` names a server of the user's."""
    if kg_neo4j.uses_external():
        raise PolicyKGError(EXTERNAL)
