"""A measure's status on any day, and its status timeline (precomputed at load time).

Pure.  The rules are in ``graph/SCHEMA.md`` ("Status on a day").

>>> from policykg.graph.measures import Report, link_block
>>> imp = Report("k1", "TARIFF", "impose", "USA", targets=frozenset({"CHN"}), date="2025-04-02")
>>> lift = Report("k2", "TARIFF", "lift", "USA", targets=frozenset({"CHN"}), date="2025-05-01")
>>> [m] = link_block([imp, lift])
>>> status_on(m, "2025-04-30"), status_on(m, "2025-05-01")
(('in_force', None, 'k1'), ('lifted', None, 'k2'))
"""

from __future__ import annotations

from policykg.graph.acts import Act, Report, act_day, shift_day
from policykg.graph.measures import LIFECYCLE_ACTIONS, Measure

BEFORE = "0001-01-01"


def status_on(measure: Measure, day: str) -> tuple[str, str | None, str]:
    """``(status, until, event key that set it)`` of ``measure`` on ``day`` (``YYYY-MM-DD``).

    Statuses: ``not_announced``, ``threatened``, ``announced`` (not yet effective),
    ``in_force``, ``suspended`` (until), ``lifted``, ``expired``, ``undatable``, and for
    requests ``requested`` / ``approved`` / ``rejected``.
    """
    found = measure.founding
    if found.action == "request" or found.action in ("approve", "reject"):
        return _request_status(measure, day)
    if found.action == "threaten":
        if not found.date:
            return ("undatable", None, found.key)
        return ("threatened", None, found.key) if found.date <= day else ("not_announced", None, "")
    base = _base_status(measure, day)
    if base[0] in ("not_announced", "threatened"):
        return base
    return _apply_lifecycle(measure, day, base)


def _base_status(measure: Measure, day: str) -> tuple[str, str | None, str]:
    found = measure.founding
    if found.action != "impose" or not found.date:
        return ("undatable", found.until, found.key)
    if day < found.date:
        threats = [a for a in measure.acts if a.action == "threaten" and a.date and a.date <= day]
        return ("threatened", None, threats[-1].key) if threats else ("not_announced", None, "")
    if found.effective and day < found.effective:
        return ("announced", None, found.key)
    return ("in_force", found.until, found.key)


def _apply_lifecycle(measure: Measure, day: str, base: tuple[str, str | None, str]) -> tuple[str, str | None, str]:
    status, until, event = base
    suspended: tuple[str | None, str] | None = None
    placed = [(act_day(a, measure.founding), a) for a in measure.all_acts if a.action in LIFECYCLE_ACTIONS]
    order = {"extend": 0, "suspend": 1, "lift": 2}
    due = [(w, a) for w, a in placed if w is not None and w <= day]
    for when, act in sorted(due, key=lambda p: (p[0], order[p[1].action], p[1].key)):
        if suspended is not None and suspended[0] and suspended[0] < when:
            event = suspended[1]
            suspended = None
        if act.action == "lift":
            return ("lifted", None, act.key)
        if act.action == "suspend" or suspended:
            suspended = (act.until, act.key)
        elif act.until:
            until, event = act.until, act.key
    if suspended and (suspended[0] is None or suspended[0] >= day):
        return ("suspended", suspended[0], suspended[1])
    if suspended:
        event = suspended[1]
    if until and until < day and status != "undatable":
        return ("expired", until, event)
    return (status, until, event)


def _request_status(measure: Measure, day: str) -> tuple[str, str | None, str]:
    words = {"request": "requested", "approve": "approved", "reject": "rejected"}
    dated = [a for a in measure.all_acts if a.date and a.date <= day]
    if dated:
        last = max(dated, key=lambda a: (a.date, a.action != "request", a.key))
        return (words[last.action], None, last.key)
    if not measure.founding.date:
        return ("undatable", None, measure.founding.key)
    return ("not_announced", None, "")


def timeline(measure: Measure) -> tuple[tuple[str, str, str | None, str], ...]:
    """Status segments ``(from day, status, until, event)``: the status holds from that day on."""
    points: set[str] = set()
    for act in measure.all_acts:
        for day in (act.date, act.effective, act_day(act, measure.founding)):
            if day:
                points.add(day)
        if act.until:
            points.add(shift_day(act.until, 1))
    segments: list[tuple[str, str, str | None, str]] = []
    last = status_on(measure, BEFORE)
    for day in sorted(points):
        now = status_on(measure, day)
        if now != last:
            segments.append((day, *now))
            last = now
    return tuple(segments)


def confidence(report: Report, act: Act) -> tuple[str, ...]:
    """Flags an analyst should see beside an event: single source, undated, inferred actor."""
    flags = []
    if len(act.articles) <= 1:
        flags.append("single_source")
    if not act.date:
        flags.append("undated")
    if report.actor_inferred:
        flags.append("inferred_actor")
    return tuple(flags)
