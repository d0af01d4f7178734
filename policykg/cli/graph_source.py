"""Where ``export`` and ``view`` get their graph: events JSONL files, or Neo4j.

Both commands take ``EVENTS.jsonl...`` or ``--from-neo4j`` (exactly one of
them); skipped input lines are printed on stderr as ``path:line: reason`` and
returned so the command can exit 3, and ``--strict`` makes a skip an error
before anything is written.
"""

from __future__ import annotations

import argparse
import sys
from typing import Any

from policykg import PolicyKGError


def add_source_arguments(parser: argparse.ArgumentParser, what: str) -> None:
    parser.add_argument("events", nargs="*", metavar="EVENTS.jsonl", help="events JSONL file(s) to build from")
    parser.add_argument("--from-neo4j", action="store_true", help=f"{what} the graph stored in Neo4j")


def check_source(args: argparse.Namespace) -> None:
    if args.from_neo4j == bool(args.events):
        raise PolicyKGError("give either EVENTS.jsonl files or --from-neo4j (not both, not neither)")


def report_skipped(messages: Any, strict: bool = False) -> list[str]:
    """Print each skip on stderr; with ``strict`` a skip is an error before anything is written."""
    messages = list(messages)
    for message in messages:
        print(message, file=sys.stderr)
    if strict and messages:
        raise PolicyKGError(f"{len(messages)} input problem(s) and --strict given; nothing was written")
    return messages


def read_source(args: argparse.Namespace, strict: bool = False) -> tuple[Any, list[str]]:
    """The networkx graph named by the arguments, and the input lines skipped on the way."""
    check_source(args)
    if args.from_neo4j:
        from policykg.graph import neo4j
        from policykg.graph.load import read_graph

        with neo4j.driver() as drv:
            return read_graph(drv, neo4j.database()), []
    from policykg.graph.build import build_graph
    from policykg.graph.events_io import read_events_paths
    from policykg.graph.review_api import corrected

    batch = read_events_paths(args.events)
    records, report, bad = corrected(batch.records)  # the analysts' corrections apply here too
    skipped = report_skipped([*batch.skipped, *bad, *report.orphans], strict)
    return build_graph(records), skipped
