"""``policykg load``, ``policykg ingest`` and ``policykg export``: the graph commands.

``load`` reads events JSONL and writes the graph into Neo4j; ``ingest`` reads
articles, extracts events and loads them in one go; ``export`` writes the graph
(built from events JSONL, or read back from Neo4j) as GraphML, JSON or CSV.
Skipped input lines go to stderr as ``path:line: reason``; the exit code is 3
when anything was skipped, and ``--strict`` stops before writing anything.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable, Iterable, Iterator, Sequence
from typing import Any

from policykg import EXIT_OK, EXIT_SKIPPED, PolicyKGError
from policykg.cli.argtypes import positive_int
from policykg.cli.extract_cmd import add_jobs_option, jobs_of
from policykg.cli.graph_source import add_source_arguments, read_source, report_skipped
from policykg.cli.review_cmd import add_corrections_option, apply_on_load, report_bad_lines


def register(subparsers: argparse._SubParsersAction) -> None:
    load = subparsers.add_parser(
        "load",
        help="load events JSONL into Neo4j (idempotent)",
        description="Load extraction output (events JSONL) into Neo4j with batched MERGEs.",
    )
    load.add_argument("events", nargs="+", metavar="EVENTS.jsonl", help="events JSONL file(s)")
    _load_options(load)
    load.add_argument(
        "--bulk",
        action="store_true",
        help="backfill an EMPTY managed database with neo4j-admin import (stops and restarts the server)",
    )
    load.set_defaults(handler=handle_load)

    ingest = subparsers.add_parser(
        "ingest",
        help="read articles, extract events and load them into Neo4j",
        description="Read articles, extract entities and events, and load the graph into Neo4j.",
    )
    ingest.add_argument("inputs", nargs="+", metavar="INPUT", help="article files or directories")
    ingest.add_argument("--model", default=None, help="spaCy model for extraction (default: the pipeline's)")
    ingest.add_argument(
        "--out", default=None, metavar="EVENTS.jsonl", help="also save the extracted events (the format `load` reads)"
    )
    add_jobs_option(ingest)
    _load_options(ingest)
    ingest.set_defaults(handler=handle_ingest)

    export = subparsers.add_parser(
        "export",
        help="export the graph as GraphML, node-link JSON or CSV",
        description="Export the graph built from EVENTS.jsonl, or read back from Neo4j with --from-neo4j.",
    )
    add_source_arguments(export, "export")
    export.add_argument("--format", choices=("graphml", "json", "csv"), required=True, help="output format")
    export.add_argument("--out", required=True, metavar="PATH", help="output file (a directory for csv)")
    export.add_argument("--strict", action="store_true", help="fail if any input line is skipped")
    export.set_defaults(handler=handle_export)


def _load_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--replace", action="store_true", help="clear the policykg graph first, then load")
    parser.add_argument(
        "--batch-size", type=positive_int, default=1000, metavar="N", help="rows per transaction (default 1000)"
    )
    parser.add_argument(
        "--chunk-size",
        type=positive_int,
        default=2000,
        metavar="N",
        help="articles read, built and written at a time (default 2000); memory stays that of two chunks",
    )
    parser.add_argument(
        "--writers", type=positive_int, default=2, metavar="N", help="parallel write transactions (default 2)"
    )
    parser.add_argument("--strict", action="store_true", help="fail before writing anything if any input is skipped")
    add_corrections_option(parser)


def handle_load(args: argparse.Namespace) -> int:
    """Stream the events files: ``--chunk-size`` articles at a time, the next chunk built while one is written."""
    from policykg.graph.corrections import read_corrections
    from policykg.graph.stream import CorrectionTally, corrected_chunks

    if args.strict:
        _strict_pass(args)
    fixes = read_corrections(getattr(args, "corrections", None))
    problems = report_bad_lines(list(fixes.skipped))
    read = _ReadCounts()
    tally = CorrectionTally(len(fixes.corrections))
    chunks = corrected_chunks(read.chunks(args.events, args.chunk_size), list(fixes.corrections), tally)
    if getattr(args, "bulk", False):  # streamed too: CSV files appended chunk by chunk, then one import
        _bulk(chunks, args, lambda: [read.line()])
    else:
        _load_chunks(chunks, args, lambda: [read.line()], tally, bool(fixes.skipped))
    problems += report_bad_lines(tally.orphans)
    return EXIT_SKIPPED if read.skipped or problems else EXIT_OK


class _ReadCounts:
    """Articles, events and skipped lines counted as the chunks go by (skips printed as met)."""

    def __init__(self) -> None:
        self.articles = self.events = self.skipped = 0

    def chunks(self, paths: Sequence[str], size: int) -> Any:
        from policykg.graph.events_io import iter_events

        for batch in iter_events(paths, size):
            self.skipped += len(report_skipped(batch.skipped))
            self.articles += len(batch.records)
            self.events += sum(len(r.events) for r in batch.records)
            yield batch.records

    def line(self) -> str:
        return f"read {self.articles} articles with {self.events} events; skipped {self.skipped} lines"


def _strict_pass(args: argparse.Namespace) -> None:
    """--strict: read and correct the whole input once, writing nothing; any problem is an error."""
    from policykg.graph.corrections import read_corrections
    from policykg.graph.events_io import iter_events
    from policykg.graph.stream import CorrectionTally, corrected_chunks

    skipped = [s for batch in iter_events(args.events, args.chunk_size) for s in batch.skipped]
    report_skipped(skipped, strict=True)
    fixes = read_corrections(getattr(args, "corrections", None))
    tally = CorrectionTally(len(fixes.corrections))
    records = (b.records for b in iter_events(args.events, args.chunk_size))
    for _ in corrected_chunks(records, list(fixes.corrections), tally):
        pass
    problems = report_bad_lines([*fixes.skipped, *tally.orphans])
    if problems:
        raise PolicyKGError(f"{len(problems)} correction problem(s) and --strict given; nothing was written")


def _load_chunks(
    chunks: Any, args: argparse.Namespace, header: Callable[[], list[str]], tally: Any, bad_fixes: bool
) -> None:
    """Build each chunk's graph one chunk ahead (a helper thread) and load them as one load."""
    from policykg.graph import neo4j
    from policykg.graph.build import build_graph
    from policykg.graph.load import count_rows, load_graphs
    from policykg.graph.stream import built, prefetch
    from policykg.queries import run_query

    sizes: list[tuple[int, int]] = []

    def build(records: Any) -> Any:
        graph = build_graph(records)
        sizes.append((graph.number_of_nodes(), graph.number_of_edges()))
        return graph

    with neo4j.driver() as drv, _bar(None, "load") as bar:

        def graphs() -> Any:
            for graph in prefetch(built(chunks, build)):
                bar.total = (bar.total or 0) + count_rows(graph)
                yield graph

        summary = load_graphs(drv, graphs(), neo4j.database(), replace=args.replace, **_write_options(args, bar))
        totals = run_query("totals", drv, neo4j.database())
    for line in header():
        print(line)
    if tally.applied or tally.orphans or tally.total - tally.found or bad_fixes:
        print(tally.line())
    print(f"{_graph_line(sizes)}; neo4j: {summary.line()}")
    print(totals_line(dict(zip(totals["what"], totals["n"]))))


