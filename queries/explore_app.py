"""``policykg explore``: a local web app that reads the real graph live, guarded as Jupyter guards its server.

Built on Starlette (an ASGI toolkit: small, typed, kept up to date, with a
thread pool for the blocking Neo4j driver) and served by uvicorn on
``127.0.0.1`` only.  The page is the offline view's page (same template body,
same ``view.js``) plus ``explore.js``, which asks this app for data.

Safety:

* **loopback only**: the CLI binds ``127.0.0.1``;
* **a random token** (``secrets.token_urlsafe``) in the URL printed at start;
  every request must carry it (``?token=`` or ``Authorization: token ...``),
  else 403.  The page sends it in a header, so it never sits in a link;
* **Host and Origin checks**: ``Host`` must be ``127.0.0.1:PORT`` or
  ``localhost:PORT`` (no DNS rebinding); an ``Origin`` or a
  ``Sec-Fetch-Site: cross-site`` from anywhere else is refused (no cross-site
  requests); JSON bodies only;
* **reads only canned queries** through ``run_query`` (READ routing), with
  parameters only; nothing about the driver, the URI or the password is ever
  sent: a database failure reaches the browser as a fixed sentence and is
  printed in the terminal;
* **headers**: a Content-Security-Policy allowing the page's three scripts by
  hash and connections to this origin only, ``Referrer-Policy: no-referrer``
  (the token never leaks to an article's site), ``nosniff``, no framing, no caching.
"""

from __future__ import annotations

import hmac
import json
import sys
from collections.abc import Callable
from typing import Any
from urllib.parse import parse_qs

from policykg import PolicyKGError
from policykg.queries import explore

DB_FAILURE = "the database could not answer this request (details are printed in the terminal running policykg explore)"
DRIVER_MARKERS = ("cannot reach Neo4j", "the server refused it", "driver error")
MAX_BODY = 1_000_000


def allowed_hosts(port: int) -> set[str]:
    return {f"127.0.0.1:{port}", f"localhost:{port}"}


class Guard:
    """ASGI middleware: token, Host and Origin checks, then safety headers on every response."""

    def __init__(self, app: Any, token: str, port: int, csp: str) -> None:
        self.app, self.token, self.hosts, self.csp = app, token, allowed_hosts(port), csp
        self.origins = {f"http://{h}" for h in self.hosts}

    def refusal(self, scope: dict[str, Any]) -> str | None:
        """Why a request is refused, or ``None``."""
        headers = {k.decode("latin-1").lower(): v.decode("latin-1") for k, v in scope.get("headers", [])}
        if headers.get("host") not in self.hosts:
            return "unknown Host"
        origin = headers.get("origin")
        if origin is not None and origin not in self.origins:
            return "foreign Origin"
        if headers.get("sec-fetch-site", "same-origin") not in ("same-origin", "none"):
            return "cross-site request"
        given = parse_qs(scope.get("query_string", b"").decode("latin-1")).get("token", [""])[0]
        auth = headers.get("authorization", "")
        if auth.lower().startswith("token "):
            given = auth[6:].strip()
        if not given or not hmac.compare_digest(given.encode(), self.token.encode()):
            return "missing or wrong token"
        return None

    async def __call__(self, scope: dict[str, Any], receive: Callable, send: Callable) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        reason = self.refusal(scope)

        async def send_with_headers(message: dict[str, Any]) -> None:
            if message["type"] == "http.response.start":
                message["headers"] = list(message.get("headers", [])) + self.headers()
            await send(message)

        if reason is not None:
            await send_with_headers({"type": "http.response.start", "status": 403, "headers": _text_type()})
            await send({"type": "http.response.body", "body": f"403 Forbidden: {reason}\n".encode()})
            return
        await self.app(scope, receive, send_with_headers)

    def headers(self) -> list[tuple[bytes, bytes]]:
        return [
            (b"content-security-policy", self.csp.encode()),
            (b"referrer-policy", b"no-referrer"),
            (b"x-content-type-options", b"nosniff"),
            (b"x-frame-options", b"DENY"),
            (b"cache-control", b"no-store"),
            (b"cross-origin-resource-policy", b"same-origin"),
        ]


def _text_type() -> list[tuple[bytes, bytes]]:
    return [(b"content-type", b"text/plain; charset=utf-8")]


def explorer_csp(*scripts: str) -> str:
    from policykg.queries.view_html import script_hash

    hashes = " ".join(script_hash(s) for s in scripts)
    return (
        f"default-src 'none'; script-src {hashes}; style-src 'unsafe-inline'; img-src data:; font-src 'none'; "
        "connect-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'"
    )


def query_forms() -> list[dict[str, Any]]:
    """Every canned query with its parameters, for the page's form."""
    from policykg.queries import list_queries

    return [
        {
            "name": q.name,
            "description": q.description,
            "params": [
                {"name": p.name, "type": p.type, "required": p.required, "default": _default(p)} for p in q.params
            ],
        }
        for q in list_queries()
    ]


