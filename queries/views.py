"""Interactive HTML views of the graph: graph in, one self-contained HTML page out.

A view draws the *drawable* part of a graph built by :mod:`policykg.graph.build`:
entity and ``Event`` nodes joined by the role relationships (``ACTOR``, ``ITEM``,
``TARGET``, ``ACTS_ON``).  Articles and sources are not drawn as nodes: they
appear in each event's tooltip as evidence sentences with the article title and
source, so the picture stays about who did what to whom.

How pyvis is used: :func:`policykg.queries.view_payload.build_network` builds a
``pyvis.network.Network`` (``add_node`` / ``add_edge`` / ``set_options``), and
:func:`render_graph` renders it with pyvis's own ``Network.generate_html``,
pointed by ``set_template_dir`` at OUR template ``templates/view.html.j2``
instead of pyvis's.  pyvis's template cannot be used as is: it links CDNs
(vis-network CSS in ``local`` mode, bootstrap and tom-select with the
select/filter menus even in ``in_line`` mode), writes the options unescaped
into an executed script (``{{options|safe}}``) and shows node ``title``
strings as HTML.  Ours receives the same variables from ``generate_html``
(``nodes``, ``edges``, ``options``, ``heading``, ``height``, ``bgcolor``) but
in a Jinja environment with autoescape on; it inlines a vendored vis-network
(``templates/README.md``), embeds nodes, edges and options as JSON in a
non-executed ``<script type="application/json">`` block with ``<``, ``>``,
``&``, U+2028 and U+2029 escaped (:func:`script_json`), and builds tooltips,
legend and search list with DOM ``textContent`` (``templates/view.js``).  A
Content-Security-Policy allows only the page's two scripts (by hash) and no
network source at all, so even a missed escape could not run or load anything.

Pure functions build the payload and the HTML; only ``write_views`` writes files
and only ``view_query`` without a DataFrame (through ``run_query``) touches Neo4j.
"""

from __future__ import annotations

import base64
import functools
import hashlib
import json
import math
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from importlib.resources import as_file, files
from pathlib import Path
from typing import Any

import networkx as nx

from policykg import PolicyKGError, __version__
from policykg.queries.view_payload import (
    build_network,
    display_name,
    drawable,
    event_nodes,
    n_sources,
    page_data,
)

MAX_NODES = 2000  # beyond this the view keeps the best-sourced events (see limit_graph)
MAX_TABLE_ROWS = 200


@dataclass(frozen=True)
class Page:
    """One written view: its file name (relative to the index), title and texts."""

    file: str
    title: str
    description: str
    stats: str
    note: str | None = None


# ---------------------------------------------------------------- selection


def limit_graph(graph: nx.MultiDiGraph, max_nodes: int = MAX_NODES) -> tuple[nx.MultiDiGraph, str | None]:
    """Keep a drawable graph under ``max_nodes``; say how, or ``None`` if untouched.

    Events are taken by decreasing ``n_sources`` (then latest date, then id),
    each with the entities it involves, while the total stays within the cap.
    """
    if graph.number_of_nodes() <= max_nodes:
        return graph, None
    order = sorted(event_nodes(graph), key=lambda e: _event_rank(graph.nodes[e], e))
    keep: set[str] = set()
    kept_events = []
    for event in order:
        new = ({event} | set(nx.all_neighbors(graph, event))) - keep
        if len(keep) + len(new) <= max_nodes:
            keep |= new
            kept_events.append(event)
    small = graph.subgraph(keep).copy()
    min_sources = min((n_sources(graph.nodes[e]) for e in kept_events), default=0)
    shown_events = len(event_nodes(small))
    shown_entities = small.number_of_nodes() - shown_events
    note = (
        f"Filtered: the graph has {plural(graph.number_of_nodes(), 'node')}, more than the {max_nodes:,} a view "
        f"stays usable with. Shown: the {plural(shown_events, 'event')} reported by the most sources "
        f"(n_sources \u2265 {min_sources}; ties by latest date) and the "
        f"{plural(shown_entities, 'entity', 'entities')} they involve. Not shown: "
        f"{plural(len(order) - shown_events, 'event')} and "
        f"{plural(graph.number_of_nodes() - len(order) - shown_entities, 'entity', 'entities')}."
    )
    return small, note


