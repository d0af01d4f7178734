"""What most needs an analyst's eye, and the corrected events as gold: pure functions.

:func:`review_rows` ranks the reports of a policy graph (one row per event as
one article states it) by what makes a machine-extracted event doubtful, and
leaves out every report already decided.  :func:`gold_records` folds the
corrections file into labelled-set records (the events-format contract), so a
review session grows the gold data.  I/O (Neo4j, files) lives in
:mod:`policykg.graph.review_api`.

Flags, with their weights in the ranking:

* ``low confidence`` (3): the event's ``confidence`` below 0.5, or a ``low_confidence`` flag;
* ``conflicting reports`` (3): another event with the same type, action, main
  actor, items and targets gives another date (or a ``conflicting`` flag);
* ``inferred actor`` (2): ``actor_inferred`` set by the extractor;
* ``undated`` (1): no date;
* ``single source`` (1): one article reports it (``n_sources`` = 1).

Flags that other stages put on events (a ``flags`` list, or boolean properties
of these names) are read when present, so the ranking improves with them.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Mapping
from typing import Any

import networkx as nx

from policykg.graph.apply_corrections import event_fields
from policykg.graph.corrections import Correction

WEIGHTS = {
    "low confidence": 3,
    "conflicting reports": 3,
    "inferred actor": 2,
    "undated": 1,
    "single source": 1,
}
LOW_CONFIDENCE = 0.5


def review_rows(graph: nx.MultiDiGraph, decided: Iterable[str] = (), limit: int | None = None) -> list[dict[str, Any]]:
    """Undecided reports with at least one flag, most doubtful first (score, then date, report)."""
    decided = set(decided)
    conflicts = _conflicting(graph)
    rows = []
    for event, article, data in graph.edges(data=True):
        if data.get("type") != "REPORTED_IN" or data.get("provenance", "machine") != "machine":
            continue
        report = data.get("report") or f"{graph.nodes[article]['key']}:?"
        if report in decided:
            continue
        flags = _flags(graph.nodes[event], event in conflicts)
        if flags:
            rows.append(_row(graph, event, article, data, report, flags))
    rows.sort(key=lambda r: (-r["score"], r["date"] or "", r["report"]))
    return rows[:limit] if limit else rows


def _flags(attrs: Mapping[str, Any], conflicting: bool) -> list[str]:
    given = {str(f).replace("_", " ") for f in attrs.get("flags") or ()}
    checks = {
        "low confidence": _low(attrs.get("confidence")) or bool(attrs.get("low_confidence")),
        "conflicting reports": conflicting or bool(attrs.get("conflicting")),
        "inferred actor": bool(attrs.get("actor_inferred") or attrs.get("inferred_actor")),
        "undated": not attrs.get("date"),
        "single source": attrs.get("n_sources", 1) == 1,
    }
    return [name for name, hit in checks.items() if hit or name in given]


def _low(confidence: Any) -> bool:
    return isinstance(confidence, int | float) and not isinstance(confidence, bool) and confidence < LOW_CONFIDENCE


def _roles(graph: nx.MultiDiGraph, event: str) -> dict[str, list[str]]:
    """``actors`` (main first), ``items`` and ``targets`` of an event node, sorted."""
    actors = sorted(
        (d.get("position", 0), s) for s, _, k, d in graph.in_edges(event, keys=True, data=True) if k == "ACTOR"
    )
    out = {"actors": [a for _, a in actors], "items": [], "targets": []}
    for _, dst, key in graph.out_edges(event, keys=True):
        if key in ("ITEM", "TARGET"):
            out[key.lower() + "s"].append(dst)
    return {k: v if k == "actors" else sorted(v) for k, v in out.items()}


def _conflicting(graph: nx.MultiDiGraph) -> set[str]:
    """Event nodes whose slots equal another's but for a different (stated) date."""
    dates: dict[tuple, set[str]] = defaultdict(set)
    nodes: dict[tuple, list[str]] = defaultdict(list)
    for node, attrs in graph.nodes(data=True):
        if attrs.get("label") == "Event" and attrs.get("date"):
            roles = _roles(graph, node)
            slot = (
                attrs["type"],
                attrs["action"],
                tuple(roles["actors"][:1]),
                tuple(roles["items"]),
                tuple(roles["targets"]),
            )
            dates[slot].add(attrs["date"])
            nodes[slot].append(node)
    return {n for slot, found in nodes.items() if len(dates[slot]) > 1 for n in found}


def _row(
    graph: nx.MultiDiGraph, event: str, article: str, data: Mapping[str, Any], report: str, flags: list[str]
) -> dict[str, Any]:
    attrs, art = graph.nodes[event], graph.nodes[article]
    roles = _roles(graph, event)
    return {
        "report": report,
        "score": sum(WEIGHTS[f] for f in flags),
        "flags": flags,
        "type": attrs.get("type"),
        "action": attrs.get("action"),
        "actor": roles["actors"][0] if roles["actors"] else None,
        "actors": roles["actors"],
        "items": roles["items"],
        "targets": roles["targets"],
        "date": attrs.get("date"),
        "until": attrs.get("until"),
        "n_sources": attrs.get("n_sources"),
        "article": art.get("title"),
        "published": art.get("published"),
        "evidence": data.get("evidence"),
    }


