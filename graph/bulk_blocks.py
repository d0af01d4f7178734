"""The whole-input part of a streamed bulk load: each event's reports merged, each block linked.

Pure.  The streamed ``load --bulk`` (:mod:`policykg.graph.bulk`) builds each chunk of
articles with :func:`policykg.graph.build.build_unlinked` and keeps, for every event
node of the chunk, one :data:`Part`: its attributes (with the chunk's corroboration
counts), its ``ACTOR`` links and its ``REPORTED_IN`` links.  An event reported in
several chunks has several parts; all parts of an event are in one block (the block
is made of the event key's own slots), so the parts are spilled by block and, once
every chunk is read, :func:`merge_parts` joins them in input order with the rules of
the build (first non-null value wins, the smallest of :data:`~policykg.graph.build.MIN_WINS`,
the strongest provenance, every correction, the union of articles and outlets), and
:func:`link_rows` links one block with the same pure linker as the build.  The result
is the event and measure rows the whole-input build gives.

>>> a = {"key": "k", "type": "TARIFF", "action": "impose", "actor": "USA", "items": [], "targets": [],
...      "block": "TARIFF|USA", "date": "2025-04-02", "provenance": "machine", "articles": ["a1"], "outlets": [],
...      "n_sources": 1, "n_outlets": 0, "first_reported": "2025-04-02"}
>>> b = {**a, "until": "2026-01-01", "articles": ["a2"], "first_reported": "2025-04-03"}
>>> merged = merge_parts([(a, [("USA", 0)], [("a1", {})]), (b, [("USA", 0)], [("a2", {})])])
>>> merged[0]["articles"], merged[0]["n_sources"], merged[0]["until"], merged[2]
(['a1', 'a2'], 2, '2026-01-01', [('a1', {}), ('a2', {})])
>>> events, measures, part_of, acts_on = link_rows([merged])
>>> events[0]["confidence"], measures[0]["key"], part_of
([], 'k', [('k', 'k')])
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from policykg.graph.build import MIN_WINS, PROVENANCE_RANK, VALUE_FIELDS
from policykg.graph.measure_rows import measure_link_rows, measure_props
from policykg.graph.measures import Report, link_block

# One event node of one chunk: (attributes, [(actor id, position)], [(article id, REPORTED_IN props)]).
Part = tuple[dict[str, Any], list[tuple[str, int]], list[tuple[str, dict[str, Any]]]]
COUNTED = ("n_sources", "n_outlets", "articles", "outlets", "first_reported", "last_reported")
_SPECIAL = frozenset((*COUNTED, *MIN_WINS, "provenance", "corrections"))


def merge_parts(parts: Sequence[Part]) -> Part:
    """One event's parts (in input order) as the whole-input build would hold it."""
    attrs, actors, reported = dict(parts[0][0]), dict(parts[0][1]), dict(parts[0][2])
    for other, more_actors, more_reported in parts[1:]:
        for name, value in other.items():
            if name not in _SPECIAL and value is not None and attrs.get(name) is None:
                attrs[name] = value
        for name in MIN_WINS:
            value = other.get(name)
            if value is not None and (attrs.get(name) is None or value < attrs[name]):
                attrs[name] = value
        attrs["provenance"] = max(attrs["provenance"], other["provenance"], key=PROVENANCE_RANK.index)
        corrections = sorted(set(attrs.get("corrections") or ()) | set(other.get("corrections") or ()))
        if corrections:
            attrs["corrections"] = corrections
        _merge_counts(attrs, other)
        for actor, position in more_actors:
            actors.setdefault(actor, position)
        for article, props in more_reported:
            reported.setdefault(article, props)
    return attrs, list(actors.items()), list(reported.items())


def _merge_counts(attrs: dict[str, Any], other: dict[str, Any]) -> None:
    """Corroboration of two parts: the union of their articles and outlets, the outer report days."""
    attrs["articles"] = sorted(set(attrs["articles"]) | set(other["articles"]))
    attrs["outlets"] = sorted(set(attrs["outlets"]) | set(other["outlets"]))
    attrs["n_sources"], attrs["n_outlets"] = len(attrs["articles"]), len(attrs["outlets"])
    for name, pick in (("first_reported", min), ("last_reported", max)):
        days = [d for d in (attrs.get(name), other.get(name)) if d]
        if days:
            attrs[name] = pick(days)


def report_of(attrs: dict[str, Any]) -> Report:
    """The linker's view of a merged event (as :func:`policykg.graph.build.reports_of` reads a node)."""
    return Report(
        key=attrs["key"],
        type=attrs["type"],
        action=attrs["action"],
        actor=attrs["actor"],
        items=frozenset(attrs["items"]),
        targets=frozenset(attrs["targets"]),
        date=attrs.get("date"),
        effective=attrs.get("effective"),
        until=attrs.get("until"),
        published=attrs.get("first_reported"),
        articles=frozenset(attrs["articles"]),
        outlets=frozenset(attrs["outlets"]),
        value=tuple((k, attrs[k]) for k in VALUE_FIELDS if attrs.get(k) is not None),
        actor_inferred=bool(attrs.get("actor_inferred")),
    )


def link_rows(
    events: Sequence[Part],
) -> tuple[list[dict[str, Any]], list[dict[str, Any]], list[tuple[str, str]], list[tuple[str, str]]]:
    """Link the merged events of ONE block: (event attrs with confidence, measure rows, PART_OF, ACTS_ON).

    ``PART_OF`` and ``ACTS_ON`` are ``(event key, measure or founding event key)`` pairs.
    """
    attrs = {part[0]["key"]: part[0] for part in events}
    measures, part_of, acts_on = [], [], []
    for measure in link_block(report_of(a) for a in attrs.values()):
        measures.append({"key": measure.key, **measure_props(measure)})
        for row in measure_link_rows(measure):
            attrs[row["event"]]["confidence"] = row["confidence"]
            part_of.append((row["event"], measure.key))
            if row["acts_on"]:
                acts_on.append((row["event"], row["acts_on"]))
    return list(attrs.values()), measures, part_of, acts_on
