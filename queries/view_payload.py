"""The pyvis network a view page draws: graph in, ``pyvis.network.Network`` out.

Pure functions over the networkx graph of ``graph/SCHEMA.md``.  :func:`build_network`
adds each drawn node and role edge with pyvis's ``add_node`` / ``add_edge`` and
sets the vis-network options (group styles, edge labels, capped physics
stabilisation) with ``Network.set_options``; :func:`network_payload` reads them
back with ``get_network_data`` for the page.  Every string in the network is
plain text (names, titles, evidence): no node gets an HTML ``title``; tooltip
content is structured (``heading``, ``fields``, ``evidence``) and the page
script puts it into the DOM with ``textContent`` only, while
:func:`policykg.queries.views.script_json` escapes it for embedding.
"""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from typing import Any

import networkx as nx

from policykg.graph.build import VALUE_FIELDS

ROLE_TYPES = ("ACTOR", "ITEM", "TARGET", "ACTS_ON")
LABEL_CHARS = 40

# label -> (vis shape, colour, legend symbol)
ENTITY_STYLE = {
    "Country": ("dot", "#4e79a7", "\u25cf"),
    "Bloc": ("hexagon", "#59a14f", "\u2b22"),
    "Agency": ("square", "#f28e2b", "\u25a0"),
    "Firm": ("triangle", "#e15759", "\u25b2"),
    "Person": ("star", "#b07aa1", "\u2605"),
    "Element": ("triangleDown", "#76b7b2", "\u25bc"),
    "Item": ("dot", "#c9a227", "\u25cf"),
}
OTHER_STYLE = ("dot", "#9e9e9e", "\u25cf")
# Events: diamonds, coloured by what the action does to trade.
EVENT_GROUPS = {
    "event:restricts": ("#c0392b", "Event: impose / extend / threaten"),
    "event:eases": ("#1e8449", "Event: suspend / lift / approve"),
    "event:other": ("#5d6d7e", "Event: request / reject / other"),
}
ACTION_GROUP = {
    "impose": "event:restricts",
    "extend": "event:restricts",
    "threaten": "event:restricts",
    "suspend": "event:eases",
    "lift": "event:eases",
    "approve": "event:eases",
}


def is_drawn_node(data: Mapping[str, Any]) -> bool:
    """Entities and events are drawn; articles and sources only feed tooltips; measures are not drawn."""
    return data.get("label") not in ("Article", "Source", "Measure")


def drawable(graph: nx.MultiDiGraph) -> nx.MultiDiGraph:
    """The part of ``graph`` a view draws: entity and event nodes, role edges.

    >>> g = nx.MultiDiGraph()
    >>> g.add_node("CHN", label="Country"); g.add_node("event:1", label="Event")
    >>> g.add_node("article:a", label="Article")
    >>> _ = g.add_edge("CHN", "event:1", key="ACTOR", type="ACTOR")
    >>> _ = g.add_edge("event:1", "article:a", key="REPORTED_IN", type="REPORTED_IN")
    >>> d = drawable(g); sorted(d.nodes), list(d.edges(keys=True))
    (['CHN', 'event:1'], [('CHN', 'event:1', 'ACTOR')])
    """
    out = nx.MultiDiGraph()
    out.add_nodes_from((n, d) for n, d in graph.nodes(data=True) if is_drawn_node(d))
    out.add_edges_from(
        (u, v, k, d)
        for u, v, k, d in graph.edges(keys=True, data=True)
        if d.get("type", k) in ROLE_TYPES and u in out and v in out
    )
    return out


def event_nodes(graph: nx.MultiDiGraph) -> list[str]:
    return [n for n, d in graph.nodes(data=True) if d.get("label") == "Event"]


def n_sources(data: Mapping[str, Any]) -> int:
    return int(data.get("n_sources") or 0)


def _short(text: str, limit: int = LABEL_CHARS) -> str:
    text = " ".join(str(text).split())
    return text if len(text) <= limit else text[: limit - 1] + "\u2026"


def display_name(graph: nx.MultiDiGraph, node: str) -> str:
    data = graph.nodes[node]
    return str(data.get("name") or data.get("title") or node)


def event_evidence(graph: nx.MultiDiGraph, event: str) -> list[dict[str, str]]:
    """Evidence sentences of an event, each cited by article title, source and date."""
    out = []
    for _, article, key, data in graph.out_edges(event, keys=True, data=True):
        if key != "REPORTED_IN":
            continue
        art = graph.nodes[article]
        sources = [display_name(graph, s) for _, s, k in graph.out_edges(article, keys=True) if k == "PUBLISHED_BY"]
        cite = " \u2014 ".join(
            p for p in (art.get("title"), ", ".join(sources), (art.get("published") or "")[:10]) if p
        )
        out.append({"text": str(data.get("evidence") or ""), "cite": cite, "_sort": art.get("published") or ""})
    out.sort(key=lambda e: (e.pop("_sort"), e["cite"], e["text"]))
    return out


