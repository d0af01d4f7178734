"""Apply analyst corrections to event records: a pure function, run before the graph is built.

``apply_corrections(records, corrections) -> (records, report)`` is called by
``load``, ``ingest``, ``export``/``view`` from events files, ``review`` and the
Python API, so every path to the graph sees the same corrected events.

* Every event gets its report id (:func:`policykg.graph.corrections.report_ids`)
  and a provenance: ``machine``, ``confirmed``, ``edited`` or ``added``, with the
  ids of the corrections behind it.
* A correction finds its report by the article (its id, else its title and
  publication time) and the evidence span: the same span first, else an
  overlapping span or the same evidence text; among several, the one whose
  slots are closest to the correction's ``was`` (type, action, main actor).
  So a fix survives re-extraction, whatever the extractor now says.
* Decisions apply in ``(at, id)`` order, whatever the order of the lines: the
  latest decision on a field wins, and the result does not depend on the file's
  line order.  Merges apply last, against the merged-with report's final slots.
* A correction for an article that is in the records but whose report is gone
  is an *orphan*, listed in the report (never dropped silently); corrections for
  articles absent from the records are counted (a partial load is normal).

>>> from policykg.extract.models import Article, ArticleRecord, Entity, Event
>>> from policykg.graph.corrections import Correction
>>> ev = Event("TARIFF", "impose", ("USA",), evidence="x", evidence_start=3, evidence_end=9)
>>> rec = ArticleRecord(Article("t", "", article_id="a1"), "en", (Entity("USA", "Country", "US"),), (ev,))
>>> fix = Correction("c-1", "2025-11-08T10:00:00Z", "edit", "a1:3-9", "a1", (3, 9), set={"action": "lift"})
>>> out, report = apply_corrections([rec], [fix])
>>> [(e.action, e.report, e.provenance, e.corrections) for e in out[0].events], report.applied
([('lift', 'a1:3-9', 'edited', ('c-1',))], ('c-1',))
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from policykg.extract.models import ENTITY_TYPES, ArticleRecord, Entity, Event
from policykg.graph.build import VALUE_FIELDS
from policykg.graph.corrections import Correction, report_ids, span_key, span_text

# Provenance, weakest first: an event node shows the strongest of its reports.
PROVENANCE = ("machine", "confirmed", "edited", "added")
REVIEWED = PROVENANCE[1:]
_WS = re.compile(r"\s+")


@dataclass(frozen=True)
class ApplyReport:
    """What applying the corrections did: applied ids, orphans (messages), others elsewhere."""

    applied: tuple[str, ...] = ()
    orphans: tuple[str, ...] = ()
    elsewhere: int = 0

    def line(self) -> str:
        return (
            f"corrections: {len(self.applied)} applied, {len(self.orphans)} orphaned, "
            f"{self.elsewhere} for articles not in this input"
        )


@dataclass
class _Work:
    """One report while corrections are applied (local, mutable; never escapes)."""

    event: Event
    rejected: bool = False
    merge_with: str | None = None
    cids: list[str] = field(default_factory=list)


def stamp_reports(records: Iterable[ArticleRecord]) -> list[ArticleRecord]:
    """Records whose events carry their report ids (provenance stays as it is)."""
    out = []
    for rec in records:
        ids = report_ids(rec.article.article_id, rec.events)
        events = tuple(e if e.report else dataclasses.replace(e, report=r) for e, r in zip(rec.events, ids))
        out.append(dataclasses.replace(rec, events=events))
    return out


def apply_corrections(
    records: Iterable[ArticleRecord], corrections: Iterable[Correction]
) -> tuple[tuple[ArticleRecord, ...], ApplyReport]:
    """The corrected records and what was applied (pure: the inputs are not changed)."""
    corrections = list(corrections)
    stamped = stamp_reports(records)
    work = [[_Work(e) for e in rec.events] for rec in stamped]
    find = _article_finder(stamped)
    applied, orphans, elsewhere = [], [], 0
    for fix in sorted(corrections, key=lambda c: c.order):
        position = find(fix)
        if position is None:
            elsewhere += 1
            continue
        problem = _apply_one(work[position], fix)
        if problem:
            orphans.append(f"{fix.origin}: {fix.decision} {fix.report} ({fix.id}): {problem}")
        else:
            applied.append(fix.id)
    orphans += _apply_merges(work)
    entities = {e["id"]: e for fix in corrections for e in fix.entities}
    out = tuple(_finish(rec, items, entities) for rec, items in zip(stamped, work))
    return out, ApplyReport(tuple(applied), tuple(orphans), elsewhere)


def _article_finder(records: Sequence[ArticleRecord]) -> Any:
    """A function: correction -> index of its article in ``records`` (id, else title + published)."""
    by_id = {rec.article.article_id: n for n, rec in enumerate(records)}
    by_title = {(_norm(rec.article.title), (rec.article.published or "")[:16]): n for n, rec in enumerate(records)}

    def find(fix: Correction) -> int | None:
        if fix.article_id in by_id:
            return by_id[fix.article_id]
        return by_title.get((_norm(fix.title or ""), (fix.published or "")[:16])) if fix.title else None

    return find


def _norm(text: str) -> str:
    return _WS.sub(" ", text).strip()


def _apply_one(items: list[_Work], fix: Correction) -> str | None:
    """Apply one decision to one article's reports; a message when its report is not found."""
    if fix.decision == "add":
        return _add(items, fix)
    found = locate(items, fix)
    if found is None:
        return "report not found in the article (re-extraction moved or dropped it)"
    found.cids.append(fix.id)
    if fix.decision == "reject":
        found.rejected = True
        return None
    found.rejected = False
    if fix.decision == "confirm":
        found.event = _provenance(found.event, "confirmed")
    elif fix.decision == "edit":
        found.event = _provenance(dataclasses.replace(found.event, **event_fields(fix.set)), "edited")
    elif fix.decision == "merge":
        found.merge_with = fix.with_report
        found.event = _provenance(found.event, "edited")
    elif fix.decision == "split":
        twin = dataclasses.replace(found.event, **event_fields(fix.set), report=f"split:{fix.id}")
        items.append(_Work(dataclasses.replace(twin, provenance="added"), cids=[fix.id]))
    return None