def _graph_line(sizes: list[tuple[int, int]]) -> str:
    """``graph: N nodes, R relationships`` (summed over chunks: nodes shared by chunks count in each)."""
    nodes, rels = sum(n for n, _ in sizes), sum(r for _, r in sizes)
    chunks = f" in {len(sizes)} chunks" if len(sizes) > 1 else ""
    return f"graph: {nodes} nodes, {rels} relationships{chunks}"


def _write_options(args: argparse.Namespace, bar: Any) -> dict[str, Any]:
    return {"batch_size": args.batch_size, "writers": args.writers, "progress": bar.update}


def handle_ingest(args: argparse.Namespace) -> int:
    """Stream: read, extract and load ``--chunk-size`` articles at a time (``--strict``: whole input first)."""
    if args.strict:
        return _ingest_whole(args)
    from policykg.extract.read import ReadResult, iter_articles
    from policykg.graph.corrections import read_corrections
    from policykg.graph.stream import CorrectionTally, corrected_chunks

    result = ReadResult()
    fixes = read_corrections(getattr(args, "corrections", None))
    problems = report_bad_lines(list(fixes.skipped))
    counts = {"records": 0, "articles": 0, "events": 0, "invalid": 0}
    tally = CorrectionTally(len(fixes.corrections))
    with _maybe_output(args.out) as out:
        extracted = _extracted_chunks(iter_articles(args.inputs, result), args, out, counts)
        chunks = corrected_chunks(extracted, list(fixes.corrections), tally)

        def header() -> list[str]:
            for message in result.messages():
                print(message, file=sys.stderr)
            wrote = [f"wrote {counts['records']} article records to {args.out}"] if args.out else []
            return [result.summary(), *wrote, f"extracted {counts['events']} events from {counts['articles']} articles"]

        _load_chunks(chunks, args, header, tally, bool(fixes.skipped))
    problems += report_bad_lines(tally.orphans)
    return EXIT_SKIPPED if counts["invalid"] or problems else result.exit_code


