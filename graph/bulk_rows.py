"""One chunk of article records as the rows of ``load --bulk``, without building a networkx graph.

Pure.  :func:`chunk_rows` gives what :func:`policykg.graph.build.build_unlinked` would
hold for the chunk, in the shape the streamed bulk path writes: articles, sources and
entities with their properties (the first non-null value of each wins, as
``_merge_node`` does), the ``PUBLISHED_BY`` and ``MENTIONS`` pairs once each, and one
:data:`~policykg.graph.bulk_blocks.Part` per event node with its corroboration counted
(``_count_reports``).  The event properties are made by the build's own helpers
(:func:`~policykg.graph.build.event_key`, :func:`~policykg.graph.build.event_props`,
``report_ids``), so the rows are the build's rows;
``tests/unit/test_bulk_rows.py`` checks them against ``build_unlinked`` on the gold.
The general build makes a graph object per chunk (about a third of the bulk path's
Python time at 100,000 events); this makes dictionaries only.

>>> from policykg.extract.models import Article, ArticleRecord, Entity, Event
>>> rec = ArticleRecord(Article("t", "", source="S", published="2025-11-07T10:00:00", article_id="a1"), "en",
...     (Entity("CHN", "Country", "China"),), (Event("TARIFF", "impose", ("CHN",), date="2025-11-06"),))
>>> rows = chunk_rows([rec])
>>> rows.articles, rows.sources, rows.published_by, rows.mentions
({'a1': {'title': 't', 'published': '2025-11-07T10:00:00', 'lang': 'en'}}, ['S'], [('a1', 'S')], [('a1', 'CHN')])
>>> attrs, actors, reported = rows.events[0]
>>> attrs["n_sources"], attrs["outlets"], attrs["first_reported"], actors, reported[0][1]["report"]
(1, ['S'], '2025-11-07T10:00:00', [('CHN', 0)], 'a1:ee3b0c44298')
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from typing import Any

from policykg.extract.models import ArticleRecord, Event
from policykg.graph.build import MIN_WINS, PROVENANCE_RANK, event_key, event_props
from policykg.graph.bulk_blocks import Part
from policykg.graph.corrections import report_ids


@dataclass
class ChunkRows:
    """One chunk's nodes and links (keys, not graph node ids), each once, in first-seen order."""

    articles: dict[str, dict[str, Any]] = field(default_factory=dict)  # article_id -> props
    sources: list[str] = field(default_factory=list)
    entities: dict[str, tuple[str, dict[str, Any]]] = field(default_factory=dict)  # id -> (label, props)
    published_by: list[tuple[str, str]] = field(default_factory=list)  # (article_id, source name)
    mentions: list[tuple[str, str]] = field(default_factory=list)  # (article_id, entity id)
    events: list[Part] = field(default_factory=list)


def chunk_rows(records: Iterable[ArticleRecord]) -> ChunkRows:
    """The rows of ``records`` (one chunk), as the build would hold them before linking."""
    articles: dict[str, dict[str, Any]] = {}
    sources: dict[str, None] = {}
    entities: dict[str, tuple[str, dict[str, Any]]] = {}
    links: dict[tuple[str, str], None] = {}  # PUBLISHED_BY pairs
    mentions: dict[tuple[str, str], None] = {}
    events: dict[str, tuple[dict[str, Any], dict[str, int], dict[str, dict[str, Any]]]] = {}
    for record in records:
        article = record.article
        aid = article.article_id
        props = {"title": article.title, "published": article.published, "url": article.url, "lang": record.lang}
        _fill(articles.setdefault(aid, {}), props)
        if article.source:
            sources.setdefault(article.source)
            links.setdefault((aid, article.source))
        for entity in record.entities:
            _label, held = entities.setdefault(entity.id, (entity.type, {}))
            _fill(held, {"name": entity.name, "country": entity.country, "kind": entity.kind})
            mentions.setdefault((aid, entity.id))
        for event, report in zip(record.events, report_ids(aid, record.events)):
            _add_event(events, event if event.report else replace(event, report=report), aid)
    outlets: dict[str, list[str]] = {}
    for aid, source in links:
        outlets.setdefault(aid, []).append(source)
    parts = [_counted(attrs, actors, reported, articles, outlets) for attrs, actors, reported in events.values()]
    return ChunkRows(articles, list(sources), entities, list(links), list(mentions), parts)


def _fill(attrs: dict[str, Any], props: dict[str, Any]) -> None:
    """The first non-null value of each property wins (the build's ``_merge_node``)."""
    for name, value in props.items():
        if value is not None and attrs.get(name) is None:
            attrs[name] = value


def _add_event(events: dict[str, Any], event: Event, aid: str) -> None:
    """Merge one report into its event node: properties, provenance, actors, the article link."""
    key = event_key(event, aid)
    props = event_props(event)
    smallest = {k: props.pop(k) for k in MIN_WINS if k in props}
    if key not in events:
        events[key] = ({"key": key}, {}, {})
    attrs, actors, reported = events[key]
    _fill(attrs, props)
    for name, value in smallest.items():
        if value is not None and (attrs.get(name) is None or value < attrs[name]):
            attrs[name] = value
    attrs["provenance"] = max(attrs.get("provenance", "machine"), event.provenance, key=PROVENANCE_RANK.index)
    ids = sorted(set(tuple(attrs.get("corrections") or ()) + event.corrections))
    if ids:
        attrs["corrections"] = ids
    for position, actor in enumerate(event.actors):
        actors.setdefault(actor, position)
    if aid not in reported:
        evidence = {"evidence": event.evidence, "evidence_start": event.evidence_start}
        evidence |= {"evidence_end": event.evidence_end, "report": event.report, "provenance": event.provenance}
        evidence["corrections"] = sorted(set(event.corrections)) or None
        reported[aid] = {k: v for k, v in evidence.items() if v is not None}


def _counted(
    attrs: dict[str, Any],
    actors: dict[str, int],
    reported: dict[str, dict[str, Any]],
    articles: dict[str, dict[str, Any]],
    outlets: dict[str, list[str]],
) -> Part:
    """The event's part with its corroboration (the build's ``_count_reports``)."""
    dates = sorted(d for a in reported if (d := articles[a].get("published")))
    sources = {s for a in reported for s in outlets.get(a, ())}
    attrs["n_sources"], attrs["n_outlets"] = len(reported), len(sources)
    attrs["articles"], attrs["outlets"] = sorted(reported), sorted(sources)
    if dates:
        attrs["first_reported"], attrs["last_reported"] = dates[0], dates[-1]
    return attrs, list(actors.items()), list(reported.items())
