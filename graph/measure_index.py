"""Indexes that keep the linker linear in a block's events: look-ups by slot key and date.

Pure.  The linker (:mod:`policykg.graph.measures`) compares two acts only when their
slots agree and their dates allow it.  Scanning every act that shares an item made
one block quadratic (a 20,000-event block took 31 s); these indexes find the same
candidates, or the best one, through keys the slots must share and bisection on
sorted dates, so the output is the scan's (``tests/unit/test_measure_index.py``
compares both on random blocks).

- :func:`slot_pairs`: two acts have the same slots (items overlap or both name none,
  likewise targets) exactly when they share an ``(item, target)`` pair.
- :class:`Buckets`: positions filed under keys, each key's dated positions sorted by
  ``(date, key)`` and undated ones by ``(first report day, key)``; :meth:`Buckets.latest`
  is the latest dated position of a key before a bound (a later one wins every tie the
  bucket's keys leave), :meth:`Buckets.undated` the undated ones in a window.

>>> slot_pairs(frozenset({"item:a"}), frozenset())
[('item:a', '')]
>>> b = Buckets()
>>> for n, day in enumerate(["2025-01-01", "2025-03-01", "2025-05-01"]):
...     b.add(["k"], n, f"x{n}", day, None)
>>> b.latest("k", "2025-04-01", set()), b.latest("k", "2025-01-01", set())
(1, None)
"""

from __future__ import annotations

import bisect
from collections import defaultdict
from collections.abc import Callable, Hashable, Iterable, Iterator
from dataclasses import dataclass, field
from itertools import combinations
from typing import Any

NONE = ""  # the item/target key of an event that names none
MAX_SUBSET = 3  # subsets of items filed and queried, at most this large
MAX_QUERY_ITEMS = 8  # acts naming more items rank every act sharing one (rare)
MAX_FILED_ITEMS = 16  # acts naming more items are filed under no subset and ranked on every query


def slot_pairs(items: Iterable[str], targets: Iterable[str]) -> list[tuple[str, str]]:
    """``(item, target)`` pairs, :data:`NONE` standing for an empty side."""
    return [(i, t) for i in (items or (NONE,)) for t in (targets or (NONE,))]


def item_subsets(items: frozenset[str], largest: int) -> list[frozenset[str]]:
    """Every subset of ``items`` with 1 to ``largest`` members (the empty set for no items)."""
    if not items:
        return [frozenset()]
    ordered = sorted(items)
    return [frozenset(c) for k in range(1, min(largest, len(ordered)) + 1) for c in combinations(ordered, k)]


def target_keys(targets: frozenset[str]) -> list[tuple[str, object]]:
    """Where a candidate with ``targets`` is filed: under each target, and as naming some / none."""
    return [("t", t) for t in sorted(targets)] + [("e", not targets)]


def target_queries(targets: frozenset[str]) -> list[tuple[str, object]]:
    """The keys whose candidates an act with ``targets`` covers: a shared target, or any when it names none."""
    return [("t", t) for t in sorted(targets)] if targets else [("e", True), ("e", False)]


@dataclass
class _Bucket:
    dates: list[str] = field(default_factory=list)
    dated: list[int] = field(default_factory=list)
    days: list[str] = field(default_factory=list)
    undated: list[int] = field(default_factory=list)


@dataclass
class Buckets:
    """Positions by key; add dated ones in ``(date, key)`` order, undated in ``(day, key)`` order."""

    by_key: dict[Hashable, _Bucket] = field(default_factory=lambda: defaultdict(_Bucket))

    def add(self, keys: Iterable[Hashable], n: int, key: str, date: str | None, day: str | None) -> None:
        """File position ``n`` (act ``key``) under ``keys``; ``day`` is its first report's day."""
        for k in keys:
            b = self.by_key[k]
            if date:
                b.dates.append(date)
                b.dated.append(n)
            else:
                b.days.append(day or "")
                b.undated.append(n)

    def latest(self, key: Hashable, bound: str | None, skip: set[int], strict: bool = True) -> int | None:
        """The latest dated position under ``key`` dated before ``bound`` (``strict``) or on it,
        the smallest key first among one day's, not in ``skip``; any date when ``bound`` is None."""
        b = self.by_key.get(key)
        if b is None:
            return None
        if bound is None:
            hi = len(b.dates)
        else:
            hi = (bisect.bisect_left if strict else bisect.bisect_right)(b.dates, bound)
        while hi > 0:
            lo = bisect.bisect_left(b.dates, b.dates[hi - 1], 0, hi)
            found = next((n for n in b.dated[lo:hi] if n not in skip), None)
            if found is not None:
                return found
            hi = lo
        return None

    def undated(self, key: Hashable, low: str | None, high: str | None) -> Iterator[int]:
        """Undated positions under ``key`` first reported between ``low`` and ``high``, or on no day
        (those are never outside a window); every one when ``low`` is None."""
        b = self.by_key.get(key)
        if b is None:
            return
        if low is None or high is None:
            yield from b.undated
            return
        yield from b.undated[: bisect.bisect_right(b.days, "")]
        yield from b.undated[bisect.bisect_left(b.days, low) : bisect.bisect_right(b.days, high)]


