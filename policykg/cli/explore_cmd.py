"""``policykg explore``: the local web explorer over the graph in Neo4j (127.0.0.1, token-protected).

Prints one URL with a fresh random token and serves until Ctrl-C.  The app
(``policykg.queries.explore_app``) reads the graph live through canned
read-only queries; the token, Host and Origin checks are described there.
"""

from __future__ import annotations

import argparse
import socket
import sys
from typing import Any

from policykg import EXIT_OK, PolicyKGError

HOST = "127.0.0.1"  # loopback only; there is deliberately no --host option


def port_number(text: str) -> int:
    """A TCP port 0-65535 (0: any free port); anything else is a usage error."""
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"must be a port number, not {text!r}") from None
    if not 0 <= value <= 65535:
        raise argparse.ArgumentTypeError("must be between 0 and 65535")
    return value


def register(subparsers: argparse._SubParsersAction) -> None:
    explore = subparsers.add_parser(
        "explore",
        help="explore the graph in Neo4j in your browser (local web app on 127.0.0.1, token-protected)",
        description="Serve a local web explorer on 127.0.0.1: search entities by English or Chinese name, "
        "expand, read evidence, filter by date, run canned queries and export views. Prints its URL "
        "(with a random token) and runs until Ctrl-C.",
    )
    explore.add_argument(
        "--port", type=port_number, default=8765, metavar="N", help="TCP port on 127.0.0.1 (default 8765; 0: any free)"
    )
    explore.set_defaults(handler=handle_explore)


def bind(port: int) -> socket.socket:
    """A listening socket on 127.0.0.1:port, or a one-line error."""
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    try:
        sock.bind((HOST, port))
    except OSError as exc:
        sock.close()
        raise PolicyKGError(f"cannot listen on {HOST}:{port}: {exc.strerror}; try --port 0") from exc
    sock.listen(64)
    return sock


def make_server(app: Any, sock: socket.socket) -> Any:
    """A uvicorn server for ``app`` on ``sock``, with no access log (URLs would show the token)."""
    import uvicorn

    config = uvicorn.Config(app, log_level="warning", access_log=False, lifespan="off", server_header=False)
    return uvicorn.Server(config)


def handle_explore(args: argparse.Namespace) -> int:
    import functools
    import secrets

    from policykg.graph import neo4j
    from policykg.queries import run_query
    from policykg.queries.explore_app import build_app

    token = secrets.token_urlsafe(24)
    with neo4j.driver() as drv:
        run = functools.partial(run_query, driver=drv, database=neo4j.database())
        sock = bind(args.port)
        port = sock.getsockname()[1]
        server = make_server(build_app(run, token, port), sock)
        print(f"policykg explore: open http://{HOST}:{port}/?token={token}")
        print("(only this machine can connect; the token is needed; Ctrl-C stops)", flush=True)
        sys.stdout.flush()
        server.run(sockets=[sock])
    return EXIT_OK
