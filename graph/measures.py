"""Measures: the restriction itself, the acts on it, and its status on any day.

Pure functions over frozen dataclasses.  A :class:`Report` is one ``Event`` node
as the linker sees it (its slots, dates, the articles and outlets reporting it).
:func:`link_block` takes every report of one *block* (event type and party: the
main actor, or for a ``request`` the party it is addressed to) and returns the
block's :class:`Measure` s.  Blocks never interact, so the loader relinks only
the blocks a batch touches (:mod:`policykg.graph.load`) and the build does all
blocks (:mod:`policykg.graph.build`); both call this module, so Neo4j and the
networkx graph hold the same measures.  The result depends only on the set of
reports (every choice is ranked, ties broken by key), never on load order.
The rules are documented in ``graph/SCHEMA.md`` (section "Measures"); a
measure's status on a day is :mod:`policykg.graph.status`.

>>> imp = Report("k1", "TARIFF", "impose", "USA", targets=frozenset({"CHN"}), date="2025-04-02")
>>> lift = Report("k2", "TARIFF", "lift", "USA", targets=frozenset({"CHN"}), date="2025-05-01")
>>> [m] = link_block([imp, lift])
>>> m.key, [a.key for a in m.acts]
('k1', ['k2'])
"""

from __future__ import annotations

import datetime as dt
import functools
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from policykg.graph import measure_index as ix

LIFECYCLE_ACTIONS = ("suspend", "lift", "extend")
RESTRICTIVE_ACTIONS = ("impose", "threaten", "extend")
DAY_TOLERANCE = 1  # reports of one act may differ by this many days (or announced vs effective)
UNDATED_WINDOW_DAYS = 180  # an undated report joins an act reported at most this long before it
THREAT_WINDOW_DAYS = 365  # a threat joins the measure imposed at most this long after it
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


@dataclass(frozen=True)
class Measure:
    """A measure: its founding act and the acts on it (its status: :mod:`policykg.graph.status`)."""

    key: str
    block: str
    type: str
    actor: str
    founding: Act
    acts: tuple[Act, ...] = ()

    @property
    def all_acts(self) -> tuple[Act, ...]:
        return (self.founding, *self.acts)


def block_of(type_: str, action: str, actor: str, targets: Iterable[str]) -> str:
    """``TYPE|party``: a request belongs to the party it is addressed to (where it is decided)."""
    targets = sorted(targets)
    party = targets[0] if action == "request" and targets else actor
    return f"{type_}|{party}"


def _days_apart(a: str, b: str) -> int:
    return abs((dt.date.fromisoformat(a) - dt.date.fromisoformat(b)).days)


@functools.lru_cache(maxsize=65_536)  # pure; the linker shifts the same few thousand days again and again
def shift_day(day: str, days: int) -> str:
    return (dt.date.fromisoformat(day) + dt.timedelta(days=days)).isoformat()


def _overlap_or_both_empty(a: frozenset[str], b: frozenset[str]) -> bool:
    return bool(a & b) or not (a or b)


def _overlap_or_either_empty(a: frozenset[str], b: frozenset[str]) -> bool:
    return bool(a & b) or not a or not b


def _jaccard(a: frozenset[str], b: frozenset[str]) -> float:
    return 1.0 if not (a or b) else len(a & b) / len(a | b)


def _index(acts: Sequence[Act | Report]) -> dict[str, list[int]]:
    """Positions of ``acts`` by each item they name (``NONE`` for none): candidate lookups stay linear."""
    index: dict[str, list[int]] = defaultdict(list)
    for n, act in enumerate(acts):
        for item in act.items or (NONE,):
            index[item].append(n)
    return index


def _candidates(index: dict[str, list[int]], items: frozenset[str], either_empty: bool) -> list[int]:
    """Positions sharing an item with ``items`` (with ``either_empty``: any, when one side names none)."""
    if either_empty and not items:
        return sorted({n for ns in index.values() for n in ns})
    keys = list(items or (NONE,)) + ([NONE] if either_empty else [])
    return sorted({n for k in keys for n in index.get(k, ())})


# --- corroboration: reports -> acts ----------------------------------------------------


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


