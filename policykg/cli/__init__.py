"""The ``policykg`` command line: parsing and calls, nothing else.

Each command group lives in its own module exposing ``register(subparsers)``;
handlers return an exit code.  Heavy imports (spaCy, neo4j, pandas) happen inside
handlers so ``policykg --help`` stays fast.  A :class:`PolicyKGError` becomes one
line on stderr and its exit code; no traceback reaches the user.
"""

from __future__ import annotations

import argparse
import importlib
import sys

from policykg import EXIT_ERROR, EXIT_USAGE, PolicyKGError, __version__

# Command-group modules, in the order they appear in --help.
GROUPS = (
    "neo4j_cmd",
    "extract_cmd",
    "graph_cmd",
    "tally_cmd",
    "query_cmd",
    "view_cmd",
    "explore_cmd",
    "review_cmd",
)  # query_cmd also adds `entities`


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="policykg",
        description="Policy-event knowledge graph: trade-policy news in, a queryable graph out.",
    )
    parser.add_argument("--version", action="version", version=f"policykg {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name in GROUPS:
        importlib.import_module(f"policykg.cli.{name}").register(sub)
    return parser


def main(argv: list[str] | None = None) -> int:
    """Run the CLI on ``argv`` and return the exit code (used by tests)."""
    parser = build_parser()
    args = parser.parse_args(argv)
    if not getattr(args, "handler", None):
        parser.print_help()
        return EXIT_USAGE
    try:
        return int(args.handler(args) or 0)
    except PolicyKGError as exc:
        print(f"policykg: error: {exc}", file=sys.stderr)
        return exc.exit_code
    except OSError as exc:  # a file we were told to read or write: name it, no traceback
        print(f"policykg: error: {exc.strerror or exc}: {exc.filename or ''}".rstrip(": "), file=sys.stderr)
        return EXIT_ERROR
    except KeyboardInterrupt:
        print("policykg: interrupted", file=sys.stderr)
        return 130


def run() -> None:
    """Console-script entry point."""
    sys.exit(main())
