"""Which stored events a batch can change: the sub-block a relink reads instead of the whole block.

Pure.  The linker (:func:`policykg.graph.measures.link_block`) compares two events
only when they share an item (or one names none), and most comparisons are also
bounded in time: reports of one act are a day apart (180 days for an undated
one), a threat joins an imposition within 365 days.  Only the acts *on* a measure
look back without limit: a suspend / lift / extend ranks every earlier imposed
measure it covers (and earlier easings), and an approve / reject every earlier
request.  :func:`may_interact` is that relation, kept conservative (a wider window,
any undated pair), so the events it rejects can never change each other's links.

The relink (:mod:`policykg.graph.relink`) grows a closed set from the batch: the
events that may interact with a changed event, with every event of their stored
measures (so acts and measures are complete), then runs ``link_block`` on that set.
An event outside the batch whose link comes out different is itself changed and
the set grows around it, until nothing changes (a fixpoint).  Everything outside
the set keeps the links the whole-block linker would give it, so the result is
the same as relinking whole blocks (``tests/integration/test_incremental_link.py``).

>>> imp = {"action": "impose", "items": ["item:ga"], "date": "2019-01-01"}
>>> lift = {"action": "lift", "items": ["item:ga"], "date": "2025-01-01"}
>>> may_interact(imp, lift), may_interact({**imp, "date": "2025-06-01"}, lift)
(True, False)
>>> may_interact(imp, {**imp, "date": "2025-01-01"})
False
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping
from typing import Any

from policykg.graph.acts import DAY_TOLERANCE, UNDATED_WINDOW_DAYS
from policykg.graph.measures import LIFECYCLE_ACTIONS, THREAT_WINDOW_DAYS

# Pairs of actions the linker compares with no limit in time (acts on a measure look back).
UNBOUNDED = frozenset(
    {frozenset({"impose", a}) for a in LIFECYCLE_ACTIONS}
    | {frozenset({a, b}) for a in LIFECYCLE_ACTIONS for b in LIFECYCLE_ACTIONS}
    | {frozenset({"request", "approve"}), frozenset({"request", "reject"})}
)
# Any window the linker uses, with a margin: pairs further apart than this never interact.
WINDOW_DAYS = max(UNDATED_WINDOW_DAYS, THREAT_WINDOW_DAYS) + DAY_TOLERANCE + 1

Row = Mapping[str, Any]
FOUNDING = ("impose", "request")  # what suspend/lift/extend and approve/reject look back at


def _before(act: Row, founding: Row) -> bool:
    """Both dated and ``act`` strictly before ``founding``: it can never act on it (nor the reverse).

    A report's act may be dated earlier than the report; that earliest report is then
    in the sub-block with its whole act, so comparing reports is enough.
    """
    return bool(act.get("date") and founding.get("date") and act["date"] < founding["date"])


def _days(row: Row) -> list[dt.date]:
    """Every day an event is placed at: its date, effective day, first report."""
    days = (row.get("date"), row.get("effective"), row.get("first_reported"))
    return [dt.date.fromisoformat(d[:10]) for d in days if d]


def _within(a: Row, b: Row) -> bool:
    """Some day of ``a`` is within :data:`WINDOW_DAYS` of some day of ``b`` (or one has no day)."""
    days_a, days_b = _days(a), _days(b)
    if not days_a or not days_b:
        return True
    return any(abs((x - y).days) <= WINDOW_DAYS for x in days_a for y in days_b)


def _near(a: Row, b: Row) -> bool:
    """Some date or effective day of ``a`` within :data:`DAY_TOLERANCE` of one of ``b``'s."""
    days_a = [dt.date.fromisoformat(d) for d in (a.get("date"), a.get("effective")) if d]
    days_b = [dt.date.fromisoformat(d) for d in (b.get("date"), b.get("effective")) if d]
    return any(abs((x - y).days) <= DAY_TOLERANCE for x in days_a for y in days_b)


def may_interact(a: Row, b: Row) -> bool:
    """Whether the linker's result for one of two events (same block) can depend on the other.

    ``a`` and ``b`` are event rows with ``action``, ``items`` and the optional days
    ``date``, ``effective``, ``first_reported``.
    """
    items_a, items_b = set(a.get("items") or ()), set(b.get("items") or ())
    if items_a and items_b and not items_a & items_b:
        return False
    pair = frozenset({a["action"], b["action"]})
    if pair in UNBOUNDED:
        if a["action"] in FOUNDING:
            return not _before(b, a)
        return not (b["action"] in FOUNDING and _before(a, b))
    if pair == frozenset({"impose", "threaten"}):
        return not (a.get("date") and b.get("date")) or _within(a, b)  # undated: same article, any day
    if a["action"] != b["action"]:
        return False
    if a.get("date") and b.get("date"):  # two dated reports of one act are a day apart (date or effective)
        return _near(a, b)
    return _within(a, b)


def neighbours(frontier: Iterable[Row], block_rows: Iterable[Row]) -> set[str]:
    """Keys of the events of ``block_rows`` that may interact with an event of ``frontier``.

    Both hold rows of one or more blocks (with ``block`` and ``key``); lookups go
    through an item index, so the work is the pairs that share an item, not all pairs.
    """
    index: dict[tuple[str, str], list[Row]] = {}
    for row in block_rows:
        for item in row.get("items") or ("",):
            index.setdefault((row["block"], item), []).append(row)
    found: set[str] = set()
    for row in frontier:
        items = row.get("items") or ()
        if items:
            pool = [y for i in (*items, "") for y in index.get((row["block"], i), ())]
        else:
            pool = [y for (block, _), ys in index.items() if block == row["block"] for y in ys]
        found.update(y["key"] for y in pool if y["key"] not in found and may_interact(row, y))
    return found
