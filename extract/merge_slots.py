"""After the merge: slots filled across an article's events, and each merged candidate frozen as an Event.

Split from :mod:`policykg.extract.merge` (which had grown past 400 lines): :func:`fill_approvals` gives an approval
or a request without an addressee the party of the matching act, :func:`fill_orphans` hands the items of an
elaborating measure noun to the last events of its type and state, :func:`freeze` writes the record's
:class:`Event`, and :func:`trace` names how the rules reached it (the learned re-scorer's trace features).
"""

from __future__ import annotations

from collections import Counter
from typing import TYPE_CHECKING

from policykg.extract.models import Event

if TYPE_CHECKING:
    from policykg.extract.merge import Candidate


def fill_approvals(events: list[Candidate]) -> None:
    """An approval with no addressee targets the main actor of the matching request;
    a request with no addressee targets the state that imposes that type of measure."""
    for e in events:
        if e.action == "request" and not e.targets:
            owners = Counter(
                o.actors[0]
                for o in events
                if o.type == e.type and o.action != "request" and o.actors[0] not in e.actors
            )
            if owners:
                e.targets = [owners.most_common(1)[0][0]]
    for e in events:
        if e.action in ("approve", "reject") and not e.targets:
            req = [
                r
                for r in events
                if r.type == e.type and r.action == "request" and r.actors and r.actors[0] not in e.actors
            ]
            if req:
                e.targets = [req[0].actors[0]]


def fill_orphans(events: list[Candidate], orphans: list[tuple[str, list[str], int]]) -> None:
    """Items of an elaborating measure noun go to the last events of its type and state."""
    for ev_type, items, order in orphans:
        if not items:
            continue
        before = [e for e in events if e.type == ev_type and e.order < order]
        if not before:
            continue
        main = max(before, key=lambda e: e.last).actors[0]
        for e in events:
            if e.type == ev_type and e.actors[0] == main:
                e.items += [i for i in items if i not in e.items]


def freeze(m: Candidate, text: str) -> Event:
    """The merged candidate as the frozen :class:`Event` of the record."""
    return Event(
        type=m.type,
        action=m.action,
        actors=tuple(m.actors),
        items=tuple(m.items),
        targets=tuple(m.targets),
        date=m.date,
        until=m.until,
        value=tuple(sorted(m.value.items())),
        evidence=text[m.start : m.end],
        evidence_start=m.start,
        evidence_end=m.end,
        trace=trace(m),
    )


_FLAGS = (
    "title",
    "titled",
    "also",
    "other",
    "past",
    "parallel",
    "subordinate",
    "reacted",
    "effect",
    "anaphoric",
    "elliptic",
    "truce",
)


def trace(m: Candidate) -> tuple[str, ...]:
    """How the rules reached a merged event, as feature names for the learned re-scorer."""
    return (
        f"how={m.how}",
        f"statements={min(m.statements, 3)}",
        *(f"concept={c}" for c in sorted(m.concepts)),
        *(f for f in _FLAGS if getattr(m, f)),
        *([f"date_by={m.date_by or 'other'}"] if m.date else []),
        *(["soft", *(f"soft:{r}" for r in m.rejected)] if m.rejected else []),
    )