PairDates = dict[tuple[str, str], tuple[list[str], list[int]]]


def dated_window(index: PairDates, pairs: Iterable[tuple[str, str]], low: str, high: str) -> set[int]:
    """Positions under any of ``pairs`` dated from ``low`` to ``high`` (both included)."""
    found: set[int] = set()
    for pair in pairs:
        dates, positions = index.get(pair, ([], []))
        found.update(positions[bisect.bisect_left(dates, low) : bisect.bisect_right(dates, high)])
    return found


def pair_dates(acts: Iterable[tuple[int, frozenset[str], frozenset[str], str | None]]) -> PairDates:
    """``(item, target)`` pair -> (dates, positions) of the dated ``(n, items, targets, date)``, by date."""
    rows: dict[tuple[str, str], list[tuple[str, int]]] = defaultdict(list)
    for n, items, targets, date in acts:
        if date:
            for pair in slot_pairs(items, targets):
                rows[pair].append((date, n))
    out = {}
    for pair, pairs in rows.items():
        pairs.sort()
        out[pair] = ([d for d, _ in pairs], [n for _, n in pairs])
    return out


def by_article(acts: Iterable[tuple[int, frozenset[str]]]) -> dict[str, list[int]]:
    """Article -> positions reporting it (the candidates that share an article: a handful)."""
    out: dict[str, list[int]] = defaultdict(list)
    for n, articles in acts:
        for a in articles:
            out[a].append(n)
    return out


def values_agree(a: tuple[tuple[str, Any], ...], b: tuple[tuple[str, Any], ...]) -> bool:
    """Both state a value field and agree on every one they share."""
    da, db = dict(a), dict(b)
    shared = set(da) & set(db)
    return bool(shared) and all(da[k] == db[k] for k in shared)


