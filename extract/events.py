"""Dated policy events from article text (pure; English and Chinese).

How an event is found (see docs/extraction.md):

1. The text is cut into sentences and clauses (:mod:`policykg.extract.sentences`).
2. Triggers from the lexicons (:mod:`policykg.extract.triggers`) are found in
   each sentence: *type* nouns ("export controls", 关税), *action* words
   ("suspended", 暂停), *event* phrases naming both ("prohibits X from
   exporting", 禁止出口) and *generic* measure nouns ("measures", 措施) whose
   type comes from the context.
3. In each clause a type trigger is paired with the nearest action trigger
   allowed for its type; a strong action ("suspend") beats a weak one
   ("announced"); "<measure> announced on <date>" after the main action is a
   separate background ``impose`` event.  A type trigger with no action is an
   event only when a state owns it ("China's export restrictions"), for deals,
   and for industrial policy with money or items; otherwise its items
   elaborate the last event of its type.
4. Hedged clauses ("may", "if", "analysts suggest", 可能, 如果) give no event.
5. Roles and numbers come from :mod:`policykg.extract.roles`; dates from
   :func:`policykg.extract.dates.find_dates`, chosen within the clause.
6. Events without a stated actor take the actor of the measure they refer to,
   else of the clause subject or the previous sentence; then statements of the
   same measure are merged (:mod:`policykg.extract.merge`).
"""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from collections.abc import Mapping, Sequence
from typing import Any

from policykg.extract import roles
from policykg.extract.merge import Candidate, finish
from policykg.extract.models import Entity, Event, Mention
from policykg.extract.sentences import is_chinese, split_clauses, split_sentences
from policykg.extract.triggers import Hit, Lexicon, load_lexicon

# Which actions make sense for which type (a "request" is for a licence or an exemption).
ALLOWED = {
    "EXPORT_CONTROL": {"impose", "suspend", "lift", "extend", "request", "approve", "reject", "threaten"},
    "EXPORT_BAN": {"impose", "suspend", "lift", "extend", "request", "approve", "reject", "threaten"},
    "TARIFF": {"impose", "suspend", "lift", "extend", "request", "approve", "reject", "threaten"},
    "IMPORT_RESTRICTION": {"impose", "suspend", "lift", "extend", "threaten"},
    "SANCTION": {"impose", "suspend", "lift", "extend", "threaten", "request"},
    "INVESTIGATION": {"impose", "suspend", "lift", "extend", "threaten", "request"},
    "INDUSTRIAL_POLICY": {"impose", "suspend", "lift", "extend", "approve"},
    "TRADE_DEAL": {"impose", "suspend", "lift", "extend", "reject", "threaten"},
}
_DATE_RANK = {"point": 4, "start": 3, "deadline": 2, "until": 1}
_SPEECH = re.compile(r"^(?:他|她|其|该部|他们|该官员|He|She|They|The minister|The ministry)\s*"
                     r"(?:还|又|也)?(?:表示|称|说|指出|强调|said|says|added|stated|noted)")


class _Sentence:
    """One sentence with its clauses, triggers and the subject carried along."""

    def __init__(self, text: str, span: tuple[int, int], lex: Lexicon, title: bool):
        self.span = span
        self.title = title
        self.lang = "zh" if is_chinese(text[span[0]:span[1]]) else "en"
        self.actions = lex.find(text, span[0], span[1], self.lang, "action")
        self.types = lex.find(text, span[0], span[1], self.lang, "type")
        self.hedges = lex.find(text, span[0], span[1], self.lang, "hedge")
        events = [t for t in self.types if t.trigger.kind == "event"]
        self.actions = [a for a in self.actions if not any(_overlap(a, e) for e in events)]
        verbs = [a.start for a in self.actions]
        self.clauses = split_clauses(text, span, verbs, chinese=self.lang == "zh")
        self.subject: list[str] = []


def _overlap(a: Hit, b: Hit) -> bool:
    return a.start < b.end and b.start < a.end


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
    finder = _Finder(text, sorted(mentions, key=lambda m: (m.start, -m.end)), entities,
                     list(dates), lexicon or load_lexicon(), doc)
    return finder.run()


