"""Interactive HTML views of the graph: graph in, one self-contained HTML page out.

A view draws the *drawable* part of a graph built by :mod:`policykg.graph.build`:
entity and ``Event`` nodes joined by the role relationships (``ACTOR``, ``ITEM``,
``TARGET``, ``ACTS_ON``).  Articles and sources are not drawn as nodes: they
appear in each event's tooltip as evidence sentences with the article title and
source, so the picture stays about who did what to whom.

How pyvis is used: :func:`policykg.queries.view_payload.build_network` builds a
``pyvis.network.Network`` (``add_node`` / ``add_edge`` / ``set_options``), and
:func:`policykg.queries.view_html.render_graph` renders it with pyvis's own ``Network.generate_html``,
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

import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import networkx as nx

from policykg import PolicyKGError, __version__
from policykg.queries.view_html import environment, plural, render_graph
from policykg.queries.view_payload import (
    display_name,
    drawable,
    event_nodes,
    n_sources,
)

MAX_NODES = 2000  # beyond this the view keeps the best-sourced events (see limit_graph)


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
        environment().get_template("index.html.j2").render(pages=scan_views(out), version=__version__),
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