def _role_names(graph: nx.MultiDiGraph, event: str, role: str) -> str:
    if role == "ACTOR":
        ends = sorted(
            ((d.get("position", 0), u) for u, _, k, d in graph.in_edges(event, keys=True, data=True) if k == role)
        )
        names = [display_name(graph, u) for _, u in ends]
    else:
        names = sorted(display_name(graph, v) for _, v, k in graph.out_edges(event, keys=True) if k == role)
    return ", ".join(names)


def event_info(graph: nx.MultiDiGraph, event: str) -> dict[str, Any]:
    """Tooltip content of an event: heading, (field, value) rows, evidence."""
    d = graph.nodes[event]
    rows = [("Type", d.get("type")), ("Action", d.get("action")), ("Date", d.get("date")), ("Until", d.get("until"))]
    rows += [(f.replace("_", " "), d.get(f)) for f in VALUE_FIELDS]
    rows += [(r.capitalize() + "s", _role_names(graph, event, r)) for r in ("ACTOR", "ITEM", "TARGET")]
    rows += [
        ("Sources", d.get("n_sources")),
        ("First reported", d.get("first_reported")),
        ("Last reported", d.get("last_reported")),
    ]
    return {
        "heading": f"{d.get('type', 'EVENT')} \u00b7 {d.get('action', '')}",
        "fields": [[k, str(v)] for k, v in rows if v not in (None, "")],
        "evidence": event_evidence(graph, event),
    }


def entity_info(graph: nx.MultiDiGraph, node: str, drawn_degree: int) -> dict[str, Any]:
    """Tooltip content of an entity: its name, type, id and how connected it is."""
    d = graph.nodes[node]
    n_articles = sum(1 for _, _, k in graph.in_edges(node, keys=True) if k == "MENTIONS")
    rows = [
        ("Type", d.get("label")),
        ("Id", node),
        ("Country", d.get("country")),
        ("Kind", d.get("kind")),
        ("Links drawn", drawn_degree),
        ("Mentioned in", f"{n_articles} articles" if n_articles else None),
    ]
    return {
        "heading": display_name(graph, node),
        "fields": [[k, str(v)] for k, v in rows if v not in (None, "")],
        "evidence": [],
    }


def _node_style(graph: nx.MultiDiGraph, drawn: nx.MultiDiGraph, node: str) -> dict[str, Any]:
    """Keyword arguments of ``Network.add_node`` for one drawn node.

    The colour is not among them: pyvis's ``add_node`` drops ``color`` when a
    ``group`` is given, so each group's colour is set once in the ``groups``
    option (:func:`group_styles`), where vis-network looks it up.
    """
    data = graph.nodes[node]
    if data.get("label") == "Event":
        label = f"{data.get('type', '')}\n{data.get('action', '')} {data.get('date') or ''}".strip()
        return {
            "label": label,
            "group": ACTION_GROUP.get(str(data.get("action")), "event:other"),
            "shape": "diamond",
            "value": max(1, n_sources(data)),
            "search": label.replace("\n", " "),
            "info": event_info(graph, node),
        }
    shape = ENTITY_STYLE.get(str(data.get("label")), OTHER_STYLE)[0]
    degree = drawn.degree(node)
    return {
        "label": _short(display_name(graph, node)),
        "group": str(data.get("label")),
        "shape": shape,
        "value": max(1, degree),
        "search": _short(display_name(graph, node), 120),
        "info": entity_info(graph, node, degree),
    }


def group_styles(groups: Sequence[str]) -> dict[str, dict[str, Any]]:
    """vis-network ``groups`` option: the shape and colour of each group drawn.

    >>> group_styles(["event:eases"])["event:eases"]["color"]["background"]
    '#1e8449'
    """
    out = {}
    for group in groups:
        if group in EVENT_GROUPS:
            shape, colour, border = "diamond", EVENT_GROUPS[group][0], "#222222"
        else:
            shape, colour, _ = ENTITY_STYLE.get(group, OTHER_STYLE)
            border = "#333333"
        out[group] = {
            "shape": shape,
            "color": {
                "background": colour,
                "border": border,
                "highlight": {"background": colour, "border": "#000000"},
                "hover": {"background": colour, "border": "#000000"},
            },
        }
    return out


