"""``policykg query`` and ``policykg entities``: canned queries and entity search, rows out.

``policykg query --list`` prints each query's name and description;
``policykg query NAME --help`` its parameters (type, default, allowed values)
and an example, from the ``.cypher`` header; ``policykg query NAME --param
key=value ...`` runs it read-only through :func:`policykg.queries.run_query`,
where names stand for ids (``actor=China``, ``item=镓``, ``type=tariff``).
``policykg entities [TEXT]`` finds entities by any English or Chinese name.
Output options are shared (:mod:`policykg.cli.output`).
"""

from __future__ import annotations

import argparse
import logging
import sys
from typing import Any

from policykg import EXIT_ERROR, EXIT_OK, EXIT_USAGE
from policykg.cli.output import FORMATS, LIST_JOINER, add_output_options, emit, render, table_text

__all__ = ["FORMATS", "LIST_JOINER", "list_text", "query_help", "register", "render", "table_text"]


class _QueryHelp(argparse.Action):
    """``-h``: the query's own help after a NAME, else the command's help."""

    def __init__(self, option_strings: list[str], dest: str, **kwargs: Any) -> None:
        super().__init__(option_strings, dest, nargs=0, default=argparse.SUPPRESS, **kwargs)

    def __call__(self, parser: argparse.ArgumentParser, namespace: Any, values: Any, option_string: Any = None) -> None:
        from policykg import PolicyKGError
        from policykg.queries import load_query

        if not getattr(namespace, "name", None):
            parser.print_help()
            parser.exit(EXIT_OK)
        try:
            print(query_help(load_query(namespace.name)), end="")
        except PolicyKGError as exc:
            parser.exit(EXIT_ERROR, f"policykg: error: {exc}\n")
        parser.exit(EXIT_OK)


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "query",
        help="run a canned Cypher query (read-only) and print its rows",
        description="Run a canned query from queries/*.cypher against Neo4j, read-only. "
        "`policykg query NAME --help` shows the query's parameters and an example.",
        add_help=False,
    )
    parser.add_argument("-h", "--help", action=_QueryHelp, help="show this help, or the query's help after NAME")
    parser.add_argument("name", nargs="?", metavar="NAME", help="query name (see --list)")
    parser.add_argument("--list", action="store_true", help="list the queries with their descriptions")
    parser.add_argument(
        "--param",
        action="append",
        default=[],
        metavar="KEY=VALUE",
        help="a query parameter (repeatable); ids may be given as names (actor=China, item=镓); "
        "lists are comma-separated, dates YYYY-MM-DD",
    )
    add_output_options(parser)
    parser.set_defaults(handler=handle, parser=parser)
    entities = subparsers.add_parser(
        "entities",
        help="find entities by any English or Chinese name, alias or id; their number of events",
        description="Search the entities in the graph by name (English or Chinese, any case, "
        "misspellings allowed), alias or id. Prints id, type, names and number of events.",
    )
    entities.add_argument("text", nargs="?", default=None, metavar="TEXT", help="a name, alias or id (omit: all)")
    entities.add_argument("--type", default=None, help="Country, Bloc, Agency, Firm, Person, Element or Item")
    entities.add_argument("--limit", type=int, default=20, help="at most this many rows (default 20)")
    add_output_options(entities)
    entities.set_defaults(handler=handle_entities)


def _quiet_notifications() -> None:
    # Server notifications (e.g. "label does not exist" on a graph without firms) are
    # hints for query authors, not for the user reading a table.
    logging.getLogger("neo4j.notifications").addHandler(logging.NullHandler())


def handle(args: argparse.Namespace) -> int:
    from policykg import queries

    if args.list:
        print(list_text(queries.list_queries()))
        return EXIT_OK
    if not args.name:
        args.parser.print_usage(sys.stderr)
        print("policykg query: error: give a query NAME, or --list", file=sys.stderr)
        return EXIT_USAGE
    query = queries.load_query(args.name)
    params = queries.parse_cli_params(query, args.param)
    emit(_run(query, params), args)
    return EXIT_OK


def _run(query: Any, params: dict[str, Any]) -> Any:
    """Resolve names (saying on stderr which were read loosely), then run the query."""
    from policykg import queries
    from policykg.graph import neo4j as kg_neo4j

    _quiet_notifications()
    queries.bind_params(query, params)  # missing or mistyped parameters fail before connecting
    with kg_neo4j.driver() as drv:
        database = kg_neo4j.database()
        resolved, loose = queries.resolve_query_params(query, params, drv, database)
        for param, value, match in loose:
            print(f"policykg: note: {param}={value!r} read as {match.label()}", file=sys.stderr)
        return queries.run_query(query, drv, database, **resolved)


def handle_entities(args: argparse.Namespace) -> int:
    from policykg import queries

    params: dict[str, Any] = {"limit": args.limit}
    if args.text:
        params["search"] = args.text
    if args.type:
        params["entity_type"] = args.type
    emit(_run(queries.load_query("entities"), params), args)
    return EXIT_OK


def list_text(items: list[Any]) -> str:
    """One line per query: its name padded to a column, then its description."""
    width = max(len(q.name) for q in items)
    lines = []
    for q in items:
        params = ", ".join(p.name for p in q.params)
        lines.append(f"{q.name:<{width}}  {q.description} [{params}]")
    return "\n".join(lines)


def query_help(query: Any) -> str:
    """The help of one query: description, every parameter, examples and notes, from its header."""
    from policykg.queries.header import header_notes

    rows = [
        [p.name, p.type, "required" if p.required else p.describe().rsplit("default ", 1)[1][:-1], allowed(p)]
        for p in query.params
    ]
    lines = [
        f"usage: policykg query {query.name} [--param KEY=VALUE ...] [--format {'|'.join(FORMATS)}] "
        "[--columns A,B] [--wide] [--out FILE]",
        "",
        query.description,
        "",
        "parameters (--param KEY=VALUE):",
        *("  " + line for line in table_text(["name", "type", "default", "allowed values"], rows).splitlines()),
    ]
    if query.examples:
        lines += ["", "example:", *(f"  {e}" for e in query.examples)]
    notes = header_notes(query.text)
    if notes:
        lines += ["", "notes:", *(f"  {n}" for n in notes)]
    return "\n".join(lines) + "\n"


def allowed(param: Any) -> str:
    """What a parameter accepts, in words: names for ids, the closed list, the date form."""
    from policykg.queries.names import CLOSED_PARAMS, ENTITY_PARAMS

    many = "comma-separated " if param.type == "list" else ""
    if param.name in ENTITY_PARAMS:
        kinds = ENTITY_PARAMS[param.name]
        what = "an id or any English/Chinese name" + (f" of an {' or '.join(kinds).lower()}" if kinds else "")
        return f"{many}{what} (find one: policykg entities NAME)"
    if param.name in CLOSED_PARAMS:
        return f"{many}one of {', '.join(CLOSED_PARAMS[param.name])} (any case)"
    return {"date": "YYYY-MM-DD", "bool": "true or false", "int": "a whole number", "float": "a number"}.get(
        param.type, f"{many}text"
    )
