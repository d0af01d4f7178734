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
_REPORTED = re.compile(r"\b(?:announc\w*|said|says|declared|confirmed|stated|pledged|vowed|decided)\s+(?:that\s+)?"
                       r"(?:it|they|he|she|the\s+\w+)?\s*$|(?:宣布|表示|称)\s*$", re.IGNORECASE)
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
        self.types = _fuse(self.types)
        events = [t for t in self.types if t.trigger.kind == "event"]
        self.actions = [a for a in self.actions if not any(_overlap(a, e) for e in events)]
        verbs = [a.start for a in self.actions]
        self.clauses = split_clauses(text, span, verbs, chinese=self.lang == "zh")
        self.subject: list[str] = []


def _fuse(types: list[Hit]) -> list[Hit]:
    """"export control" + "measures" is one measure noun, not a specific and a generic one."""
    out: list[Hit] = []
    for t in types:
        last = out[-1] if out else None
        adjacent = last is not None and 0 <= t.start - last.end <= 1 and last.trigger.kind != "generic"
        if adjacent and t.trigger.kind == "generic":
            out[-1] = Hit(last.trigger, last.start, t.end, last.text + " " * (t.start - last.end) + t.text)
        elif adjacent and t.trigger.kind == "type" and last.trigger.kind == "type":
            # "Section 301 tariffs", 出口管制实体清单: the head noun names the measure
            out[-1] = Hit(t.trigger, last.start, t.end, last.text + " " * (t.start - last.end) + t.text)
        else:
            out.append(t)
    return out


def _anchor(hit: Hit, action: Hit | None) -> int:
    """Where an event is stated: its action word when that comes first, else its measure noun."""
    if action is None or (action.trigger.weak and hit.trigger.action):
        return hit.start
    return min(action.start, hit.start)