def report_event(graph: nx.MultiDiGraph, report: str) -> tuple[str, str, dict[str, Any]] | None:
    """``(event node, article node, REPORTED_IN properties)`` of ``report``, or None."""
    for event, article, data in graph.edges(data=True):
        if data.get("type") == "REPORTED_IN" and data.get("report") == report:
            return event, article, data
    return None


def event_json(graph: nx.MultiDiGraph, event: str) -> dict[str, Any]:
    """An event node's editable slots as events-format JSON (the ``was`` of a correction)."""
    from policykg.graph.build import VALUE_FIELDS

    attrs = graph.nodes[event]
    value = {k: attrs[k] for k in VALUE_FIELDS if attrs.get(k) is not None}
    slots = {"type": attrs["type"], "action": attrs["action"], **_roles(graph, event)}
    return {**slots, "date": attrs.get("date"), "until": attrs.get("until"), "value": value or None}


# --- gold ------------------------------------------------------------------------


def gold_records(corrections: Iterable[Correction]) -> list[dict[str, Any]]:
    """Labelled-set records (events-format) of every reviewed report, as the analysts left it.

    Each report's events start from ``was`` (or an added event's ``set``) and take
    the decisions in ``(at, id)`` order; rejected reports give no event, merged
    ones take the slots of the report they were merged with.  Records hold only
    reviewed events, one per report, grouped by article.
    """
    ordered = sorted(corrections, key=lambda c: c.order)
    final: dict[str, dict[str, Any] | None] = {}
    first: dict[str, Correction] = {}
    merges: dict[str, str] = {}
    for fix in ordered:
        first.setdefault(fix.report, fix)
        start = final[fix.report] if fix.report in final else (dict(fix.was) if fix.was else None)
        final[fix.report] = _fold(start, fix)
        if fix.decision == "split":
            final[f"split:{fix.id}"] = {**(final[fix.report] or {}), **fix.set}
            first[f"split:{fix.id}"] = fix
        if fix.decision == "merge" and fix.with_report:
            merges[fix.report] = fix.with_report
    for report, other in merges.items():
        if final.get(report) is not None and final.get(other):
            slots = {k: final[other][k] for k in ("type", "action", "actors", "items", "targets", "date")}  # type: ignore[index]
            final[report] = {**final[report], **slots}  # type: ignore[dict-item]
    return _group(final, first, ordered)


def _fold(current: dict[str, Any] | None, fix: Correction) -> dict[str, Any] | None:
    if fix.decision == "reject":
        return None
    if fix.decision == "add":
        return {"targets": [], "items": [], "date": None, "until": None, "value": None, **fix.set}
    if fix.decision == "edit":
        return {**(current or {}), **fix.set}
    return current


def _group(
    final: Mapping[str, Any], first: Mapping[str, Correction], ordered: list[Correction]
) -> list[dict[str, Any]]:
    entities = {e["id"]: dict(e) for fix in ordered for e in fix.entities}
    records: dict[str, dict[str, Any]] = {}
    for report, slots in final.items():
        if not slots or not {"type", "action", "actors"} <= set(slots):
            continue
        fix = first[report]
        rec = records.setdefault(fix.article_id, _record(fix))
        event_fields(slots)  # normalises; raises nothing for validated corrections
        span = list(fix.span) if fix.span else [None, None]
        rec["events"].append({**slots, "evidence": fix.evidence, "evidence_start": span[0], "evidence_end": span[1]})
    for rec in records.values():
        ids = dict.fromkeys(i for ev in rec["events"] for k in ("actors", "items", "targets") for i in ev[k])
        rec["entities"] = [entities.get(i) or {"id": i, "type": _type(i), "name": i} for i in ids]
    return sorted(records.values(), key=lambda r: (r["published"] or "", r["article_id"]))


def _record(fix: Correction) -> dict[str, Any]:
    return {
        "article_id": fix.article_id,
        "title": fix.title or "",
        "source": None,
        "published": fix.published,
        "lang": "mixed",
        "entities": [],
        "events": [],
    }


def _type(entity_id: str) -> str:
    from policykg.queries.names import entity_type

    return entity_type(entity_id)


def reviewed_pairs(
    pred: list[dict[str, Any]], corrections: Iterable[Correction]
) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """``(gold, pred)`` for scoring an extraction on the reviewed reports only.

    Gold is :func:`gold_records`; pred keeps, in each reviewed article, the events
    whose evidence overlaps a reviewed span (rejected reports included, so a
    repeated false positive still counts).  Unreviewed events are neither right
    nor wrong, so they are left out on both sides.
    """
    corrections = list(corrections)
    spans: dict[str, list[Correction]] = defaultdict(list)
    for fix in corrections:
        spans[fix.article_id].append(fix)
    gold = gold_records(corrections)
    kept = []
    for rec in pred:
        fixes = spans.get(rec.get("article_id") or "", [])
        if fixes:
            events = [ev for ev in rec.get("events") or [] if any(_at_span(ev, fix) for fix in fixes)]
            kept.append({**rec, "events": events})
    return gold, kept


def _at_span(event: Mapping[str, Any], fix: Correction) -> bool:
    start, end, text = event.get("evidence_start"), event.get("evidence_end"), event.get("evidence") or ""
    if fix.evidence and text and (fix.evidence in text or text in fix.evidence):
        return True
    return bool(fix.span and start is not None and end and start < fix.span[1] and fix.span[0] < end)
