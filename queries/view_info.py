"""What a view says about each node: its label, search text and detail-panel content.

Pure functions over the networkx graph of ``graph/SCHEMA.md`` (the in-memory
build, or the graph read back from Neo4j, or the part of it the explorer
fetched).  An event's label says what, on what, to whom and when, e.g.
``CHN export ban → USA: Ga, Ge · 2024-12-03``; its panel content holds every
property, each evidence sentence with its article (title, source, date, link)
and the measure's history (the impose and every event acting on it).  All of
it is plain text: the page puts it into the DOM with ``textContent`` only.

Extra node labels or properties (a ``Measure`` node, new fields) are tolerated:
unknown labels are drawn as plain entities, unknown properties listed as they are.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

import networkx as nx

from policykg.graph.build import VALUE_FIELDS

TYPE_WORDS = {
    "EXPORT_CONTROL": "export control",
    "EXPORT_BAN": "export ban",
    "TARIFF": "tariff",
    "IMPORT_RESTRICTION": "import restriction",
    "SANCTION": "sanction",
    "INVESTIGATION": "investigation",
    "INDUSTRIAL_POLICY": "industrial policy",
    "TRADE_DEAL": "trade deal",
}
ACTION_VERBS = {
    "impose": "",
    "suspend": "suspends",
    "lift": "lifts",
    "extend": "extends",
    "request": "requests",
    "approve": "approves",
    "reject": "rejects",
    "threaten": "threatens",
}
CODE_LABELS = ("Country", "Bloc")  # entities shown by their id (CHN, EU) in event labels
MAX_LISTED = 3
SHORT_CHARS = 22
# Node properties never listed in a panel (internal, or shown elsewhere).
HIDDEN_FIELDS = {"label", "key", "id", "name", "summary", "x", "y"}
# Event properties that mirror the roles and reports for the measure linker (shown as rows already).
LINKER_FIELDS = {"block", "actor", "items", "targets", "articles", "outlets"}

Aliases = Callable[[str], tuple[str, ...]]


def _short(text: Any, limit: int = SHORT_CHARS) -> str:
    text = " ".join(str(text).split())
    return text if len(text) <= limit else text[: limit - 1] + "\u2026"


def display_name(graph: nx.MultiDiGraph, node: str) -> str:
    data = graph.nodes[node]
    return str(data.get("name") or data.get("title") or node)


def short_name(graph: nx.MultiDiGraph, node: str) -> str:
    """How an entity appears inside an event label: ``CHN``, ``Ga``, ``rare earths``.

    >>> g = nx.MultiDiGraph(); g.add_node("element:Ga", label="Element", name="gallium")
    >>> g.add_node("CHN", label="Country", name="China"); short_name(g, "element:Ga"), short_name(g, "CHN")
    ('Ga', 'CHN')
    """
    data = graph.nodes[node]
    if data.get("label") in CODE_LABELS:
        return _short(node, 12)
    if data.get("label") == "Element" and node.startswith("element:"):
        return node.removeprefix("element:")
    return _short(display_name(graph, node))


def role_ends(graph: nx.MultiDiGraph, event: str, role: str) -> list[str]:
    """The entities of one role of an event; actors by position (main actor first)."""
    if role == "ACTOR":
        ends = sorted(
            (d.get("position", 0), u) for u, _, k, d in graph.in_edges(event, keys=True, data=True) if k == role
        )
        return [u for _, u in ends]
    return sorted(v for _, v, k in graph.out_edges(event, keys=True) if k == role)


def _listed(graph: nx.MultiDiGraph, nodes: list[str]) -> str:
    names = [short_name(graph, n) for n in nodes[:MAX_LISTED]]
    more = len(nodes) - MAX_LISTED
    return ", ".join(names) + (f" +{more}" if more > 0 else "")


def event_date(data: Mapping[str, Any]) -> str | None:
    """The day an event sits on the time line: its date, else the day first reported."""
    when = data.get("date") or str(data.get("first_reported") or "")[:10]
    return str(when) if when else None


def event_title(graph: nx.MultiDiGraph, event: str) -> tuple[str, str]:
    """Two parts of an event's label: who does what to whom, and on what, when.

    ``("CHN export ban → USA", "Ga, Ge · 2024-12-03")``; the page draws them on
    two lines and the panel joins them with ``": "``.
    """
    d = graph.nodes[event]
    actors = role_ends(graph, event, "ACTOR")
    what = TYPE_WORDS.get(str(d.get("type")), str(d.get("type", "event")).lower().replace("_", " "))
    if d.get("rate_pct") is not None:
        what += f" {d['rate_pct']:g}%" if isinstance(d["rate_pct"], (int, float)) else f" {d['rate_pct']}%"
    verb = ACTION_VERBS.get(str(d.get("action")), str(d.get("action") or ""))
    head = " ".join(p for p in (short_name(graph, actors[0]) if actors else "?", verb, what) if p)
    targets = role_ends(graph, event, "TARGET")
    if targets:
        head += " \u2192 " + _listed(graph, targets)
    items = _listed(graph, role_ends(graph, event, "ITEM"))
    when = d.get("date") or "undated"
    return head, " \u00b7 ".join(p for p in (items, str(when)) if p)


def event_heading(graph: nx.MultiDiGraph, event: str) -> str:
    head, tail = event_title(graph, event)
    return f"{head}: {tail}"


def _article_entry(graph: nx.MultiDiGraph, article: str, evidence: Any) -> dict[str, str]:
    art = graph.nodes[article]
    sources = [display_name(graph, s) for _, s, k in graph.out_edges(article, keys=True) if k == "PUBLISHED_BY"]
    url = str(art.get("url") or "")
    return {
        "text": str(evidence or ""),
        "title": str(art.get("title") or ""),
        "source": ", ".join(sources),
        "published": str(art.get("published") or "")[:10],
        "url": url if url.lower().startswith(("http://", "https://")) else "",
        "cite": " \u2014 ".join(
            p for p in (art.get("title"), ", ".join(sources), str(art.get("published") or "")[:10]) if p
        ),
    }


def event_evidence(graph: nx.MultiDiGraph, event: str) -> list[dict[str, str]]:
    """Evidence sentences of an event with their articles (title, source, date, http(s) link), oldest first."""
    out = [
        (graph.nodes[a].get("published") or "", _article_entry(graph, a, data.get("evidence")))
        for _, a, k, data in graph.out_edges(event, keys=True, data=True)
        if k == "REPORTED_IN"
    ]
    out.sort(key=lambda pair: (pair[0], pair[1]["cite"], pair[1]["text"]))
    return [entry for _, entry in out]


def measure_history(graph: nx.MultiDiGraph, event: str) -> list[dict[str, Any]]:
    """The measure an event belongs to, in date order: its impose and every event acting on it.

    Empty when the event is alone (no ``ACTS_ON`` link either way).
    """
    roots = [v for _, v, k in graph.out_edges(event, keys=True) if k == "ACTS_ON"]
    root = roots[0] if roots else event
    chain = [root] + [u for u, _, k in graph.in_edges(root, keys=True) if k == "ACTS_ON"]
    if len(chain) < 2:
        return []
    chain.sort(key=lambda n: (n != root, event_date(graph.nodes[n]) or "", n))
    return [
        {
            "id": n,
            "date": graph.nodes[n].get("date") or "",
            "action": str(graph.nodes[n].get("action") or ""),
            "heading": event_heading(graph, n),
            "current": n == event,
        }
        for n in chain
    ]


def _plain(value: Any) -> str:
    if isinstance(value, (list, tuple)):
        return ", ".join(_plain(v) for v in value)
    return str(value)


def event_info(graph: nx.MultiDiGraph, event: str) -> dict[str, Any]:
    """Panel content of an event: heading, (field, value) rows, evidence, measure history."""
    d = graph.nodes[event]
    rows = [("Type", d.get("type")), ("Action", d.get("action")), ("Date", d.get("date")), ("Until", d.get("until"))]
    rows += [(f.replace("_", " "), d.get(f)) for f in VALUE_FIELDS]
    rows += [
        (role.capitalize() + "s", ", ".join(display_name(graph, n) for n in role_ends(graph, event, role)))
        for role in ("ACTOR", "ITEM", "TARGET")
    ]
    rows += [
        ("Sources", d.get("n_sources")),
        ("Outlets", d.get("n_outlets")),
        ("Confidence", d.get("confidence")),
        ("First reported", d.get("first_reported")),
        ("Last reported", d.get("last_reported")),
        ("Provenance", d.get("provenance")),
        ("Key", d.get("key")),
    ]
    shown = {"type", "action", "date", "until", "n_sources", "n_outlets", "confidence", "first_reported"}
    shown |= {"last_reported", "provenance", *VALUE_FIELDS, *LINKER_FIELDS}
    rows += [(k, v) for k, v in sorted(d.items()) if k not in shown and k not in HIDDEN_FIELDS]
    return {
        "heading": event_heading(graph, event),
        "fields": [[k, _plain(v)] for k, v in rows if v not in (None, "", [])],
        "evidence": event_evidence(graph, event),
        "history": measure_history(graph, event),
    }


def entity_info(graph: nx.MultiDiGraph, node: str, drawn_degree: int, names: tuple[str, ...] = ()) -> dict[str, Any]:
    """Panel content of an entity: name, other names (EN/ZH), type, id, properties, links."""
    d = graph.nodes[node]
    n_articles = sum(1 for _, _, k in graph.in_edges(node, keys=True) if k == "MENTIONS")
    main = display_name(graph, node)
    rows: list[tuple[str, Any]] = [
        ("Type", d.get("label")),
        ("Id", node),
        ("Also called", ", ".join(n for n in names if n != main)),
    ]
    rows += [(k.capitalize(), v) for k, v in sorted(d.items()) if k not in HIDDEN_FIELDS]
    rows += [("Links drawn", drawn_degree), ("Mentioned in", f"{n_articles} articles" if n_articles else None)]
    return {
        "heading": main,
        "fields": [[k, _plain(v)] for k, v in rows if v not in (None, "", [])],
        "evidence": [],
        "history": [],
    }


def search_text(graph: nx.MultiDiGraph, node: str, aliases: Aliases | None = None) -> str:
    """What the search box matches for a node: its id, its names (EN and ZH aliases) or its label."""
    data = graph.nodes[node]
    if data.get("label") == "Event":
        parts = [event_heading(graph, node), str(data.get("type") or ""), str(data.get("action") or "")]
    else:
        parts = [display_name(graph, node), *(aliases(node) if aliases else ())]
    return " | ".join(dict.fromkeys([node, *(p for p in parts if p)]))
