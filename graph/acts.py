"""Acts: reports of one act grouped into one (corroboration), before they are linked into measures.

Pure functions over frozen dataclasses.  A :class:`Report` is one ``Event`` node as the
linker sees it (its slots, dates, the articles and outlets reporting it); an :class:`Act`
is the reports of one act, however many articles or days report it.  :func:`cluster_acts`
groups one block's reports into acts (``graph/SCHEMA.md``, "Corroboration");
:mod:`policykg.graph.measures` then links the acts into measures.  Split from
``measures.py`` (which had grown past 500 lines); nothing here depends on measures.
"""

from __future__ import annotations

import datetime as dt
import functools
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from policykg.graph import measure_index as ix

DAY_TOLERANCE = 1  # reports of one act may differ by this many days (or announced vs effective)
UNDATED_WINDOW_DAYS = 180  # an undated report joins an act reported at most this long before it
NONE = ""  # the item/target index key of an event that names none
SCAN_LIMIT = 64  # an act with at most this many candidates sharing an item scans them (faster than the pools)
SCAN_FACTOR = 8  # acts whose scans would read this many times the candidates in all file them (and bisect) instead


@dataclass(frozen=True)
class Report:
    """One event node: its slots, dates and who reports it (``published`` = first day reported)."""

    key: str
    type: str
    action: str
    actor: str
    items: frozenset[str] = frozenset()
    targets: frozenset[str] = frozenset()
    date: str | None = None
    effective: str | None = None
    until: str | None = None
    published: str | None = None
    articles: frozenset[str] = frozenset()
    outlets: frozenset[str] = frozenset()
    value: tuple[tuple[str, Any], ...] = ()
    actor_inferred: bool = False


@dataclass(frozen=True)
class Act:
    """Reports of one act (corroboration cluster); ``key`` is its anchor report's key."""

    key: str
    action: str
    reports: tuple[Report, ...]
    date: str | None
    effective: str | None
    until: str | None
    items: frozenset[str]
    targets: frozenset[str]
    published: str | None
    articles: frozenset[str]
    outlets: frozenset[str]
    value: tuple[tuple[str, Any], ...]


def days_apart(a: str, b: str) -> int:
    return abs((dt.date.fromisoformat(a) - dt.date.fromisoformat(b)).days)


@functools.lru_cache(maxsize=65_536)  # pure; the linker shifts the same few thousand days again and again
def shift_day(day: str, days: int) -> str:
    return (dt.date.fromisoformat(day) + dt.timedelta(days=days)).isoformat()


def _overlap_or_both_empty(a: frozenset[str], b: frozenset[str]) -> bool:
    return bool(a & b) or not (a or b)


def overlap_or_either_empty(a: frozenset[str], b: frozenset[str]) -> bool:
    return bool(a & b) or not a or not b


def jaccard(a: frozenset[str], b: frozenset[str]) -> float:
    return 1.0 if not (a or b) else len(a & b) / len(a | b)


def item_index(acts: Sequence[Act | Report]) -> dict[str, list[int]]:
    """Positions of ``acts`` by each item they name (``NONE`` for none): candidate lookups stay linear."""
    index: dict[str, list[int]] = defaultdict(list)
    for n, act in enumerate(acts):
        for item in act.items or (NONE,):
            index[item].append(n)
    return index


def candidates(index: dict[str, list[int]], items: frozenset[str], either_empty: bool) -> list[int]:
    """Positions sharing an item with ``items`` (with ``either_empty``: any, when one side names none)."""
    if either_empty and not items:
        return sorted({n for ns in index.values() for n in ns})
    keys = list(items or (NONE,)) + ([NONE] if either_empty else [])
    return sorted({n for k in keys for n in index.get(k, ())})


