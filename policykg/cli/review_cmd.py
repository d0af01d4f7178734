"""``policykg review``, ``policykg correct`` and ``policykg corrections``: analyst corrections.

``review`` lists the undecided reports that most need an eye; ``correct``
appends one decision to the corrections file; ``corrections`` lists them (or
exports them as gold).  The file is ``--corrections FILE``, else
``$POLICYKG_CORRECTIONS``, else ``corrections.jsonl`` in the state folder
(docs/corrections.md); ``load`` and ``ingest`` apply it on every run.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from typing import Any

from policykg import EXIT_OK, EXIT_SKIPPED, PolicyKGError
from policykg.cli.argtypes import positive_int

REVIEW_COLUMNS = ("report", "score", "flags", "summary", "evidence")
CORRECTION_COLUMNS = ("at", "by", "decision", "report", "change", "note")


def add_corrections_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--corrections",
        metavar="FILE",
        default=None,
        help="corrections JSONL (default $POLICYKG_CORRECTIONS, else corrections.jsonl in the state folder)",
    )


def register(subparsers: argparse._SubParsersAction) -> None:
    review = subparsers.add_parser(
        "review",
        help="list the undecided events that most need an analyst's eye",
        description="Rank reports (an event as one article states it) by low confidence, conflicting "
        "reports, inferred actor, no date and a single source; decided reports drop out.",
    )
    review.add_argument("events", nargs="*", metavar="EVENTS.jsonl", help="review these files (default: Neo4j)")
    review.add_argument("--format", choices=("table", "json"), default="table", help="output format")
    review.add_argument("--type", action="append", default=[], metavar="TYPE", help="only these event types")
    review.add_argument("--limit", type=positive_int, default=20, metavar="N", help="at most N reports (default 20)")
    add_corrections_option(review)
    review.set_defaults(handler=handle_review)

    correct = subparsers.add_parser(
        "correct",
        help="confirm, reject, edit, merge or split a report, or add a missed event",
        description="Append one decision to the corrections file; it applies at every later load/ingest.",
    )
    correct.add_argument("report", metavar="REPORT", help="report id from `policykg review` (ARTICLE_ID with --add)")
    decision = correct.add_mutually_exclusive_group()
    decision.add_argument("--confirm", action="store_true", help="the event is right")
    decision.add_argument("--reject", action="store_true", help="not an event")
    decision.add_argument("--merge-with", metavar="REPORT", help="this report and REPORT are one act")
    decision.add_argument("--split", action="store_true", help="a second act at this evidence (give --set)")
    decision.add_argument("--add", action="store_true", help="REPORT is an article id: add a missed event")
    correct.add_argument("--set", action="append", default=[], metavar="FIELD=VALUE", help="edit a field (repeatable)")
    correct.add_argument("--evidence", metavar="TEXT", help="with --add: the sentence that states the event")
    correct.add_argument("--span", metavar="START-END", help="with --add: its character offsets in the article")
    correct.add_argument("--note", metavar="TEXT", help="why (kept with the decision)")
    correct.add_argument("--by", metavar="NAME", help="who decides (default $POLICYKG_ANALYST, else the login)")
    correct.add_argument("--events", nargs="+", default=[], metavar="EVENTS.jsonl", help="find REPORT in these files")
    add_corrections_option(correct)
    correct.set_defaults(handler=handle_correct)

    listing = subparsers.add_parser(
        "corrections",
        help="list the analyst corrections, or export them as gold",
        description="Every decision in the corrections file, oldest first; --export-gold writes the "
        "reviewed events in the labelled-set format.",
    )
    listing.add_argument("--format", choices=("table", "json"), default="table", help="output format")
    listing.add_argument("--export-gold", metavar="FILE", help="write the reviewed events as gold JSONL")
    add_corrections_option(listing)
    listing.set_defaults(handler=handle_corrections)


def handle_review(args: argparse.Namespace) -> int:
    from policykg.graph import review_api
    from policykg.graph.corrections import read_corrections

    skipped = report_bad_lines(read_corrections(args.corrections).skipped)
    rows = review_api.review(args.events, args.corrections, args.limit, types=args.type)
    if args.format == "json":
        print(json.dumps(rows, ensure_ascii=False, indent=2))
    else:
        print(_table([_review_cells(r) for r in rows], REVIEW_COLUMNS) if rows else "nothing to review")
    return EXIT_SKIPPED if skipped else EXIT_OK


def handle_correct(args: argparse.Namespace) -> int:
    from policykg.graph import review_api

    values = _pairs(args.set)
    if args.add:
        if not args.evidence:
            raise PolicyKGError("--add needs --evidence TEXT (the sentence that states the event)")
        fix = review_api.add_event(
            args.report,
            args.evidence,
            values,
            span=_span(args.span),
            note=args.note,
            by=args.by,
            events=args.events,
            path=args.corrections,
        )
    else:
        fix = review_api.correct(
            args.report,
            confirm=args.confirm,
            reject=args.reject,
            set=values,
            merge_with=args.merge_with,
            split=args.split,
            note=args.note,
            by=args.by,
            events=args.events,
            path=args.corrections,
        )
    print(f"{fix.decision} {fix.report}: recorded as {fix.id}; it applies at the next load or ingest")
    return EXIT_OK


def handle_corrections(args: argparse.Namespace) -> int:
    from policykg.graph import review_api
    from policykg.graph.corrections import read_corrections

    skipped = report_bad_lines(read_corrections(args.corrections).skipped)
    if args.export_gold:
        count = review_api.export_gold(args.export_gold, args.corrections)
        print(f"wrote {count} gold records to {args.export_gold}")
        return EXIT_SKIPPED if skipped else EXIT_OK
    rows = review_api.corrections(args.corrections)
    if args.format == "json":
        print(json.dumps(rows, ensure_ascii=False, indent=2))
    else:
        print(_table([_correction_cells(r) for r in rows], CORRECTION_COLUMNS) if rows else "no corrections")
    return EXIT_SKIPPED if skipped else EXIT_OK


def report_bad_lines(messages: Sequence[str]) -> list[str]:
    """Print each malformed corrections line as ``path:line: reason`` on stderr."""
    for message in messages:
        print(message, file=sys.stderr)
    return list(messages)


def apply_on_load(records: Sequence[Any], args: argparse.Namespace) -> tuple[Any, list[str]]:
    """``load``/``ingest``: the records with the corrections applied, and the problems printed."""
    from policykg.graph.review_api import corrected

    out, report, skipped = corrected(records, getattr(args, "corrections", None))
    problems = report_bad_lines([*skipped, *report.orphans])
    if args.strict and problems:
        raise PolicyKGError(f"{len(problems)} correction problem(s) and --strict given; nothing was written")
    if report.applied or report.orphans or report.elsewhere or skipped:
        print(report.line())
    return out, problems


def _pairs(items: Sequence[str]) -> dict[str, str]:
    out = {}
    for item in items:
        name, sep, value = item.partition("=")
        if not sep or not name.strip():
            raise PolicyKGError(f"--set needs FIELD=VALUE, not {item!r}")
        out[name.strip()] = value.strip()
    return out


def _span(text: str | None) -> tuple[int, int] | None:
    if not text:
        return None
    start, _, end = text.partition("-")
    if not (start.isdigit() and end.isdigit() and int(start) < int(end)):
        raise PolicyKGError(f"--span must be START-END (offsets), not {text!r}")
    return int(start), int(end)


def _review_cells(row: dict[str, Any]) -> list[str]:
    what = f"{row['actor']} {row['action']} {row['type']}"
    if row["items"]:
        what += " [" + ", ".join(row["items"]) + "]"
    if row["targets"]:
        what += " -> [" + ", ".join(row["targets"]) + "]"
    what += f" on {row['date']}" if row["date"] else ""
    evidence = (row["evidence"] or "").replace("\n", " ")
    return [row["report"], str(row["score"]), ", ".join(row["flags"]), what, evidence[:90]]


def _correction_cells(row: dict[str, Any]) -> list[str]:
    change = ", ".join(f"{k}={_show(v)}" for k, v in row["set"].items())
    if row.get("with"):
        change = f"with {row['with']}" + (f"; {change}" if change else "")
    return [row["at"][:19], row["by"], row["decision"], row["report"], change, row.get("note") or ""]


def _show(value: Any) -> str:
    if isinstance(value, list):
        return ",".join(value)
    return "" if value is None else json.dumps(value, ensure_ascii=False) if isinstance(value, dict) else str(value)


def _table(rows: list[list[str]], columns: Sequence[str]) -> str:
    widths = [max(len(c), *(len(r[i]) for r in rows)) for i, c in enumerate(columns)]
    lines = ["  ".join(c.ljust(w) for c, w in zip(columns, widths)).rstrip()]
    lines += ["  ".join(v.ljust(w) for v, w in zip(row, widths)).rstrip() for row in rows]
    return "\n".join(lines)
