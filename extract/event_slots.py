"""The slots of one candidate statement: who acts, on what, against whom, of which type, on which day (pure).

:class:`SlotReader` holds one article's pass state that :mod:`policykg.extract.events` builds (text, mentions,
entities, dates, lexicon, sentences, candidates so far) and reads the slots of a statement from it: explicit
actors (possessor, decision owner, passive agent, clause subject, parsed subject, deal parties), items less those
named only as a purpose, targets (objects of "added X to the list", 将X列入, passive subjects), the event type of a
generic measure noun, whether a bare noun states an act, hedges, and the statement's day.  The named rules of
:mod:`policykg.extract.event_rules` read some of these through ``Site.finder``.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Mapping
from dataclasses import replace
from typing import Any

from policykg.extract import coref, noun_rules, roles, values
from policykg.extract import event_cues as cues
from policykg.extract.aside_rules import aside_hedge
from policykg.extract.merge import Candidate
from policykg.extract.models import Entity, Mention
from policykg.extract.pairing import SentenceTriggers
from policykg.extract.presupposition_rules import answered_act, recalled_formula
from policykg.extract.triggers import Hit, Lexicon


class SlotReader:
    """One article's pass state (set by :class:`policykg.extract.events._Finder`) and the slot readers over it."""

    text: str
    mentions: list[Mention]
    entities: Mapping[str, Entity]
    dates: list[Any]
    lex: Lexicon
    doc: Any
    cands: list[Candidate]
    consumed: set[int]
    ban_type: str | None
    firm_subject: bool
    topic: list[str]
    sentences: list[SentenceTriggers]
    article_type: str | None
    home: str | None
    state_counts: Counter

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
        purpose: set[str] = set()
        kept: set[str] = set()
        for m in self.mentions:
            if start <= m.start < end and m.entity_id in out:
                named_for = cues.PURPOSE.search(self.text[max(start, m.start - 30) : m.start])
                (purpose if named_for else kept).add(m.entity_id)
        return [i for i in out if i not in purpose or i in kept]  # an item also named outright stays

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
            last = [c.type for c in self.cands if c.type in ("IMPORT_RESTRICTION", "EXPORT_BAN", "EXPORT_CONTROL")]
            if last and noun_rules.anaphoric_ban(self.text, hit.start, hit.end):
                return last[-1]  # "these restrictions", "the restrictions in question": the measure stated before
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
            if cues.REPORTED.search(self.text[max(0, h.start - 90) : h.start]) and not cues.EPISTEMIC.match(h.text):
                continue  # "announced it would": reported fact; "said it may": still a possibility
            if h.text.lower() == "without" and cues.WITHOUT_LICENCE.match(self.text[h.end : h.end + 30]):
                continue
            if recalled_formula(self.text, h) or (
                h.start < anchor and answered_act(self.text, h, anchor, sent.span[1])
            ):
                continue  # "It may be recalled that …", "seen as retaliation for the EU's decision to impose …"
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
            if clause[0] <= h.start < anchor and not aside_hedge(self.text, clause[0], h.start, h.end, anchor):
                return True  # (not "In a move likely to …, Japan imposed": the adjunct's own hedge)
        return False

    def _statement_dates(
        self, sent: SentenceTriggers, start: int, anchor: int, prev: SentenceTriggers | None, dates: list[Any]
    ) -> list[Any]:
        """The days a foreground statement may take beyond its own segment's: a Chinese sentence's opening day
        (商务部3日发布公告,决定自8月1日起...), a speech sentence's day or the previous sentence's, the day of
        the statement announcing it ("said on Friday it will suspend ... starting Jan. 1": announcing is the
        act, its day beats the start), the nearest earlier day for "the same day"."""
        speech = bool(cues.SPEECH.match(self.text[sent.span[0] : sent.span[1]]))
        if sent.lang == "zh":
            dates = [d for d in self._dates(sent.span[0], start) if d.kind == "point"] + dates
        if not dates and speech:
            dates = self._dates(sent.span[0], start)
            if not dates and prev is not None:
                dates = self._dates(*prev.span)
        if not any(d.kind == "point" and d.date for d in dates):
            dates = dates + [d for d in self._statement_day(sent.span[0], anchor) if d not in dates]
        if not dates and cues.SAME_DAY.search(self.text[sent.span[0] : sent.span[1]]):
            dates = self._previous_day(sent)
        return dates

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
        """The unclaimed date mentions of ``text[start:end]``: a mention may run two characters past the end
        (a clause cut inside "5日起"), but one that starts at the end (次日 opening the next sentence) is the next
        clause's (rule ``clause_bound``)."""
        return [
            d
            for d in self.dates
            if start <= d.start < max(end, start + 1) and d.end <= end + 2 and d.start not in self.consumed
        ]

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
            new = replace(cand, items=ids, anchor=m.start("obj"), elliptic=True, date=None, date_rank=0, date_by="")
        elif kinds <= {"Firm", "Country", "Bloc"} and cand.targets:
            new = replace(cand, targets=ids, anchor=m.start("obj"), elliptic=True, date=None, date_rank=0, date_by="")
        else:
            return
        self.cands.append(new)
