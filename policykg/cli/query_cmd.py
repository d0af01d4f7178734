"""``policykg query``: list the canned queries, or run one and print its rows.

``policykg query --list`` prints each query's name and description;
``policykg query NAME --param key=value ... [--format table|csv|json]`` runs it
read-only through :func:`policykg.queries.run_query`.  Parameter values are
converted by the type the query file declares (see ``docs/queries.md``).
"""

from __future__ import annotations

import argparse
import json
import logging
import math
import sys
from typing import Any

from policykg import EXIT_OK, EXIT_USAGE

FORMATS = ("table", "csv", "json")
# How a list cell is written in the table and in CSV (JSON keeps real arrays).
LIST_JOINER = {"table": ", ", "csv": ";"}


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "query",
        help="run a canned Cypher query (read-only) and print its rows",
        description="Run a canned query from queries/*.cypher against Neo4j, read-only.",
    )
    parser.add_argument("name", nargs="?", metavar="NAME", help="query name (see --list)")
    parser.add_argument("--list", action="store_true", help="list the queries with their descriptions")
    parser.add_argument(
        "--param",
        action="append",
        default=[],
        metavar="KEY=VALUE",
        help="a query parameter (repeatable); lists are comma-separated, dates YYYY-MM-DD",
    )
    parser.add_argument("--format", choices=FORMATS, default="table", help="output format (default: table)")
    parser.set_defaults(handler=handle, parser=parser)


def handle(args: argparse.Namespace) -> int:
    from policykg import queries

    if args.list:
        print(list_text(queries.list_queries()))
        return EXIT_OK
    if not args.name:
        args.parser.print_usage(sys.stderr)
        print("policykg query: error: give a query NAME, or --list", file=sys.stderr)
        return EXIT_USAGE
    # Server notifications (e.g. "label does not exist" on a graph without firms) are
    # hints for query authors, not for the user reading a table.
    logging.getLogger("neo4j.notifications").addHandler(logging.NullHandler())
    query = queries.load_query(args.name)
    params = queries.parse_cli_params(query, args.param)
    df = queries.run_query(query, **params)
    sys.stdout.write(render(df, args.format))
    return EXIT_OK


def list_text(items: list[Any]) -> str:
    """One line per query: its name padded to a column, then its description."""
    width = max(len(q.name) for q in items)
    lines = []
    for q in items:
        params = ", ".join(p.name for p in q.params)
        lines.append(f"{q.name:<{width}}  {q.description} [{params}]")
    return "\n".join(lines)


def render(df: Any, fmt: str) -> str:
    """The rows as text in ``fmt``: an aligned table, CSV or a JSON array of objects."""
    if fmt == "json":
        records = [{k: _json_cell(v) for k, v in row.items()} for row in df.to_dict(orient="records")]
        return json.dumps(records, ensure_ascii=False, indent=2) + "\n"
    flat = df.map(lambda v: _text_cell(v, LIST_JOINER[fmt])) if len(df) else df
    if fmt == "csv":
        return flat.to_csv(index=False)
    return table_text(list(df.columns), flat.values.tolist() if len(df) else [])


def table_text(columns: list[str], cells: list[list[str]]) -> str:
    """Left-aligned columns two spaces apart, a header line, ``(no rows)`` when empty."""
    widths = [max([len(c)] + [len(row[i]) for row in cells]) for i, c in enumerate(columns)]
    lines = [columns, *cells]
    text = "\n".join("  ".join(f"{v:<{w}}" for v, w in zip(line, widths)).rstrip() for line in lines)
    return text + ("\n" if cells else "\n(no rows)\n")


def _is_null(value: Any) -> bool:
    return value is None or (isinstance(value, float) and math.isnan(value))


def _text_cell(value: Any, joiner: str) -> str:
    if isinstance(value, list):
        return joiner.join(_text_cell(v, joiner) for v in value)
    if _is_null(value):
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


def _json_cell(value: Any) -> Any:
    if isinstance(value, list):
        return [_json_cell(v) for v in value]
    if _is_null(value):
        return None
    if hasattr(value, "item"):  # numpy scalars
        return value.item()
    return value