@dataclass
class Pool:
    """Acts another act may link to (imposes, requests, earlier easings), filed for :meth:`best`.

    Each act is filed under keys chosen so that, for a query key, every act filed there
    fits the querying act and ties it on every rank field the key fixes, except those
    sharing an article with it (few: ranked one by one) and the date: the latest wins.
    """

    acts: list[Any] = field(default_factory=list)
    main: Buckets = field(default_factory=Buckets)
    valued: Buckets = field(default_factory=Buckets)
    values: set[tuple[tuple[str, Any], ...]] = field(default_factory=set)
    articles: dict[str, list[int]] = field(default_factory=lambda: defaultdict(list))
    always: list[int] = field(default_factory=list)
    wide: dict[str, list[int]] = field(default_factory=lambda: defaultdict(list))
    sizes: dict[Hashable, set[int]] = field(default_factory=lambda: defaultdict(set))
    pending: list[tuple[int, Any]] = field(default_factory=list)

    def add(self, act: Any, keys: Callable[[Any], list[tuple[Hashable, int]] | None]) -> None:
        """Add ``act``, to be filed under ``keys(act)`` (each a base key and the act's item count;
        ``None``: ranked one by one on every query) when first queried: a pool only ever scanned
        (:func:`policykg.graph.measures._pick_slot`, few candidates) is never filed."""
        self.pending.append((len(self.acts), keys))
        self.acts.append(act)

    def _flush(self) -> None:
        for n, keys in self.pending:
            self._file(n, self.acts[n], keys(self.acts[n]))
        self.pending.clear()

    def _file(self, n: int, act: Any, keys: list[tuple[Hashable, int]] | None) -> None:
        for a in act.articles:
            self.articles[a].append(n)
        if keys is None:
            self.always.append(n)
            return
        for base, size in keys:
            self.sizes[base].add(size)
        if len(act.items) > MAX_SUBSET:
            for item in act.items:
                self.wide[item].append(n)
        day = (act.published or "")[:10]
        self.main.add(keys, n, act.key, act.date, day)
        if act.value:
            self.values.add(act.value)
            self.valued.add([(k, act.value) for k in keys], n, act.key, act.date, day)

    def best(
        self,
        act: Any,
        keys: list[Hashable],
        bound: tuple[str | None, bool],
        window: Any,
        fits: Any,
        rank: Any,
        by_value: bool = False,
    ) -> Any:
        """The best-ranked act of the pool that fits ``act``: ``keys`` are the query keys, ``bound``
        the latest date a dated act may have (and whether strictly before), ``window`` the first
        report days (low, high) an undated one may have, or None; with ``by_value``, acts whose
        value agrees with ``act``'s are ranked first (they win whenever one fits)."""
        self._flush()
        keys = [(base, size) for base in keys for size in sorted(self.sizes.get(base, ()))]
        exact = {n for a in act.articles for n in self.articles.get(a, ())} | set(self.always)
        if len(act.items) > MAX_SUBSET:  # acts sharing more items than a filed subset: ranked one by one
            exact |= {n for item in act.items for n in self.wide.get(item, ())}
        found = [self.acts[n] for n in exact if fits(act, self.acts[n])]
        phases: list[tuple[Buckets, list[Hashable]]] = []
        if by_value:
            agreeing = [v for v in self.values if values_agree(act.value, v)]
            phases.append((self.valued, [(k, v) for k in keys for v in agreeing]))
        phases.append((self.main, keys))
        for buckets, qkeys in phases:
            more = [buckets.latest(k, bound[0], exact, bound[1]) for k in qkeys]
            picked = {n for n in more if n is not None}
            if not picked:
                low, high = window or (None, None)
                picked = {n for k in qkeys for n in buckets.undated(k, low, high) if n not in exact}
            fitting = [self.acts[n] for n in picked if fits(act, self.acts[n])]
            if fitting:
                found += fitting
                break
        return max(found, key=lambda c: rank(act, c)) if found else None


def slot_keys(act: Any) -> list[tuple[Hashable, int]] | None:
    """Where an imposition (or easing) is filed: each subset of its items up to :data:`MAX_SUBSET`
    (and none), each target key, its item count (which with the subset fixes the Jaccard rank);
    None when it names more than :data:`MAX_FILED_ITEMS` items."""
    if len(act.items) > MAX_FILED_ITEMS:
        return None
    subsets = [frozenset(), *(item_subsets(act.items, MAX_SUBSET) if act.items else [])]
    return [((s, tk), len(act.items)) for s in subsets for tk in target_keys(act.targets)]


def slot_queries(act: Any) -> list[Hashable] | None:
    """The keys whose acts ``act`` covers (a shared item, or any when it names none): each subset
    of its items up to :data:`MAX_SUBSET`, so the act sharing most of them is the latest under
    some key (acts naming more are ranked one by one, :meth:`Pool.best`); None past
    :data:`MAX_QUERY_ITEMS` items (then the caller scans)."""
    if len(act.items) > MAX_QUERY_ITEMS:
        return None
    tks = target_queries(act.targets)
    return [(s, tk) for s in item_subsets(act.items, MAX_SUBSET) for tk in tks]


def request_keys(request: Any) -> list[tuple[Hashable, int]]:
    """Where a request is filed: each item (none), any item; each requester, any requester."""
    items: list[str | None] = [*sorted(request.items)] or [NONE]
    requesters: list[str | None] = sorted({r.actor for r in request.reports})
    return [(("q", i, r), 0) for i in [*items, None] for r in [*requesters, None]]


def decision_queries(decision: Any) -> list[Hashable]:
    """The keys of the requests an approve/reject may decide: an item it names or none, its targets."""
    items: list[str | None] = [*sorted(decision.items), NONE] if decision.items else [None]
    requesters: list[str | None] = [*sorted(decision.targets)] or [None]
    return [("q", i, r) for i in items for r in requesters]