def _extracted_chunks(
    articles: Iterable[Any], args: argparse.Namespace, out: Any, counts: dict[str, int]
) -> Iterator[Any]:
    """Extract (``--jobs`` processes, input order) and yield ``--chunk-size`` records at a time; each
    record passes the events-file boundary check."""
    from policykg.extract.parallel import extract_records
    from policykg.graph.events_io import RecordError, parse_record

    extracted = extract_records(articles, model=args.model or None, jobs=jobs_of(args))
    for chunk in _batched(extracted, args.chunk_size):
        records = []
        for record in chunk:
            line = json.dumps(record.to_json(), ensure_ascii=False)
            counts["records"] += 1
            if out is not None:
                out.write(line + "\n")
            try:
                records.append(parse_record(line, f"extraction:{counts['records']}"))
            except RecordError as exc:
                counts["invalid"] += len(report_skipped([f"extraction:{counts['records']}: {exc}"]))
        counts["articles"] += len(records)
        counts["events"] += sum(len(r.events) for r in records)
        yield tuple(records)


def _batched(items: Iterable[Any], size: int) -> Iterator[list[Any]]:
    batch = []
    for item in items:
        batch.append(item)
        if len(batch) >= size:
            yield batch
            batch = []
    if batch:
        yield batch


def _maybe_output(path: str | None) -> Any:
    """The atomic ``--out`` file of ``extract`` (renamed into place when the load succeeds), or nothing."""
    import contextlib
    from pathlib import Path

    from policykg.cli.extract_cmd import _output

    if not path:
        return contextlib.nullcontext(None)
    try:
        Path(path).parent.mkdir(parents=True, exist_ok=True)  # as export does
    except OSError as exc:
        raise PolicyKGError(f"{path}: cannot create its folder ({exc.strerror})") from None
    return _output(path)


def _ingest_whole(args: argparse.Namespace) -> int:
    """``ingest --strict``: read and extract everything, check it, and only then write."""
    from policykg.extract.parallel import extract_records
    from policykg.extract.read import read_paths
    from policykg.graph.events_io import parse_events_jsonl

    result = read_paths(args.inputs)
    for message in result.messages():
        print(message, file=sys.stderr)
    if args.strict and result.errors:
        raise PolicyKGError(f"{len(result.errors)} input(s) skipped and --strict given; nothing was written")
    print(result.summary())
    records = extract_records(result.articles, model=args.model or None, jobs=jobs_of(args))
    extracted = _progress(records, len(result.articles), "extract")
    # The extraction output passes the same boundary check as an events file.
    lines = [json.dumps(r.to_json(), ensure_ascii=False) for r in extracted]
    batch = parse_events_jsonl(lines, "extraction")
    if args.out:
        with _maybe_output(args.out) as out:
            out.writelines(line + "\n" for line in lines)
        print(f"wrote {len(lines)} article records to {args.out}")
    invalid = report_skipped(batch.skipped, args.strict)
    print(f"extracted {sum(len(r.events) for r in batch.records)} events from {len(batch.records)} articles")
    records, problems = apply_on_load(batch.records, args)
    _load(records, args)
    return EXIT_SKIPPED if invalid or problems else result.exit_code