def make_act(action: str, reports: Iterable[Report]) -> Act:
    """The act of these reports: the earliest-dated report anchors it; the first stated until wins."""
    ordered = tuple(sorted(reports, key=lambda r: (r.date is None, r.date or "", r.key)))
    if len(ordered) == 1:  # most acts have one report: the same fields, without the unions
        return _single_act(action, ordered[0])
    dates = [r.date for r in ordered if r.date]
    published = [r.published for r in ordered if r.published]
    return Act(
        key=ordered[0].key,
        action=action,
        reports=ordered,
        date=dates[0] if dates else None,
        effective=min((r.effective for r in ordered if r.effective), default=None),
        until=next((r.until for r in ordered if r.until), None),
        items=frozenset().union(*(r.items for r in ordered)),
        targets=frozenset().union(*(r.targets for r in ordered)),
        published=min(published) if published else None,
        articles=frozenset().union(*(r.articles for r in ordered)),
        outlets=frozenset().union(*(r.outlets for r in ordered)),
        value=next((r.value for r in ordered if r.value), ()),
    )


def _single_act(action: str, r: Report) -> Act:
    """:func:`make_act` of one report."""
    return Act(
        key=r.key,
        action=action,
        reports=(r,),
        date=r.date or None,
        effective=r.effective or None,
        until=r.until or None,
        items=r.items,
        targets=r.targets,
        published=r.published or None,
        articles=r.articles,
        outlets=r.outlets,
        value=r.value or (),
    )


def same_slots(a: Report | Act, b: Report | Act) -> bool:
    return _overlap_or_both_empty(a.items, b.items) and _overlap_or_both_empty(a.targets, b.targets)


def _near(a: Report, b: Report) -> bool:
    """Dated a day apart at most, or one's date is the other's stated effective day (a day apart)."""
    days = [(a.date, b.date), (a.effective, b.date), (a.date, b.effective)]
    return any(x and y and days_apart(x, y) <= DAY_TOLERANCE for x, y in days)


def _dated_groups(dated: list[Report]) -> list[list[Report]]:
    """Connected components of "same slots and near in time" among dated reports (union-find)."""
    parent = list(range(len(dated)))

    def find(n: int) -> int:
        while parent[n] != n:
            parent[n] = parent[parent[n]]
            n = parent[n]
        return n

    fine = len(dated) > SCAN_LIMIT * 100  # many reports a day: file them by day and item (same slots share one)
    by_day: dict[str, list[int]] = defaultdict(list)
    for n, r in enumerate(dated):
        for d in {r.date, r.effective} - {None}:
            for item in r.items or (NONE,) if fine else ("",):
                by_day[f"{d}|{item}" if fine else str(d)].append(n)
    for n, r in enumerate(dated):
        days = {shift_day(str(d), s) for d in {r.date, r.effective} - {None} for s in (-1, 0, 1)}
        if fine:
            days = {f"{d}|{item}" for d in days for item in r.items or (NONE,)}
        for m in {m for d in days for m in by_day.get(d, ())}:
            if m != n and _near(r, dated[m]) and same_slots(r, dated[m]):
                parent[find(m)] = find(n)
    groups: dict[int, list[Report]] = defaultdict(list)
    for n, r in enumerate(dated):
        groups[find(n)].append(r)
    return sorted(groups.values(), key=lambda g: min(r.key for r in g))


def _fits_dated(r: Report, act: Act) -> bool:
    """An undated report can be a later mention of ``act``: same slots, published within the window."""
    if not r.published or not act.date or not same_slots(r, act):
        return False
    lag = (dt.date.fromisoformat(r.published[:10]) - dt.date.fromisoformat(act.date)).days
    return -DAY_TOLERANCE <= lag <= UNDATED_WINDOW_DAYS


def _undated_groups(undated: list[Report]) -> list[list[Report]]:
    """Undated reports with equal slots published within the window of the group's first report
    (the latest such group). Groups are founded in order of first report, so the latest group
    founded under each slot pair is the only one of that pair that can still be in the window."""
    groups: list[list[Report]] = []
    latest: dict[tuple[str, str], int] = {}
    for r in sorted(undated, key=lambda r: (r.published or "", r.key)):
        pairs = ix.slot_pairs(r.items, r.targets)
        fits = [latest[p] for p in pairs if r.published and p in latest and _in_window(r, groups[latest[p]][0])]
        if fits:
            groups[max(fits)].append(r)
            continue
        if r.published:
            latest.update((p, len(groups)) for p in pairs)
        groups.append([r])
    return groups


