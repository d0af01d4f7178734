"""Roles read from a dependency parse (only with a statistical model: ``--model en_core_web_sm``; pure).

Syntax holds on any wording where the clause patterns of :mod:`policykg.extract.roles` learn the
phrasings they see.  The rules here read spaCy's arcs (``dep_``, ``pos_``, ``head``, ``children``):

* :func:`parsed_actors`: the actor of a trigger is the subject (``nsubj``) of the verb that governs
  it, carried down control and coordination chains ("moved to ban", "met and agreed to cut") and
  through a pronoun subject of a reported clause ("China said it would impose"), else the passive
  agent ("were imposed by Beijing"), else the possessor of a nominal trigger ("Japan's curbs").
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from policykg.extract.models import Entity, Mention
from policykg.extract.nlp import parsed_sentence
from policykg.extract.roles import ACTOR_TYPES, entity_type

# Arcs down which a verb shares its subject with the verb it governs: "moved to ban", "met and agreed".
_SHARED_SUBJECT = frozenset({"xcomp", "conj"})
# Arcs of a reported or embedded clause whose pronoun subject stands for the reporter ("said it would").
_REPORTED = frozenset({"ccomp"})
_PRONOUNS = frozenset({"it", "they", "he", "she", "we"})
# What stays of a noun phrase without its prepositional phrases and adjectives: "The duty on Chinese EVs" -> The
# duty; a nationality adjective names makers, not the state ("Japanese automakers halted imports").
_CORE_ARCS = frozenset({"compound", "poss", "conj", "appos", "flat", "nmod"})
# A passive verb shares no subject: its subject is the measure ("had imposed ... and duties were imposed").
_OWN_SUBJECT = frozenset({"nsubjpass", "auxpass", "expl"})


def parsed_actors(
    doc, mentions: Sequence[Mention], anchor: int, start: int, end: int, entities: Mapping[str, Entity]
) -> list[str]:
    """Actors from the parse of the trigger at ``anchor``, as actor mentions inside ``start``..``end``."""
    inside = [m for m in mentions if start <= m.start and m.end <= end]
    if not any(entity_type(m.entity_id, entities) in ACTOR_TYPES for m in inside):
        return []  # nothing the parse could name: the sentence is not parsed
    doc, shift = parsed_sentence(doc, anchor)  # a whole Doc (shift 0), or the one sentence parsed on demand
    token = token_at(doc, anchor - shift)
    if token is None:
        return []
    tokens = [t for h in actor_heads(token) for t in noun_core(h)]
    out: list[str] = []
    for m in inside:
        if entity_type(m.entity_id, entities) not in ACTOR_TYPES:
            continue
        if any(m.start <= t.idx + shift < m.end for t in tokens) and m.entity_id not in out:
            out.append(m.entity_id)
    return out


def actor_heads(token) -> list:
    """The head tokens of the actor of ``token``: subject, passive agent, or possessor of a nominal trigger."""
    if token.pos_ in ("NOUN", "PROPN"):
        owners = [c for c in token.children if c.dep_ == "poss"]
        if owners:
            return owners  # "Japan's curbs"
    verb = governing_verb(token)
    return subject_heads(verb) or passive_agents(verb) or noun_owner(verb)


def governing_verb(token):
    """The verb that governs ``token`` (itself when a verb), climbing at most four arcs."""
    verb = token
    for _ in range(4):
        if verb.pos_ in ("VERB", "AUX") or verb.dep_ == "ROOT" or verb.head is verb:
            break
        verb = verb.head
    return verb


def subject_heads(verb) -> list:
    """The subject of ``verb``, or the one it shares with the verb above it ("moved to ban" -> moved's)."""
    for _ in range(4):
        own = [c for c in verb.children if c.dep_ in ("nsubj", "csubj")]
        pronoun = own and all(c.lower_ in _PRONOUNS for c in own)
        if own and not (pronoun and verb.dep_ in _REPORTED):
            return own
        shares = verb.dep_ in _SHARED_SUBJECT or (pronoun and verb.dep_ in _REPORTED)
        if any(c.dep_ in _OWN_SUBJECT for c in verb.children):
            return own
        if not shares or verb.head is verb or passive_agents(verb):
            return own
        verb = verb.head
    return []


def noun_owner(verb) -> list:
    """The possessor of the noun a verb complements: "Turkey's decision to ban" -> Turkey."""
    if verb.dep_ != "acl" or verb.head.pos_ not in ("NOUN", "PROPN"):
        return []
    return [c for c in verb.head.children if c.dep_ == "poss"]


def passive_agents(verb) -> list:
    """The object of the ``by`` agent of a passive verb: "were imposed by Beijing" -> Beijing."""
    return [g for c in verb.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]


def noun_core(head) -> list:
    """A noun phrase without its prepositional phrases: "The duty on Chinese EVs" -> The duty."""
    out, todo = [], [head]
    while todo:
        tok = todo.pop()
        out.append(tok)
        todo += [c for c in tok.children if c.dep_ in _CORE_ARCS]
    return out


def token_at(doc, char: int):
    """The token that starts at or covers character ``char`` of the parsed text."""
    if doc is None or not doc.has_annotation("DEP"):
        return None
    lo, hi = 0, len(doc) - 1
    while lo <= hi:
        mid = (lo + hi) // 2
        tok = doc[mid]
        if tok.idx <= char < tok.idx + max(1, len(tok)):
            return tok
        if tok.idx < char:
            lo = mid + 1
        else:
            hi = mid - 1
    return None