def _event_rank(data: Mapping[str, Any], node: str) -> tuple[int, str, str]:
    date = data.get("date") or data.get("last_reported") or ""
    inverted = "".join(chr(0x10FFFF - ord(c)) for c in str(date))  # latest first
    return (-n_sources(data), inverted, node)


def query_node_ids(graph: nx.MultiDiGraph, rows: Iterable[Mapping[str, Any]]) -> set[str]:
    """Graph nodes named by any cell of the query rows (ids, event keys, article ids)."""
    found = set()
    for row in rows:
        for value in row.values():
            for item in value if isinstance(value, (list, tuple)) else [value]:
                if not isinstance(item, str):
                    continue
                for candidate in (item, f"event:{item}", f"article:{item}"):
                    if candidate in graph:
                        found.add(candidate)
    return found


def query_subgraph(graph: nx.MultiDiGraph, named: set[str]) -> nx.MultiDiGraph:
    """The drawable subgraph for nodes named by query rows.

    Named events come with all their roles; named articles bring the events
    they report.  When the rows name entities only, the events that join two
    or more of them are drawn, so the result still shows who did what.
    """
    full = drawable(graph)
    events = {n for n in named if full.nodes.get(n, {}).get("label") == "Event"}
    for article in (n for n in named if graph.nodes[n].get("label") == "Article"):
        events |= {u for u, _, k in graph.in_edges(article, keys=True) if k == "REPORTED_IN"}
    entities = {n for n in named if n in full} - events
    if not events:
        events = {e for e in event_nodes(full) if len(set(nx.all_neighbors(full, e)) & entities) >= 2}
    keep = set(entities) | events
    for event in events:
        keep |= set(nx.all_neighbors(full, event))
    return full.subgraph(keep).copy()


def neighbourhood_subgraph(graph: nx.MultiDiGraph, entity_id: str, hops: int = 2) -> nx.MultiDiGraph:
    """Nodes within ``hops`` role links of ``entity_id`` (entity -> event -> entity is 2)."""
    full = drawable(graph)
    if entity_id not in full:
        raise PolicyKGError(f"unknown entity {entity_id!r}: it is not in the graph")
    if hops < 1:
        raise PolicyKGError(f"--hops must be at least 1, got {hops}")
    near = nx.single_source_shortest_path_length(full.to_undirected(as_view=True), entity_id, cutoff=hops)
    return full.subgraph(near).copy()


# ---------------------------------------------------------------- HTML


@functools.cache
def _resource(name: str) -> str:
    return files("policykg.queries").joinpath("templates", name).read_text(encoding="utf-8")


def _inline_script(text: str) -> str:
    """Script text that can sit inside ``<script>...</script>`` as is (checked, not altered)."""
    if "</script" in text.lower() or "<!--" in text:
        raise ValueError("a vendored or template script contains '</script' or '<!--'; it cannot be inlined")
    return text


def _inline_style(text: str) -> str:
    if "</style" in text.lower():
        raise ValueError("a template style sheet contains '</style'; it cannot be inlined")
    return text


def _vis_js() -> str:
    # The vendored file ends with a sourceMappingURL comment; drop it so that no
    # browser tool ever asks for a .map file next to the page.
    return _inline_script(re.sub(r"//# sourceMappingURL=\S+\s*$", "", _resource("vis-network.min.js")))


def script_json(payload: Any) -> str:
    """JSON safe inside ``<script type="application/json">``: no ``<``, ``>`` or ``&`` left.

    >>> script_json({"t": "</script><b>&"})
    '{"t": "\\\\u003c/script\\\\u003e\\\\u003cb\\\\u003e\\\\u0026"}'
    """
    text = json.dumps(payload, ensure_ascii=False, sort_keys=False)
    for char, escape in (
        ("<", "\\u003c"),
        (">", "\\u003e"),
        ("&", "\\u0026"),
        ("\u2028", "\\u2028"),
        ("\u2029", "\\u2029"),
    ):
        text = text.replace(char, escape)
    return text


def _sha256(text: str) -> str:
    return "'sha256-" + base64.b64encode(hashlib.sha256(text.encode("utf-8")).digest()).decode("ascii") + "'"


