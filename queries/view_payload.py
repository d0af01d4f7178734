"""The pyvis network a view page draws: graph in, ``pyvis.network.Network`` out.

Pure functions over the networkx graph of ``graph/SCHEMA.md``.  :func:`build_network`
adds each drawn node and role edge with pyvis's ``add_node`` / ``add_edge`` and
sets the vis-network options (group styles, role colours, physics off) with
``Network.set_options``; :func:`network_payload` reads them back with
``get_network_data`` for the page.

Positions are computed here with networkx (:func:`layout`: each connected
component by ``spring_layout``, components packed in rows), so the page draws
at once with physics off instead of simulating for seconds.  Each node also
carries fields of ours that vis-network ignores: ``search`` (names and aliases
the search box matches), ``info`` (detail-panel content, see
:mod:`policykg.queries.view_info`), ``date`` (events, for the time slider) and
``rank`` (label priority when labels would overlap).  Every string is plain
text: no node gets an HTML ``title``; the page script puts text into the DOM
with ``textContent`` only, and :func:`policykg.queries.view_html.script_json`
escapes it for embedding.
"""

from __future__ import annotations

import json
import math
from collections.abc import Mapping, Sequence
from typing import Any

import networkx as nx

from policykg.queries.view_info import (
    Aliases,
    display_name,
    entity_info,
    event_date,
    event_info,
    event_title,
    search_text,
)

__all__ = ["build_network", "display_name", "drawable", "graph_payload", "layout", "network_payload", "page_data"]

ROLE_TYPES = ("ACTOR", "ITEM", "TARGET", "ACTS_ON")
LABEL_CHARS = 40
ROLE_COLOURS = {"ACTOR": "#7f8c9a", "ITEM": "#c9a227", "TARGET": "#c0392b", "ACTS_ON": "#1e8449"}
UNIT = 115.0  # world units of layout per node (side of a component's box: UNIT * sqrt(size))
GAP = 80.0

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


def entity_aliases(entity_id: str) -> tuple[str, ...]:
    """Every English and Chinese name of an entity id, from the shared lookup (``policykg.queries.names``)."""
    from policykg.queries.names import aliases

    return aliases(entity_id)


def _short(text: str, limit: int = LABEL_CHARS) -> str:
    text = " ".join(str(text).split())
    return text if len(text) <= limit else text[: limit - 1] + "\u2026"


def _node_style(
    graph: nx.MultiDiGraph, drawn: nx.MultiDiGraph, node: str, aliases: Aliases | None = None
) -> dict[str, Any]:
    """Keyword arguments of ``Network.add_node`` for one drawn node (position excluded).

    The colour is not among them: pyvis's ``add_node`` drops ``color`` when a
    ``group`` is given, so each group's colour is set once in the ``groups``
    option (:func:`group_styles`), where vis-network looks it up.
    """
    data = graph.nodes[node]
    if data.get("label") == "Event":
        head, tail = event_title(graph, node)
        return {
            "label": f"{_short(head, 48)}\n{_short(tail, 48)}",
            "group": ACTION_GROUP.get(str(data.get("action")), "event:other"),
            "shape": "diamond",
            "value": max(1, n_sources(data)),
            "search": search_text(graph, node),
            "info": event_info(graph, node),
            "date": event_date(data),
            "rank": 1 + 1.5 * n_sources(data),
        }
    shape = ENTITY_STYLE.get(str(data.get("label")), OTHER_STYLE)[0]
    degree = drawn.degree(node)
    aliases = aliases or entity_aliases
    names = aliases(node)
    return {
        "label": _short(display_name(graph, node)),
        "group": str(data.get("label")),
        "shape": shape,
        "value": max(1, degree),
        "search": search_text(graph, node, aliases),
        "info": entity_info(graph, node, degree, names),
        "date": None,
        "rank": float(degree),
    }


def layout(drawn: nx.MultiDiGraph, seed: int = 7) -> dict[str, tuple[float, float]]:
    """Positions for every node: each connected component by ``spring_layout``, packed in rows.

    A component of ``s`` nodes gets a square of side ``UNIT * sqrt(s)``, so the
    density (and the zoom at which labels fit) is the same for 30 or 2,000 nodes.
    Deterministic for a given graph and seed.
    """
    simple = nx.Graph()
    simple.add_nodes_from(sorted(drawn.nodes))
    simple.add_edges_from((u, v) for u, v in drawn.edges() if u != v)
    components = sorted(nx.connected_components(simple), key=lambda c: (-len(c), min(c)))
    width = UNIT * math.sqrt(max(simple.number_of_nodes(), 1)) * 1.6
    pos: dict[str, tuple[float, float]] = {}
    x = y = row = 0.0
    for component in components:
        side = UNIT * math.sqrt(len(component))
        if x > 0 and x + side > width:
            x, y, row = 0.0, y + row + GAP, 0.0
        for node, (px, py) in _component_layout(simple.subgraph(component), side, seed).items():
            pos[node] = (round(x + side / 2 + px, 1), round(y + side / 2 + py, 1))
        x, row = x + side + GAP, max(row, side)
    return pos