def _legend(records: Sequence[Mapping[str, Any]]) -> list[dict[str, Any]]:
    counts: dict[str, int] = {}
    for rec in records:
        counts[rec["group"]] = counts.get(rec["group"], 0) + 1
    rows = []
    for group, (_, colour, symbol) in ENTITY_STYLE.items():
        if group in counts:
            rows.append({"group": group, "text": group, "symbol": symbol, "color": colour, "count": counts.pop(group)})
    for group, (colour, text) in EVENT_GROUPS.items():
        if group in counts:
            rows.append({"group": group, "text": text, "symbol": "\u25c6", "color": colour, "count": counts.pop(group)})
    rows += [
        {"group": g, "text": g, "symbol": OTHER_STYLE[2], "color": OTHER_STYLE[1], "count": c}
        for g, c in sorted(counts.items())
    ]
    return rows


def vis_options(n_nodes: int, groups: Mapping[str, Any] | None = None) -> dict[str, Any]:
    """vis-network options; stabilisation is capped so big views open in seconds.

    Every string here is free of spaces: pyvis's ``Network.set_options``
    strips spaces and newlines from the JSON it is given.
    """
    iterations = 1000 if n_nodes <= 300 else 300 if n_nodes <= 1000 else 150
    return {
        "autoResize": True,
        "layout": {"improvedLayout": n_nodes <= 300, "randomSeed": 7},
        "nodes": {
            "font": {"size": 16, "face": "sans-serif", "strokeWidth": 3, "strokeColor": "#ffffff"},
            "borderWidth": 1,
            "scaling": {"min": 12, "max": 40},
        },
        "edges": {
            "arrows": {"to": {"enabled": True, "scaleFactor": 0.5}},
            "font": {"size": 10, "align": "middle", "color": "#555555", "strokeWidth": 2},
            "color": {"color": "#9aa5b1", "highlight": "#34495e", "hover": "#34495e"},
            "smooth": {"enabled": True, "type": "dynamic"},
            "width": 1.2,
        },
        "groups": dict(groups or {}),
        "physics": {
            "solver": "forceAtlas2Based",
            "forceAtlas2Based": {"gravitationalConstant": -70, "springLength": 120, "avoidOverlap": 0.3},
            "stabilization": {"enabled": True, "iterations": iterations, "updateInterval": 50, "fit": True},
        },
        "interaction": {"hover": True, "tooltipDelay": 120, "hideEdgesOnDrag": n_nodes > 300},
    }


def build_network(graph: nx.MultiDiGraph, drawn: nx.MultiDiGraph | None = None, heading: str = ""):
    """The pyvis ``Network`` of a view: one node per drawn node, one edge per role, the options.

    ``drawn`` is the subgraph to draw (default: ``drawable(graph)``); ``graph``
    supplies the evidence and article details for the tooltips.  Nodes carry
    label, shape, group, ``value`` (size: sources of an event, links of an
    entity) and two fields of ours that vis-network ignores: ``search`` (text
    the search box matches) and ``info`` (structured tooltip content, turned
    into DOM nodes by ``templates/view.js``; no HTML ``title`` is ever set).
    The network is directed, so pyvis keeps parallel edges and adds arrows.
    """
    from pyvis.network import Network

    drawn = drawable(graph) if drawn is None else drawn
    net = Network(
        height="calc(100vh - 120px)",
        width="100%",
        directed=True,
        heading=heading,
        bgcolor="#ffffff",
        cdn_resources="in_line",
    )
    for node in sorted(drawn.nodes):
        net.add_node(node, **_node_style(graph, drawn, node))
    for u, v, k, d in sorted(drawn.edges(keys=True, data=True), key=lambda e: e[:3]):
        role = d.get("type", k)
        net.add_edge(u, v, id=f"{u}|{k}|{v}", label=role, dashes=role == "ACTOR" and bool(d.get("position")))
    groups = list(dict.fromkeys(n["group"] for n in net.nodes))
    net.set_options(json.dumps(vis_options(net.num_nodes(), group_styles(groups))))
    return net


def page_data(nodes: Sequence[Mapping[str, Any]], edges: Sequence[Mapping[str, Any]], options: str) -> dict[str, Any]:
    """The JSON a page draws from pyvis's nodes, edges and options (a JSON text): adds the legend."""
    return {"nodes": list(nodes), "edges": list(edges), "legend": _legend(nodes), "options": json.loads(options)}


def network_payload(net: Any) -> dict[str, Any]:
    """:func:`page_data` of a pyvis network (read with ``Network.get_network_data``)."""
    nodes, edges, _heading, _height, _width, options = net.get_network_data()
    return page_data(nodes, edges, options)


def graph_payload(graph: nx.MultiDiGraph, drawn: nx.MultiDiGraph | None = None) -> dict[str, Any]:
    """:func:`network_payload` of :func:`build_network` (``drawn`` default: ``drawable(graph)``)."""
    return network_payload(build_network(graph, drawn))