def _default(param: Any) -> str:
    return "" if param.default is None else str(param.default)


def run_form_query(run: Callable[..., Any], name: str, raw: dict[str, Any]) -> dict[str, Any]:
    """Run canned query ``name`` with form values (text, converted by its header) and draw what it names."""
    from policykg.queries import load_query, parse_cli_params

    query = load_query(name)
    given = [f"{k}={v}" for k, v in sorted(raw.items()) if isinstance(v, str) and v.strip() != ""]
    params = parse_cli_params(query, given)
    return explore.query_result(run, name, run(name, **params))


def public_error(exc: Exception) -> str:
    """The message the browser may see: ours for user errors, a fixed sentence for database failures."""
    message = str(exc)
    if not isinstance(exc, PolicyKGError) or any(marker in message for marker in DRIVER_MARKERS):
        print(f"policykg explore: {type(exc).__name__}: {message}", file=sys.stderr)
        return DB_FAILURE
    return message


def build_app(run: Callable[..., Any], token: str, port: int) -> Any:
    """The guarded Starlette app; ``run(name, **params)`` runs a canned query read-only."""
    from starlette.applications import Starlette
    from starlette.routing import Route

    from policykg.queries.explore_page import render_page

    page, scripts = render_page(query_forms())
    routes = [
        Route("/", lambda request: _html(page), methods=["GET"]),
        Route("/api/search", _handler(run, _search), methods=["GET"]),
        Route("/api/around", _handler(run, _around), methods=["GET"]),
        Route("/api/events", _handler(run, _events), methods=["POST"]),
        Route("/api/query", _handler(run, _query), methods=["POST"]),
        Route("/api/export", _handler(run, _export), methods=["POST"]),
    ]
    return Guard(Starlette(routes=routes), token, port, explorer_csp(*scripts))


def _html(text: str) -> Any:
    from starlette.responses import HTMLResponse

    return HTMLResponse(text)


def _handler(run: Callable[..., Any], action: Callable[..., Any]) -> Callable[..., Any]:
    """An endpoint: read the query string or JSON body, run ``action`` in a thread, answer JSON."""
    from starlette.concurrency import run_in_threadpool
    from starlette.responses import JSONResponse, Response

    async def endpoint(request: Any) -> Any:
        args: dict[str, Any] = dict(request.query_params)
        args.pop("token", None)
        if request.method == "POST":
            if request.headers.get("content-type", "").split(";")[0].strip() != "application/json":
                return JSONResponse({"error": "send JSON (Content-Type: application/json)"}, status_code=415)
            body = await request.body()
            if len(body) > MAX_BODY:
                return JSONResponse({"error": "request too large"}, status_code=413)
            try:
                args = json.loads(body or b"{}")
            except ValueError:
                return JSONResponse({"error": "the body is not JSON"}, status_code=400)
        try:
            result = await run_in_threadpool(action, run, args)
        except Exception as exc:  # every failure answers one line; driver details stay in the terminal
            status = 400 if public_error(exc) != DB_FAILURE else 502
            return JSONResponse({"error": public_error(exc)}, status_code=status)
        if isinstance(result, Response):
            return result
        return JSONResponse(result)

    return endpoint


def _limit(args: dict[str, Any]) -> int:
    try:
        return max(1, min(int(args.get("limit") or explore.DEFAULT_LIMIT), 1000))
    except (TypeError, ValueError) as exc:
        raise PolicyKGError("limit must be a whole number") from exc


def _text(args: dict[str, Any], name: str) -> str:
    value = args.get(name)
    if not isinstance(value, str) or not value.strip():
        raise PolicyKGError(f"give {name}")
    return value.strip()


def _search(run: Callable[..., Any], args: dict[str, Any]) -> Any:
    return {"matches": explore.search_entities(run, _text(args, "q"), args.get("type") or None)}


def _around(run: Callable[..., Any], args: dict[str, Any]) -> Any:
    return explore.around(run, _text(args, "entity"), _limit(args))


def _keys(args: dict[str, Any]) -> list[str]:
    keys = args.get("events")
    if not isinstance(keys, list) or not all(isinstance(k, str) for k in keys):
        raise PolicyKGError("events must be a list of event keys")
    return keys


def _events(run: Callable[..., Any], args: dict[str, Any]) -> Any:
    return explore.events_payload(run, _keys(args), _limit(args))


def _query(run: Callable[..., Any], args: dict[str, Any]) -> Any:
    params = args.get("params") or {}
    if not isinstance(params, dict):
        raise PolicyKGError("params must be an object")
    return run_form_query(run, _text(args, "name"), params)


def _export(run: Callable[..., Any], args: dict[str, Any]) -> Any:
    from starlette.responses import Response

    title = str(args.get("title") or "Exported view")[:200]
    html = explore.export_html(run, _keys(args), title)
    return Response(
        html,
        media_type="text/html; charset=utf-8",
        headers={"content-disposition": 'attachment; filename="policykg-view.html"'},
    )