def _same_slots(a: Report | Act, b: Report | Act) -> bool:
    return _overlap_or_both_empty(a.items, b.items) and _overlap_or_both_empty(a.targets, b.targets)


def _near(a: Report, b: Report) -> bool:
    """Dated a day apart at most, or one's date is the other's stated effective day (a day apart)."""
    days = [(a.date, b.date), (a.effective, b.date), (a.date, b.effective)]
    return any(x and y and _days_apart(x, y) <= DAY_TOLERANCE for x, y in days)


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
            if m != n and _near(r, dated[m]) and _same_slots(r, dated[m]):
                parent[find(m)] = find(n)
    groups: dict[int, list[Report]] = defaultdict(list)
    for n, r in enumerate(dated):
        groups[find(n)].append(r)
    return sorted(groups.values(), key=lambda g: min(r.key for r in g))


def _fits_dated(r: Report, act: Act) -> bool:
    """An undated report can be a later mention of ``act``: same slots, published within the window."""
    if not r.published or not act.date or not _same_slots(r, act):
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
    return _days_apart(str(r.published)[:10], str(first.published)[:10]) <= UNDATED_WINDOW_DAYS


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
    index = _index(anchors)
    few = _scan_cost(index, undated, False) <= SCAN_FACTOR * len(anchors)  # then scanning beats filing them
    by_pair = ix.pair_dates((n, a.items, a.targets, a.date) for n, a in enumerate(anchors)) if not few else {}
    rest: list[Report] = []
    joined: set[int] = set()
    for r in undated:
        near = _candidates(index, r.items, False) if few else _anchors_near(r, by_pair)
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
    return (_value_match(r, act), same_article, _jaccard(r.items, act.items), act.date, _neg(act.key))


def _neg(key: str) -> tuple[int, ...]:
    """Sorts keys in reverse, so ``max`` over a rank ending in it prefers the smaller key."""
    return tuple(-ord(c) for c in key)


# --- measures: acts -> measures --------------------------------------------------------


def act_day(act: Act, founding: Act | None = None) -> str | None:
    """When an act is placed on its measure's timeline: its date; an undated act at its first report,
    unless the article also reports the founding act (then the order is unknown)."""
    if act.date:
        return act.date
    if act.published and founding is not None and not (act.articles & founding.articles):
        return act.published[:10]
    return None


def _value_match(a: Act | Report, b: Act | Report) -> bool:
    """Both state a value field (rate, amount, count) and agree on every one they share."""
    shared = set(dict(a.value)) & set(dict(b.value))
    return bool(shared) and all(dict(a.value)[k] == dict(b.value)[k] for k in shared)


def _value_clash(a: Act, b: Act) -> bool:
    shared = set(dict(a.value)) & set(dict(b.value))
    return any(dict(a.value)[k] != dict(b.value)[k] for k in shared)


def _covers(act_slots: frozenset[str], measure_slots: frozenset[str]) -> bool:
    """An act naming no items (targets) covers the whole measure; otherwise it must share one.
    A lift naming some goods does not lift a measure on all goods (a partial exemption)."""
    return not act_slots or bool(act_slots & measure_slots)


def _lifecycle_fits(act: Act, cand: Act) -> bool:
    """``act`` (suspend/lift/extend) may act on the measure founded by ``cand``: slots and time allow it."""
    if not (_covers(act.items, cand.items) and _covers(act.targets, cand.targets)):
        return False
    if act.date and cand.date:
        return cand.date < act.date  # strictly before: a same-day "impose" is the act's own restatement
    if not act.date and cand.date and act.published:
        return cand.date <= act.published[:10]
    when = act.date or act.published
    if not cand.date and when and cand.published:  # an undated measure is known only near its reports
        return _days_apart(when[:10], cand.published[:10]) <= UNDATED_WINDOW_DAYS
    return True


def _lifecycle_rank(act: Act, cand: Act) -> tuple[Any, ...]:
    # A lift states the rate it removes; a suspension states the rate left in place (no match).
    return (
        act.action == "lift" and _value_match(act, cand),
        cand.date is not None,
        bool(act.articles & cand.articles),
        _jaccard(act.items, cand.items),
        bool(act.targets & cand.targets) or not (act.targets or cand.targets),
        cand.date or "",
        _neg(cand.key),
    )


