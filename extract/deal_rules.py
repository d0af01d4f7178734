"""Named rules for truces whose parties are not named in their clause.

"Both countries agreed to pause their tariffs on each other's goods": the
contract makes a pause agreed by several parties each party's own TARIFF
``suspend`` (:func:`policykg.extract.action_rules.split_truce`).  When the
clause names the parties only by a plural noun ("both countries", "the two
sides", 双方), they are its antecedents: the two states named last before it
(an official counts for the state he serves), not the states the article
names most.

Pure functions; the cases are in ``tests/unit/test_deal_rules.py``.
"""

from __future__ import annotations

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
