"""``policykg view``: write the interactive HTML views and their ``index.html``.

The graph comes from events JSONL files or, with ``--from-neo4j``, from the
database.  The whole graph is always written; each ``--query NAME`` (repeatable,
each followed by its own ``--param k=v``) adds the drawing of a canned query's
result (the queries run on Neo4j, so they need ``--from-neo4j``), and each
``--entity ID`` adds that entity's neighbourhood within ``--hops`` links.
``index.html`` lists every view in the folder, earlier runs' included.  The last
line printed is its path.
"""

from __future__ import annotations

import argparse
from typing import Any

from policykg import EXIT_OK, EXIT_SKIPPED, PolicyKGError
from policykg.cli.argtypes import positive_int
from policykg.cli.graph_source import add_source_arguments, check_source, read_source


def register(subparsers: argparse._SubParsersAction) -> None:
    view = subparsers.add_parser(
        "view",
        help="write interactive HTML views of the graph (offline, self-contained)",
        description="Write HTML views (whole graph, a canned query's result, entity neighbourhoods) "
        "and an index.html linking them. The graph is built from EVENTS.jsonl or read "
        "from Neo4j with --from-neo4j.",
    )
    add_source_arguments(view, "draw")
    view.add_argument("--out", required=True, metavar="DIR", help="directory for the HTML files")
    view.add_argument(
        "--query",
        action=_QueryAction,
        dest="queries",
        default=[],
        metavar="NAME",
        help="also draw the result of this canned query (repeatable; needs --from-neo4j)",
    )
    view.add_argument(
        "--param",
        action=_ParamAction,
        dest="queries",
        metavar="NAME=VALUE",
        help="a parameter of the --query before it (repeatable)",
    )
    view.add_argument(
        "--entity",
        action="append",
        default=[],
        metavar="ID",
        help="also draw this entity's neighbourhood (repeatable), e.g. CHN",
    )
    view.add_argument(
        "--hops", type=positive_int, default=2, metavar="N", help="neighbourhood radius in links (default 2)"
    )
    view.add_argument(
        "--max-nodes",
        type=positive_int,
        default=2000,
        metavar="N",
        help="past this many nodes a view keeps the best-sourced events (default 2000)",
    )
    view.set_defaults(handler=handle_view)


class _QueryAction(argparse.Action):
    """``--query NAME``: start a new (name, [params]) entry; the ``--param`` after it belong to it."""

    def __call__(self, parser: Any, namespace: Any, values: Any, option_string: Any = None) -> None:
        entries = list(getattr(namespace, self.dest) or [])
        entries.append((values, []))
        setattr(namespace, self.dest, entries)


class _ParamAction(argparse.Action):
    def __call__(self, parser: Any, namespace: Any, values: Any, option_string: Any = None) -> None:
        entries = list(getattr(namespace, self.dest) or [])
        if not entries:  # reported by handle_view as a one-line error
            entries.append((None, []))
        entries[-1][1].append(values)
        setattr(namespace, self.dest, entries)


def handle_view(args: argparse.Namespace) -> int:
    from policykg.queries.views import write_views

    check_source(args)
    if args.queries and args.queries[0][0] is None:
        raise PolicyKGError(f"--param {args.queries[0][1][0]} needs a --query NAME before it")
    if args.queries and not args.from_neo4j:
        raise PolicyKGError("--query runs a canned query on Neo4j: use it with --from-neo4j")
    graph, skipped, queries = _inputs(args)
    entities = [(entity, args.hops) for entity in args.entity]
    index = write_views(args.out, graph, queries=queries, entities=entities, max_nodes=args.max_nodes)
    print(f"wrote {1 + len(queries) + len(entities)} views of a graph of {graph.number_of_nodes()} nodes")
    print(index)
    return EXIT_SKIPPED if skipped else EXIT_OK


def _inputs(args: argparse.Namespace) -> tuple[Any, list[str], list[tuple[str, dict[str, Any], Any]]]:
    """The graph, the skipped input lines, and the query views' ``(name, params, rows)``."""
    from policykg.queries import load_query, parse_cli_params, run_query

    checked = [(load_query(name), raw) for name, raw in args.queries]  # unknown names fail before any work
    graph, skipped = read_source(args)
    queries = []
    for query, raw in checked:
        params = parse_cli_params(query, raw)
        queries.append((query.name, params, run_query(query, **params).to_dict("records")))
    return graph, skipped, queries
