"""The linker as it was before its indexes (scans of every candidate): the reference the
indexed :mod:`policykg.graph.measures` must equal (``tests/unit/test_measure_index.py``).

Only the functions the indexes replaced are copied here; the rules they call (fits, ranks,
``make_act``) are the module's own, so this checks the search, not the rules.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable

from policykg.graph import acts as corr
from policykg.graph import measures as m
from policykg.graph.acts import Act, Report
from policykg.graph.measures import Measure


def dated_groups(dated: list[Report]) -> list[list[Report]]:
    parent = list(range(len(dated)))

    def find(n: int) -> int:
        while parent[n] != n:
            parent[n] = parent[parent[n]]
            n = parent[n]
        return n

    by_day: dict[str, list[int]] = defaultdict(list)
    for n, r in enumerate(dated):
        for d in {r.date, r.effective} - {None}:
            by_day[str(d)].append(n)
    for n, r in enumerate(dated):
        days = {corr.shift_day(str(d), s) for d in {r.date, r.effective} - {None} for s in (-1, 0, 1)}
        for k in {k for d in days for k in by_day.get(d, ())}:
            if k != n and corr._near(r, dated[k]) and corr.same_slots(r, dated[k]):
                parent[find(k)] = find(n)
    groups: dict[int, list[Report]] = defaultdict(list)
    for n, r in enumerate(dated):
        groups[find(n)].append(r)
    return sorted(groups.values(), key=lambda g: min(r.key for r in g))


def undated_groups(undated: list[Report]) -> list[list[Report]]:
    groups: list[list[Report]] = []
    for r in sorted(undated, key=lambda r: (r.published or "", r.key)):
        fits = [
            g
            for g in groups
            if r.published
            and g[0].published
            and corr.same_slots(r, g[0])
            and corr.days_apart(r.published[:10], g[0].published[:10]) <= corr.UNDATED_WINDOW_DAYS
        ]
        if fits:
            fits[-1].append(r)
        else:
            groups.append([r])
    return groups


def cluster_acts(reports: Iterable[Report]) -> list[Act]:
    by_action: dict[str, list[Report]] = defaultdict(list)
    for r in reports:
        by_action[r.action].append(r)
    acts: list[Act] = []
    for action in sorted(by_action):
        acts += cluster_action(action, by_action[action])
    return acts


def cluster_action(action: str, reports: list[Report]) -> list[Act]:
    dated = sorted((r for r in reports if r.date), key=lambda r: (r.date, r.key))
    groups = dated_groups(dated)
    anchors = [corr.make_act(action, g) for g in groups]
    index = corr.item_index(anchors)
    rest: list[Report] = []
    joined: set[int] = set()
    for r in sorted((r for r in reports if not r.date), key=lambda r: r.key):
        fits = [n for n in corr.candidates(index, r.items, False) if corr._fits_dated(r, anchors[n])]
        if not fits:
            rest.append(r)
            continue
        best = max(fits, key=lambda n: corr._undated_rank(r, anchors[n]))
        groups[best].append(r)
        joined.add(best)
    acts = [corr.make_act(action, g) if n in joined else anchors[n] for n, g in enumerate(groups)]
    return acts + [corr.make_act(action, g) for g in undated_groups(rest)]


def link_block(reports: Iterable[Report]) -> list[Measure]:
    reports = list(reports)
    if not reports:
        return []
    acts = cluster_acts(reports)
    by_action: dict[str, list[Act]] = defaultdict(list)
    for act in sorted(acts, key=lambda a: (corr.act_day(a) or a.published or "", a.key)):
        by_action[act.action].append(act)
    members: dict[str, list[Act]] = {a.key: [] for a in by_action["impose"] + by_action["request"]}
    founding = {a.key: a for a in by_action["impose"] + by_action["request"]}
    imposes, requests = by_action["impose"], by_action["request"]
    impose_index, request_index = corr.item_index(imposes), corr.item_index(requests)
    for act in by_action["threaten"]:
        target = m._pick(act, imposes, impose_index, m._threat_fits, m._earliest_rank)
        m._attach(act, target, members, founding)
    for action in ("approve", "reject"):
        for act in by_action[action]:
            target = m._pick(act, requests, request_index, m._decision_fits, m._latest_rank)
            m._attach(act, target, members, founding)
    lifecycle = [a for a in acts if a.action in m.LIFECYCLE_ACTIONS]
    link_lifecycle(lifecycle, imposes, impose_index, members, founding)
    first = reports[0]
    block = m.block_of(first.type, first.action, first.actor, first.targets)
    return sorted((m._measure(block, founding[k], tuple(members[k])) for k in founding), key=lambda x: x.key)


def link_lifecycle(
    acts: list[Act],
    imposes: list[Act],
    index: dict[str, list[int]],
    members: dict[str, list[Act]],
    founding: dict[str, Act],
) -> None:
    loose: list[Act] = []
    loose_index: dict[str, list[int]] = defaultdict(list)
    owner: dict[str, str] = {}
    for act in sorted(acts, key=lambda a: (a.date or (a.published or "")[:10], a.key)):
        target = m._pick(act, imposes, index, m._lifecycle_fits, m._lifecycle_rank)
        if target is None:
            earlier = m._pick(act, loose, loose_index, m._lifecycle_fits, m._latest_rank)
            target = founding[owner[earlier.key]] if earlier else None
        m._attach(act, target, members, founding)
        owner[act.key] = target.key if target else act.key
        for item in act.items or (corr.NONE,):
            loose_index[item].append(len(loose))
        loose.append(act)