def _component_layout(component: nx.Graph, side: float, seed: int) -> dict[str, Any]:
    if component.number_of_nodes() == 1:
        return {next(iter(component)): (0.0, 0.0)}
    iterations = 80 if component.number_of_nodes() <= 600 else 40
    k = 2.2 / math.sqrt(component.number_of_nodes())  # networkx default 1/sqrt(n) crowds the hubs
    return nx.spring_layout(component, k=k, seed=seed, iterations=iterations, scale=side / 2)


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
    """vis-network options: positions are given (:func:`layout`), so physics is off.

    Node labels are sized and hidden by the page script (readable size at any
    zoom, the best-ranked first where they would overlap); edge labels (the
    role) are drawn only once zoomed in (``drawThreshold``), the role colour
    tells it before that.  Every string here is free of spaces: pyvis's
    ``Network.set_options`` strips spaces and newlines from the JSON it is given.
    """
    return {
        "autoResize": True,
        "layout": {"improvedLayout": False, "randomSeed": 7},
        "nodes": {
            "font": {"size": 13, "face": "sans-serif", "strokeWidth": 3, "strokeColor": "#ffffff", "multi": False},
            "borderWidth": 1,
            "scaling": {"min": 10, "max": 30, "label": {"enabled": False, "drawThreshold": 1, "maxVisible": 60}},
        },
        "edges": {
            "arrows": {"to": {"enabled": True, "scaleFactor": 0.5}},
            "font": {"size": 9, "align": "middle", "color": "#555555", "strokeWidth": 2},
            "scaling": {"label": {"enabled": False, "drawThreshold": 12}},
            "color": {"color": "#9aa5b1", "highlight": "#34495e", "hover": "#34495e", "inherit": False},
            "smooth": {"enabled": n_nodes <= 600, "type": "continuous"},
            "width": 1.2,
        },
        "groups": dict(groups or {}),
        "physics": {"enabled": False},
        "interaction": {"hover": True, "tooltipDelay": 200, "hideEdgesOnDrag": n_nodes > 300, "multiselect": False},
    }


def build_network(
    graph: nx.MultiDiGraph, drawn: nx.MultiDiGraph | None = None, heading: str = "", aliases: Aliases | None = None
):
    """The pyvis ``Network`` of a view: one node per drawn node, one edge per role, the options.

    ``drawn`` is the subgraph to draw (default: ``drawable(graph)``); ``graph``
    supplies the evidence, articles and measure history for the detail panel;
    ``aliases`` (an entity id to its other names) feeds search and panel.
    Nodes carry label, shape, group, ``value`` (size: sources of an event,
    links of an entity), ``x``/``y`` from :func:`layout` and our own fields
    (see the module docstring).  The network is directed, so pyvis keeps
    parallel edges and adds arrows.
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
    positions = layout(drawn)
    for node in sorted(drawn.nodes):
        x, y = positions[node]
        net.add_node(node, x=x, y=y, **_node_style(graph, drawn, node, aliases))
    for u, v, k, d in sorted(drawn.edges(keys=True, data=True), key=lambda e: e[:3]):
        role = d.get("type", k)
        colour = ROLE_COLOURS.get(role, "#9aa5b1")
        net.add_edge(
            u,
            v,
            id=f"{u}|{k}|{v}",
            label=role,
            color={"color": colour, "highlight": "#34495e", "hover": "#34495e"},
            dashes=(role == "ACTOR" and bool(d.get("position"))) or role == "ACTS_ON",
        )
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


def graph_payload(
    graph: nx.MultiDiGraph, drawn: nx.MultiDiGraph | None = None, aliases: Aliases | None = None
) -> dict[str, Any]:
    """:func:`network_payload` of :func:`build_network` (``drawn`` default: ``drawable(graph)``)."""
    return network_payload(build_network(graph, drawn, aliases=aliases))