def _threat_fits(threat: Act, cand: Act) -> bool:
    if not _same_slots(threat, cand):
        return False
    if _value_clash(threat, cand):  # threatened 10%, imposed 125%: another measure
        return False
    if not (threat.date and cand.date):
        return bool(threat.articles & cand.articles)
    lag = (dt.date.fromisoformat(cand.date) - dt.date.fromisoformat(threat.date)).days
    return 0 <= lag <= THREAT_WINDOW_DAYS


def _decision_fits(decision: Act, request: Act) -> bool:
    """approve/reject decides ``request``: items agree, the requester is among its targets (or none named)."""
    requesters = {r.actor for r in request.reports}
    if not _overlap_or_either_empty(decision.items, request.items):
        return False
    if decision.targets and not (decision.targets & requesters):
        return False
    return not (decision.date and request.date and request.date > decision.date)


def _pick(act: Act, pool: Sequence[Act], index: dict[str, list[int]], fits: Any, rank: Any) -> Act | None:
    found = [pool[n] for n in _candidates(index, act.items, True) if fits(act, pool[n])]
    return max(found, key=lambda c: rank(act, c)) if found else None


def _earliest_rank(act: Act, cand: Act) -> tuple[Any, ...]:
    return (_value_match(act, cand), bool(act.articles & cand.articles), _neg(cand.date or "9999"), _neg(cand.key))


def _latest_rank(act: Act, cand: Act) -> tuple[Any, ...]:
    return (bool(act.articles & cand.articles), cand.date is not None, cand.date or "", _neg(cand.key))


def link_block(reports: Iterable[Report]) -> list[Measure]:
    """The measures of one block's reports, with every act linked (see SCHEMA.md "Measures")."""
    reports = list(reports)
    if not reports:
        return []
    acts = cluster_acts(reports)
    by_action: dict[str, list[Act]] = defaultdict(list)
    for act in sorted(acts, key=lambda a: (act_day(a) or a.published or "", a.key)):
        by_action[act.action].append(act)
    members: dict[str, list[Act]] = {a.key: [] for a in by_action["impose"] + by_action["request"]}
    founding = {a.key: a for a in by_action["impose"] + by_action["request"]}
    imposes, threats = by_action["impose"], by_action["threaten"]
    impose_index = _index(imposes)
    windows = _scan_cost(impose_index, threats, True) > SCAN_FACTOR * len(imposes)  # else scanning is cheaper
    if windows:
        by_pair = ix.pair_dates((n, a.items, a.targets, a.date) for n, a in enumerate(imposes))
        on_article = ix.by_article(enumerate(a.articles for a in imposes))
    for act in threats:
        if windows:
            target = _pick_threat(act, imposes, by_pair, on_article)
        else:
            target = _pick(act, imposes, impose_index, _threat_fits, _earliest_rank)
        _attach(act, target, members, founding)
    requests = ix.Pool()
    for request in by_action["request"]:
        requests.add(request, ix.request_keys)
    for action in ("approve", "reject"):
        for act in by_action[action]:
            _attach(act, _pick_decision(act, requests), members, founding)
    lifecycle = [a for a in acts if a.action in LIFECYCLE_ACTIONS]
    _link_lifecycle(lifecycle, imposes, impose_index, members, founding)
    first = reports[0]
    block = block_of(first.type, first.action, first.actor, first.targets)
    return sorted((_measure(block, founding[k], tuple(members[k])) for k in founding), key=lambda m: m.key)


def _pick_threat(
    threat: Act, imposes: list[Act], by_pair: ix.PairDates, on_article: dict[str, list[int]]
) -> Act | None:
    """The imposition a threat announced: dated in its window on a shared slot pair, or sharing an article."""
    near = {n for a in threat.articles for n in on_article.get(a, ())}
    if threat.date:
        pairs = ix.slot_pairs(threat.items, threat.targets)
        near |= ix.dated_window(by_pair, pairs, threat.date, shift_day(threat.date, THREAT_WINDOW_DAYS))
    found = [imposes[n] for n in near if _threat_fits(threat, imposes[n])]
    return max(found, key=lambda c: _earliest_rank(threat, c)) if found else None


