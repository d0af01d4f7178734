"""Who acts in a statement: the actor readers of one article's pass (a mixin of :class:`policykg.extract.events._Finder`).

:meth:`ActorReader._who` decides a candidate's actors and how they were found (``explicit``, ``inherited``,
``described`` or ``none``), or that the statement states no act (a seeker's construction without a seeker, a firm's
own business, a bare measure noun no one owns).  The readers behind it: the clause's own actors (``_actors``), the
actor inherited from the sentence before or the headline (``_inherited``), a government named by description
(``_described``, :mod:`policykg.extract.described_actors`), the adopter of a package (``_adopter``), and whether a
bare measure noun may stand without an action verb (``_bare_ok``).  Split from ``events.py`` and ``event_slots.py``
(both had grown past 400 lines) with byte-identical output.
"""

from __future__ import annotations

import re

from policykg.extract import (
    control_rules,
    coref,
    deal_rules,
    gerund_rules,
    noun_rules,
    parse_roles,
    request_rules,
    roles,
    subject_filters,
    values,
)
from policykg.extract import event_cues as cues
from policykg.extract import event_rules as rules
from policykg.extract.appraisal_rules import appraised
from policykg.extract.aside_rules import after_fronted_adjunct
from policykg.extract.background import antecedent
from policykg.extract.described_actors import described_actor
from policykg.extract.event_slots import SlotReader
from policykg.extract.pairing import SentenceTriggers, action_of
from policykg.extract.presupposition_rules import answered_doer
from policykg.extract.relative_rules import relative_subject
from policykg.extract.triggers import Hit


