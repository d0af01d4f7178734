"""Soft candidates: statements a named rule rejected, kept for the learned re-scorer to judge (issue 11, item 2).

The rules drop a candidate statement at a few named points: a veto (:func:`policykg.extract.event_rules.veto`),
a hedge before the act (``SlotReader._hedged``), a measure noun whose requirement is missing (``_requirements``),
a background act with neither a day nor a named agent, an action rule's drop, and the pairs the clause pass
filters out (a generic measure noun beside a specific act, an order that is only the vehicle of the measure).
Recall is the weak side, and some of these rejected statements are real events: a soft candidate is the rejected
statement read to the end like any other, carrying the names of the rules that rejected it.

* Only the points listed in the re-scorer's artefact (``soft_rules``) keep soft candidates; with the re-scorer
  off (rules alone) the list is empty, no soft candidate is made and the output is the rules' own, unchanged.
* A soft candidate never changes a hard one: it lives in its own list (with the number of hard candidates
  before it), claims no date mention, adds no elliptic sibling and leaves the article's state (the last ban
  type) as it found it.  The hard events are merged exactly as before; the soft ones are merged again with
  copies of the hard candidates, and only the events no hard statement joined are kept (:func:`soft_only`):
  a soft candidate that restates a hard event is merged into it and gone.
* Its event carries the trace flags ``soft`` and ``soft:<rule>`` (``soft:hedged``, ``soft:veto:negated``), the
  re-scorer's features, and is kept only when its probability passes the artefact's ``soft_threshold``.
"""

from __future__ import annotations

import copy
from collections import Counter
from collections.abc import Callable, Collection, Mapping, Sequence
from typing import Any

from policykg.extract import event_rules as rules
from policykg.extract.event_dates import fill_undated
from policykg.extract.merge import Candidate, MergeDecision, finish
from policykg.extract.models import Entity, Event
from policykg.extract.pairing import SentenceTriggers

SOFT = "soft"  # the trace flag of an event made only of soft candidates
FIXED_POINTS = ("hedged", "requirements", "undated_background", "dropped_action", "generic", "vehicle")


def rejection_points() -> tuple[str, ...]:
    """Every rejection point's name: the fixed points and one ``veto:<name>`` per named veto."""
    return (*FIXED_POINTS, *(f"veto:{name}" for name, _ in rules.VETOES))


def is_soft(event: Event) -> bool:
    """Is the event made only of soft candidates (rejected by a named rule)?"""
    return SOFT in event.trace


def soft_only(events: Sequence[Event], hard: Sequence[Event]) -> tuple[Event, ...]:
    """The soft events of a merge of hard and soft candidates, less those equal to a hard event."""
    return tuple(e for e in events if is_soft(e) and e not in hard)


class SoftCandidates:
    """The soft-candidate side of one article's pass (a mixin of :class:`policykg.extract.events._Finder`)."""

    text: str
    entities: Mapping[str, Entity]
    dates: list[Any]
    sentences: list[SentenceTriggers]
    state_counts: Counter
    topic: list[str]
    same: MergeDecision | None
    cands: list[Candidate]
    ban_type: str | None
    soft_rules: Collection[str] = ()
    soft_cands: list[tuple[int, Candidate]]

    def rejects(self, rejected: list[str], name: str) -> bool:
        """Record that rule ``name`` rejects the statement; True when it is dropped (the point keeps no soft
        candidate), False when it goes on as a soft candidate."""
        rejected.append(name)
        return name not in self.soft_rules

    def add_candidates(self, cands: list[Candidate], rejected: Sequence[str]) -> None:
        """Hard candidates join the article's list; soft ones their own, with the count of hard ones before."""
        if not rejected:
            self.cands += cands
            return
        for c in cands:
            c.rejected = tuple(rejected)
            self.soft_cands.append((len(self.cands), c))

    def dropped_pairs(self, offered: Sequence[Any], vehicle: Sequence[Any], kept: Sequence[Any]) -> list[Any]:
        """The clause's pairs a filter removed, each with the filter's name (``vehicle``: the order that carries a
        measure, ``generic``: a generic noun beside a specific act); none when neither point keeps soft ones."""
        out = [(p, "vehicle") for p in offered if p not in vehicle and "vehicle" in self.soft_rules]
        return out + [(p, "generic") for p in vehicle if p not in kept and "generic" in self.soft_rules]

    def soft_pair(self, read: Callable[..., None], *args: Any) -> None:
        """Read a dropped pair (``read(*args)``) without letting it change the article's last ban type."""
        ban_type = self.ban_type
        read(*args)
        self.ban_type = ban_type

    def combined(self) -> list[Candidate]:
        """Copies of the hard candidates with the soft ones in text order ([] when there is no soft one)."""
        if not self.soft_cands:
            return []
        out: list[Candidate] = []
        soft = iter(self.soft_cands)
        nxt = next(soft, None)
        for i, c in enumerate([*self.cands, None]):
            while nxt is not None and nxt[0] <= i:
                out.append(nxt[1])
                nxt = next(soft, None)
            if c is not None:
                out.append(copy.deepcopy(c))
        return out

    def shifted_orphans(self, orphans: list[tuple[str, list[str], int]]) -> list[tuple[str, list[str], int]]:
        """The orphans' candidate counts in the combined list (soft candidates inserted before them)."""
        return [(t, items, n + sum(1 for at, _ in self.soft_cands if at <= n)) for t, items, n in orphans]

    def merged_with_soft(
        self, combined: list[Candidate], orphans: list[tuple[str, list[str], int]]
    ) -> tuple[Event, ...]:
        """The events of the hard copies and the soft candidates merged together (() when there is no soft one):
        :func:`soft_only` keeps those no hard statement joined."""
        if not combined:
            return ()
        fill_undated(self.text, combined, self.sentences, self.dates)
        orphans = self.shifted_orphans(orphans)
        return finish(combined, orphans, self.text, self.entities, self.state_counts, self.topic, self.same)
