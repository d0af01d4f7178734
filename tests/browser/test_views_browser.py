"""The HTML views in real headless Chromium: offline, complete, searchable, and inert to hostile text.

The graph is the events fixture plus ``data/hostile_events.jsonl`` (titles,
sources, entity names and ids, evidence and values that carry script, markup,
control characters and a 5,000-character name).  Expected node and edge sets
are recomputed from the built graph here, independently of ``views``.
"""

from __future__ import annotations

from pathlib import Path

import networkx as nx
import pytest

from policykg.extract.models import Article, ArticleRecord, Entity, Event
from policykg.graph.build import build_graph
from policykg.graph.events_io import read_events_paths
from policykg.queries import views

pytestmark = pytest.mark.browser

TESTS = Path(__file__).resolve().parents[1]
EVENTS = [TESTS / "data" / "events_fixture.jsonl", Path(__file__).parent / "data" / "hostile_events.jsonl"]
ROLES = ("ACTOR", "ITEM", "TARGET", "ACTS_ON")
HOSTILE_TITLE = "<script>window.__pwned=1;alert(1)</script>"
HOSTILE_SOURCE = '<img src=x onerror="window.__pwned=1;alert(1)"> Daily'
HOSTILE_EVIDENCE = '<iframe src="javascript:window.__pwned=1"></iframe> banned & <u>exports</u>'
HOSTILE_NAME = '<img src=x onerror="window.__pwned=1;alert(1)">'
HOSTILE_AGENCY = 'org:"><svg onload=window.__pwned=1>'


@pytest.fixture(scope="module")
def graph() -> nx.MultiDiGraph:
    batch = read_events_paths(EVENTS)
    assert batch.skipped == ()
    return build_graph(batch.records)


