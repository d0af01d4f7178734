"""Dated policy events from article text (pure; English and Chinese).

How an event is found (the full account is docs/extraction.md):

1. The text is cut into sentences and clauses (:mod:`policykg.extract.sentences`).
2. Triggers from the lexicons (:mod:`policykg.extract.triggers`) are found in
   each sentence and paired within each clause (:mod:`policykg.extract.pairing`):
   a measure noun ("export controls", 关税), its action ("suspended", 暂停),
   or a phrase naming both ("prohibits X from exporting", 禁止出口).
3. Hedged statements ("may", "if", "analysts suggest", 可能, 如果) give no event.
4. Here, each pairing becomes a candidate with roles and numbers
   (:mod:`policykg.extract.roles`) and dates (:mod:`policykg.extract.event_dates`),
   using the clause, the sentence's subject and the previous sentence.
5. Candidates are resolved and merged into one event per measure and action
   (:mod:`policykg.extract.merge`).
"""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from collections.abc import Collection, Mapping, Sequence
from dataclasses import replace
from typing import Any

from policykg.extract import (
    action_rules,
    conjunct_rules,
    coref,
    deal_rules,
    distinct_acts,
    noun_rules,
    probe_rules,
    restatement,
    roles,
    threat_rules,
    topic_chain,
    values,
)
from policykg.extract import event_cues as cues
from policykg.extract import event_rules as rules
from policykg.extract.aside_rules import outside_adjunct
from policykg.extract.background import named_agent, past_month
from policykg.extract.date_conjuncts import act_segment
from policykg.extract.date_reported import reacted, reaction_day, reported_past, vague_past
from policykg.extract.date_subordinate import time_clause
from policykg.extract.event_actors import ActorReader
from policykg.extract.event_dates import fill_undated, usable_dates
from policykg.extract.event_passes import settle
from policykg.extract.merge import Candidate, MergeDecision, finish
from policykg.extract.models import Entity, Event, Mention
from policykg.extract.pairing import ALLOWED, SentenceTriggers, action_of, anchor_of, pair_triggers
from policykg.extract.petitions import petition_requests
from policykg.extract.presupposition_rules import past_relative
from policykg.extract.relative_rules import relative_measure
from policykg.extract.sentences import split_sentences
from policykg.extract.soft_candidates import SoftCandidates, soft_only
from policykg.extract.triggers import Hit, Lexicon, load_lexicon


def find_events(
    text: str,
    mentions: Sequence[Mention],
    entities: Mapping[str, Entity],
    published: dt.date | None = None,
    doc: Any = None,
    *,
    dates: Sequence[Any] | None = None,
    lexicon: Lexicon | None = None,
    same: MergeDecision | None = None,
    soft: Collection[str] = (),
    home: str | None = None,
) -> tuple[Event, ...]:
    """Events stated in ``text`` (title + "\\n" + body), one per measure and action.

    ``mentions`` are entity mentions with offsets into ``text``; ``entities``
    maps their ids to :class:`Entity` (for types and agencies' countries);
    ``dates`` defaults to ``find_dates(text, published)``.  Offsets of the
    evidence are into ``text``.  ``doc`` (a parsed spaCy ``Doc`` of ``text``)
    lets the dependency parse choose actors where a model is loaded; ``same`` is the merge decision
    (:func:`policykg.extract.merge.finish`; None: the hand rule); ``soft`` names the rejection points that keep
    soft candidates for the re-scorer (:mod:`policykg.extract.soft_candidates`; none for the rules alone); ``home`` the
    outlet's state (described_actors).
    """
    if dates is None:
        from policykg.extract.dates import find_dates

        dates = find_dates(text, published)
    dates = usable_dates(text, list(dates), published)
    mentions = [m for m in mentions if not coref.in_credit(text, m)]  # (德国之声中文网): an outlet's name
    finder = _Finder(
        text, sorted(mentions, key=lambda m: (m.start, -m.end)), entities, list(dates), lexicon or load_lexicon(), doc
    )
    finder.same, finder.soft_rules, finder.home = same, soft, home
    events = settle(finder.run(), text, mentions, entities, list(dates), published)
    if finder.merged:  # soft candidates: the events no hard statement joined (soft_candidates.soft_only)
        events += soft_only(settle(finder.merged, text, mentions, entities, list(dates), published), events)
    return events


