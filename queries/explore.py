"""What the explorer asks Neo4j and what it draws: canned-query rows in, view payloads out.

The explorer (:mod:`policykg.queries.explore_app`) reads the graph live through
:func:`policykg.queries.run_query` (READ mode) and only through canned queries:
``entities`` (search by EN/ZH name), ``explore`` (events around an entity, or
given events, with roles, evidence and measure history) and any canned query
an analyst runs from the form.  The rows of ``explore`` are turned back into
the networkx form of ``graph/SCHEMA.md`` (:func:`rows_to_graph`), so the page
gets exactly the payload an offline view has (:mod:`policykg.queries.view_payload`)
and the export is an offline page of :mod:`policykg.queries.views`.

``run`` below is any callable ``run(name, **params) -> DataFrame``: the app
passes ``run_query`` bound to its driver; tests pass the same against the test
database.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from typing import Any

import networkx as nx

from policykg.graph.build import article_node_id, event_node_id, source_node_id
from policykg.queries.view_payload import drawable, graph_payload

Run = Callable[..., Any]
DEFAULT_LIMIT = 150  # events drawn per search or expansion (best sourced, then latest)
MAX_CANDIDATES = 500  # strings of a query's rows tried as event keys or entity ids
MAX_EXPORT = 2000


def _records(df: Any) -> list[dict[str, Any]]:
    return df.to_dict("records") if hasattr(df, "to_dict") else list(df)


def _add_entity(graph: nx.MultiDiGraph, end: Mapping[str, Any]) -> str:
    node = str(end["id"])
    if node not in graph:
        props = dict(end.get("props") or {})
        graph.add_node(node, **{**props, "label": str(end.get("label") or "Entity"), "key": node})
    return node


def _add_event(graph: nx.MultiDiGraph, key: str, props: Mapping[str, Any], row: Mapping[str, Any]) -> str:
    node = event_node_id(key)
    if node not in graph or not graph.nodes[node].get("_roles"):
        graph.add_node(node, **{**dict(props), "label": "Event", "key": key, "_roles": True})
        for end in row.get("actors") or []:
            graph.add_edge(_add_entity(graph, end), node, key="ACTOR", type="ACTOR", position=end.get("position") or 0)
        for role, ends in (("ITEM", row.get("items")), ("TARGET", row.get("targets"))):
            for end in ends or []:
                graph.add_edge(node, _add_entity(graph, end), key=role, type=role)
    return node


def _add_reports(graph: nx.MultiDiGraph, event: str, reports: Iterable[Mapping[str, Any]]) -> None:
    for report in reports or []:
        article = dict(report.get("article") or {})
        art_id = str(article.get("article_id") or "")
        if not art_id:
            continue
        node = article_node_id(art_id)
        graph.add_node(node, **{**article, "label": "Article", "key": art_id})
        graph.add_edge(event, node, key="REPORTED_IN", type="REPORTED_IN", evidence=report.get("evidence") or "")
        if report.get("source"):
            source = source_node_id(str(report["source"]))
            graph.add_node(source, label="Source", key=str(report["source"]), name=str(report["source"]))
            graph.add_edge(node, source, key="PUBLISHED_BY", type="PUBLISHED_BY")


def rows_to_graph(rows: Any) -> tuple[nx.MultiDiGraph, set[str], int]:
    """The graph of ``explore`` rows, the event nodes to draw, and how many events qualified.

    Each row's event comes with its roles, reports and measure: the other
    events of the measure are in the graph (for the panel's history) but only
    the rows' own events are drawn.
    """
    graph = nx.MultiDiGraph()
    shown, total = set(), 0
    for row in _records(rows):
        total = int(row.get("total") or 0)
        event = _add_event(graph, str(row["key"]), row.get("props") or {}, row)
        shown.add(event)
        _add_reports(graph, event, row.get("reports") or [])
        for step in row.get("history") or []:
            _add_event(graph, str(step["key"]), step.get("props") or {}, step)
        root = event_node_id(str(row.get("measure") or row["key"]))
        for step in row.get("history") or []:
            node = event_node_id(str(step["key"]))
            if node != root and not graph.has_edge(node, root, key="ACTS_ON"):
                graph.add_edge(node, root, key="ACTS_ON", type="ACTS_ON")
    for _, data in graph.nodes(data=True):
        data.pop("_roles", None)
    return graph, shown, total


def drawn_subgraph(graph: nx.MultiDiGraph, events: set[str]) -> nx.MultiDiGraph:
    """The given events with their role entities (and ACTS_ON links among them)."""
    full = drawable(graph)
    keep = set(events)
    for event in events:
        keep |= {n for n in nx.all_neighbors(full, event) if full.nodes[n].get("label") != "Event"}
    return full.subgraph(keep).copy()


def payload(rows: Any) -> dict[str, Any]:
    """The view payload of ``explore`` rows, with ``total`` (events that qualified) and ``shown``."""
    graph, events, total = rows_to_graph(rows)
    out = graph_payload(graph, drawn_subgraph(graph, events))
    out.update(total=total, shown=len(events))
    return out


def search_entities(run: Run, text: str, entity_type: str | None = None, limit: int = 20) -> list[dict[str, Any]]:
    """Entities whose id or any EN/ZH name matches ``text`` (canned query ``entities``)."""
    params: dict[str, Any] = {"search": text, "limit": limit}
    if entity_type:
        params["entity_type"] = entity_type
    return [
        {"id": r["id"], "type": r["type"], "name": r["name"], "names": list(r["names"] or []), "events": r["events"]}
        for r in _records(run("entities", **params))
    ]


def around(run: Run, entity: str, limit: int = DEFAULT_LIMIT) -> dict[str, Any]:
    """Payload of the events an entity takes part in (the best sourced ``limit``)."""
    return payload(run("explore", entity=entity, limit=limit))


def events_payload(run: Run, keys: Sequence[str], limit: int = DEFAULT_LIMIT) -> dict[str, Any]:
    """Payload of the given events (keys with or without the ``event:`` prefix)."""
    clean = sorted({str(k).removeprefix("event:") for k in keys})
    return payload(run("explore", events=clean, limit=limit))


def candidates(rows: Iterable[Mapping[str, Any]]) -> list[str]:
    """Every string in a query's rows (lists flattened), first seen first, at most MAX_CANDIDATES."""
    seen: dict[str, None] = {}
    for row in rows:
        for value in row.values():
            for item in value if isinstance(value, (list, tuple)) else [value]:
                if isinstance(item, str) and item and len(seen) < MAX_CANDIDATES:
                    seen.setdefault(item)
    return list(seen)


def query_result(run: Run, name: str, rows: Any, limit: int = DEFAULT_LIMIT) -> dict[str, Any]:
    """Payload of what a canned query's rows name: their events, else events joining two named entities."""
    records = _records(rows)
    found = candidates(records)
    drawn = payload(run("explore", events=found, limit=limit)) if found else payload([])
    if not drawn["shown"] and found:
        drawn = payload(run("explore", among=found, limit=limit))
    columns = list(records[0].keys()) if records else []
    drawn["table"] = {"columns": columns, "rows": [[_cell(r.get(c)) for c in columns] for r in records[:200]]}
    drawn["n_rows"] = len(records)
    return drawn


def _cell(value: Any) -> str:
    if value is None or (isinstance(value, float) and value != value):
        return ""
    if isinstance(value, (list, tuple)):
        return ", ".join(_cell(v) for v in value)
    return str(value)


def export_html(run: Run, keys: Sequence[str], title: str) -> str:
    """The offline HTML page (as ``policykg view`` writes) of the given events and their entities."""
    from policykg.queries.view_html import render_graph

    clean = sorted({str(k).removeprefix("event:") for k in keys})[:MAX_EXPORT]
    graph, events, _ = rows_to_graph(run("explore", events=clean, limit=MAX_EXPORT) if clean else [])
    description = f"Exported from policykg explore: {len(events)} events with their entities, evidence and sources."
    return render_graph(graph, title, description, drawn=drawn_subgraph(graph, events))
