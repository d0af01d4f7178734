"""Named rules for truces whose parties are not named in their clause.

"Both countries agreed to pause their tariffs on each other's goods": the
contract makes a pause agreed by several parties each party's own TARIFF
``suspend`` (:func:`policykg.extract.action_rules.split_truce`).  When the
clause names the parties only by a plural noun ("both countries", "the two
sides", 双方), they are its antecedents: the two states named last before it
(an official counts for the state he serves), not the states the article
names most.

:func:`deal_parties` orders the parties of a deal: the subject first ("An agreement with Vietnam was reached by
the United States", "Carney and Trump agreed": their states), then the others of the clause; a clause that names
only the other side after "with" / 与 (并宣布与马来西亚…达成协议) has the sentence's subject as the first party.

Pure functions; the cases are in ``tests/unit/test_deal_rules.py`` and ``tests/unit/test_actor_forms.py``.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any

from policykg.extract import roles
from policykg.extract.action_rules import PARTIES

if TYPE_CHECKING:
    from policykg.extract.models import Entity, Mention
    from policykg.extract.triggers import Hit


def plural_parties(cand: Any, text: str, entities: Mapping[str, Entity]) -> bool:
    """Is the candidate a truce (``cand.truce``), or a deal whose subject is a plural noun ("both countries
    agreed", 双方同意) with fewer than two states named?"""
    if cand.truce:
        return True
    if cand.type != "TRADE_DEAL" or not PARTIES.search(text[cand.start : cand.anchor]):
        return False  # the plural noun as the subject, not "a deal between the two countries" after a buyer
    return len([a for a in cand.actors if roles.entity_type(a, entities) in roles.STATE_TYPES]) < 2


def agreed_by_several(cand: Any, deal_phrases: Sequence[Hit], entities: Mapping[str, Entity]) -> bool:
    """ "The US and China agreed to cut tariffs": a tariff pause or cut agreed (a deal phrase in its clause) by
    two or more named states is a truce, each party's own ``suspend`` (contract)."""
    states = [a for a in cand.actors if roles.entity_type(a, entities) in roles.STATE_TYPES]
    inside = any(cand.start <= h.start < cand.end and h.trigger.type == "TRADE_DEAL" for h in deal_phrases)
    return cand.type == "TARIFF" and cand.action == "suspend" and len(states) > 1 and inside


REACH = 600  # characters before the clause searched for the antecedents (about three sentences)


def _state_of(entity_id: str, entities: Mapping[str, Entity], officials: Mapping[str, str]) -> str | None:
    kind = roles.entity_type(entity_id, entities)
    if kind in roles.STATE_TYPES:
        return entity_id
    if kind in ("Person", "Agency"):
        ent = entities.get(entity_id)
        return (ent.country if ent is not None and ent.country else None) or officials.get(entity_id)
    return None


def unnamed_parties(
    mentions: Sequence[Mention],
    entities: Mapping[str, Entity],
    officials: Mapping[str, str],
    clause: tuple[int, int],
) -> list[str]:
    """The parties of a truce stated with a plural noun: the states named in the clause if two are, else the two
    distinct states named last before it (within :data:`REACH`), in the order the text first names them there;
    [] when fewer than two are found.

    >>> unnamed_parties([], {}, {}, (0, 10))
    []
    """
    start, end = clause
    named = [s for m in mentions if start <= m.start < end if (s := _state_of(m.entity_id, entities, officials))]
    found = list(dict.fromkeys(named))
    if len(found) >= 2:
        return found
    pos = dict.fromkeys(found, start)  # each party's first mention in the reach, for the actors' order
    for m in sorted((m for m in mentions if start - REACH <= m.start < start), key=lambda m: -m.start):
        state = _state_of(m.entity_id, entities, officials)
        if state and (state in pos or len(pos) < 2):
            pos[state] = m.start
    return sorted(pos, key=lambda x: pos[x]) if len(pos) == 2 else []


def resolve_parties(
    cand: Any,
    hits: Sequence[Hit],
    text: str,
    mentions: Sequence[Mention],
    entities: Mapping[str, Entity],
    officials: Mapping[str, str],
) -> None:
    """Mark a pause agreed by several named states as a truce (:func:`agreed_by_several`), and give a truce or deal
    of plural parties ("both countries", :func:`plural_parties`) the states named last as its actors (in place:
    ``cand`` is the mutable candidate being built)."""
    deal_phrases = [t for t in hits if t.trigger.kind == "event"]
    cand.truce = cand.truce or agreed_by_several(cand, deal_phrases, entities)
    if plural_parties(cand, text, entities):
        parties = unnamed_parties(mentions, entities, officials, (cand.start, cand.end))
        if parties:
            cand.actors, cand.how = parties, "explicit"


# the other side of a deal after its subject: "a deal with the US", 与美国达成协议 (Traditional 與)
_WITH = re.compile(r"(?:\bwith\s+(?:the\s+)?|[与與同跟]\s*)$", re.IGNORECASE)


def deal_parties(
    text: str,
    mentions: Sequence[Mention],
    clause: tuple[int, int],
    subject: tuple[Sequence[str], Sequence[str]],
    entities: Mapping[str, Entity],
    officials: Mapping[str, str],
) -> list[str]:
    """The parties of a deal in the clause ``[start, end)``: the states of its subject (``subject`` = the clause's
    own actors, then the sentence's subject) first, the clause's other states after them in text order.

    The sentence's subject stands in only when the clause's first state follows "with" / 与 (the subject left
    out: 并宣布与马来西亚达成协议).  [] when the clause names no state and the subject none."""
    own, carried = subject
    states = roles.parties(mentions, *clause, entities)
    lead = [s for a in own if (s := _state_of(a, entities, officials))]
    other_side = _comitative(text, mentions, clause, states)
    if other_side and set(lead) <= set(other_side):  # 并与荷兰及日本达成协议: no subject of its own
        lead = [s for a in carried if (s := _state_of(a, entities, officials))]
    lead = list(dict.fromkeys(lead))
    if not lead:
        return states
    return lead + [s for s in states if s not in lead] + [a for a in own if _state_of(a, entities, officials) is None]


def _comitative(text: str, mentions: Sequence[Mention], clause: tuple[int, int], states: Sequence[str]) -> list[str]:
    """The states of the clause's first phrase after "with" / 与 and those conjoined to it (与荷兰及日本): the other
    side of the deal, never its subject."""
    ordered = [m for m in mentions if clause[0] <= m.start < clause[1] and m.entity_id in states]
    if not ordered or not _WITH.search(text[max(clause[0], ordered[0].start - 12) : ordered[0].start]):
        return []
    group = [ordered[0]]
    for m in ordered[1:]:
        if not roles.CONJOINED.fullmatch(text[group[-1].end : m.start]):
            break
        group.append(m)
    return [m.entity_id for m in group]