def _in_window(r: Report, first: Report) -> bool:
    return days_apart(str(r.published)[:10], str(first.published)[:10]) <= UNDATED_WINDOW_DAYS


def cluster_acts(reports: Iterable[Report]) -> list[Act]:
    """Reports of one block grouped into acts (see SCHEMA.md "Corroboration")."""
    by_action: dict[str, list[Report]] = defaultdict(list)
    for r in reports:
        by_action[r.action].append(r)
    acts: list[Act] = []
    for action in sorted(by_action):
        acts += _cluster_action(action, by_action[action])
    return acts


def _cluster_action(action: str, reports: list[Report]) -> list[Act]:
    dated = sorted((r for r in reports if r.date), key=lambda r: (r.date, r.key))
    groups = _dated_groups(dated)
    anchors = [make_act(action, g) for g in groups]
    undated = sorted((r for r in reports if not r.date), key=lambda r: r.key)
    index = item_index(anchors)
    few = scan_cost(index, undated, False) <= SCAN_FACTOR * len(anchors)  # then scanning beats filing them
    by_pair = ix.pair_dates((n, a.items, a.targets, a.date) for n, a in enumerate(anchors)) if not few else {}
    rest: list[Report] = []
    joined: set[int] = set()
    for r in undated:
        near = candidates(index, r.items, False) if few else _anchors_near(r, by_pair)
        fits = [n for n in near if _fits_dated(r, anchors[n])]
        if not fits:
            rest.append(r)
            continue
        best = max(fits, key=lambda n: _undated_rank(r, anchors[n]))
        groups[best].append(r)
        joined.add(best)
    acts = [make_act(action, g) if n in joined else anchors[n] for n, g in enumerate(groups)]  # the rest: unchanged
    return acts + [make_act(action, g) for g in _undated_groups(rest)]


def _anchors_near(r: Report, by_pair: ix.PairDates) -> list[int]:
    """Dated acts sharing a slot pair with undated ``r``, dated in its window (:func:`_fits_dated`)."""
    if not r.published:
        return []
    day = r.published[:10]
    low, high = shift_day(day, -UNDATED_WINDOW_DAYS), shift_day(day, DAY_TOLERANCE)
    return sorted(ix.dated_window(by_pair, ix.slot_pairs(r.items, r.targets), low, high))


def _undated_rank(r: Report, act: Act) -> tuple[Any, ...]:
    same_article = bool(r.articles & act.articles)
    return (value_match(r, act), same_article, jaccard(r.items, act.items), act.date, neg_key(act.key))


def neg_key(key: str) -> tuple[int, ...]:
    """Sorts keys in reverse, so ``max`` over a rank ending in it prefers the smaller key."""
    return tuple(-ord(c) for c in key)


def act_day(act: Act, founding: Act | None = None) -> str | None:
    """When an act is placed on its measure's timeline: its date; an undated act at its first report,
    unless the article also reports the founding act (then the order is unknown)."""
    if act.date:
        return act.date
    if act.published and founding is not None and not (act.articles & founding.articles):
        return act.published[:10]
    return None


def value_match(a: Act | Report, b: Act | Report) -> bool:
    """Both state a value field (rate, amount, count) and agree on every one they share."""
    shared = set(dict(a.value)) & set(dict(b.value))
    return bool(shared) and all(dict(a.value)[k] == dict(b.value)[k] for k in shared)


def scan_cost(index: dict[str, list[int]], acts: Sequence[Act | Report], either_empty: bool) -> int:
    """How many candidates :func:`candidates` would give ``acts`` in all (what scanning costs)."""
    total = sum(len(ns) for ns in index.values())
    keys = (NONE,) if either_empty else ()
    none = total if either_empty else len(index.get(NONE, ()))
    return sum(sum(len(index.get(k, ())) for k in (*a.items, *keys)) if a.items else none for a in acts)
