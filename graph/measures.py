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
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from policykg.graph import measure_index as ix
from policykg.graph.acts import (
    NONE,
    SCAN_FACTOR,
    SCAN_LIMIT,
    UNDATED_WINDOW_DAYS,
    Act,
    Report,
    act_day,
    candidates,
    cluster_acts,
    days_apart,
    item_index,
    jaccard,
    neg_key,
    overlap_or_either_empty,
    same_slots,
    scan_cost,
    shift_day,
    value_match,
)

LIFECYCLE_ACTIONS = ("suspend", "lift", "extend")
RESTRICTIVE_ACTIONS = ("impose", "threaten", "extend")
THREAT_WINDOW_DAYS = 365  # a threat joins the measure imposed at most this long after it


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
        return days_apart(when[:10], cand.published[:10]) <= UNDATED_WINDOW_DAYS
    return True


def _lifecycle_rank(act: Act, cand: Act) -> tuple[Any, ...]:
    # A lift states the rate it removes; a suspension states the rate left in place (no match).
    return (
        act.action == "lift" and value_match(act, cand),
        cand.date is not None,
        bool(act.articles & cand.articles),
        jaccard(act.items, cand.items),
        bool(act.targets & cand.targets) or not (act.targets or cand.targets),
        cand.date or "",
        neg_key(cand.key),
    )


def _threat_fits(threat: Act, cand: Act) -> bool:
    if not same_slots(threat, cand):
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
    if not overlap_or_either_empty(decision.items, request.items):
        return False
    if decision.targets and not (decision.targets & requesters):
        return False
    return not (decision.date and request.date and request.date > decision.date)


def _pick(act: Act, pool: Sequence[Act], index: dict[str, list[int]], fits: Any, rank: Any) -> Act | None:
    found = [pool[n] for n in candidates(index, act.items, True) if fits(act, pool[n])]
    return max(found, key=lambda c: rank(act, c)) if found else None


def _earliest_rank(act: Act, cand: Act) -> tuple[Any, ...]:
    return (value_match(act, cand), bool(act.articles & cand.articles), neg_key(cand.date or "9999"), neg_key(cand.key))


def _latest_rank(act: Act, cand: Act) -> tuple[Any, ...]:
    return (bool(act.articles & cand.articles), cand.date is not None, cand.date or "", neg_key(cand.key))


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
    impose_index = item_index(imposes)
    windows = scan_cost(impose_index, threats, True) > SCAN_FACTOR * len(imposes)  # else scanning is cheaper
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
    ``index`` (:func:`item_index`) serves the rare act naming too many items for the pool's keys."""
    keys = None if _few(index, act.items, len(pool.acts)) else ix.slot_queries(act)
    if keys is None:
        return _pick(act, pool.acts, index, _lifecycle_fits, rank)
    when = (act.date or act.published or "")[:10]
    window = (shift_day(when, -UNDATED_WINDOW_DAYS), shift_day(when, UNDATED_WINDOW_DAYS)) if when else None
    bound = (act.date, True) if act.date else ((act.published or "")[:10] or None, False)
    return pool.best(act, keys, bound, window, _lifecycle_fits, rank, by_value)


def _few(index: dict[str, list[int]], items: frozenset[str], size: int) -> bool:
    """Whether :func:`candidates` would give few positions: then scanning them beats the pool's look-ups."""
    if not items:
        return size <= SCAN_LIMIT
    return sum(len(index.get(k, ())) for k in (*items, NONE)) <= SCAN_LIMIT


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
    ``imposes`` are in (date, key) order, as the pools file them; ``index`` is :func:`item_index` of them."""
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