def _add(items: list[_Work], fix: Correction) -> str | None:
    fields = event_fields(fix.set)
    if not {"type", "action", "actors"} <= set(fields):
        return "an added event needs type, action and actors"
    start, end = fix.span if fix.span else (None, None)
    event = Event(**fields, evidence=fix.evidence, evidence_start=start, evidence_end=end)  # type: ignore[arg-type]
    items.append(_Work(dataclasses.replace(event, report=f"add:{fix.id}", provenance="added"), cids=[fix.id]))
    return None


def _provenance(event: Event, provenance: str) -> Event:
    """``event`` with the stronger of its provenance and ``provenance``."""
    stronger = max(event.provenance, provenance, key=PROVENANCE.index)
    return dataclasses.replace(event, provenance=stronger)


def event_fields(values: Mapping[str, Any]) -> dict[str, Any]:
    """``set`` values (JSON) as :class:`Event` field values (tuples, frozen value)."""
    out: dict[str, Any] = {}
    for name, value in values.items():
        if name in ("actors", "targets", "items"):
            out[name] = tuple(dict.fromkeys(value))
        elif name == "value":
            out[name] = tuple((k, value[k]) for k in VALUE_FIELDS if value and value.get(k) is not None)
        else:
            out[name] = value
    return out


def locate(items: Sequence[_Work], fix: Correction) -> _Work | None:
    """The report ``fix`` is about: by added-report id, else by evidence span, nearest ``was`` first."""
    if fix.report.startswith(("add:", "split:")):
        return next((w for w in items if w.event.report == fix.report), None)
    start, end = fix.span if fix.span else (None, None)
    span = span_key(start, end, fix.evidence)
    nth = int(fix.report.rsplit("/", 1)[1]) if re.search(r"/\d+$", fix.report) else 1
    same = [w for w in items if span_text(w.event) == span and not w.event.report.startswith(("add:", "split:"))]
    near = same or [w for w in items if _overlaps(w.event, fix)]
    if not near:
        return None
    return max(near, key=lambda w: (_likeness(w.event, fix.was), _nth(w.event) == nth, -items.index(w)))


def _overlaps(event: Event, fix: Correction) -> bool:
    if fix.evidence and event.evidence and (fix.evidence in event.evidence or event.evidence in fix.evidence):
        return True
    if not fix.span or event.evidence_start is None or not event.evidence_end:
        return False
    return event.evidence_start < fix.span[1] and fix.span[0] < event.evidence_end


def _likeness(event: Event, was: Mapping[str, Any] | None) -> int:
    if not was:
        return 0
    actors = was.get("actors") or [None]
    return (event.type == was.get("type")) + (event.action == was.get("action")) + (event.actors[0] == actors[0])


def _nth(event: Event) -> int:
    tail = event.report.rsplit("/", 1)
    return int(tail[1]) if len(tail) == 2 and tail[1].isdigit() else 1


def _apply_merges(work: list[list[_Work]]) -> list[str]:
    """Give each merged report the slots of the report it is one act with (chains followed)."""
    by_report = {w.event.report: w for items in work for w in items}
    problems = []
    for w in (w for items in work for w in items if w.merge_with):
        target = _merge_root(w, by_report)
        if target is None:
            problems.append(f"merge {w.event.report} ({w.cids[-1]}): report {w.merge_with} not found")
            continue
        slots = {k: getattr(target.event, k) for k in ("type", "action", "actors", "items", "targets", "date")}
        w.event = dataclasses.replace(w.event, **slots)
    return problems


def _merge_root(w: _Work, by_report: Mapping[str, _Work]) -> _Work | None:
    seen = {w.event.report}
    current: _Work | None = by_report.get(w.merge_with or "")
    while current is not None and current.merge_with and current.event.report not in seen:
        seen.add(current.event.report)
        current = by_report.get(current.merge_with)
    return current


def _finish(rec: ArticleRecord, items: list[_Work], stored: Mapping[str, Mapping[str, Any]]) -> ArticleRecord:
    """The article's kept events with their correction ids, and any entity the fixes brought in."""
    events = tuple(dataclasses.replace(w.event, corrections=tuple(w.cids)) for w in items if not w.rejected)
    known = {e.id for e in rec.entities}
    needed = [i for e in events for i in (*e.actors, *e.items, *e.targets) if i not in known]
    extra = tuple(_entity(i, stored.get(i)) for i in dict.fromkeys(needed))
    return dataclasses.replace(rec, events=events, entities=rec.entities + extra)


def _entity(entity_id: str, stored: Mapping[str, Any] | None) -> Entity:
    """An entity a correction named: as stored with the correction, else from the gazetteer."""
    from policykg.queries.names import aliases, entity_type

    kind = (stored or {}).get("type") or entity_type(entity_id)
    name = (stored or {}).get("name") or (aliases(entity_id) or (entity_id,))[0]
    return Entity(entity_id, kind if kind in ENTITY_TYPES else "Item", name)
