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
from collections.abc import Mapping, Sequence
from dataclasses import replace
from typing import Any

from policykg.extract import (
    action_rules,
    conjunct_rules,
    control_rules,
    coref,
    deal_rules,
    distinct_acts,
    gerund_rules,
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
from policykg.extract.background import antecedent, past_month
from policykg.extract.date_clauses import news_days
from policykg.extract.date_windows import window_statement
from policykg.extract.event_dates import fill_undated, reported_past, usable_dates
from policykg.extract.merge import Candidate, finish
from policykg.extract.models import Entity, Event, Mention
from policykg.extract.pairing import ALLOWED, SentenceTriggers, action_of, anchor_of, pair_triggers
from policykg.extract.petitions import petition_requests
from policykg.extract.sentences import split_sentences
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
) -> tuple[Event, ...]:
    """Events stated in ``text`` (title + "\\n" + body), one per measure and action.

    ``mentions`` are entity mentions with offsets into ``text``; ``entities``
    maps their ids to :class:`Entity` (for types and agencies' countries);
    ``dates`` defaults to ``find_dates(text, published)``.  Offsets of the
    evidence are into ``text``.  ``doc`` (a parsed spaCy ``Doc`` of ``text``)
    lets the dependency parse choose actors where a model is loaded.
    """
    if dates is None:
        from policykg.extract.dates import find_dates

        dates = find_dates(text, published)
    dates = usable_dates(text, list(dates), published)
    mentions = [m for m in mentions if not coref.in_credit(text, m)]  # (德国之声中文网): an outlet's name
    finder = _Finder(
        text, sorted(mentions, key=lambda m: (m.start, -m.end)), entities, list(dates), lexicon or load_lexicon(), doc
    )
    return window_statement(news_days(finder.run(), text, list(dates), published), text, list(dates))


