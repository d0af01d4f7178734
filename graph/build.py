"""Build the in-memory policy graph (a networkx ``MultiDiGraph``) from article records.

Pure: records in (see :mod:`policykg.graph.events_io`), graph out.  The schema
is ``graph/SCHEMA.md``; Neo4j holds the same graph (:mod:`policykg.graph.load`).
Labels and relationship types come only from the closed lists below.

>>> from policykg.extract.models import Article, ArticleRecord, Entity, Event
>>> rec = ArticleRecord(Article("t", "", published="2025-11-07T10:00:00", article_id="a1"), "en",
...     (Entity("CHN", "Country", "China"),), (Event("TARIFF", "impose", ("CHN",)),))
>>> g = build_graph([rec])
>>> sorted(g.nodes), g.nodes[event_node_id(event_key(rec.events[0]))]["n_sources"]
(['CHN', 'article:a1', 'event:342755c86c5c08de'], 1)
"""

from __future__ import annotations

import hashlib
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from typing import Any

import networkx as nx

from policykg.extract.models import Article, ArticleRecord, Entity, Event

ENTITY_LABELS = ("Country", "Bloc", "Agency", "Firm", "Person", "Element", "Item")
OTHER_LABELS = ("Event", "Article", "Source")
NODE_LABELS = ENTITY_LABELS + OTHER_LABELS
REL_TYPES = ("ACTOR", "ITEM", "TARGET", "REPORTED_IN", "ACTS_ON", "PUBLISHED_BY", "MENTIONS")
# The unique key property of each label in Neo4j (its value is also the node's ``key``).
KEY_PROPERTY = {**dict.fromkeys(ENTITY_LABELS, "id"), "Event": "key", "Article": "article_id", "Source": "name"}
# Actions that act on an earlier ``impose`` of the same measure (linked by ACTS_ON).
ACTING_ACTIONS = ("suspend", "lift", "extend")
VALUE_FIELDS = ("rate_pct", "amount", "currency", "count", "unit", "tonnes")


def event_key(event: Event) -> str:
    """Corroboration key: events with equal keys are one event node, whoever reports them.

    The key hashes ``type | action | main actor | date | sorted targets | sorted
    items`` (main actor = first listed).  Items are in the key because an actor
    often takes several measures of one type on one day (or undated ones) that
    differ only by what they cover.  Limits: two reports of one measure that
    disagree on the date (or one has none), on the item or target lists, or on
    the main actor stay separate nodes (under-merging); two distinct measures
    with equal slots (say two undated ``CHN EXPORT_CONTROL impose rare earths``
    in one article) become one node (over-merging).  Co-actors, ``until`` and
    values are not in the key: the first report that states them wins.

    >>> event_key(Event("TARIFF", "impose", ("USA",), targets=("CHN",), date="2025-03-04"))
    '70426f0757a1000f'
    """
    parts = [
        event.type,
        event.action,
        event.actors[0],
        event.date or "",
        ",".join(sorted(event.targets)),
        ",".join(sorted(event.items)),
    ]
    return hashlib.sha256("|".join(parts).encode("utf-8")).hexdigest()[:16]


def event_node_id(key: str) -> str:
    return "event:" + key


def article_node_id(article_id: str) -> str:
    return "article:" + article_id


def source_node_id(name: str) -> str:
    return "source:" + name


def node_id(label: str, key: str) -> str:
    """The networkx node id of the node with this label and unique key."""
    prefix = {"Event": "event:", "Article": "article:", "Source": "source:"}.get(label, "")
    return prefix + key


def build_graph(records: Iterable[ArticleRecord]) -> nx.MultiDiGraph:
    """The policy graph of ``records``: nodes, roles, reports, corroboration, lifecycle."""
    graph = nx.MultiDiGraph()
    for record in records:
        _add_record(graph, record)
    _count_reports(graph)
    link_lifecycle(graph)
    return graph


def _add_record(graph: nx.MultiDiGraph, record: ArticleRecord) -> None:
    article_node = _add_article(graph, record.article, record.lang)
    for entity in record.entities:
        _add_entity(graph, entity)
        _add_edge(graph, article_node, entity.id, "MENTIONS")
    from policykg.graph.corrections import report_ids  # (imports build: no cycle at module load)

    reports = report_ids(record.article.article_id, record.events)
    for event, report in zip(record.events, reports):
        _add_event(
            graph, event if event.report else replace(event, report=report), record.article.published, article_node
        )


