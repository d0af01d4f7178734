"""``policykg explore`` for real: uvicorn on 127.0.0.1, the test Neo4j, headless Chromium.

The events fixture plus the hostile records are loaded into the emptied test
database; the app is the one the CLI builds (``build_app`` with ``run_query``
on the test driver), served by the CLI's own ``bind`` / ``make_server`` on a
free port.  Expected sets are recomputed from the graph built in memory.
"""

from __future__ import annotations

import functools
import http.client
import json
import secrets
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import networkx as nx
import pytest

from policykg.cli.explore_cmd import bind, make_server
from policykg.graph.build import build_graph
from policykg.graph.events_io import read_events_paths
from policykg.graph.load import load_graph
from policykg.queries import run_query
from policykg.queries.explore_app import DB_FAILURE, build_app

pytestmark = [pytest.mark.browser, pytest.mark.neo4j]

TESTS = Path(__file__).resolve().parents[1]
EVENTS = [TESTS / "data" / "events_fixture.jsonl", Path(__file__).parent / "data" / "hostile_events.jsonl"]
READY_S = 60.0  # hang guard, not a speed test


@dataclass
class App:
    port: int
    token: str
    graph: nx.MultiDiGraph

    @property
    def origin(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    @property
    def url(self) -> str:
        return f"{self.origin}/?token={self.token}"


@pytest.fixture()
def app(clean_db: Any) -> Iterator[App]:
    from policykg.graph import neo4j as kg_neo4j

    graph = build_graph(read_events_paths(EVENTS).records)
    load_graph(clean_db, graph, kg_neo4j.database())
    token = secrets.token_urlsafe(24)
    sock = bind(0)
    port = sock.getsockname()[1]
    run = functools.partial(run_query, driver=clean_db, database=kg_neo4j.database())
    server = make_server(build_app(run, token, port), sock)
    thread = threading.Thread(target=server.run, kwargs={"sockets": [sock]}, daemon=True)
    thread.start()
    deadline = time.monotonic() + READY_S
    while not server.started:
        assert time.monotonic() < deadline, "explorer did not start"
        time.sleep(0.05)
    yield App(port, token, graph)
    server.should_exit = True
    thread.join(timeout=10)


def request(app: App, method: str, path: str, headers: dict[str, str] | None = None, body: Any = None):
    conn = http.client.HTTPConnection("127.0.0.1", app.port, timeout=60)
    data = None if body is None else json.dumps(body).encode()
    all_headers = {"Host": f"127.0.0.1:{app.port}", **(headers or {})}
    if data is not None:
        all_headers["Content-Type"] = "application/json"
    conn.request(method, path, body=data, headers=all_headers)
    response = conn.getresponse()
    return response.status, response.read().decode(), dict(response.getheaders())


def test_refuses_missing_token_foreign_host_or_origin(app: App) -> None:
    auth = {"Authorization": f"token {app.token}"}
    assert request(app, "GET", "/")[0] == 403
    assert request(app, "GET", "/?token=wrong")[0] == 403
    assert request(app, "GET", "/api/search?q=China")[0] == 403
    assert request(app, "GET", "/", {"Host": f"evil.example:{app.port}", **auth})[:2] == (
        403,
        "403 Forbidden: unknown Host\n",
    )
    assert request(app, "GET", "/", {"Host": "127.0.0.1", **auth})[0] == 403  # port missing: not ours
    origin = {"Origin": "http://evil.example", **auth}
    assert request(app, "POST", "/api/events", origin, {"events": []})[:2] == (403, "403 Forbidden: foreign Origin\n")
    assert request(app, "GET", "/", {"Sec-Fetch-Site": "cross-site", **auth})[0] == 403
    status, body, headers = request(app, "GET", "/", auth)
    assert status == 200 and body.startswith("<!DOCTYPE html>")
    assert request(app, "GET", "/", {"Host": f"localhost:{app.port}", **auth})[0] == 200
    csp = headers["content-security-policy"]
    assert "connect-src 'self'" in csp and "default-src 'none'" in csp and "http" not in csp
    assert (headers["referrer-policy"], headers["x-frame-options"]) == ("no-referrer", "DENY")
    assert app.token not in body  # the page reads the token from its own URL; it never sits in the HTML


def test_database_failures_reach_the_browser_as_one_fixed_sentence(app: App) -> None:
    auth = {"Authorization": f"token {app.token}"}
    status, body, _ = request(app, "POST", "/api/query", auth, {"name": "who_restricts", "params": {"since": "nope"}})
    assert status == 400 and "since" in json.loads(body)["error"]
    status, body, _ = request(app, "POST", "/api/query", auth, {"name": "nope", "params": {}})
    assert status == 400 and json.loads(body)["error"].startswith("unknown query 'nope'")
    assert DB_FAILURE.startswith("the database could not answer")


def _wait(opened: Any, condition: str) -> Any:
    deadline = time.monotonic() + READY_S
    while True:
        value = opened.page.evaluate(condition)
        if value:
            return value
        assert time.monotonic() < deadline, f"timed out waiting for {condition}; errors {opened.console_errors()}"
        opened.page.wait_for_timeout(100)


@pytest.fixture()
def explorer(app: App, browser: Any) -> Iterator[Any]:
    from tests.browser.conftest import Opened, _record

    context = browser.new_context(viewport={"width": 1400, "height": 900}, accept_downloads=True)
    page = context.new_page()
    opened = Opened(page, app.url)
    _record(context, page, opened)
    context.unroute("**/*")
    context.route("**/*", lambda route: _only_own_origin(route, opened, app.origin))
    page.goto(app.url)
    _wait(opened, "() => Boolean(window.policykgView && window.policykgView.ready)")
    yield opened
    context.close()


_NOT_DRAWN = ("Article", "Source", "Event", "Measure")


def _only_own_origin(route: Any, opened: Any, origin: str) -> None:
    if route.request.url.startswith(origin + "/"):
        route.continue_()
    else:
        opened.aborted.append(route.request.url)
        route.abort()


def _events_of(graph: nx.MultiDiGraph, entity: str) -> set[str]:
    """Events the entity takes part in (actor, item or target)."""
    roles = ("ACTOR", "ITEM", "TARGET")
    return {v if u == entity else u for u, v, k in graph.edges(keys=True) if k in roles and entity in (u, v)}


def test_search_expand_panel_query_export(app: App, explorer: Any, tmp_path: Path, save_screenshot) -> None:
    page, graph = explorer.page, app.graph
    page.fill("#pk-find", "镝")  # dysprosium, by its Chinese name
    page.click("#pk-find-form button")
    _wait(explorer, "() => document.querySelectorAll('#pk-results button').length > 0")
    assert page.eval_on_selector_all("#pk-results button", "bs => bs.map(b => b.dataset.id)")[0] == "element:Dy"
    page.click("#pk-results button")
    _wait(explorer, "() => policykgView.nodes.length > 0 && policykgView.busy === 0")
    events = _events_of(graph, "element:Dy")
    ids = set(explorer.js("() => policykgView.nodes.getIds()"))
    entities = {n for e in events for n in nx.all_neighbors(graph, e) if graph.nodes[n]["label"] not in _NOT_DRAWN}
    assert ids == events | entities
    # expand China: its events join the view (double-click handler, same as the panel button)
    explorer.js("() => policykgView.expand('CHN')")
    _wait(explorer, "() => policykgView.busy === 0 && policykgView.nodes.get().length > 0")
    ids = set(explorer.js("() => policykgView.nodes.getIds()"))
    assert _events_of(graph, "CHN") <= ids
    # panel: evidence and the article link of the 2025-10-09 controls
    (impose,) = [e for e in _events_of(graph, "element:Dy") if graph.nodes[e].get("date") == "2025-10-09"]
    explorer.js(f"() => policykgView.showPanel({json.dumps(impose)})")
    panel = page.text_content("#pk-panel")
    assert "CHN export control: Dy, rare earths \u00b7 2025-10-09" in panel
    assert "expanded export controls on rare earths including dysprosium" in panel
    assert page.get_attribute("#pk-panel a.pk-link", "href") == "https://example.com/reuters/rare-earths"
    assert page.get_attribute("#pk-panel a.pk-link", "rel") == "noopener noreferrer"
    save_screenshot(explorer, "explore-expanded-panel")
    # a canned query from the form, drawn with its rows
    page.select_option("#pk-query-name", "who_restricts")
    page.fill("#pk-query-params input[name=target]", "美国")
    page.click("#pk-query-form button")
    _wait(explorer, "() => policykgView.busy === 0 && !document.getElementById('pk-rows').hidden")
    restrictive = {"EXPORT_CONTROL", "EXPORT_BAN", "TARIFF", "IMPORT_RESTRICTION", "SANCTION"}
    expected = {
        e
        for e, t, k in graph.edges(keys=True)
        if k == "TARGET"
        and t == "USA"
        and graph.nodes[e]["type"] in restrictive
        and graph.nodes[e]["action"] in {"impose", "threaten", "extend"}  # who_restricts' default
    }
    drawn_events = set(explorer.js("() => policykgView.nodes.getIds({filter: n => n.shape === 'diamond'})"))
    assert drawn_events == expected
    assert explorer.js("() => document.querySelectorAll('#pk-rows tbody tr').length") == len(expected)
    save_screenshot(explorer, "explore-query")
    # export the current view as an offline page, and open it
    with page.expect_download() as download:
        explorer.js("() => policykgView.exportView()")
    saved = tmp_path / "exported.html"
    download.value.save_as(str(saved))
    text = saved.read_text(encoding="utf-8")
    assert text.startswith("<!DOCTYPE html>") and 'http-equiv="Content-Security-Policy"' in text
    assert app.token not in text
    assert explorer.console_errors() == []
    assert explorer.aborted == []
    assert all(url.startswith(app.origin + "/") or url.startswith("blob:") for url in explorer.requests)
    assert explorer.js("() => typeof window.__pwned") == "undefined"


def test_hostile_names_stay_text_in_the_explorer(app: App, explorer: Any) -> None:
    page = explorer.page
    page.fill("#pk-find", "org:")
    explorer.js("() => policykgView.start('org:\"><svg onload=window.__pwned=1>')")
    _wait(explorer, "() => policykgView.busy === 0 && policykgView.nodes.length > 0")
    explorer.js("() => policykgView.showPanel(policykgView.nodes.getIds()[0])")
    injected = "() => document.body.querySelectorAll('img, iframe, svg, u, b, a[href^=javascript]').length"
    assert explorer.js(injected) == 0
    assert explorer.js("() => typeof window.__pwned") == "undefined"
    assert explorer.console_errors() == [] and explorer.dialogs == []