def content_security_policy(*scripts: str) -> str:
    """A policy allowing exactly the given inline scripts and no network source."""
    hashes = " ".join(_sha256(s) for s in scripts)
    return (
        f"default-src 'none'; script-src {hashes}; style-src 'unsafe-inline'; img-src data:; "
        "font-src 'none'; connect-src 'none'; base-uri 'none'; form-action 'none'"
    )


def _environment(loader: Any = None, **page: Any):
    """Our Jinja environment: autoescape on, undefined names an error, ``page`` as globals."""
    import jinja2

    env = jinja2.Environment(
        loader=loader or jinja2.FunctionLoader(_resource),
        autoescape=True,
        undefined=jinja2.StrictUndefined,
        keep_trailing_newline=True,
    )
    env.globals.update(page)
    return env


def _data_json(nodes: Sequence[Mapping[str, Any]], edges: Sequence[Mapping[str, Any]], options: str) -> Any:
    """The ``policykg-data`` block's text from ``generate_html``'s variables (escaped JSON)."""
    from markupsafe import Markup

    return Markup(script_json(page_data(nodes, edges, options)))


def _stats(drawn: nx.MultiDiGraph) -> str:
    n_events = len(event_nodes(drawn))
    return (
        f"{plural(drawn.number_of_nodes(), 'node')} ({plural(n_events, 'event')}, "
        f"{plural(drawn.number_of_nodes() - n_events, 'entity', 'entities')}), "
        f"{plural(drawn.number_of_edges(), 'relationship')} drawn"
    )


def plural(n: int, word: str, words: str | None = None) -> str:
    """``1 event``, ``2,000 events``.

    >>> plural(1, "entity", "entities"), plural(1200, "node")
    ('1 entity', '1,200 nodes')
    """
    return f"{n:,} {word if n == 1 else words or word + 's'}"


def _table(rows: Sequence[Mapping[str, Any]] | None) -> dict[str, Any] | None:
    if rows is None:
        return None
    columns = list(rows[0].keys()) if rows else []
    shown = [[_cell(row.get(c)) for c in columns] for row in rows[:MAX_TABLE_ROWS]]
    return {"columns": columns, "rows": shown, "n_rows": len(rows), "truncated": len(rows) > MAX_TABLE_ROWS}


def _cell(value: Any) -> str:
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return ""
    if isinstance(value, (list, tuple)):
        return ", ".join(_cell(v) for v in value)
    return str(value)


def render_graph(
    graph: nx.MultiDiGraph,
    title: str,
    description: str,
    *,
    drawn: nx.MultiDiGraph | None = None,
    note: str | None = None,
    rows: Sequence[Mapping[str, Any]] | None = None,
    index_link: bool = False,
) -> str:
    """One self-contained, offline HTML page drawing ``drawn`` (default: all of ``graph``).

    ``note`` says how the view was filtered; ``rows`` (query results) are shown
    as an escaped table under the graph.
    """
    import jinja2
    from markupsafe import Markup

    drawn = drawable(graph) if drawn is None else drawn
    net = build_network(graph, drawn, heading=title)
    vis_js, view_js = _vis_js(), _inline_script(_resource("view.js"))
    with as_file(files("policykg.queries").joinpath("templates")) as folder:
        # pyvis renders: set_template_dir picks our template; its Environment
        # (autoescape off) is replaced by ours, which also carries the page's texts.
        net.set_template_dir(str(folder), "view.html.j2")
        net.templateEnv = _environment(
            jinja2.FileSystemLoader(str(folder)),
            description=description,
            note=note,
            stats=_stats(drawn),
            version=__version__,
            empty=None if drawn.number_of_nodes() else "Nothing to draw: no event or entity matched.",
            table=_table(rows),
            index_link=index_link,
            explorer=False,
            view_css=Markup(_inline_style(_resource("view.css"))),
            csp=content_security_policy(vis_js, view_js),
            policykg_data=_data_json,
            vis_js=Markup(vis_js),
            view_js=Markup(view_js),
        )
        return net.generate_html()


# ---------------------------------------------------------------- the views

WHOLE_DESCRIPTION = (
    "Every policy event with the countries, blocs, agencies, firms, people and items "
    "it involves; click an event for its evidence, sources and history."
)


@dataclass(frozen=True)
class View:
    """What one page shows: texts, the subgraph drawn, how it was filtered, table rows."""

    title: str
    description: str
    drawn: nx.MultiDiGraph
    note: str | None = None
    rows: Sequence[Mapping[str, Any]] | None = None

    def html(self, graph: nx.MultiDiGraph, index_link: bool = False) -> str:
        return render_graph(
            graph, self.title, self.description, drawn=self.drawn, note=self.note, rows=self.rows, index_link=index_link
        )