def _add_article(graph: nx.MultiDiGraph, article: Article, lang: str) -> str:
    node = article_node_id(article.article_id)
    props = {"title": article.title, "published": article.published, "url": article.url, "lang": lang}
    _merge_node(graph, node, "Article", article.article_id, props)
    if article.source:
        source = source_node_id(article.source)
        _merge_node(graph, source, "Source", article.source, {})
        _add_edge(graph, node, source, "PUBLISHED_BY")
    return node


def _add_entity(graph: nx.MultiDiGraph, entity: Entity) -> None:
    props = {"name": entity.name, "country": entity.country, "kind": entity.kind}
    _merge_node(graph, entity.id, entity.type, entity.id, props)


def _add_event(graph: nx.MultiDiGraph, event: Event, published: str | None, article_node: str) -> None:
    key = event_key(event)
    node = event_node_id(key)
    props = {"type": event.type, "action": event.action, "date": event.date, "until": event.until}
    props.update(dict(event.value))
    props["summary"] = event_summary(event)
    _merge_node(graph, node, "Event", key, props)
    _merge_provenance(graph.nodes[node], event)
    for position, actor in enumerate(event.actors):
        _add_edge(graph, actor, node, "ACTOR", position=position)
    for item in event.items:
        _add_edge(graph, node, item, "ITEM")
    for target in event.targets:
        _add_edge(graph, node, target, "TARGET")
    evidence = {"evidence": event.evidence, "evidence_start": event.evidence_start, "evidence_end": event.evidence_end}
    review = {"report": event.report, "provenance": event.provenance, "corrections": _ids(event.corrections)}
    _add_edge(graph, node, article_node, "REPORTED_IN", **evidence, **review)


PROVENANCE_RANK = ("machine", "confirmed", "edited", "added")  # weakest first


def _merge_provenance(attrs: dict[str, Any], event: Event) -> None:
    """An event node shows the strongest provenance of its reports and all their corrections."""
    old = attrs.get("provenance", "machine")
    attrs["provenance"] = max(old, event.provenance, key=PROVENANCE_RANK.index)
    ids = _ids(tuple(attrs.get("corrections") or ()) + event.corrections)
    if ids:
        attrs["corrections"] = ids


def _ids(values: tuple[str, ...]) -> list[str] | None:
    """Correction ids sorted and once each, or None (absent) when there are none."""
    return sorted(set(values)) or None


def event_summary(event: Event) -> str:
    """One readable line: ``CHN impose EXPORT_CONTROL [item:x] -> [USA] on 2025-10-09``."""
    text = f"{event.actors[0]} {event.action} {event.type}"
    if event.items:
        text += " [" + ", ".join(event.items) + "]"
    if event.targets:
        text += " -> [" + ", ".join(event.targets) + "]"
    return text + (f" on {event.date}" if event.date else "")


def _merge_node(graph: nx.MultiDiGraph, node: str, label: str, key: str, props: dict[str, Any]) -> None:
    """Add a node, or fill the attributes it lacks: the first non-null value wins."""
    if node not in graph:
        graph.add_node(node, **{"label": label, "key": key, KEY_PROPERTY[label]: key})
    attrs = graph.nodes[node]
    for name, value in props.items():
        if value is not None and attrs.get(name) is None:
            attrs[name] = value


def _add_edge(graph: nx.MultiDiGraph, src: str, dst: str, rel: str, **props: Any) -> None:
    """Add the one ``rel`` edge from ``src`` to ``dst``; a repeat keeps the first properties."""
    if not graph.has_edge(src, dst, key=rel):
        graph.add_edge(src, dst, key=rel, type=rel, **{k: v for k, v in props.items() if v is not None})


def _count_reports(graph: nx.MultiDiGraph) -> None:
    """Set ``n_sources`` and ``first_reported``/``last_reported`` from REPORTED_IN links."""
    for node, attrs in graph.nodes(data=True):
        if attrs["label"] != "Event":
            continue
        articles = [dst for _, dst, rel in graph.out_edges(node, keys=True) if rel == "REPORTED_IN"]
        dates = sorted(d for a in articles if (d := graph.nodes[a].get("published")))
        attrs["n_sources"] = len(articles)
        if dates:
            attrs["first_reported"], attrs["last_reported"] = dates[0], dates[-1]