class ActorReader(SlotReader):
    """The actor readers of one article's pass (state in :class:`SlotReader`)."""

    def _who(
        self, site: rules.Site, ev_type: str, act: str, anchor: int, anchor_end: int, background: bool
    ) -> tuple[list[str], str] | None:
        """The statement's actors and how they were found (``explicit``, ``inherited`` or ``none``); None when it
        states no act: a seeker's construction without a seeker, a firm's own business, a bare noun no one owns."""
        sent, clause, hit, action, prev, start = site.sent, site.clause, site.hit, site.action, site.prev, site.start
        self.firm_subject = False
        actors = self._actors(sent, clause, hit, action, anchor, anchor_end, background)
        sought = control_rules.construction_actors(site, act)  # "asked Tokyo to", 获准出口, "condemned X for imposing"
        if sought is None and act == "request":  # "exporters had submitted undertakings": their state's
            petition = request_rules.petitioners(site)
            sought = petition if petition is not None else request_rules.applicants(site)
        if sought is not None:  # "Seoul asked Tokyo to lift ...": the seeker's request, else none
            if not sought:
                return None
            actors = sought
        if self.firm_subject:
            return None
        actors = (self._adopter(sent, hit) if action is None else []) or actors  # "adopted a package including a ban"
        actors = actors or coref.definite_body(self.text, self.mentions, start, anchor, self.entities)
        if (
            not actors
            and ev_type == "INDUSTRIAL_POLICY"
            and subject_filters.private_subject(self.text, self.mentions, start, anchor)
        ):
            return None  # "Chinese companies that have invested over $1 billion": business, not policy
        if action is None and hit.trigger.kind != "event" and not self._bare_ok(ev_type, hit, sent, clause):
            return None
        if actors and appraised(self.text, start, hit.start) and (action is None or action.start >= hit.start):
            return [], "none"  # "Denmark called the tariff threat unacceptable": a judge, the threat stated before
        if actors:
            return actors, "explicit"
        return self._inherited(sent, start, anchor, ev_type, prev)

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
        own = own or relative_subject(text, ms, hit, action, ents)  # "the ban that Indonesia imposed in 2020"
        own = own or answered_doer(text, ms, clause, action, ents)  # 是对欧盟此前决定征收关税的报复: the EU
        if not own and action is not None and action.end <= hit.start:  # "a response to Japan's decision to restrict"
            own = coref.decision_owner(text, ms, start, hit.start, ents)
        if background:
            return own or roles.subjects(text, ms, start, hit.start, ents) or list(sent.subject)
        directive = hit.trigger.id == "roadmap" and action is None
        actors = own or roles.agent(text, ms, anchor_end, end, ents, directive)
        if not actors and action is not None:  # "the imposition of tariffs on steel by Japan"
            actors = roles.nominal_agent(text, ms, (action.start, action.end), hit.start, anchor_end, ents)
        if not actors and self.doc is not None and sent.lang == "en":
            actors = parse_roles.parsed_actors(self.doc, ms, anchor, start, end, ents)  # "moved to ban", "Japan's"
        if not actors and not self._passive(hit, action):
            upto = anchor
            if sent.lang == "zh" and action is not None:
                ba = max(text.rfind("将", start, action.start), text.rfind("把", start, action.start))
                upto = ba if ba >= 0 else anchor  # 决定将…28家美国实体列入…: the object names no actor
            floor = coref.subject_floor(text, start, upto)
            main = after_fronted_adjunct(text, floor, upto)  # "In a step that may anger Ankara, Japan imposed"
            actors = roles.subjects(text, ms, main, upto, ents) or roles.subjects(text, ms, floor, upto, ents)
            if (
                actors
                and all(roles.entity_type(a, ents) == "Firm" for a in actors)
                and action_of(hit, action, False) not in ("request", "approve", "reject")
            ):
                actors = roles.states_before(text, ms, start, anchor, ents)  # firms do not impose
                self.firm_subject = not actors  # "Micron announced plans to invest $40 billion"
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
            # "An agreement with Vietnam was reached by the US": the US first; not a possessor ("the UK's accession",
            # "China agreed" read as a modifier): the text order of the parties stands there
            subject = ([] if own else actors, sent.subject)
            parties = deal_rules.deal_parties(text, ms, clause, subject, ents, self.lex.officials)
            actors = coref.buyer(text, ms, start, end, ents) or parties or actors
        return coref.titled_state(
            text, ms, actors, ents, self.lex.officials
        )  # "British Foreign Secretary Jeremy Hunt asked"

    def _inherited(
        self, sent: SentenceTriggers, start: int, anchor: int, ev_type: str, prev: SentenceTriggers | None
    ) -> tuple[list[str], str]:
        """Actors from the context when the clause names none: the previous subject after a pronoun ("It also
        imposed ..."), the sentence's subject, the previous subject of a speech sentence."""
        if prev is not None and prev.subject and cues.PRONOUN_SUBJECT.match(self.text[start:anchor]):
            return list(prev.subject), "inherited"
        if ev_type != "TRADE_DEAL" and sent.subject:
            return list(sent.subject), "inherited"
        if prev is not None and cues.SPEECH.match(self.text[sent.span[0] : sent.span[1]]):
            return list(prev.subject), "inherited"
        return [], "none"

    def _described(
        self,
        sent: SentenceTriggers,
        prev: SentenceTriggers | None,
        clause: tuple[int, int],
        hit: Hit,
        action: Hit | None,
        anchor: tuple[int, int],
    ) -> tuple[list[str], str] | None:
        """The state a statement with no actor and no context to inherit one from stands for: "The government has
        banned …", 政府决定… (:mod:`policykg.extract.described_actors`); None when the context gives one."""
        if self._fallback(prev, sent) or appraised(self.text, clause[0], hit.start):
            return None  # "The government called the tariff threat unacceptable": a judge, not the doer
        targets = self._targets(sent, clause, hit, action, anchor[0], [])
        return described_actor(self.text, clause, anchor, (self.home, self.state_counts, targets))

    def _adopter(self, sent: SentenceTriggers, hit: Hit) -> list[str]:
        """The subject that adopted the instrument a bare measure noun is part of ("The EU adopted a package, which
        includes a ban on LNG imports": the EU, not the Russia of the ban's goods), else ``[]``."""
        included = noun_rules.included_measure(self.text, sent.span[0], hit.start)
        if included is None:
            return []
        return roles.subjects(self.text, self.mentions, sent.span[0], included, self.entities)

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
        if (
            noun_rules.included_measure(self.text, sent.span[0], hit.start) is not None
        ):  # "a package, which includes a ban"
            return True
        # "A 25% surtax on Chinese steel will follow from October 15": a rate and a day state the measure
        rate = "rate_pct" in values.value(self.text[clause[0] : clause[1]], ev_type)
        return rate and any(d.date and d.kind in ("start", "point") for d in self._dates(*clause))