class _Finder:
    """The state of one article's pass: sentences, candidates, context counts."""

    def __init__(self, text: str, mentions: list[Mention], entities: Mapping[str, Entity],
                 dates: list[Any], lex: Lexicon, doc: Any):
        self.text, self.mentions, self.entities, self.dates, self.lex = text, mentions, entities, dates, lex
        self.doc = doc
        self.cands: list[Candidate] = []
        self.orphans: list[tuple[str, list[str], int]] = []
        self.consumed: set[int] = set()
        title_end = text.find("\n") if "\n" in text else len(text)
        body = split_sentences(text, title_end + 1) if title_end < len(text) else []
        title = split_sentences(text, 0, title_end)
        # Body first, title last: a headline restates the body's events.
        self.sentences = [_Sentence(text, s, lex, False) for s in body]
        self.sentences += [_Sentence(text, s, lex, True) for s in title]
        counts = Counter(t.trigger.type for s in self.sentences for t in s.types
                         if t.trigger.kind in ("type", "event") and t.trigger.priority >= 2)
        self.article_type = counts.most_common(1)[0][0] if counts else None
        self.state_counts = Counter(m.entity_id for m in mentions
                                    if roles.entity_type(m.entity_id, entities) in roles.STATE_TYPES)

    def run(self) -> tuple[Event, ...]:
        prev: _Sentence | None = None
        for n, sent in enumerate(self.sentences):
            for c, clause in enumerate(sent.clauses):
                self._clause(sent, n, c, clause, prev)
            prev = sent
        return finish(self.cands, self.orphans, self.text, self.entities, self.state_counts)

    # --- one clause -------------------------------------------------------

    def _clause(self, sent: _Sentence, n: int, c: int, clause: tuple[int, int], prev: _Sentence | None) -> None:
        start, end = clause
        types = [t for t in sent.types if start <= t.start < end]
        actions = [a for a in sent.actions if start <= a.start < end]
        subj = roles.subjects(self.text, self.mentions, start, end, self.entities)
        first_verb = min((a.start for a in actions), default=end)
        own_subject = roles.subjects(self.text, self.mentions, start, first_verb, self.entities)
        pairs = self._pair(types, actions)
        pairs.sort(key=lambda p: not p[2])  # background acts claim their dates first
        before = len(self.cands)
        for hit, action, background in pairs:
            if hit.trigger.kind == "generic" and any(p[0].trigger.kind != "generic" for p in pairs):
                continue
            self._candidate(sent, n, c, clause, hit, action, prev, background)
        if len(self.cands) == before:
            for hit in types:
                ev_type = self._type_of(hit, sent, clause)
                if ev_type and not self._hedged(sent, hit.start, clause):
                    self.orphans.append((ev_type, roles.items(self.mentions, start, end, self.entities), len(self.cands)))
        if own_subject or subj and not sent.subject:
            sent.subject = own_subject or subj

    def _pair(self, types: list[Hit], actions: list[Hit]) -> list[tuple[Hit, Hit | None, bool]]:
        """Pair each type trigger with its action (nearest allowed, strong beats weak)."""
        claims: dict[int, list[Hit]] = {}
        for a in actions:
            best = None
            for i, t in enumerate(types):
                if t.trigger.type and a.trigger.action not in ALLOWED.get(t.trigger.type, ()):
                    continue
                dist = t.start - a.end if t.start >= a.end else (a.start - t.end) * 1.5 + 5
                if best is None or dist < best[0]:
                    best = (dist, i)
            if best is not None and best[0] < 120:
                claims.setdefault(best[1], []).append(a)
        out: list[tuple[Hit, Hit | None, bool]] = []
        for i, t in enumerate(types):
            acts = claims.get(i, [])
            strong = [a for a in acts if not a.trigger.weak]
            chosen = min(strong or acts, key=lambda a: abs(a.start - t.start), default=None)
            out.append((t, chosen, False))
            for a in acts:
                if a is not chosen and a.trigger.weak and a.start >= t.end:
                    out.append((t, a, True))  # "measures announced on October 9": background act
        return out

    # --- one candidate ----------------------------------------------------

    def _candidate(self, sent: _Sentence, n: int, c: int, clause: tuple[int, int], hit: Hit,
                   action: Hit | None, prev: _Sentence | None, background: bool = False) -> None:
        start, end = clause
        ev_type = self._type_of(hit, sent, clause)
        if not ev_type:
            return
        if background:
            act = "impose"
        elif action is not None:
            act = action.trigger.action
        else:
            act = hit.trigger.action or "impose"
        if act not in ALLOWED[ev_type]:
            return
        anchor = action.start if action is not None and action.start < hit.start else hit.start
        anchor_end = max(hit.end, action.end if action else hit.end)
        if self._hedged(sent, anchor, clause) or not self._requirements(hit, sent, clause):
            return
        own = roles.possessor(self.text, self.mentions, anchor, start, self.entities)
        how = "explicit"
        if action is None or action.start > hit.start:
            own = own or roles.possessor(self.text, self.mentions, hit.start, start, self.entities)
        if background:
            dates = [d for d in self._dates(action.end, min(end, action.end + 40)) if d.date]
            if not dates:
                return
            self.consumed.update(d.start for d in dates)
            own = own or roles.subjects(self.text, self.mentions, start, hit.start, self.entities) or sent.subject
        else:
            dates = self._dates(start, end)
        actors = own or roles.agent(self.text, self.mentions, anchor_end, end, self.entities)
        if not actors:
            actors = roles.subjects(self.text, self.mentions, start, anchor, self.entities)
        bare = action is None and hit.trigger.kind != "event"
        if ev_type == "TRADE_DEAL":
            actors = roles.parties(self.mentions, start, end, self.entities) or actors
        elif bare and not own and not self._bare_allowed(ev_type, hit, sent, clause):
            return
        if not actors and ev_type != "TRADE_DEAL":
            actors, how = list(sent.subject), "inherited"
        if not actors and sent.lang == "zh" and prev is not None and _SPEECH.match(self.text[sent.span[0]:sent.span[1]]):
            actors, how = list(prev.subject), "inherited"
        if not dates and (sent.lang == "zh" or _SPEECH.match(self.text[sent.span[0]:sent.span[1]])):
            dates = self._dates(sent.span[0], start)
            if not dates and prev is not None and _SPEECH.match(self.text[sent.span[0]:sent.span[1]]):
                dates = self._dates(*prev.span)
        objects = (hit.start, hit.end) if hit.trigger.kind == "event" else None
        targets = roles.targets(self.text, self.mentions, anchor, end, self.entities, objects)
        if sent.lang == "zh":
            targets += [t for t in roles.targets(self.text, self.mentions, start, anchor, self.entities) if t not in targets]
        cand = Candidate(
            type=ev_type, action=act, concept=hit.trigger.id, start=start, end=end, anchor=anchor,
            sentence=n, clause=c, actors=roles.order_actors(actors, self.entities), how=how if actors else "none",
            items=roles.items(self.mentions, start, end, self.entities), targets=targets,
            value=roles.value(self.text[start:end], ev_type), title=sent.title,
            sentence_items=roles.items(self.mentions, sent.span[0], sent.span[1], self.entities),
            sentence_span=sent.span, fallback=list(prev.subject) if prev is not None else [],
        )
        cand.set_dates(dates)
        self.cands.append(cand)

    def _type_of(self, hit: Hit, sent: _Sentence, clause: tuple[int, int]) -> str | None:
        """The event type of a trigger; generic nouns take the nearest specific type."""
        if hit.trigger.type:
            return hit.trigger.type
        for lo, hi in (clause, sent.span):
            near = [t for t in sent.types if lo <= t.start < hi and t.trigger.type and t.trigger.priority >= 2]
            if near:
                return min(near, key=lambda t: abs(t.start - hit.start)).trigger.type
        return self.article_type

    def _bare_allowed(self, ev_type: str, hit: Hit, sent: _Sentence, clause: tuple[int, int]) -> bool:
        if ev_type == "INDUSTRIAL_POLICY":
            return bool(roles.items(self.mentions, *sent.span, self.entities) or roles.money(self.text[clause[0]:clause[1]]))
        return False

    def _requirements(self, hit: Hit, sent: _Sentence, clause: tuple[int, int]) -> bool:
        need = hit.trigger.requires
        if need == "money":
            return roles.money(self.text[clause[0]:clause[1]]) is not None
        if need == "item":
            return bool(roles.items(self.mentions, *sent.span, self.entities))
        return True

    def _hedged(self, sent: _Sentence, anchor: int, clause: tuple[int, int]) -> bool:
        for h in sent.hedges:
            if h.trigger.scope == "sentence" and h.start < anchor:
                return True
            if clause[0] <= h.start < anchor:
                return True
        return False

    def _dates(self, start: int, end: int) -> list[Any]:
        return [d for d in self.dates if start <= d.start and d.end <= end + 2 and d.start not in self.consumed]