def whole_view(graph: nx.MultiDiGraph, max_nodes: int = MAX_NODES) -> View:
    """The whole graph (filtered past ``max_nodes``, saying how)."""
    drawn = drawable(graph)
    lone = sorted(nx.isolates(drawn))
    drawn.remove_nodes_from(lone)
    drawn, note = limit_graph(drawn, max_nodes)
    if lone:
        lone_note = (
            f"{plural(len(lone), 'entity', 'entities')} mentioned in articles but in no event "
            f"{'is' if len(lone) == 1 else 'are'} not drawn."
        )
        note = f"{note} {lone_note}" if note else lone_note
    return View("Whole graph", WHOLE_DESCRIPTION, drawn, note)


def query_view(
    name: str,
    graph: nx.MultiDiGraph,
    rows: Any = None,
    params: Mapping[str, Any] | None = None,
    max_nodes: int = MAX_NODES,
) -> View:
    """The result of canned query ``name`` as a graph, with its rows as a table.

    ``rows`` (a ``run_query`` DataFrame or its records) default to
    ``run_query(name, **params)`` on Neo4j.  The nodes the rows name are looked
    up in ``graph`` (see :func:`query_subgraph`).
    """
    from policykg.queries import load_query, run_query

    params = dict(params or {})
    query = load_query(name)
    if rows is None:
        rows = run_query(query, **params)
    if hasattr(rows, "to_dict"):  # a DataFrame from run_query
        rows = rows.to_dict("records")
    drawn, note = limit_graph(query_subgraph(graph, query_node_ids(graph, rows)), max_nodes)
    shown = ", ".join(f"{k}={v}" for k, v in params.items())
    title = f"Query {name}" + (f" ({shown})" if shown else "")
    return View(
        title, f"{query.description}. {len(rows)} rows; drawn: the events and entities they name.", drawn, note, rows
    )


def neighbourhood_view(
    source: Any, entity_id: str, hops: int = 2, max_nodes: int = MAX_NODES
) -> tuple[View, nx.MultiDiGraph]:
    """Everything within ``hops`` role links of one entity, and the graph its tooltips use.

    ``source`` is a built graph, or a Neo4j driver: then the canned query
    ``neighbourhood`` names the nodes and the tooltips come from the graph read
    back with ``policykg.graph.load.read_graph``.
    """
    if isinstance(source, nx.Graph):
        graph, sub = source, neighbourhood_subgraph(source, entity_id, hops)
    else:
        graph, sub = _neighbourhood_from_neo4j(source, entity_id, hops)
    drawn, note = limit_graph(sub, max_nodes)
    name = display_name(graph, entity_id)
    link = "link" if hops == 1 else "links"
    view = View(
        f"Neighbourhood of {name} ({entity_id}), {hops} {link}",
        f"Events and entities within {hops} {link} of {name} (entity \u2192 event \u2192 entity is 2 links).",
        drawn,
        note,
    )
    return view, graph


def _neighbourhood_from_neo4j(driver: Any, entity_id: str, hops: int) -> tuple[nx.MultiDiGraph, nx.MultiDiGraph]:
    from policykg.graph import neo4j
    from policykg.graph.build import node_id
    from policykg.graph.load import read_graph
    from policykg.queries import run_query

    database = neo4j.database()
    rows = run_query(
        "neighbourhood", driver=driver, database=database, entity=entity_id, hops=hops, limit=1_000_000
    ).to_dict("records")
    if not rows:
        raise PolicyKGError(f"unknown entity {entity_id!r}: the neighbourhood query found nothing")
    graph = read_graph(driver, database)
    named = {node_id(r[f"{end}_label"], r[f"{end}_id"]) for r in rows for end in ("from", "to")}
    return graph, drawable(graph).subgraph(named | {entity_id}).copy()


def view_whole(graph: nx.MultiDiGraph, max_nodes: int = MAX_NODES) -> str:
    """HTML of :func:`whole_view`."""
    return whole_view(graph, max_nodes).html(graph)


