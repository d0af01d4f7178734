"""``policykg neo4j start|stop|status``: the managed local Neo4j server.

Thin wrappers over :mod:`policykg.graph.server`; files and environment variables
are described in docs/neo4j.md.  ``status`` exits 0 when the server runs and 1
when it is stopped, so scripts can test it.  The password is never printed.
"""

from __future__ import annotations

import argparse
import sys
import time

from policykg import EXIT_ERROR, EXIT_OK

_FILES = (
    "Files: jars under $POLICYKG_CACHE_DIR (default $XDG_CACHE_HOME/policykg), data, logs and the "
    "password file under $POLICYKG_STATE_DIR (default $XDG_STATE_HOME/policykg); Bolt port "
    "$POLICYKG_NEO4J_BOLT_PORT (default 7687)."
)


def register(subparsers: argparse._SubParsersAction) -> None:
    group = subparsers.add_parser(
        "neo4j",
        help="start, stop or inspect the managed local Neo4j server",
        description="Manage the local Neo4j Community server that policykg fetches and runs itself. " + _FILES,
    )
    sub = group.add_subparsers(dest="neo4j_command", metavar="ACTION")
    group.set_defaults(handler=lambda _args: _usage(group))
    for name, help_text, handler in (
        ("start", "fetch (first run only) and start the server; wait until Bolt answers", handle_start),
        ("stop", "stop the server (SIGTERM, then SIGKILL after a timeout)", handle_stop),
        ("status", "print running/stopped, the URI and the version (exit 1 when stopped)", handle_status),
    ):
        cmd = sub.add_parser(name, help=help_text, description=help_text[0].upper() + help_text[1:] + ". " + _FILES)
        cmd.set_defaults(handler=handler)


def _usage(parser: argparse.ArgumentParser) -> int:
    parser.print_help(sys.stderr)
    return 2


def _say(line: str) -> None:
    print(line, flush=True)


def _note_external() -> None:
    """With NEO4J_URI set, other commands use that server, not the managed one: say so."""
    from policykg.graph import neo4j as kg_neo4j

    if kg_neo4j.uses_external():
        print(
            f"note: NEO4J_URI is set, so policykg commands use {kg_neo4j.settings().shown_uri}, "
            "not this managed server",
            file=sys.stderr,
            flush=True,
        )


def handle_start(args: argparse.Namespace) -> int:
    from policykg.graph import server

    cfg = server.ServerConfig.from_env()
    began = time.monotonic()
    started = server.start(cfg, announce=_say)
    took = time.monotonic() - began
    if started:
        _say(f"neo4j started at {cfg.uri} in {took:.1f} s (Neo4j {cfg.version} Community; log {cfg.log_file})")
    else:
        _say(f"neo4j already running at {cfg.uri}")
    _note_external()
    return EXIT_OK


def handle_stop(args: argparse.Namespace) -> int:
    from policykg.graph import server

    cfg = server.ServerConfig.from_env()
    _say("neo4j stopped" if server.stop(cfg) else "neo4j was not running")
    return EXIT_OK


def handle_status(args: argparse.Namespace) -> int:
    from policykg.graph import server

    state = server.status(server.ServerConfig.from_env())
    _say(state.line())
    _note_external()
    return EXIT_OK if state.running else EXIT_ERROR