def handle_export(args: argparse.Namespace) -> int:
    from policykg.graph.export import write_export
    from policykg.graph.export_stream import STREAMED_FORMATS

    if args.from_neo4j and args.format in STREAMED_FORMATS and not args.events:
        return _export_streamed(args)
    graph, skipped = read_source(args, args.strict)
    paths = write_export(graph, args.format, args.out)
    print(
        f"wrote {graph.number_of_nodes()} nodes and {graph.number_of_edges()} relationships to "
        + ", ".join(str(p) for p in paths)
    )
    return EXIT_SKIPPED if skipped else EXIT_OK


def _export_streamed(args: argparse.Namespace) -> int:
    """``export --from-neo4j`` (JSON, CSV, GraphML): rows written as they are read (:mod:`policykg.graph.export_stream`)."""
    from policykg.graph import neo4j
    from policykg.graph.export_stream import export_from_neo4j

    with neo4j.driver() as drv:
        paths, counts = export_from_neo4j(drv, neo4j.database(), args.format, args.out)
    print(f"wrote {counts['nodes']} nodes and {counts['edges']} relationships to " + ", ".join(str(p) for p in paths))
    return EXIT_OK


def _load(records: Sequence[Any], args: argparse.Namespace) -> None:
    from policykg.graph import neo4j
    from policykg.graph.build import build_graph
    from policykg.graph.load import count_rows, load_graph
    from policykg.queries import run_query

    if getattr(args, "bulk", False):
        _bulk([records], args)
        return
    graph = build_graph(records)
    with neo4j.driver() as drv, _bar(count_rows(graph), "load") as bar:
        summary = load_graph(drv, graph, neo4j.database(), replace=args.replace, **_write_options(args, bar))
        totals = run_query("totals", drv, neo4j.database())
    print(f"graph: {graph.number_of_nodes()} nodes, {graph.number_of_edges()} relationships; neo4j: {summary.line()}")
    print(totals_line(dict(zip(totals["what"], totals["n"]))))


def _bulk(chunks: Iterable[Sequence[Any]], args: argparse.Namespace, before: Callable[[], list[str]] = list) -> None:
    """``load --bulk``: the chunks streamed into CSV files, then neo4j-admin import into the empty
    managed database (graph/bulk.py); ``before()`` gives lines to print once the input is read."""
    from policykg.graph import neo4j, server
    from policykg.graph.bulk import bulk_load, check_managed
    from policykg.queries import run_query

    check_managed()
    if args.replace:
        raise PolicyKGError("--bulk loads an empty database only; --replace is for the transactional load")
    timings: dict[str, float] = {}
    summary = bulk_load(chunks, server.ServerConfig.from_env(), neo4j.database(), announce=print, timings=timings)
    for line in before():
        print(line)
    steps = ", ".join(f"{name} {secs:.1f} s" for name, secs in timings.items())
    print(f"graph: {summary.nodes_created} nodes, {summary.relationships_created} relationships; bulk import: {steps}")
    with neo4j.driver() as drv:
        totals = run_query("totals", drv, neo4j.database())
    print(totals_line(dict(zip(totals["what"], totals["n"]))))


def totals_line(counts: dict[str, int]) -> str:
    """What the database holds now, one line: entities by type, events, articles, sources, relationships.

    >>> totals_line({"entities": 3, "Country": 2, "Bloc": 0, "Item": 1, "events": 4, "articles": 2, "sources": 1,
    ...              "relationships": 9})
    'database now holds: 3 entities (2 Country, 1 Item), 4 events, 2 articles, 1 sources, 9 relationships'
    """
    kinds = ", ".join(f"{n} {k}" for k, n in counts.items() if k[:1].isupper() and n)
    rest = ", ".join(f"{counts.get(k, 0)} {k}" for k in ("events", "articles", "sources", "relationships"))
    return f"database now holds: {counts.get('entities', 0)} entities ({kinds}), {rest}"


def _bar(total: int | None, desc: str) -> Any:
    from tqdm import tqdm

    return tqdm(total=total, desc=desc, unit="row", file=sys.stderr, disable=None, leave=False)


def _progress(items: Any, total: int, desc: str) -> Any:
    from tqdm import tqdm

    return tqdm(items, total=total, desc=desc, unit="article", file=sys.stderr, disable=None, leave=False)