class _Finder:
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
        self.cands: list[Candidate] = []
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
        fill_undated(self.text, self.cands, self.sentences, self.dates)
        return finish(self.cands, self.orphans, self.text, self.entities, self.state_counts, self.topic)

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
        # 韩国贸易委员会应现代制铁申请启动了…调查: the petition's verb leaves the clause's own act to pair
        actions = [
            a
            for a in sent.actions
            if start <= a.start < end
            and not (
                a.trigger.action == "request" and cues.PETITION.search(self.text[max(start, a.start - 16) : a.start])
            )
        ]
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
        if noun_rules.directive_is_vehicle(sent.types, pairs):
            # "signed an executive order that bars ...": the order is the vehicle, not the measure
            pairs = [p for p in pairs if p[0].trigger.requires != "item"]
        acted = any(a is not None and t.trigger.kind != "generic" for t, a, _ in pairs)
        pairs = [
            p
            for p in pairs
            if p[2]
            or not (p[0].trigger.kind == "generic" and (acted or p[1] is None))
            or (
                p[1] is None
                and not acted
                and p[0].trigger.id in ("ban", "restriction")
                and roles.possessor(self.text, self.mentions, p[0].start, start, self.entities)
            )
        ]
        pairs.sort(key=lambda p: not p[2])  # background acts claim their dates first
        anchors = sorted(anchor_of(t, a) for t, a, bg in pairs if not bg)
        before = len(self.cands)
        for hit, action, background in pairs:
            anchor = anchor_of(hit, action)
            later = [x for x in anchors if x > anchor]
            seg = (anchor if any(x < anchor for x in anchors) else start, later[0] if later else end)
            self._candidate(sent, n, c, clause, seg, hit, action, prev, background, id(hit) in soft)
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
    ) -> None:
        start, end = clause
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
        if rules.veto(site) is not None:
            return
        act = rules.decide_action(site)
        if not ev_type or act not in ALLOWED[ev_type]:
            return
        anchor = anchor_of(hit, action)
        anchor_end = max(hit.end, action.end if action else hit.end)
        hedged = self._hedged(sent, max(anchor, hit.start), clause) and not (
            threat_rules.presupposed_threat(site, act) or threat_rules.threat_frame(site, act)
        )
        if hedged or not self._requirements(hit, sent, clause):
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
        if background:
            if not dates:
                return
            self.consumed.update(d.start for d in dates)
        else:
            dates = reported_past(self.text, anchor_of(hit, action), self._dates(*seg))
        self.firm_subject = False
        actors = self._actors(sent, clause, hit, action, anchor, anchor_end, background)
        sought = control_rules.construction_actors(site, act)  # "asked Tokyo to", 获准出口, "condemned X for imposing"
        if sought is None and act == "request":  # "exporters had submitted undertakings": their state's
            petition = action_rules.petitioners(site)
            sought = petition if petition is not None else action_rules.applicants(site)
        if sought is not None:  # "Seoul asked Tokyo to lift ...": the seeker's request, else none
            if not sought:
                return
            actors = sought
        if self.firm_subject:
            return
        actors = actors or coref.definite_body(self.text, self.mentions, start, anchor, self.entities)
        if (
            not actors
            and ev_type == "INDUSTRIAL_POLICY"
            and roles.private_subject(self.text, self.mentions, start, anchor)
        ):
            return  # "Chinese companies that have invested over $1 billion": business, not policy
        how = "explicit" if actors else "none"
        if action is None and hit.trigger.kind != "event" and not self._bare_ok(ev_type, hit, sent, clause):
            return
        if not actors and prev is not None and prev.subject and cues.PRONOUN_SUBJECT.match(self.text[start:anchor]):
            actors, how = list(prev.subject), "inherited"
        if not actors and ev_type != "TRADE_DEAL" and sent.subject:
            actors, how = list(sent.subject), "inherited"
        speech = bool(cues.SPEECH.match(self.text[sent.span[0] : sent.span[1]]))
        if not actors and speech and prev is not None:
            actors, how = list(prev.subject), "inherited"
        if not background and sent.lang == "zh":  # 商务部3日发布公告,决定自8月1日起...: the act's day
            dates = [d for d in self._dates(sent.span[0], start) if d.kind == "point"] + dates
        if not dates and not background and speech:
            dates = self._dates(sent.span[0], start)
            if not dates and speech and prev is not None:
                dates = self._dates(*prev.span)
        if not background and not any(d.kind == "point" and d.date for d in dates):
            # "said on Friday it will suspend ... starting Jan. 1": announcing is the act, its day beats the start
            dates = dates + [d for d in self._statement_day(sent.span[0], anchor) if d not in dates]
        if not dates and not background and cues.SAME_DAY.search(self.text[sent.span[0] : sent.span[1]]):
            dates = self._previous_day(sent)
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
        self.cands += probe_rules.split_plural_probe(cand, hit, background, self.text)  # "investigations into X and Y"
        if (
            background
            or cand.past
            or cues.PAST_WHEN.match(self.text[anchor_end : min(end, anchor_end + 40)])
            or re.search(r"\b(?:in|since)\s+(?:19|20)\d\d\b", self.text[anchor_end:end])
        ):
            self._elliptic(cand, anchor_end, end)

    def _elliptic(self, cand: Candidate, after: int, end: int) -> None:
        """ "placed Huawei on its entity list in 2019 and SMIC the following year": the same act on other
        items or parties, stated by ellipsis after a dated past act."""
        m = cues.ELLIPSIS.search(self.text, after, end)
        if m is None:
            return
        named = [x for x in self.mentions if m.start("obj") <= x.start < m.end("obj")]
        kinds = {roles.entity_type(x.entity_id, self.entities) for x in named}
        if not named or len(self.text[m.start("obj") : m.end("obj")].split()) > 6:
            return
        ids = list(dict.fromkeys(x.entity_id for x in named))
        if kinds <= {"Item", "Element"} and cand.items:
            new = replace(cand, items=ids, anchor=m.start("obj"), elliptic=True, date=None, date_rank=0)
        elif kinds <= {"Firm", "Country", "Bloc"} and cand.targets:
            new = replace(cand, targets=ids, anchor=m.start("obj"), elliptic=True, date=None, date_rank=0)
        else:
            return
        self.cands.append(new)

    def _acted_later(self, sent: SentenceTriggers, after: int) -> bool:
        """Does a later clause of the sentence name a specific measure together with a strong action word?"""
        for lo, hi in sent.clauses:
            if hi <= after:
                continue
            if any(
                lo <= t.start < hi and t.start > after and t.trigger.kind != "generic" and t.trigger.type
                for t in sent.types
            ) and any(lo <= a.start < hi and a.start > after and not a.trigger.weak for a in sent.actions):
                return True
        return False

    def _temporary(self, sent: SentenceTriggers, prev: SentenceTriggers | None) -> bool:
        spans = [sent.span] + ([prev.span] if prev is not None and not sent.title else [])
        return any(d.kind == "duration" for a, b in spans for d in self.dates if a <= d.start < b)

    def _items(self, start: int, end: int) -> list[str]:
        """Items in a span, less those named only as a purpose ("materials used to make semiconductors")."""
        out = roles.items(self.mentions, start, end, self.entities)
        purpose = {
            m.entity_id
            for m in self.mentions
            if start <= m.start < end
            and m.entity_id in out
            and cues.PURPOSE.search(self.text[max(start, m.start - 30) : m.start])
        }
        kept = {
            m.entity_id
            for m in self.mentions
            if start <= m.start < end
            and m.entity_id in out
            and not cues.PURPOSE.search(self.text[max(start, m.start - 30) : m.start])
        }
        return [i for i in out if i not in purpose or i in kept]

    def _actors(
        self,
        sent: SentenceTriggers,
        clause: tuple[int, int],
        hit: Hit,
        action: Hit | None,
        anchor: int,
        anchor_end: int,
        background: bool,
    ) -> list[str]:
        """Explicit actors: possessor, passive agent, clause subject (deal parties)."""
        start, end = clause
        ents, ms, text = self.entities, self.mentions, self.text
        own = coref.decision_owner(text, ms, start, action.start, ents) if action is not None else []
        own = own or roles.possessor(text, ms, anchor, start, ents, noun=anchor == hit.start)
        if not own and (action is None or action.start > hit.start):
            own = roles.possessor(text, ms, hit.start, start, ents)
        if not own and action is not None and action_of(hit, action, background) in coref.ON_EXISTING:
            own = coref.owner(text, ms, hit.start, start, ents)  # "the pause on Trump's tariffs"
        if not own and action is not None and action.end <= hit.start:
            own = coref.owner(text, ms, hit.start, start, ents, after=action.start)  # "over Japan's tightened curbs"
        if background:
            return own or roles.subjects(text, ms, start, hit.start, ents) or list(sent.subject)
        directive = hit.trigger.id == "roadmap" and action is None
        actors = own or roles.agent(text, ms, anchor_end, end, ents, directive)
        if not actors and not self._passive(hit, action):
            upto = anchor
            if sent.lang == "zh" and action is not None:
                ba = max(text.rfind("将", start, action.start), text.rfind("把", start, action.start))
                upto = ba if ba >= 0 else anchor  # 决定将…28家美国实体列入…: the object names no actor
            actors = roles.subjects(text, ms, coref.subject_floor(text, start, upto), upto, ents)
            if (
                actors
                and all(roles.entity_type(a, ents) == "Firm" for a in actors)
                and action_of(hit, action, False) not in ("request", "approve", "reject")
            ):
                actors = roles.states_before(text, ms, start, anchor, ents)  # firms do not impose
                self.firm_subject = not actors  # "Micron announced plans to invest $40 billion"
        if not actors and self.doc is not None and sent.lang == "en":
            actors = roles.parsed_actors(self.doc, ms, anchor, start, end, ents)
        actors = actors or roles.attributed(text, ms, anchor_end, end, ents)
        if not actors and sent.lang == "en":  # "By imposing tariffs, the US …"
            ok = lambda e: roles.entity_type(e, ents) in roles.ACTOR_TYPES  # noqa: E731
            verb = min(hit.start, action.start) if action is not None else hit.start
            actors = gerund_rules.fronted_subject(text, ms, sent.span[0], verb, sent.span[1], ok)
        actors = actors or antecedent(text, ms, start, ents)  # "the US, which … since slapping tariffs"
        if action is not None and action_of(hit, action, background) == "request":
            actors = coref.requester(text, ms, action.start, action.end, end, ents) or actors
        if hit.trigger.type == "TRADE_DEAL" or (
            hit.trigger.kind == "generic" and self._type_of(hit, sent, clause) == "TRADE_DEAL"
        ):
            actors = coref.buyer(text, ms, start, end, ents) or roles.parties(ms, start, end, ents) or actors
        return coref.titled_state(
            text, ms, actors, ents, self.lex.officials
        )  # "British Foreign Secretary Jeremy Hunt asked"

    def _passive(self, hit: Hit, action: Hit | None) -> bool:
        if action is None or action.start <= hit.start - 60:
            return False
        participle = (
            re.search(r"(?:ed|en|wn|ght|ut|id|被.*)$", action.text.split()[0]) is not None  # "carrying out": no
            or "被" in self.text[action.start - 3 : action.start]
        )
        return participle and roles.passive(self.text, action.start)

    def _fallback(self, prev: SentenceTriggers | None, sent: SentenceTriggers) -> list[str]:
        """Who acts when a sentence names no one: the last explicit actor, else the previous subject."""
        if sent.title:
            return []
        last = coref.main_explicit(self.cands)
        found = list(last or (prev.subject if prev is not None else []) or self.topic)
        return coref.office_first(found, self.entities, self.lex.officials)

    def _targets(
        self,
        sent: SentenceTriggers,
        clause: tuple[int, int],
        hit: Hit,
        action: Hit | None,
        anchor: int,
        actors: list[str],
    ) -> list[str]:
        """Targets after the trigger; the object of "added X to the list" or 将X列入; passive subjects."""
        start, end = clause
        objects = (hit.start, hit.end) if hit.trigger.kind == "event" else None
        if action is not None and action.end <= hit.start and hit.start - action.end < 80:
            objects = (action.end, hit.start)
        if action is not None and self._passive(hit, action):
            objects = (start, action.start)
        elif action is not None and sent.lang == "zh":
            ba = self.text.rfind("将", start, action.start)
            ba = max(ba, self.text.rfind("把", start, action.start))
            if ba >= 0:
                objects = (ba, action.start)  # 将140家中国实体列入实体清单
        out = roles.targets(self.text, self.mentions, anchor, end, self.entities, objects)
        if objects is not None and objects[0] < anchor:
            out = roles.targets(self.text, self.mentions, objects[0], end, self.entities, objects)
        if sent.lang == "zh":
            out += [t for t in roles.targets(self.text, self.mentions, start, anchor, self.entities) if t not in out]
        return [t for t in out if t not in actors]

    def _type_of(self, hit: Hit, sent: SentenceTriggers, clause: tuple[int, int]) -> str | None:
        """The event type of a trigger; generic nouns take the nearest specific type
        ("ban" the direction of trade named in its sentence)."""
        if hit.trigger.type:
            return hit.trigger.type
        if hit.trigger.id not in ("ban", "restriction") and (own := noun_rules.complement_type(self.text, hit.end)):
            return own  # "tighter regulations on exports to Korea": the noun's own complement
        if hit.trigger.id == "restriction":  # "new restrictions on China's chip sector"
            around = self.text[max(sent.span[0], hit.start - 40) : min(sent.span[1], hit.end + 40)].lower()
            return "IMPORT_RESTRICTION" if re.search(r"\bimport|进口", around) else "EXPORT_CONTROL"
        if hit.trigger.id == "ban":  # the direction of trade named nearby, else the article's last ban
            last = [c.type for c in self.cands if c.type in ("IMPORT_RESTRICTION", "EXPORT_BAN")]
            if last and noun_rules.anaphoric_ban(self.text, hit.start, hit.end):
                return last[-1]  # "allowed this ban to expire": the ban stated before
            words = self.text[sent.span[0] : sent.span[1]].lower()
            on_state = self.text[hit.end : hit.end + 4].startswith(" on ") and any(
                hit.end < m.start <= hit.end + 9 and roles.entity_type(m.entity_id, self.entities) in roles.STATE_TYPES
                for m in self.mentions
            )
            if re.search(r"\bimport|进口|采购|purchas", words) or on_state:
                self.ban_type = "IMPORT_RESTRICTION"  # "a ban on Russian refined products": on imports
            elif re.search(r"\bexport|出口", words):
                self.ban_type = "EXPORT_BAN"
            if self.ban_type is None:
                return last[-1] if last else noun_rules.headline_ban_type(self.text)  # the headline's trade flow
            return self.ban_type
        for lo, hi in (clause, sent.span):
            near = [t for t in sent.types if lo <= t.start < hi and t.trigger.type and t.trigger.priority >= 2]
            if near:
                return min(near, key=lambda t: abs(t.start - hit.start)).trigger.type
        near = [t for t in sent.types if clause[0] <= t.start < clause[1] and t.trigger.type]
        if near:  # "offers a production tax credit, a measure announced ...": the clause's own measure
            return min(near, key=lambda t: abs(t.start - hit.start)).trigger.type
        return self.article_type

    def _bare_ok(self, ev_type: str, hit: Hit, sent: SentenceTriggers, clause: tuple[int, int]) -> bool:
        """May a measure noun with no action word state an event?

        Deals yes ("the agreement included ..."); industrial policy with money or
        items ("an investment of 700 billion rubles"); other measures only when
        a state owns them ("China's export restrictions").
        """
        if ev_type == "TRADE_DEAL":  # "The agreement included ...", not a heading "Trade Relations and Agreements"
            lead = self.text[max(clause[0], hit.start - 12) : hit.start].lower()
            return (
                bool(
                    re.search(r"\b(?:the|a|an|this|that|its|their|new)\s+(?:[\w-]+\s+)?$|['’]s\s+$", lead)
                    or roles.parties(self.mentions, *clause, self.entities)
                )
                or sent.lang == "zh"
            )
        if ev_type == "INDUSTRIAL_POLICY":
            return bool(
                roles.items(self.mentions, *sent.span, self.entities) or values.money(self.text[clause[0] : clause[1]])
            )
        if roles.possessor(self.text, self.mentions, hit.start, clause[0], self.entities):
            return True
        # "A 25% surtax on Chinese steel will follow from October 15": a rate and a day state the measure
        rate = "rate_pct" in values.value(self.text[clause[0] : clause[1]], ev_type)
        return rate and any(d.date and d.kind in ("start", "point") for d in self._dates(*clause))

    def _requirements(self, hit: Hit, sent: SentenceTriggers, clause: tuple[int, int]) -> bool:
        need = hit.trigger.requires
        if need == "money":
            return values.money(self.text[clause[0] : clause[1]]) is not None
        if need == "item":
            return bool(roles.items(self.mentions, *sent.span, self.entities))
        return True

    def _hedged(self, sent: SentenceTriggers, anchor: int, clause: tuple[int, int]) -> bool:
        """A hedge before the trigger (in its clause, or anywhere before it for
        sentence hedges) makes it a non-event; "announced it would" is reported fact."""
        for h in sent.hedges:  # callers pass the later of action and measure noun as ``anchor``
            if cues.REPORTED.search(self.text[max(0, h.start - 50) : h.start]) and not cues.EPISTEMIC.match(h.text):
                continue  # "announced it would": reported fact; "said it may": still a possibility
            if h.text.lower() == "without" and cues.WITHOUT_LICENCE.match(self.text[h.end : h.end + 30]):
                continue
            if (
                cues.NEGATION.match(h.text)
                and h.start < anchor
                and cues.RELATIVE_FACT.search(self.text[h.end : anchor])
            ):
                continue
            if (
                h.trigger.scope == "sentence"
                and h.start < clause[0]
                and cues.BACKGROUND_LEAD.match(self.text[clause[0] : clause[1]])
            ):
                continue  # "…, suggesting it could …, following tariffs he has imposed on steel": a stated past act
            if h.trigger.scope == "sentence" and h.start < anchor:
                return True
            if clause[0] <= h.start < anchor:
                return True
        return False

    def _previous_day(self, sent: SentenceTriggers) -> list[Any]:
        """The first day named in the nearest earlier sentence that names one."""
        for other in reversed([s for s in self.sentences if s.span[1] <= sent.span[0] and not s.title]):
            days = [d for d in self._dates(*other.span) if d.kind == "point" and d.date]
            if days:
                return days[:1]
        return []

    def _statement_day(self, start: int, end: int) -> list[Any]:
        """The day of the statement announcing the act ("X said on Wednesday it is adding ..."),
        when the clause states no date of its own: announcing is the act (labelling conventions)."""
        return [
            d
            for d in self._dates(start, end)
            if d.kind == "point"
            and (
                cues.SAID_BEFORE.match(self.text[d.end : d.end + 16])
                or cues.SAID_AFTER.search(self.text[max(start, d.start - 24) : d.start])
            )
        ]

    def _dates(self, start: int, end: int) -> list[Any]:
        return [d for d in self.dates if start <= d.start and d.end <= end + 2 and d.start not in self.consumed]