def _pick_decision(decision: Act, requests: ix.Pool) -> Act | None:
    """The request an approve/reject decides: the latest one dated on or before it (:func:`_latest_rank`)."""
    bound = (decision.date, False)
    keys = ix.decision_queries(decision)
    return requests.best(decision, keys, bound, None, _decision_fits, _latest_rank)


def _pick_slot(act: Act, pool: ix.Pool, index: dict[str, list[int]], rank: Any, by_value: bool) -> Act | None:
    """The best act of ``pool`` that suspend/lift/extend ``act`` may act on (:func:`_lifecycle_fits`);
    ``index`` (:func:`_index`) serves the rare act naming too many items for the pool's keys."""
    keys = None if _few(index, act.items, len(pool.acts)) else ix.slot_queries(act)
    if keys is None:
        return _pick(act, pool.acts, index, _lifecycle_fits, rank)
    when = (act.date or act.published or "")[:10]
    window = (shift_day(when, -UNDATED_WINDOW_DAYS), shift_day(when, UNDATED_WINDOW_DAYS)) if when else None
    bound = (act.date, True) if act.date else ((act.published or "")[:10] or None, False)
    return pool.best(act, keys, bound, window, _lifecycle_fits, rank, by_value)


def _few(index: dict[str, list[int]], items: frozenset[str], size: int) -> bool:
    """Whether :func:`_candidates` would give few positions: then scanning them beats the pool's look-ups."""
    if not items:
        return size <= SCAN_LIMIT
    return sum(len(index.get(k, ())) for k in (*items, NONE)) <= SCAN_LIMIT


def _scan_cost(index: dict[str, list[int]], acts: Sequence[Act | Report], either_empty: bool) -> int:
    """How many candidates :func:`_candidates` would give ``acts`` in all (what scanning costs)."""
    total = sum(len(ns) for ns in index.values())
    keys = (NONE,) if either_empty else ()
    none = total if either_empty else len(index.get(NONE, ()))
    return sum(sum(len(index.get(k, ())) for k in (*a.items, *keys)) if a.items else none for a in acts)


def _attach(act: Act, target: Act | None, members: dict[str, list[Act]], founding: dict[str, Act]) -> None:
    if target is None:
        founding[act.key] = act
        members[act.key] = []
    else:
        members[target.key].append(act)


def _link_lifecycle(
    acts: list[Act],
    imposes: list[Act],
    index: dict[str, list[int]],
    members: dict[str, list[Act]],
    founding: dict[str, Act],
) -> None:
    """Each suspend/lift/extend, in time order, acts on the best imposed measure; failing that on the
    measure of an earlier easing (an extend of a suspension whose imposition is not reported).
    ``imposes`` are in (date, key) order, as the pools file them; ``index`` is :func:`_index` of them."""
    pool, loose = ix.Pool(), ix.Pool()
    for imp in imposes:
        pool.add(imp, ix.slot_keys)
    loose_index: dict[str, list[int]] = defaultdict(list)
    owner: dict[str, str] = {}
    for act in sorted(acts, key=lambda a: (a.date or (a.published or "")[:10], a.key)):
        target = _pick_slot(act, pool, index, _lifecycle_rank, act.action == "lift" and bool(act.value))
        if target is None:
            earlier = _pick_slot(act, loose, loose_index, _latest_rank, False)
            target = founding[owner[earlier.key]] if earlier else None
        _attach(act, target, members, founding)
        owner[act.key] = target.key if target else act.key
        for item in act.items or (NONE,):
            loose_index[item].append(len(loose.acts))
        loose.add(act, ix.slot_keys)


def _measure(block: str, found: Act, acts: tuple[Act, ...]) -> Measure:
    ordered = tuple(sorted(acts, key=lambda a: (act_day(a, found) or "9999", a.key)))
    first = found.reports[0]
    return Measure(found.key, block, first.type, first.actor, found, ordered)