@dataclass(frozen=True)
class _Roles:
    node: str
    key: str
    type: str
    action: str
    actor: str
    items: frozenset[str]
    targets: frozenset[str]
    when: str  # date, else the day first reported, else ""


def _roles(graph: nx.MultiDiGraph, node: str) -> _Roles:
    attrs = graph.nodes[node]
    rels: dict[str, set[str]] = defaultdict(set)
    actor = ""
    for src, _, rel, data in graph.in_edges(node, keys=True, data=True):
        if rel == "ACTOR" and data.get("position") == 0:
            actor = src
    for _, dst, rel in graph.out_edges(node, keys=True):
        rels[rel].add(dst)
    when = attrs.get("date") or (attrs.get("first_reported") or "")[:10]
    return _Roles(
        node,
        attrs["key"],
        attrs["type"],
        attrs["action"],
        actor,
        frozenset(rels["ITEM"]),
        frozenset(rels["TARGET"]),
        when,
    )


def acts_on(later: _Roles, impose: _Roles) -> bool:
    """Whether ``later`` (suspend/lift/extend) can act on ``impose``: the lifecycle rule.

    Same type and main actor; items overlap (or both have none); targets overlap
    (or either has none: "all destinations"); the impose is not dated after it
    (an unknown date on either side does not rule it out).
    """
    return (
        impose.type == later.type
        and impose.actor == later.actor
        and (bool(impose.items & later.items) or not (impose.items or later.items))
        and (bool(impose.targets & later.targets) or not impose.targets or not later.targets)
        and (not impose.when or not later.when or impose.when <= later.when)
    )


def link_lifecycle(graph: nx.MultiDiGraph) -> None:
    """Link each suspend/lift/extend event to the latest ``impose`` it acts on (ACTS_ON)."""
    events = [_roles(graph, n) for n, a in graph.nodes(data=True) if a["label"] == "Event"]
    imposes: dict[tuple[str, str], list[_Roles]] = defaultdict(list)
    for ev in events:
        if ev.action == "impose":
            imposes[(ev.type, ev.actor)].append(ev)
    for ev in events:
        if ev.action not in ACTING_ACTIONS:
            continue
        candidates = [m for m in imposes[(ev.type, ev.actor)] if acts_on(ev, m)]
        if candidates:
            best = max(candidates, key=lambda m: (m.when, m.key))
            _add_edge(graph, ev.node, best.node, "ACTS_ON")


def lifecycle_groups(graph: nx.MultiDiGraph) -> list[dict[str, str]]:
    """The ``{type, actor}`` groups whose lifecycle links this graph's events can change."""
    groups = set()
    for node, attrs in graph.nodes(data=True):
        if attrs["label"] == "Event" and attrs["action"] in ("impose", *ACTING_ACTIONS):
            groups.add((attrs["type"], _roles(graph, node).actor))
    return [{"type": t, "actor": a} for t, a in sorted(groups)]


@dataclass
class GraphRows:
    """The graph as loader rows: node rows per label, relationship rows per type."""

    nodes: dict[str, list[dict[str, Any]]] = field(default_factory=dict)
    rels: dict[str, list[dict[str, Any]]] = field(default_factory=dict)


def graph_to_rows(graph: nx.MultiDiGraph) -> GraphRows:
    """Rows for ``UNWIND $rows``: each node's properties; each edge as ``src``/``dst`` keys + properties."""
    rows = GraphRows({label: [] for label in NODE_LABELS}, {rel: [] for rel in REL_TYPES})
    for _, attrs in sorted(graph.nodes(data=True), key=lambda pair: pair[0]):
        rows.nodes[attrs["label"]].append({k: v for k, v in attrs.items() if k != "label"})
    for src, dst, rel, attrs in sorted(graph.edges(keys=True, data=True), key=lambda e: e[:3]):
        row = {"src": graph.nodes[src]["key"], "dst": graph.nodes[dst]["key"]}
        row.update((k, v) for k, v in attrs.items() if k != "type")
        rows.rels[rel].append(row)
    return rows
