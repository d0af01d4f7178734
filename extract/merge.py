"""From event candidates to events: missing actors, then one event per measure (pure).

A candidate is one statement of an event in one clause.  :func:`finish`

1. gives actorless candidates the actors of the measure they refer to (the
   same trigger concept, else the same type and action, earlier in the
   article), approvals the addressee of the matching request, deals their
   second party, and a leader without a stated state the article's main state;
2. merges statements of the same measure: same type, action and main actor,
   and the same trigger concept (or an elaborating clause of the same
   sentence), with no conflicting number or day;
3. adds the items of measure nouns that elaborate an earlier event ("The
   measures affected include export controls on X, Y") to the events of that
   type and main actor.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from policykg.extract import action_rules, coref, distinct_acts, event_coref, remedy_rules, restatement, roles
from policykg.extract.merge_slots import fill_approvals, fill_orphans, freeze
from policykg.extract.models import Entity, Event

_DATE_RANK = {"point": 4, "start": 3, "deadline": 2}


@dataclass
class Candidate:
    """One statement of an event (mutable while an article is processed)."""

    type: str
    action: str
    concept: str
    start: int
    end: int
    anchor: int
    sentence: int
    clause: int
    actors: list[str]
    how: str  # explicit | inherited | none | referent
    items: list[str]
    targets: list[str]
    value: dict[str, Any]
    title: bool = False
    sentence_items: list[str] = field(default_factory=list)
    sentence_span: tuple[int, int] = (0, 0)
    fallback: list[str] = field(default_factory=list)
    also: bool = False  # "It also ordered ...": a further measure, not an elaboration
    other: bool = False  # "other sector-specific tariffs he has imposed": another measure of the same kind
    past: bool = False  # "Last September New Delhi had banned ...": an earlier measure
    year: str | None = None  # the year the statement is dated in, if any
    parallel: bool = False  # the clause follows ";" / "；": a parallel measure, not an elaboration
    subordinate: bool = False  # "after Washington announced ...": background, not the topic
    reacted: bool = False  # "China criticised the Dutch decision to expand export controls": another's reaction
    effect: bool = False  # "The tariffs take effect on March 23": a statement of when, not a new act
    anaphoric: bool = False  # "the agreement would protect jobs": a deal noun referring to the stated deal
    elliptic: bool = False  # "… Huawei in 2019 and SMIC the following year": a second act stated by ellipsis
    part: bool = False  # one of several measures of a plural statement (probe_rules.split_plural_probe)
    truce: bool = False  # "the sides agreed to pause tariffs": each party's own suspend (action_rules.split_truce)
    date: str | None = None
    until: str | None = None
    date_rank: int = 0
    date_by: str = ""  # the rule that gave ``date`` (the date ranker's feature, in the trace as ``date_by=``)
    concepts: set[str] = field(default_factory=set)
    order: int = 0
    last: int = 0
    statements: int = 1  # how many statements were merged into this one (restatements)
    titled: bool = False  # one of them is the headline
    day_span: tuple[int, int] = (-1, -1)  # the day mention that gave a point ``date`` ((-1, -1): a later rule's)
    start_year: str | None = None  # the written year of a start ("starting in June 2023", "since January 1, 2020")
    rejected: tuple[str, ...] = ()  # a soft candidate: the rules that rejected it (soft_candidates.py)

    def set_dates(self, dates: Sequence[Any], text: str = "") -> None:
        # Of equal kinds, the mention nearest the trigger wins ("said on Tuesday
        # that ... informed it on April 9 that ... will need a licence").
        dates = sorted(dates, key=lambda d: abs(d.start - self.anchor))
        """Choose the date and window end among the clause's date mentions.

        A day beats a start, a start beats a deadline; a duration ("for one
        year", "为期90天") never gives ``until``: the contract wants a window's
        end only when it is written, not computed.  A month-only deadline ("due
        by December", 12月前) has no day (``dates.month_deadline``); a weekday or a
        relative day ("by Friday", 下周五前, "by tomorrow") keeps its own.
        """
        for d in dates:
            if d.kind == "year" and not self.year:
                m = re.search(r"(?:19|20)\d\d", d.text)
                self.year = m.group() if m else None
            kind = d.kind
            if kind == "start" and not self.start_year:
                m = re.search(r"(?:19|20)\d\d", d.text)
                self.start_year = m.group() if m else None
            if kind == "until" and d.date:
                kind = "start"
            rank = _DATE_RANK.get(kind, 0)
            if rank and d.date and rank > self.date_rank:
                self.date, self.date_rank, self.date_by = d.date, rank, f"clause_{kind}"
                self.day_span = (d.start, d.end) if rank == 4 else (-1, -1)
                self.year = d.date[:4] if kind == "point" else self.year
            if d.kind == "until" and d.until and not self.until:
                self.until = d.until


MergeDecision = Callable[[Candidate, Candidate, str], bool]  # does a later statement join an earlier event?


def finish(
    cands: list[Candidate],
    orphans: list[tuple[str, list[str], int]],
    text: str,
    entities: Mapping[str, Entity],
    state_counts: Counter,
    topic: Sequence[str] = (),
    same: MergeDecision | None = None,
) -> tuple[Event, ...]:
    """Resolve, merge and freeze the candidates of one article; ``same``: the merge decision (:func:`_same`,
    or the learned one of :mod:`policykg.extract.merge_model` when it is on)."""
    same = same or _same
    for i, c in enumerate(cands):
        c.order = c.last = i
        c.concepts = {c.concept}
    _fill_items(cands)
    for c in cands:
        c.targets = remedy_rules.addressed_authority(c.type, c.action, c.targets, entities)
    for c in cands:
        _resolve(c, cands, entities, state_counts, list(topic))
    cands = [x for c in cands for x in action_rules.split_truce(c, entities, state_counts)]
    merged: list[Candidate] = []
    for c in cands:
        if not c.actors:
            continue
        target = next((m for m in merged if same(m, c, text)), None)
        if target is None:
            merged.append(c)
        else:
            _absorb(target, c, text)
    fill_approvals(merged)
    fill_orphans(merged, orphans)
    merged.sort(key=lambda m: (m.title, m.start))
    return tuple(freeze(m, text) for m in merged)


def _fill_items(cands: list[Candidate]) -> None:
    """A candidate without items takes those of its sentence not claimed by another."""
    for c in cands:
        if c.items or c.type in ("TARIFF", "TRADE_DEAL", "INVESTIGATION", "SANCTION"):
            continue
        taken = {i for o in cands if o is not c and o.sentence == c.sentence for i in o.items}
        c.items = [i for i in c.sentence_items if i not in taken]


def _resolve(
    c: Candidate, cands: list[Candidate], entities: Mapping[str, Entity], states: Counter, topic: list[str]
) -> None:
    earlier = [o for o in cands if o.actors and o is not c and (o.order < c.order or c.title)]
    if c.how != "explicit" and c.action in ("approve", "reject"):
        req = [o for o in cands if o.type == c.type and o.action == "request" and o.targets and o.how == "explicit"]
        if req:
            c.actors, c.how = list(req[-1].targets[:1]), "explicit"
        elif other := remedy_rules.approver_not_applicant(
            c.action, c.type, c.actors or c.fallback or [], c.how, cands, states
        ):
            c.actors, c.how = other, "explicit"
    if not c.actors:
        same = [o for o in earlier if o.type == c.type and o.action == c.action and o.concept == c.concept]
        same = same or [
            o
            for o in earlier
            if o.type == c.type and o.action == c.action and (not c.items or set(c.items) & set(o.items))
        ]
        if same:
            c.actors, c.how = list(same[-1].actors), "referent"
    if not c.actors and c.fallback:
        c.actors, c.how = coref.not_a_target(c.fallback, c.targets), "inherited"
    one_sided = c.how == "explicit" and any(roles.entity_type(t, entities) in roles.STATE_TYPES for t in c.targets)
    if (
        c.type == "TRADE_DEAL"
        and not one_sided  # a purchase commitment: the buyer acts, the seller's state is the target
        and c.action != "request"  # an application to join an agreement: the applicant alone
        and len([a for a in c.actors if roles.entity_type(a, entities) in roles.STATE_TYPES]) < 2
    ):
        for state, _ in states.most_common():
            if state not in c.actors:
                c.actors = [*c.actors, state]
                break
        if len(c.actors) < 2:
            c.actors = []
    if (
        c.action not in ("request", "approve", "reject")
        and c.actors
        and all(roles.entity_type(a, entities) == "Firm" for a in c.actors)
    ):
        # firms do not impose or lift measures: "AMD said its chips are subject to the new rules",
        # "Micron announced plans to invest $40 billion"
        c.actors, c.how = [], "none"
        return
    stateless = c.actors and not any(roles.entity_type(a, entities) in roles.STATE_TYPES for a in c.actors)
    if stateless and roles.entity_type(c.actors[0], entities) == "Person":
        c.actors = coref.person_state(topic, states, c.targets)[:1] + c.actors
    c.actors = roles.order_actors(c.actors, entities) if c.type != "TRADE_DEAL" else c.actors
    c.targets = [t for t in c.targets if t not in c.actors]


_COORDINATED = re.compile(r"\b(?:and|or|as\s+well\s+as|plus)\b|[、;；]|以及|和|及|并", re.IGNORECASE)


def _same(m: Candidate, c: Candidate, text: str = "") -> bool:
    """Do two statements state the same measure and action?"""
    if (m.type, m.action) != (c.type, c.action) or not m.actors or c.elliptic:
        return False
    if c.other and not c.title:
        return False
    if c.part and not set(c.items) & set(m.items):
        return False  # several measures of plural statements ("investigations into X and Y"): probe_rules
    if (
        m.type == c.type == "TRADE_DEAL"
        and m.action == c.action
        and not c.title
        and (c.anaphoric or (set(m.actors) == set(c.actors) and not (m.date and c.date and m.date != c.date)))
    ):
        # "Under the deal, ...", "Starmer said the agreement would ...": the deal stated before
        return True
    two_sided = m.type == c.type == "TRADE_DEAL" and min(len(m.actors), len(c.actors)) > 1
    if two_sided and not c.title and set(m.actors[:2]) != set(c.actors[:2]):
        return False  # a deal between other parties ("both countries", deal_rules): another deal
    if m.actors[0] != c.actors[0] and not (c.title and m.concepts & c.concepts):
        return False  # a headline may name the state differently ("Congo" for the DRC)
    for k in set(m.value) & set(c.value):
        if (
            m.value[k] != c.value[k]
            and k != "unit"
            and not c.title
            and not restatement.rate_schedule(c, text)
            and not restatement.referent_effect(m, c)
        ):
            return False
    if (
        m.date_rank == 4
        and c.date_rank == 4
        and m.date != c.date
        and not (
            c.effect
            and ((c.how == "referent" and not c.items) or c.sentence == m.sentence + 1)
            and restatement.effect_of_measure(m, c)
        )
        and not restatement.restated_day(m, c, text)
        and not restatement.later_report(m, c, text)
        and not event_coref.demonstrative_anaphor(c, text)
        and not event_coref.named_reference(c, text)
    ):
        return False
    if m.until and c.until and m.until != c.until and not c.title:
        return False  # two windows with different written ends are two measures
    if m.year and c.year and m.year != c.year:
        return False  # "tariffs imposed in 2018" is not the 2024 increase
    if m.start_year and c.start_year and m.start_year != c.start_year:
        return False  # start_year: a ban "starting in June 2023" is not one "since January 1, 2020"
    if m.past != c.past and not c.title and c.how != "referent" and not _named(m, c, text):
        return False  # "had banned exports of broken rice" is not this week's ban
    if (
        not c.title
        and c.sentence != m.sentence
        and m.how == c.how == "explicit"
        and m.items
        and c.items
        and not set(m.items) & set(c.items)
        and not event_coref.definite_anaphor(c, text)
    ):
        return False  # 印尼禁止铝土矿出口 … 印尼已禁止镍矿出口: two bans, each with its own actor and goods
    if distinct_acts.distinct(m, c, text):
        return False
    if c.how == "referent" or m.concepts & c.concepts or c.title or event_coref.same_day_slots(m, c, text):
        return True  # a headline restates a body event
    if (_named(m, c, text) or event_coref.determined_measure(c, text)) and not (
        m.items and c.items and not set(m.items) & set(c.items)
    ):
        return True  # "denounced Japan's export restrictions … Japan had imposed restrictions on chip materials"
    if c.sentence == m.sentence and c.clause == m.clause and not c.parallel and not c.also and text:
        # "imposed a licensing system to restrict exports": one act named twice in a clause, unless the
        # two are coordinated ("an investment of 700 billion rubles and a roadmap")
        between = text[min(m.anchor, c.anchor) : max(m.anchor, c.anchor)]
        return not _COORDINATED.search(between)
    if c.concepts <= {"measure", "ban", "restriction"}:
        return True  # "the ban takes effect immediately": a measure noun refers back
    if restatement.generic_lead(m, c):
        return True
    if c.sentence == m.sentence and c.clause == m.clause and "measure" in (m.concepts | c.concepts):
        return True  # a generic "measures" restating the clause's specific measure
    same_sentence = c.sentence == m.sentence and c.clause != m.clause and not c.parallel
    # the next sentence details an umbrella statement ("...加强出口管制。公告明确, ...") or
    # adds to a measure on the same items ("Exporters will need licences to ship antimony")
    next_sentence = c.sentence == m.sentence + 1 and (not m.items or bool(set(m.items) & set(c.items)))
    return (same_sentence or next_sentence) and c.how == "inherited" and not c.also


def _named(m: Candidate, c: Candidate, text: str) -> bool:
    """Is one of the two statements the measure named in another party's statement (its tense is that verb's)?"""
    return event_coref.named_reference(m, text) or event_coref.named_reference(c, text)


def _absorb(m: Candidate, c: Candidate, text: str = "") -> None:
    if not (c.title and c.actors[:1] != m.actors[:1]):
        m.actors += [a for a in c.actors if a not in m.actors]
    m.items += [i for i in c.items if i not in m.items]
    m.targets += [t for t in c.targets if t not in m.targets and t not in m.actors]
    for k, v in c.value.items():
        m.value.setdefault(k, v)
    if c.date_rank > m.date_rank and not (c.effect and m.date):
        m.date, m.date_rank, m.date_by = c.date, c.date_rank, c.date_by
    elif c.date_rank == m.date_rank == 4 and event_coref.named_reference(m, text) and c.date:
        m.date, m.day_span, m.date_by = (
            c.date,
            c.day_span,
            c.date_by,
        )  # named_reference: the act's own day beats the day it was named
    elif c.date_rank == m.date_rank == 4 and c.date and m.date and c.date < m.date and restatement.report_day(m, text):
        m.date, m.day_span, m.date_by = (
            c.date,
            c.day_span,
            c.date_by,
        )  # report_day: the act's own earlier day beats the day it was reported
    m.until = m.until or c.until
    m.concepts |= c.concepts
    m.last = max(m.last, c.last)
    m.statements += c.statements
    m.titled = m.titled or c.title or c.titled
    m.rejected = m.rejected if c.rejected else ()  # a hard statement joined: no longer soft
