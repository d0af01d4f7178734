"""Features of one merge decision: may a later statement join a measure stated before (pure)?

:func:`policykg.extract.merge.finish` walks the candidates of an article in
order and asks, for each one (``c``) and each event merged so far (``m``),
whether both state the same measure.  The learned merge decision
(:mod:`policykg.extract.merge_model`) answers that question for the pairs
of one key -- the same type, action and main actor, the pairs the scorer
cannot tell apart -- from the features below.  They are what the hand rule
(:func:`policykg.extract.merge._same`) already reads, written as names:

* where: same sentence / clause, the distance in sentences, headline or not;
* how each actor was found (explicit, referent, inherited);
* slots: trigger concepts, items, targets, dates, years, windows and values,
  each as shared / disjoint / one side empty / equal / differ, and whether
  one side's items or targets hold the other's;
* the flags the candidate rules set (``also``, ``past``, ``effect`` ...);
* the verdicts of the named rules (:mod:`~policykg.extract.distinct_acts`,
  :mod:`~policykg.extract.restatement`, :mod:`~policykg.extract.event_coref`)
  and of ``_same`` itself, alone and crossed with the distance, the slots and
  how the later actor was found;
* the trigger concepts of both (lexicon classes such as ``export_control``).

No word of any article is a feature: the words reach the model only through
the rules' verdicts.
"""

from __future__ import annotations

from collections.abc import Callable, Collection
from dataclasses import dataclass

from policykg.extract import distinct_acts, event_coref, merge, restatement
from policykg.extract.merge import Candidate

FLAGS = ("also", "other", "past", "parallel", "subordinate", "reacted", "effect", "anaphoric", "part", "truce")
GENERIC = frozenset({"measure", "ban", "restriction"})


@dataclass(frozen=True)
class Pair:
    """A merged event ``m`` (earlier) and a later statement ``c`` of one article ``text``."""

    m: Candidate
    c: Candidate
    text: str


def same_key(m: Candidate, c: Candidate) -> bool:
    """Do both have the type, action and main actor the scorer matches on?"""
    return (m.type, m.action) == (c.type, c.action) and bool(m.actors) and m.actors[:1] == c.actors[:1]


def overlap(a: Collection[str], b: Collection[str]) -> str:
    """How two slot lists relate: shared, disjoint, or which side is empty."""
    if not a and not b:
        return "none"
    if not a or not b:
        return "m_empty" if not a else "c_empty"
    return "shared" if set(a) & set(b) else "disjoint"


def equality(a: object, b: object) -> str:
    """Two optional values: equal, differ, or which side is missing."""
    if a is None and b is None:
        return "none"
    if a is None or b is None:
        return "m_missing" if a is None else "c_missing"
    return "equal" if a == b else "differ"


def distance(p: Pair) -> str:
    """Where ``c`` stands from ``m``: headline, same clause, same sentence, next, near (2-3), far."""
    if p.c.title:
        return "title"
    gap = p.c.sentence - p.m.sentence
    if gap == 0:
        return "clause" if p.c.clause == p.m.clause else "sentence"
    return "next" if gap == 1 else "near" if gap in (2, 3) else "far"


def slot_features(p: Pair) -> list[str]:
    """Concepts, items, targets, dates, years, windows and values of both."""
    m, c = p.m, p.c
    conflict = any(m.value[k] != c.value[k] for k in set(m.value) & set(c.value) if k != "unit")
    return [
        f"concepts={'shared' if m.concepts & c.concepts else 'other'}",
        f"c_generic={c.concepts <= GENERIC}",
        f"items={overlap(m.items, c.items)}",
        f"targets={overlap(m.targets, c.targets)}",
        f"date={equality(m.date, c.date)}",
        f"ranks={m.date_rank}-{c.date_rank}",
        f"year={equality(m.year, c.year)}",
        f"start_year={equality(m.start_year, c.start_year)}",
        f"until={equality(m.until, c.until)}",
        f"value={'conflict' if conflict else overlap(list(m.value), list(c.value))}",
    ]


def how_features(p: Pair) -> list[str]:
    """How each side's actor was found, the flags of ``c``, the past of both, ``m``'s statements."""
    return [
        f"how={p.m.how}-{p.c.how}",
        f"past={int(p.m.past)}-{int(p.c.past)}",
        f"statements={min(p.m.statements, 3)}",
        f"m_titled={p.m.titled or p.m.title}",
        *(f"flag={f}" for f in FLAGS if getattr(p.c, f)),
    ]


_PAIR_RULES: dict[str, Callable[[Candidate, Candidate, str], bool]] = {
    "distinct": distinct_acts.distinct,
    "added_act": distinct_acts.added_act,
    "another_time": distinct_acts.another_time,
    "dated_modifier": distinct_acts.dated_modifier,
    "coordinated_act": distinct_acts.coordinated_act,
    "widened_measure": distinct_acts.widened_measure,
    "restated_day": restatement.restated_day,
    "later_report": restatement.later_report,
    "same_day_slots": event_coref.same_day_slots,
}
_LATER_RULES: dict[str, Callable[[Candidate, str], bool]] = {
    "earlier_act": distinct_acts.earlier_act,
    "rate_schedule": restatement.rate_schedule,
    "named_reference": event_coref.named_reference,
    "demonstrative_anaphor": event_coref.demonstrative_anaphor,
    "determined_measure": event_coref.determined_measure,
    "definite_anaphor": event_coref.definite_anaphor,
}


def rule_features(p: Pair) -> list[str]:
    """The verdicts of the named coreference rules that hold for the pair (``rule=NAME``)."""
    if not p.text:
        return []
    held = [n for n, rule in _PAIR_RULES.items() if not p.c.title and rule(p.m, p.c, p.text)]
    held += [n for n, rule in _LATER_RULES.items() if rule(p.c, p.text)]
    held += ["generic_lead"] * restatement.generic_lead(p.m, p.c)
    held += ["referent_effect"] * restatement.referent_effect(p.m, p.c)
    return [f"rule={n}" for n in held]


def containment(a: Collection[str], b: Collection[str]) -> str:
    """Of two non-empty slot lists: equal, one inside the other, or neither ('' when one is empty)."""
    if not a or not b:
        return ""
    sa, sb = set(a), set(b)
    return "equal" if sa == sb else "m_in_c" if sa < sb else "c_in_m" if sb < sa else "neither"


def crossed(verdict: bool, slots: list[str], p: Pair) -> list[str]:
    """The hand rule's verdict with each slot relation (a linear model cannot form these itself)."""
    crosses = [s for s in slots if s.split("=")[0] in ("items", "targets", "date", "concepts")]
    crosses.append(f"how={p.c.how}")
    return [f"same={verdict}|{s}" for s in crosses]


def pair_features(p: Pair) -> tuple[str, ...]:
    """All features of a pair; ``same=`` is the hand rule's verdict, alone and crossed with the others."""
    where = distance(p)
    verdict = merge._same(p.m, p.c, p.text)
    slots = slot_features(p)
    return (
        f"type={p.c.type}",
        f"action={p.c.action}",
        f"concept={p.m.concept}-{p.c.concept}",
        f"where={where}",
        f"same={verdict}",
        f"same={verdict}|where={where}",
        f"items_in={containment(p.m.items, p.c.items)}",
        f"targets_in={containment(p.m.targets, p.c.targets)}",
        *slots,
        *crossed(verdict, slots, p),
        *how_features(p),
        *rule_features(p),
    )
