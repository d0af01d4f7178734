"""Build the in-memory policy graph (a networkx ``MultiDiGraph``) from article records.

Pure: records in (see :mod:`policykg.graph.events_io`), graph out.  The schema
is ``graph/SCHEMA.md``; Neo4j holds the same graph (:mod:`policykg.graph.load`).
Labels and relationship types come only from the closed lists below.

>>> from policykg.extract.models import Article, ArticleRecord, Entity, Event
>>> rec = ArticleRecord(Article("t", "", published="2025-11-07T10:00:00", article_id="a1"), "en",
...     (Entity("CHN", "Country", "China"),), (Event("TARIFF", "impose", ("CHN",)),))
>>> g = build_graph([rec])
>>> key = event_key(rec.events[0], "a1")  # undated: the article is part of the key
>>> sorted(g.nodes), g.nodes[event_node_id(key)]["n_sources"], g.nodes[measure_node_id(key)]["status_before"]
(['CHN', 'article:a1', 'event:40a3f598daff20d9', 'measure:40a3f598daff20d9'], 1, 'undatable')
"""

from __future__ import annotations

import hashlib
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from typing import Any

import networkx as nx

from policykg.extract.models import Article, ArticleRecord, Entity, Event
from policykg.graph.measure_rows import measure_link_rows, measure_props
from policykg.graph.measures import RESTRICTIVE_ACTIONS, Measure, Report, block_of, link_block
from policykg.graph.responses import pick_first_act, response_cue

ENTITY_LABELS = ("Country", "Bloc", "Agency", "Firm", "Person", "Element", "Item")
OTHER_LABELS = ("Event", "Measure", "Article", "Source")
NODE_LABELS = ENTITY_LABELS + OTHER_LABELS
REL_TYPES = (
    "ACTOR",
    "ITEM",
    "TARGET",
    "REPORTED_IN",
    "ACTS_ON",
    "PART_OF",
    "RESPONDS_TO",
    "PUBLISHED_BY",
    "MENTIONS",
)
# Written by the measure linker (build: link_measures; load: relink in Neo4j), not per record.
LINK_REL_TYPES = ("ACTS_ON", "PART_OF", "RESPONDS_TO")
# The unique key property of each label in Neo4j (its value is also the node's ``key``).
KEY_PROPERTY = {
    **dict.fromkeys(ENTITY_LABELS, "id"),
    "Event": "key",
    "Measure": "key",
    "Article": "article_id",
    "Source": "name",
}
VALUE_FIELDS = ("rate_pct", "amount", "currency", "count", "unit", "tonnes")