def view_query(name: str, graph: nx.MultiDiGraph, rows: Any = None, max_nodes: int = MAX_NODES, **params: Any) -> str:
    """HTML of :func:`query_view` (``rows=None`` runs the query with ``params``)."""
    return query_view(name, graph, rows, params, max_nodes).html(graph)


def view_neighbourhood(source: Any, entity_id: str, hops: int = 2, max_nodes: int = MAX_NODES) -> str:
    """HTML of :func:`neighbourhood_view` (``source``: a built graph or a Neo4j driver)."""
    view, graph = neighbourhood_view(source, entity_id, hops, max_nodes)
    return view.html(graph)


def _slug(text: str) -> str:
    return re.sub(r"[^A-Za-z0-9]+", "-", text).strip("-").lower()[:80] or "view"


def _unique(stem: str, taken: Sequence[tuple[str, Any]]) -> str:
    """``stem.html``, or ``stem-2.html`` ... when two views slug to the same name."""
    names = {file for file, _ in taken}
    n, file = 1, f"{stem}.html"
    while file in names:
        n += 1
        file = f"{stem}-{n}.html"
    return file


def write_views(
    out_dir: str | Path,
    graph: nx.MultiDiGraph,
    queries: Sequence[tuple[str, Mapping[str, Any], Sequence[Mapping[str, Any]] | None]] = (),
    entities: Sequence[tuple[str, int]] = (),
    max_nodes: int = MAX_NODES,
) -> Path:
    """Write ``whole.html``, one page per query and per entity, and ``index.html``; return its path.

    ``queries`` holds ``(name, params, rows)`` (``rows=None`` runs the query on
    Neo4j); ``entities`` holds ``(entity_id, hops)``.
    """
    views = [("whole.html", whole_view(graph, max_nodes))]
    for name, params, rows in queries:
        file = _unique("query-" + _slug(" ".join([name, *(f"{k} {v}" for k, v in params.items())])), views)
        views.append((file, query_view(name, graph, rows, params, max_nodes)))
    for entity_id, hops in entities:
        file = _unique(f"entity-{_slug(entity_id)}-{hops}", views)
        views.append((file, neighbourhood_view(graph, entity_id, hops, max_nodes)[0]))
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    for file, view in views:
        (out / file).write_text(view.html(graph, index_link=True), encoding="utf-8")
    return write_index(out)


def write_index(out_dir: str | Path) -> Path:
    """Write ``index.html`` listing every view page in ``out_dir`` (earlier runs' too); return its path."""
    out = Path(out_dir)
    index = out / "index.html"
    index.write_text(
        _environment().get_template("index.html.j2").render(pages=scan_views(out), version=__version__),
        encoding="utf-8",
    )
    return index


def scan_views(out_dir: Path) -> list[Page]:
    """The view pages of a folder, read back from their ``<title>`` and meta tags.

    A page is ours when its ``generator`` meta names policykg; ``whole.html``
    comes first, then the others by file name.
    """
    pages = []
    for path in sorted(out_dir.glob("*.html"), key=lambda p: (p.name != "whole.html", p.name)):
        if path.name != "index.html":
            page = read_page_meta(path)
            if page is not None:
                pages.append(page)
    return pages


def read_page_meta(path: Path) -> Page | None:
    """Title, description, counts and note of a view page, or ``None`` if it is not one of ours."""
    from html.parser import HTMLParser

    found: dict[str, str] = {}

    class _Head(HTMLParser):
        in_title = False

        def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
            a = dict(attrs)
            if tag == "meta" and a.get("name"):
                found.setdefault(str(a["name"]), str(a.get("content") or ""))
            self.in_title = tag == "title"

        def handle_data(self, data: str) -> None:
            if self.in_title:
                found["title"] = found.get("title", "") + data

        def handle_endtag(self, tag: str) -> None:
            self.in_title = False
            if tag == "head":
                raise StopIteration

    try:
        text = path.read_text(encoding="utf-8", errors="replace")
        head = text[: text.find("</head>") + 7] if "</head>" in text else text[:20000]
        _Head().feed(head)
    except StopIteration:
        pass
    except OSError:
        return None
    if not found.get("generator", "").startswith("policykg"):
        return None
    title = found.get("title", path.stem).removesuffix(" \u00b7 policykg")
    return Page(
        path.name, title, found.get("description", ""), found.get("policykg-stats", ""), found.get("policykg-note")
    )
