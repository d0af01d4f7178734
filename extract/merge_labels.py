"""Labels of merge decisions from gold events (pure): which gold measure each statement states.

A statement (a candidate, or an event merged so far) is given the gold event
of its key (type, action, main actor: the scorer's
:func:`~policykg.extract.evaluate.compatible`) that it fits best -- items and
targets overlap (Jaccard, as the scorer's matching, but two empty lists count
nothing) plus one for the same date.  A pair is *same* when both statements go to one gold event and
*different* when they go to two.  Two cases need a choice:

* the gold has no event of the key (:data:`NO_GOLD` on both sides): *same*,
  since merging two statements of an event gold lacks removes one false
  positive and can cost no true positive;
* the gold has several events of the key and the statement overlaps none
  (:data:`UNFIT`): the pair is dropped -- nothing says which measure it
  states, and a guess would teach the model the guess.

With ``spread`` (:func:`assign`) the statements of an article are first
matched one to one to the gold events as the scorer matches them, so that
two statements of a key with two gold events are two measures; the rest go
by best fit.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from policykg.extract.evaluate import compatible, jaccard, match_events
from policykg.extract.merge import Candidate

NO_GOLD = -1  # the gold has no event of the statement's key
UNFIT = -2  # several gold events of the key, none overlapping the statement


@dataclass(frozen=True)
class Statement:
    """The slots of a candidate or merged event at the moment of a merge decision."""

    type: str
    action: str
    actors: tuple[str, ...]
    items: tuple[str, ...]
    targets: tuple[str, ...]
    date: str | None

    def record(self) -> dict[str, Any]:
        """The statement as an event record, the shape the scorer compares."""
        return {
            "type": self.type,
            "action": self.action,
            "actors": list(self.actors),
            "items": list(self.items),
            "targets": list(self.targets),
            "date": self.date,
        }


def snapshot(c: Candidate) -> Statement:
    """A frozen copy of a candidate's slots (candidates change as they absorb others)."""
    return Statement(c.type, c.action, tuple(c.actors), tuple(c.items), tuple(c.targets), c.date)


def shared(a: Sequence[str], b: Sequence[str]) -> float:
    """Jaccard of two slot lists, 0 when either is empty (two empty lists are no evidence of one measure)."""
    return jaccard(a, b) if a and b else 0.0


def fit(s: Statement, gold: Mapping[str, Any]) -> float:
    """How well a statement fits a gold event: items + targets overlap, + 1 for the same date."""
    same_date = s.date is not None and s.date == gold.get("date")
    return shared(s.items, gold.get("items") or []) + shared(s.targets, gold.get("targets") or []) + same_date


def gold_event(s: Statement, gold: Sequence[Mapping[str, Any]]) -> int:
    """The index of the gold event the statement states, or :data:`NO_GOLD` / :data:`UNFIT`."""
    fits = [i for i, g in enumerate(gold) if compatible(dict(g), s.record())]
    if len(fits) <= 1:
        return fits[0] if fits else NO_GOLD
    score, best = max((fit(s, gold[i]), -i) for i in fits)
    return -best if score > 0 else UNFIT


def assign(statements: Sequence[Statement], gold: Sequence[Mapping[str, Any]], spread: bool) -> list[int]:
    """The gold event of each statement; ``spread``: first one statement per gold event, as the scorer matches
    (the statements of a key cover as many of its gold events as they can), then the rest by best fit."""
    first = dict((j, i) for i, j in match_events(gold, [s.record() for s in statements])) if spread else {}
    return [first[j] if j in first else gold_event(s, gold) for j, s in enumerate(statements)]


def pair_label(m: int, c: int) -> int | None:
    """1 same measure, 0 two measures, None dropped (see the module's account of the two choices)."""
    if m == c == NO_GOLD:
        return 1
    if m < 0 or c < 0:
        return None
    return int(m == c)