def _action(hit: Hit, action: Hit | None, background: bool) -> str:
    """The action: background acts impose; a weak word never overrides an event phrase."""
    if background:
        return "impose"
    if action is not None and not (action.trigger.weak and hit.trigger.action):
        return action.trigger.action or "impose"
    return hit.trigger.action or "impose"


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
        acted = any(a is not None and t.trigger.kind != "generic" for t, a, _ in pairs)
        if any(t.trigger.type != "INDUSTRIAL_POLICY" for t, _, _ in pairs if t.trigger.kind != "generic"):
            # "signed an executive order that bars ...": the order is the vehicle, not the measure
            pairs = [p for p in pairs if p[0].trigger.requires != "item"]
        pairs = [p for p in pairs if p[2] or not (p[0].trigger.kind == "generic" and (acted or p[1] is None))]
        pairs.sort(key=lambda p: not p[2])  # background acts claim their dates first
        anchors = sorted(_anchor(t, a) for t, a, bg in pairs if not bg)
        before = len(self.cands)
        for hit, action, background in pairs:
            anchor = _anchor(hit, action)
            later = [x for x in anchors if x > anchor]
            seg = (anchor if any(x < anchor for x in anchors) else start, later[0] if later else end)
            self._candidate(sent, n, c, clause, seg, hit, action, prev, background)
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
            if best is not None and best[0] < 90:
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

    def _candidate(self, sent: _Sentence, n: int, c: int, clause: tuple[int, int], seg: tuple[int, int],
                   hit: Hit, action: Hit | None, prev: _Sentence | None, background: bool) -> None:
        start, end = clause
        ev_type = self._type_of(hit, sent, clause)
        act = _action(hit, action, background)
        if not ev_type or act not in ALLOWED[ev_type]:
            return
        anchor = _anchor(hit, action)
        anchor_end = max(hit.end, action.end if action else hit.end)
        if self._hedged(sent, anchor, clause) or not self._requirements(hit, sent, clause):
            return
        if background:
            dates = [d for d in self._dates(action.end, min(end, action.end + 40)) if d.date]
            if not dates:
                return
            self.consumed.update(d.start for d in dates)
        else:
            dates = self._dates(*seg)
        actors = self._actors(sent, clause, hit, action, anchor, anchor_end, background)
        how = "explicit" if actors else "none"
        if action is None and hit.trigger.kind != "event" and not self._bare_ok(ev_type, hit, sent, clause):
            return
        if not actors and ev_type != "TRADE_DEAL" and sent.subject:
            actors, how = list(sent.subject), "inherited"
        speech = bool(_SPEECH.match(self.text[sent.span[0]:sent.span[1]]))
        if not actors and speech and prev is not None:
            actors, how = list(prev.subject), "inherited"
        if not background and sent.lang == "zh":  # 商务部3日发布公告,决定自8月1日起...: the act's day
            dates = [d for d in self._dates(sent.span[0], start) if d.kind == "point"] + dates
        if not dates and not background and speech:
            dates = self._dates(sent.span[0], start)
            if not dates and speech and prev is not None:
                dates = self._dates(*prev.span)
        cand = Candidate(
            type=ev_type, action=act, concept=hit.trigger.id, start=start, end=end, anchor=anchor,
            sentence=n, clause=c,
            actors=roles.order_actors(actors, self.entities, self.lex.officials) if ev_type != "TRADE_DEAL" else actors,
            how=how, items=roles.items(self.mentions, start, end, self.entities),
            targets=self._targets(sent, clause, hit, action, anchor, actors),
            value=roles.value(self.text[seg[0]:seg[1]], ev_type), title=sent.title,
            sentence_items=roles.items(self.mentions, sent.span[0], sent.span[1], self.entities),
            sentence_span=sent.span, fallback=self._fallback(prev, sent),
        )
        cand.set_dates(dates, self.text)
        last = next((o for o in reversed(self.cands) if o.sentence == n and not o.title == (not sent.title)), None)
        if last is not None and how == "inherited" and not cand.targets and last.actors[:1] == cand.actors[:1]:
            cand.targets = list(last.targets)
        self.cands.append(cand)

    def _actors(self, sent: _Sentence, clause: tuple[int, int], hit: Hit, action: Hit | None,
                anchor: int, anchor_end: int, background: bool) -> list[str]:
        """Explicit actors: possessor, passive agent, clause subject (deal parties)."""
        start, end = clause
        ents, ms, text = self.entities, self.mentions, self.text
        own = roles.possessor(text, ms, anchor, start, ents)
        if not own and (action is None or action.start > hit.start):
            own = roles.possessor(text, ms, hit.start, start, ents)
        if background:
            return own or roles.subjects(text, ms, start, hit.start, ents) or list(sent.subject)
        directive = hit.trigger.id == "roadmap" and action is None
        actors = own or roles.agent(text, ms, anchor_end, end, ents, directive)
        if not actors and not self._passive(hit, action):
            actors = roles.subjects(text, ms, start, anchor, ents)
        actors = actors or roles.attributed(text, ms, anchor_end, end, ents)
        if hit.trigger.type == "TRADE_DEAL" or (hit.trigger.kind == "generic" and self._type_of(hit, sent, clause) == "TRADE_DEAL"):
            actors = roles.parties(ms, start, end, ents) or actors
        return actors

    def _passive(self, hit: Hit, action: Hit | None) -> bool:
        if action is None or action.start <= hit.start - 60:
            return False
        participle = re.search(r"(?:ed|en|wn|ght|ut|id|被.*)$", action.text) is not None or "被" in self.text[action.start - 3:action.start]
        return participle and roles.passive(self.text, action.start)

    def _fallback(self, prev: _Sentence | None, sent: _Sentence) -> list[str]:
        """Who acts when a sentence names no one: the last explicit actor, else the previous subject."""
        if sent.title:
            return []
        last = next((c.actors for c in reversed(self.cands) if c.how == "explicit" and c.actors and not c.title), None)
        return list(last or (prev.subject if prev is not None else []))

    def _targets(self, sent: _Sentence, clause: tuple[int, int], hit: Hit, action: Hit | None,
                 anchor: int, actors: list[str]) -> list[str]:
        """Targets after the trigger; the object of "added X to the list" or 将X列入; passive subjects."""
        start, end = clause
        objects = (hit.start, hit.end) if hit.trigger.kind == "event" else None
        if action is not None and action.end <= hit.start and hit.start - action.end < 80:
            objects = (action.end, hit.start)
        if self._passive(hit, action):
            objects = (start, action.start)
        out = roles.targets(self.text, self.mentions, anchor, end, self.entities, objects)
        if objects is not None and objects[0] < anchor:
            out = roles.targets(self.text, self.mentions, objects[0], end, self.entities, objects)
        if sent.lang == "zh":
            out += [t for t in roles.targets(self.text, self.mentions, start, anchor, self.entities) if t not in out]
        return [t for t in out if t not in actors]

    def _type_of(self, hit: Hit, sent: _Sentence, clause: tuple[int, int]) -> str | None:
        """The event type of a trigger; generic nouns take the nearest specific type."""
        if hit.trigger.type:
            return hit.trigger.type
        for lo, hi in (clause, sent.span):
            near = [t for t in sent.types if lo <= t.start < hi and t.trigger.type and t.trigger.priority >= 2]
            if near:
                return min(near, key=lambda t: abs(t.start - hit.start)).trigger.type
        return self.article_type

    def _bare_ok(self, ev_type: str, hit: Hit, sent: _Sentence, clause: tuple[int, int]) -> bool:
        """May a measure noun with no action word state an event?

        Deals yes ("the agreement included ..."); industrial policy with money or
        items ("an investment of 700 billion rubles"); other measures only when
        a state owns them ("China's export restrictions").
        """
        if ev_type == "TRADE_DEAL":
            return True
        if ev_type == "INDUSTRIAL_POLICY":
            return bool(roles.items(self.mentions, *sent.span, self.entities) or roles.money(self.text[clause[0]:clause[1]]))
        return bool(roles.possessor(self.text, self.mentions, hit.start, clause[0], self.entities))

    def _requirements(self, hit: Hit, sent: _Sentence, clause: tuple[int, int]) -> bool:
        need = hit.trigger.requires
        if need == "money":
            return roles.money(self.text[clause[0]:clause[1]]) is not None
        if need == "item":
            return bool(roles.items(self.mentions, *sent.span, self.entities))
        return True

    def _hedged(self, sent: _Sentence, anchor: int, clause: tuple[int, int]) -> bool:
        """A hedge before the trigger (in its clause, or anywhere before it for
        sentence hedges) makes it a non-event; "announced it would" is reported fact."""
        for h in sent.hedges:
            if _REPORTED.search(self.text[max(0, h.start - 30):h.start]):
                continue
            if h.trigger.scope == "sentence" and h.start < anchor:
                return True
            if clause[0] <= h.start < anchor:
                return True
        return False

    def _dates(self, start: int, end: int) -> list[Any]:
        return [d for d in self.dates if start <= d.start and d.end <= end + 2 and d.start not in self.consumed]