@pytest.fixture(scope="module")
def site(graph: nx.MultiDiGraph, tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("views")
    views.write_views(out, graph, entities=[("CHN", 2), (HOSTILE_AGENCY, 1)])
    return out


def role_edges(graph: nx.MultiDiGraph, nodes: set[str] | None = None) -> set[tuple[str, str, str]]:
    return {
        (u, k, v) for u, v, k in graph.edges(keys=True) if k in ROLES and (nodes is None or (u in nodes and v in nodes))
    }


def drawn(opened) -> tuple[set[str], set[tuple[str, str, str]]]:
    nodes = opened.js("() => policykgView.nodes.getIds()")
    edges = opened.js("() => policykgView.edges.get().map(e => [e.from, e.label, e.to])")
    return set(nodes), {tuple(e) for e in edges}


def within(graph: nx.MultiDiGraph, start: str, hops: int) -> set[str]:
    """Breadth-first over role edges in both directions."""
    adjacent: dict[str, set[str]] = {}
    for u, _, v in role_edges(graph):
        adjacent.setdefault(u, set()).add(v)
        adjacent.setdefault(v, set()).add(u)
    seen, frontier = {start}, {start}
    for _ in range(hops):
        frontier = {n for f in frontier for n in adjacent.get(f, ())} - seen
        seen |= frontier
    return seen


def assert_clean(opened) -> None:
    assert opened.console_errors() == []
    assert opened.requests == [opened.url]
    assert opened.aborted == []
    assert opened.dialogs == []
    assert opened.js("() => window.__violations") == []
    assert opened.js("() => typeof window.__pwned") == "undefined"


def test_whole_view_draws_every_event_and_role(graph, site, open_view, save_screenshot) -> None:
    opened = open_view(site / "whole.html")
    assert_clean(opened)
    edges = role_edges(graph)
    nodes, drawn_edges = drawn(opened)
    assert nodes == {u for u, _, _ in edges} | {v for _, _, v in edges}
    assert drawn_edges == edges
    assert (len(nodes), len(drawn_edges)) == (32, 50)
    # pyvis nodes carry a group, no colour: vis-network styles them from the ``groups`` option
    styled = opened.js(
        "() => ['CHN', 'org:mofcom'].map(id => [policykgView.network.body.nodes[id].options.shape,"
        " policykgView.network.body.nodes[id].options.color.background])"
    )
    assert styled == [["dot", "#4e79a7"], ["square", "#f28e2b"]]
    save_screenshot(opened, "whole")


def test_neighbourhood_views_draw_what_is_within_reach(graph, site, open_view, save_screenshot) -> None:
    for file, start, hops in (
        ("entity-chn-2.html", "CHN", 2),
        ("entity-org-svg-onload-window-pwned-1-1.html", HOSTILE_AGENCY, 1),
    ):
        opened = open_view(site / file)
        assert_clean(opened)
        expected = within(graph, start, hops)
        assert drawn(opened) == (expected, role_edges(graph, expected))
        save_screenshot(opened, file.removesuffix(".html"))
    assert len(within(graph, HOSTILE_AGENCY, 1)) == 2


def test_index_links_every_view(site, open_view, save_screenshot) -> None:
    opened = open_view(site / "index.html", wait_ready=False)
    assert_clean(opened)
    links = opened.js("() => Array.from(document.querySelectorAll('a')).map(a => a.getAttribute('href'))")
    assert links == ["whole.html", "entity-chn-2.html", "entity-org-svg-onload-window-pwned-1-1.html"]
    assert all((site / link).is_file() for link in links)
    save_screenshot(opened, "index")


def _panel(opened, node: str) -> str:
    """Click ``node`` on the canvas and return the pinned detail panel's text."""
    opened.js(f"() => policykgView.network.focus({_js_string(node)}, {{scale: 1.5, animation: false}})")
    box = opened.page.locator("#pk-graph canvas").bounding_box()
    point = opened.js(f"() => policykgView.network.canvasToDOM(policykgView.network.getPosition({_js_string(node)}))")
    opened.page.mouse.click(box["x"] + point["x"], box["y"] + point["y"])
    opened.page.locator("#pk-panel").wait_for(state="visible", timeout=5000)
    return opened.page.text_content("#pk-panel")


def _js_string(text: str) -> str:
    import json

    return json.dumps(text)


def _hostile_event(graph: nx.MultiDiGraph) -> str:
    (event,) = [
        u
        for u, v, k in graph.edges(keys=True)
        if k == "REPORTED_IN" and v == "article:hostile0001" and graph.nodes[u]["type"] == "EXPORT_BAN"
    ]
    return event


@pytest.mark.parametrize("bypass_csp", [False, True], ids=["with-csp", "escaping-alone"])
def test_hostile_article_runs_nothing(graph, site, open_view, save_screenshot, bypass_csp: bool) -> None:
    """Escaping alone keeps the text inert (CSP bypassed); with the CSP nothing is even attempted."""
    opened = open_view(site / "whole.html", bypass_csp=bypass_csp)
    tip = _panel(opened, _hostile_event(graph))
    for text in (HOSTILE_TITLE, HOSTILE_SOURCE, HOSTILE_EVIDENCE, "<b>t</b>", HOSTILE_NAME, "Bold & <Co>"):
        assert text in tip
    assert opened.js("() => document.querySelectorAll('#pk-panel blockquote').length") > 0
    injected = "() => document.body.querySelectorAll('img, iframe, svg, u, b, style, a[href^=javascript]').length"
    assert opened.js(injected) == 0
    assert opened.js("() => document.querySelectorAll('script').length") == 3
    labels = opened.js("() => Object.fromEntries(Object.values(policykgView.records).map(n => [n.id, n.label]))")
    assert labels["PRK"] == '<img src=x onerror="window.__pwned=1;al\u2026'
    assert labels["org:evil"] == "</script><script>window.__pwned=1</scri\u2026"
    assert labels["person:long"] == "Evil Holdings " + "X" * 25 + "\u2026"
    assert opened.page.title() == "Whole graph \u00b7 policykg"
    assert_clean(opened)
    save_screenshot(opened, "hostile-tooltip" + ("-no-csp" if bypass_csp else ""))
    # The policy is in force exactly when not bypassed: a script added to the page does not run.
    probe = (
        "() => { const s = document.createElement('script'); s.textContent = 'window.__probe = 1';"
        " document.head.appendChild(s); return typeof window.__probe; }"
    )
    assert opened.js(probe) == ("number" if bypass_csp else "undefined")


def test_search_and_legend_filter(site, open_view) -> None:
    opened = open_view(site / "whole.html")
    opened.page.fill("#pk-search", "united states")
    assert opened.js("() => policykgView.network.getSelectedNodes()") == ["USA"]
    assert opened.page.text_content("#pk-search-status") == "1 match"
    opened.page.fill("#pk-search", "<img")
    assert opened.js("() => policykgView.network.getSelectedNodes()") == ["PRK"]
    opened.page.fill("#pk-search", "")
    opened.page.get_by_text("Country (", exact=False).click()
    hidden = opened.js("() => policykgView.nodes.get({filter: n => n.hidden}).map(n => n.id).sort()")
    assert hidden == ["CHN", "NLD", "PRK", "USA"]
    assert_clean(opened)


def _big_records(n_events: int) -> list[ArticleRecord]:
    """``n_events`` distinct events (actor, item: 3 nodes each); event i is reported ``1 + (i < 10)`` times."""
    records = []
    for i in range(n_events):
        entities = (Entity(f"C{i:04d}", "Country", f"Country {i}"), Entity(f"item:i{i}", "Item", f"item {i}"))
        event = Event("TARIFF", "impose", (f"C{i:04d}",), items=(f"item:i{i}",), date="2025-01-01")
        for copy in range(1 + (i < 10)):
            article = Article(f"t{i}-{copy}", "", published="2025-01-02T00:00:00", article_id=f"a{i}-{copy}")
            records.append(ArticleRecord(article, "en", entities, (event,)))
    return records


@pytest.mark.slow
def test_large_graph_is_filtered_and_says_how(open_view, tmp_path, save_screenshot) -> None:
    big = build_graph(_big_records(700))
    path = tmp_path / "big.html"
    path.write_text(views.view_whole(big), encoding="utf-8")
    opened = open_view(path)
    assert_clean(opened)
    nodes, edges = drawn(opened)
    assert (len(nodes), len(edges)) == (1998, 1332)
    assert {f"C{i:04d}" for i in range(10)} <= nodes
    note = opened.page.text_content(".pk-note")
    assert note.startswith(
        "Filtered: the graph has 2,100 nodes, more than the 2,000 a view stays usable with. "
        "Shown: the 666 events reported by the most sources"
    )
    save_screenshot(opened, "large")


def test_hostile_input_corpus_extracted_and_drawn_runs_nothing(tmp_path, open_view, save_screenshot) -> None:
    """Issue 6's hostile files (tests/data/hostile) read, extracted and drawn with the hostile events."""
    from policykg.extract.pipeline import extract_articles
    from policykg.extract.read import read_paths

    corpus = read_paths([str(TESTS / "data" / "hostile")])
    records = list(extract_articles(corpus.articles)) + list(read_events_paths(EVENTS[1:]).records)
    graph = build_graph(records)
    path = tmp_path / "hostile.html"
    path.write_text(views.view_whole(graph), encoding="utf-8")
    opened = open_view(path, bypass_csp=True)
    edges = role_edges(graph)
    assert drawn(opened) == ({u for u, _, _ in edges} | {v for _, _, v in edges}, edges)
    assert "USA" in drawn(opened)[0]  # the HTML-laden "<b>Tariffs</b>" article's TARIFF event
    assert_clean(opened)
    save_screenshot(opened, "hostile-corpus")


@pytest.fixture(scope="module")
def demo_graph() -> nx.MultiDiGraph:
    """The demo graph: the sample corpus (data/corpus) extracted as ``make demo`` does."""
    from policykg.extract.pipeline import extract_articles
    from policykg.extract.read import read_paths

    corpus = read_paths([str(TESTS.parent / "data" / "corpus")])
    return build_graph(extract_articles(corpus.articles))


def test_labels_are_readable_at_the_fitted_zoom_on_the_demo_graph(demo_graph, open_view, tmp_path, save_screenshot):
    path = tmp_path / "demo.html"
    path.write_text(views.view_whole(demo_graph), encoding="utf-8")
    opened = open_view(path)
    assert_clean(opened)
    opened.page.wait_for_timeout(300)  # the label pass runs just after the first draw
    labels = opened.js("() => policykgView.labels()")
    n_nodes = opened.js("() => policykgView.nodes.length")
    sizes = {round(label["px"], 1) for label in labels}
    assert sizes == {13.0}  # every drawn label is 13 px on screen at the fitted zoom
    assert len(labels) >= n_nodes // 4  # the rest would overlap: they appear when zoomed in
    # the best-linked entity is labelled; zooming in shows more labels, still 13 px
    ranked = opened.js("() => Object.values(policykgView.records).sort((a, b) => b.rank - a.rank)[0].id")
    assert ranked in {label["id"] for label in labels}
    save_screenshot(opened, "demo-whole-fitted")
    opened.js("() => { const n = policykgView.network; n.moveTo({scale: n.getScale() * 2.5}); n.emit('zoom', {}); }")
    opened.page.wait_for_timeout(300)
    zoomed = opened.js("() => policykgView.labels()")
    assert {round(label["px"], 1) for label in zoomed} == {13.0}
    save_screenshot(opened, "demo-whole-zoomed")


def test_panel_shows_evidence_link_and_history(graph, site, open_view, save_screenshot) -> None:
    opened = open_view(site / "whole.html")
    (impose,) = [
        n
        for n, d in graph.nodes(data=True)
        if d["label"] == "Event" and (d["type"], d.get("date")) == ("EXPORT_CONTROL", "2025-10-09")
    ]
    text = _panel(opened, impose)
    assert "CHN export control: Dy, rare earths \u00b7 2025-10-09" in text
    assert "China's commerce ministry on Thursday expanded export controls on rare earths including dysprosium" in text
    assert "商务部10月9日公布对稀土及镝等相关物项实施出口管制" in text
    assert opened.page.get_attribute("#pk-panel a.pk-link", "href") == "https://example.com/reuters/rare-earths"
    history = opened.page.eval_on_selector_all("#pk-panel .pk-history li", "items => items.map(i => i.textContent)")
    assert history == [
        "CHN export control: Dy, rare earths \u00b7 2025-10-09",
        "CHN suspends export control: rare earths \u00b7 2025-11-07",
        "CHN lifts export control: Dy, rare earths \u00b7 2026-02-01",
    ]
    # the evidence is selectable text: select it and read the selection back
    selected = opened.js(
        "() => { const q = document.querySelector('#pk-panel blockquote'); const r = document.createRange();"
        " r.selectNodeContents(q); const s = window.getSelection(); s.removeAllRanges(); s.addRange(r);"
        " return s.toString(); }"
    )
    assert selected.startswith("China's commerce ministry")
    opened.page.mouse.move(5, 5)  # the panel stays when the mouse leaves
    assert opened.page.is_visible("#pk-panel")
    assert_clean(opened)
    save_screenshot(opened, "panel")


def test_time_slider_hides_events_outside_the_range(graph, site, open_view, save_screenshot) -> None:
    opened = open_view(site / "whole.html")
    events = {
        n: d
        for n, d in graph.nodes(data=True)
        if d["label"] == "Event" and n in set(opened.js("() => policykgView.nodes.getIds()"))
    }
    opened.js("() => policykgView.setTimeRange('2025-10-01', '2025-10-31')")
    opened.page.uncheck("#pk-time-undated")
    hidden = set(opened.js("() => policykgView.nodes.getIds({filter: n => n.hidden})"))
    inside = {n for n, d in events.items() if d.get("date") and "2025-10-01" <= d["date"] <= "2025-10-31"}
    assert inside and set(events) - inside == hidden & set(events)
    assert opened.page.text_content("#pk-time-count") == f"{len(inside)} of {len(events)} events shown"
    from policykg.queries.view_info import event_date

    days = sorted(d for d in {event_date(data) for data in events.values()} if d and "2025-10-01" <= d <= "2025-10-31")
    assert opened.page.text_content("#pk-time-label") == f"{days[0]} \u2192 {days[-1]}"
    edges = opened.js("() => policykgView.edges.get().map(e => [e.from, e.to, Boolean(e.hidden)])")
    assert all(h == (a in hidden or b in hidden) for a, b, h in edges)
    assert_clean(opened)
    save_screenshot(opened, "time-slider")


def test_search_finds_chinese_names_and_fades_or_filters_the_rest(site, open_view) -> None:
    opened = open_view(site / "whole.html")
    opened.page.fill("#pk-search", "美国")
    assert opened.js("() => policykgView.network.getSelectedNodes()") == ["USA"]
    opened.page.fill("#pk-search", "稀土")
    assert opened.js("() => policykgView.network.getSelectedNodes()") == ["item:rare_earths"]
    faded = set(opened.js("() => policykgView.nodes.getIds({filter: n => n.opacity < 1})"))
    near = set(
        opened.js("() => ['item:rare_earths'].concat(policykgView.network.getConnectedNodes('item:rare_earths'))")
    )
    assert faded == set(opened.js("() => policykgView.nodes.getIds()")) - near
    opened.page.select_option("#pk-search-mode", "filter")
    shown = set(opened.js("() => policykgView.nodes.getIds({filter: n => !n.hidden})"))
    assert shown == near
    assert_clean(opened)