class _Finder(ActorReader, SoftCandidates):
    """The state of one article's pass: sentences, candidates, context counts."""

    def __init__(
        self,
        text: str,
        mentions: list[Mention],
        entities: Mapping[str, Entity],
        dates: list[Any],
        lex: Lexicon,
        doc: Any,
    ):
        self.text, self.mentions, self.entities, self.dates, self.lex = text, mentions, entities, dates, lex
        self.doc = doc
        self.same: MergeDecision | None = None  # the merge decision (None: merge._same)
        self.home: str | None = None  # the outlet's state: "the government" of a national paper (described_actors)
        self.cands: list[Candidate] = []
        self.soft_cands: list[tuple[int, Candidate]] = []  # rejected statements kept for the re-scorer
        self.merged: tuple[Event, ...] = ()  # the hard and soft candidates merged together
        self.orphans: list[tuple[str, list[str], int]] = []
        self.consumed: set[int] = set()
        self.ban_type: str | None = None
        self.firm_subject = False
        title_end = text.find("\n") if "\n" in text else len(text)
        # the headline's first state: the article's topic ("EU locks in tariffs on Chinese-built EVs")
        self.topic = coref.headline_actor(text, mentions, title_end, entities)
        body = split_sentences(text, title_end + 1) if title_end < len(text) else []
        title = split_sentences(text, 0, title_end)
        # Body first, title last: a headline restates the body's events.
        names = [(m.start, m.end) for m in mentions if roles.entity_type(m.entity_id, entities) in ("Agency", "Firm")]
        self.sentences = [SentenceTriggers(text, s, lex, False, names) for s in body]
        self.sentences += [SentenceTriggers(text, s, lex, True, names) for s in title]
        counts = Counter(
            t.trigger.type
            for s in self.sentences
            for t in s.types
            if t.trigger.kind in ("type", "event") and t.trigger.priority >= 2
        )
        self.article_type = counts.most_common(1)[0][0] if counts else None
        self.state_counts = Counter(
            m.entity_id for m in mentions if roles.entity_type(m.entity_id, entities) in roles.STATE_TYPES
        )

    def run(self) -> tuple[Event, ...]:
        prev: SentenceTriggers | None = None
        for n, sent in enumerate(self.sentences):
            for c, clause in enumerate(sent.clauses):
                self._clause(sent, n, c, clause, prev)
            self.cands += petition_requests(self.text, self.mentions, self.entities, self.cands, n, sent.span)
            prev = sent
        combined = self.combined()  # copies of the hard candidates before fill_undated, with the soft ones
        fill_undated(self.text, self.cands, self.sentences, self.dates)
        self.merged = self.merged_with_soft(combined, self.orphans)
        return finish(self.cands, self.orphans, self.text, self.entities, self.state_counts, self.topic, self.same)

    # --- one clause -------------------------------------------------------

    def _clause(
        self, sent: SentenceTriggers, n: int, c: int, clause: tuple[int, int], prev: SentenceTriggers | None
    ) -> None:
        clause = topic_chain.joined_clause(self.text, sent, c) or clause  # 对…的调查期限，由6月17日延长至12月16日
        start, end = clause
        if cues.HEADING.search(self.text[max(0, start - 14) : start]):
            return
        types = [t for t in sent.types if start <= t.start < end]
        types = types or conjunct_rules.shared_subject(self.text, sent.clauses, c, sent.types)  # "…, but was extended"
        types = types or relative_measure(self.text, sent.clauses, c, sent.types)  # "the ban, which X imposed"
        # 韩国贸易委员会应现代制铁申请启动了…调查: the petition's verb leaves the clause's own act to pair
        actions = [
            a
            for a in sent.actions
            if start <= a.start < end
            and not (
                a.trigger.action == "request" and cues.PETITION.search(self.text[max(start, a.start - 16) : a.start])
            )
        ]
        actions = outside_adjunct(self.text, start, end, types, actions)  # "In a move likely to escalate …, X imposed"
        subj = roles.subjects(self.text, self.mentions, start, end, self.entities)
        first_verb = min((a.start for a in actions), default=end)
        own_subject = roles.subjects(self.text, self.mentions, start, first_verb, self.entities)
        pairs = pair_triggers(types, actions, self.text)
        strong = [t for t, a, bg in pairs if a is not None and not a.trigger.weak and not bg]
        # "broadened restrictions ..., updating rules that were first issued on <date>"
        soft = {
            id(t)
            for t, a, bg in pairs
            if not bg and a is not None and a.trigger.weak and a.start >= t.end and any(x is not t for x in strong)
        }
        pairs = [(t, a, bg or id(t) in soft) for t, a, bg in pairs]
        offered = pairs
        if noun_rules.directive_is_vehicle(sent.types, pairs):
            # "signed an executive order that bars ...": the order is the vehicle, not the measure
            pairs = [p for p in pairs if p[0].trigger.requires != "item"]
        vehicle = pairs
        acted = any(a is not None and t.trigger.kind != "generic" for t, a, _ in pairs)
        pairs = [
            p
            for p in pairs
            if p[2]
            or not (p[0].trigger.kind == "generic" and (acted or p[1] is None))
            or (
                p[1] is None
                and p[0].trigger.id in ("ban", "restriction")
                and (
                    (not acted and roles.possessor(self.text, self.mentions, p[0].start, start, self.entities))
                    or noun_rules.included_measure(self.text, sent.span[0], p[0].start)
                    is not None  # "…, including a ban"
                )
            )
        ]
        pairs.sort(key=lambda p: not p[2])  # background acts claim their dates first
        anchors = sorted(anchor_of(t, a) for t, a, bg in pairs if not bg)
        before = len(self.cands)
        for hit, action, background in pairs:
            seg = act_segment(self.text, anchor_of(hit, action), anchors, clause, self.dates)  # conjunct_adjunct
            self._candidate(sent, n, c, clause, seg, hit, action, prev, background, id(hit) in soft)
        for (hit, action, background), name in self.dropped_pairs(offered, vehicle, pairs):  # soft candidates
            seg = act_segment(self.text, anchor_of(hit, action), anchors, clause, self.dates)
            self.soft_pair(
                self._candidate, sent, n, c, clause, seg, hit, action, prev, background, id(hit) in soft, name
            )
        if len(self.cands) == before and not types:
            # 征收临时关税,…,有效期至2025年7月31日 / 调查应在2025年1月5日前结束: the window end of the sentence's measure
            ends = [
                d for d in self._dates(start, end) if d.kind == "until" and getattr(d, "until", None) and not d.date
            ]
            last = self.cands[-1] if self.cands else None
            if ends and last is not None and last.sentence == n and not last.until:
                last.until = ends[0].until
        if len(self.cands) == before:
            for hit in types:
                ev_type = self._type_of(hit, sent, clause)
                if ev_type and not self._hedged(sent, hit.start, clause):
                    self.orphans.append(
                        (ev_type, roles.items(self.mentions, start, end, self.entities), len(self.cands))
                    )
        if own_subject or (subj and not sent.subject):
            sent.subject = own_subject or subj

    # --- one candidate ----------------------------------------------------

    def _candidate(
        self,
        sent: SentenceTriggers,
        n: int,
        c: int,
        clause: tuple[int, int],
        seg: tuple[int, int],
        hit: Hit,
        action: Hit | None,
        prev: SentenceTriggers | None,
        background: bool,
        soft: bool = False,
        reject: str = "",
    ) -> None:
        start, end = clause
        rejected = [reject] if reject else []  # the rules that reject it: a soft candidate (soft_candidates.py)
        ev_type = self._type_of(hit, sent, clause)
        site = rules.Site(
            self.text,
            sent,
            n,
            c,
            clause,
            hit,
            action,
            background,
            ev_type,
            action_of(hit, action, background),
            self,
            prev,
        )
        site = action_rules.decide_type(site)  # "added 28 entities to its control list" is a SANCTION
        ev_type = site.ev_type
        if (veto := rules.veto(site)) is not None and self.rejects(rejected, f"veto:{veto}"):
            return
        act = rules.decide_action(site)
        if act is None and not self.rejects(rejected, "dropped_action"):
            act = site.act
        own = action is None and hit.trigger.kind == "event" and hit.trigger.action == act  # a phrase naming both
        if not ev_type or act is None or (act not in ALLOWED[ev_type] and not own):
            return
        anchor = anchor_of(hit, action)
        anchor_end = max(hit.end, action.end if action else hit.end)
        hedged = self._hedged(sent, max(anchor, hit.start), clause) and not (
            threat_rules.presupposed_threat(site, act)
            or threat_rules.threat_frame(site, act)
            or past_relative(self.text, action, hit)  # 可能危及…新签署的贸易协定: the deal is signed
        )
        if hedged and self.rejects(rejected, "hedged"):
            return
        if not self._requirements(hit, sent, clause) and self.rejects(rejected, "requirements"):
            return
        after = (action or hit).end  # background statements always have their action verb
        dates = [d for d in self._dates(after, min(end, after + 40)) if d.date] if background else []
        if background and not dates and soft:
            background = False  # "an investigation it launched last October": no day, an ordinary statement
        if (
            background
            and not dates
            and not soft
            and (cues.PAST_WHEN.match(self.text[after : min(end, after + 30)]) or past_month(self.text, after, end))
        ):
            background = False  # "curbs that Tokyo imposed in July 2019": a past act, its day not given
            seg = clause
        agent = named_agent(self.text, self.mentions, hit, action, self.entities)  # "the rule, introduced by X"
        if background and not dates and not agent and not self.rejects(rejected, "undated_background"):
            background, seg = False, clause  # soft: read as an ordinary statement
        if background:
            if not dates and not agent:
                return
            self.consumed.update(d.start for d in dates if not rejected)
        else:
            dates = reported_past(self.text, anchor_of(hit, action), self._dates(*seg))
            dates = [d for d in dates if not time_clause(self.text, anchor_end, d.start, d.end)]
        who = self._who(site, ev_type, act, anchor, anchor_end, background)  # (background as revised above)
        if agent:  # "the rule, introduced by President Biden": the doer the by-phrase names
            who = (agent, "explicit")
        if who is None:
            return
        actors, how = who
        if how == "none" and not sent.title:  # "The government has banned …", 政府决定…: described_actors
            actors, how = self._described(sent, prev, clause, hit, action, (anchor, anchor_end)) or (actors, how)
        if not background:  # vague_past: "said on Monday that China imposed curbs last week" has no day
            dates = self._statement_dates(sent, start, anchor, prev, dates)
            dates = vague_past(self.text, (start, end), (anchor, anchor_end), dates)
            dates = reaction_day(self.text, (hit.start, hit.end), dates)  # "China on Sunday criticised the Dutch …"
        cand = Candidate(
            type=ev_type,
            action=act,
            concept=hit.trigger.id,
            start=start,
            end=end,
            anchor=anchor,
            sentence=n,
            clause=c,
            actors=roles.order_actors(actors, self.entities, self.lex.officials) if ev_type != "TRADE_DEAL" else actors,
            how=how,
            items=self._items(*(seg if not background else clause)),
            targets=self._targets(sent, clause, hit, action, anchor, actors),
            value=values.value(self.text[seg[0] : seg[1]], ev_type),
            title=sent.title,
            sentence_items=self._items(sent.span[0], sent.span[1]),
            sentence_span=sent.span,
            fallback=self._fallback(prev, sent),
            also=bool(cues.ALSO.search(self.text[start:end])),
            other=bool(cues.OTHER.search(self.text[max(start, hit.start - 30) : hit.start])),
            past=distinct_acts.past_statement(self.text, start, end),
            parallel=self.text[max(sent.span[0], start - 3) : start].rstrip().endswith((";", "；")),
            subordinate=bool(cues.SUBORDINATE.match(self.text[start:end])),
            reacted=not background and reacted(self.text, start, (hit.start, hit.end)),  # reaction_day
            effect=(action is not None and bool(cues.EFFECT.search(action.text)))
            or restatement.effect_predicate(self.text, hit.end, end),
            truce=action_rules.truce_statement(replace(site, ev_type=ev_type, act=act)),
            anaphoric=ev_type == "TRADE_DEAL"
            and (
                bool(cues.DEFINITE.search(self.text[max(start, hit.start - 24) : hit.start]))
                or bool(cues.PROVISION.search(self.text[start:end]))
            ),
        )
        deal_rules.resolve_parties(cand, sent.types, self.text, self.mentions, self.entities, self.lex.officials)
        cand.set_dates(dates, self.text)
        last = next((o for o in reversed(self.cands) if o.sentence == n and o.title != (not sent.title)), None)
        if last is not None and how == "inherited" and not cand.targets and last.actors[:1] == cand.actors[:1]:
            cand.targets = list(last.targets)
        self.add_candidates(probe_rules.split_plural_probe(cand, hit, background, self.text), rejected)  # "… X and Y"
        if not rejected and (
            background
            or cand.past
            or cues.PAST_WHEN.match(self.text[anchor_end : min(end, anchor_end + 40)])
            or re.search(r"\b(?:in|since)\s+(?:19|20)\d\d\b", self.text[anchor_end:end])
        ):
            self._elliptic(cand, anchor_end, end)