def event_key(event: Event, article_id: str | None = None) -> str:
    """Event node key: reports with equal keys are one event node, whoever reports them.

    The key hashes ``type | action | main actor | date | sorted targets | sorted
    items`` (main actor = first listed); an undated event also hashes its
    ``article_id``, so undated look-alikes of different articles (possibly years
    apart) stay apart and only the measure linker decides whether they are one
    act (:mod:`policykg.graph.measures`).  Items are in the key because an actor
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
    if not event.date and article_id:
        parts.append("article:" + article_id)
    return hashlib.sha256("|".join(parts).encode("utf-8")).hexdigest()[:16]


def event_node_id(key: str) -> str:
    return "event:" + key


def article_node_id(article_id: str) -> str:
    return "article:" + article_id


def source_node_id(name: str) -> str:
    return "source:" + name


def node_id(label: str, key: str) -> str:
    """The networkx node id of the node with this label and unique key."""
    prefix = {"Event": "event:", "Measure": "measure:", "Article": "article:", "Source": "source:"}.get(label, "")
    return prefix + key


def build_graph(records: Iterable[ArticleRecord]) -> nx.MultiDiGraph:
    """The policy graph of ``records``: nodes, roles, reports, corroboration, measures, responses."""
    graph = build_unlinked(records)
    link_measures(graph)
    return graph


def build_unlinked(records: Iterable[ArticleRecord]) -> nx.MultiDiGraph:
    """The graph of ``records`` before linking: nodes, roles, reports, corroboration (no measures).

    The streamed ``load --bulk`` builds each chunk with it and links whole blocks at the end.
    """
    graph = nx.MultiDiGraph()
    for record in records:
        _add_record(graph, record)
    _count_reports(graph)
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
            graph, event if event.report else replace(event, report=report), record.article.article_id, article_node
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


def event_props(event: Event) -> dict[str, Any]:
    """An event's node properties before provenance (MIN_WINS included); the bulk path's rows
    use the same function, so both paths write the same properties."""
    props: dict[str, Any] = {"type": event.type, "action": event.action, "date": event.date, "until": event.until}
    props.update(dict(event.value))
    props["summary"] = event_summary(event)
    props["block"] = block_of(event.type, event.action, event.actors[0], event.targets)
    # the key's own slots, as properties, so the linker reads a block without traversals
    props.update(actor=event.actors[0], items=sorted(event.items), targets=sorted(event.targets))
    props["effective"] = event.effective
    props["response_cue"] = event.response_cue or response_cue(event.evidence)
    props["actor_inferred"] = event.actor_inferred or None
    return props


def _add_event(graph: nx.MultiDiGraph, event: Event, article_id: str, article_node: str) -> None:
    key = event_key(event, article_id)
    node = event_node_id(key)
    props = event_props(event)
    smallest = {k: props.pop(k) for k in MIN_WINS if k in props}
    _merge_node(graph, node, "Event", key, props)
    _merge_smallest(graph.nodes[node], smallest)
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


# Event properties on which reports may disagree: the smallest wins, so any load order agrees.
MIN_WINS = ("until", "effective", "response_cue", *VALUE_FIELDS)


def _merge_smallest(attrs: dict[str, Any], props: dict[str, Any]) -> None:
    for name, value in props.items():
        if value is not None and (attrs.get(name) is None or value < attrs[name]):
            attrs[name] = value


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
        outlets = {s for a in articles for _, s, rel in graph.out_edges(a, keys=True) if rel == "PUBLISHED_BY"}
        attrs["n_sources"] = len(articles)
        attrs["n_outlets"] = len(outlets)
        attrs["articles"] = sorted(graph.nodes[a]["key"] for a in articles)
        attrs["outlets"] = sorted(graph.nodes[s]["key"] for s in outlets)
        if dates:
            attrs["first_reported"], attrs["last_reported"] = dates[0], dates[-1]


def reports_of(graph: nx.MultiDiGraph) -> list[Report]:
    """Every event node as a :class:`~policykg.graph.measures.Report` (what the linker reads)."""
    return [_report(graph, node) for node, attrs in graph.nodes(data=True) if attrs["label"] == "Event"]


def _report(graph: nx.MultiDiGraph, node: str) -> Report:
    attrs = graph.nodes[node]
    out: dict[str, set[str]] = defaultdict(set)
    for _, dst, rel in graph.out_edges(node, keys=True):
        out[rel].add(dst)
    actor = next(
        src for src, _, rel, d in graph.in_edges(node, keys=True, data=True) if rel == "ACTOR" and d["position"] == 0
    )
    articles = out["REPORTED_IN"]
    outlets = {s for a in articles for _, s, rel in graph.out_edges(a, keys=True) if rel == "PUBLISHED_BY"}
    return Report(
        key=attrs["key"],
        type=attrs["type"],
        action=attrs["action"],
        actor=actor,
        items=frozenset(graph.nodes[i]["key"] for i in out["ITEM"]),
        targets=frozenset(graph.nodes[t]["key"] for t in out["TARGET"]),
        date=attrs.get("date"),
        effective=attrs.get("effective"),
        until=attrs.get("until"),
        published=attrs.get("first_reported"),
        articles=frozenset(graph.nodes[a]["key"] for a in articles),
        outlets=frozenset(graph.nodes[s]["key"] for s in outlets),
        value=tuple((k, attrs[k]) for k in VALUE_FIELDS if attrs.get(k) is not None),
        actor_inferred=bool(attrs.get("actor_inferred")),
    )


def report_from_row(row: dict[str, Any]) -> Report:
    """A :class:`Report` from a ``read_block_reports.cypher`` row (the same fields as :func:`reports_of`)."""
    props = row["props"]
    return Report(
        key=row["key"],
        type=row["type"],
        action=row["action"],
        actor=row["actor"],
        items=frozenset(row["items"] or ()),
        targets=frozenset(row["targets"] or ()),
        date=props.get("date"),
        effective=props.get("effective"),
        until=props.get("until"),
        published=props.get("first_reported"),
        articles=frozenset(row["articles"] or ()),
        outlets=frozenset(row["outlets"] or ()),
        value=tuple((k, props[k]) for k in VALUE_FIELDS if props.get(k) is not None),
        actor_inferred=bool(props.get("actor_inferred")),
    )


def link_measures(graph: nx.MultiDiGraph) -> None:
    """Add every block's measures (PART_OF, ACTS_ON, confidence) and the stated responses."""
    blocks: dict[str, list[Report]] = defaultdict(list)
    reports = reports_of(graph)
    for report in reports:
        blocks[graph.nodes[event_node_id(report.key)]["block"]].append(report)
    for block in sorted(blocks):
        for measure in link_block(blocks[block]):
            _add_measure(graph, measure)
    for src, dst, props in response_links(reports, {r.key: graph.nodes[event_node_id(r.key)] for r in reports}):
        _add_edge(graph, event_node_id(src), event_node_id(dst), "RESPONDS_TO", **props)


def _add_measure(graph: nx.MultiDiGraph, measure: Measure) -> None:
    node = measure_node_id(measure.key)
    graph.add_node(node, label="Measure", key=measure.key, **measure_props(measure))
    for row in measure_link_rows(measure):
        event = event_node_id(row["event"])
        _add_edge(graph, event, node, "PART_OF")
        if row["acts_on"]:
            _add_edge(graph, event, event_node_id(row["acts_on"]), "ACTS_ON")
        graph.nodes[event]["confidence"] = row["confidence"]


def measure_node_id(key: str) -> str:
    return "measure:" + key


def response_links(
    reports: Iterable[Report], attrs: dict[str, dict[str, Any]]
) -> list[tuple[str, str, dict[str, Any]]]:
    """``(responder key, first act key, {cue})`` for every event whose evidence states a response."""
    reports = list(reports)
    by_actor: dict[str, list[Report]] = defaultdict(list)
    for r in reports:
        by_actor[r.actor].append(r)
    links = []
    for r in reports:
        cue = attrs[r.key].get("response_cue")
        if not cue or r.action not in RESTRICTIVE_ACTIONS:
            continue
        pool = [c for t in sorted(r.targets) for c in by_actor[t]] or [c for c in reports if r.articles & c.articles]
        first = pick_first_act(r, pool)
        if first is not None:
            links.append((r.key, first.key, {"cue": cue}))
    return links


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
