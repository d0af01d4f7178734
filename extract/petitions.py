"""Petitions that start a measure (pure): 应中国酒业协会申请, "following a request from the X Association".

The labelling conventions make the petition its own event: a ``request`` of the
type of the measure it started (an investigation, a tariff review), with the
petitioner as actor — a named association or firm, else the state of an
unnamed domestic industry (应国内相关产业申请: the state whose authority acts).
The act the petition started is found as usual; this module adds the request
next to it, once the sentence's candidates are known.  The petition's own verb
never pairs with the measure (``event_rules.someone_elses_request``).
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import replace

from policykg.extract.merge import Candidate
from policykg.extract.models import Entity, Mention
from policykg.extract.roles import STATE_TYPES, entity_type

PETITION = re.compile(
    r"应(?P<zh>[^,，。;；]{2,24}?)(?:的)?(?:申请|请求)"
    r"|\b(?:(?:following|after|upon)\s+(?:a|an|the)\s+(?:request|petition|complaint|application)s?\s+(?:from|by)"
    r"|at\s+the\s+(?:request|behest)\s+of)\s+"
    r"(?P<en>(?:the\s+)?[\w'’.&-]+(?:\s+[\w'’.&-]+){0,7})",
    re.IGNORECASE,
)
_DOMESTIC = re.compile(r"国内|本国|境内|\b(?:domestic|local|home)\b", re.IGNORECASE)
_PETITIONER_TYPES = frozenset({"Firm", "Agency"})


def petitioner(
    text: str, mentions: Sequence[Mention], entities: Mapping[str, Entity], span: tuple[int, int], acting: list[str]
) -> list[str]:
    """Who petitioned: a named firm or association, else a named state, else (a domestic industry) the acting state."""
    inside = [m for m in mentions if span[0] <= m.start < span[1]]
    for kinds in (_PETITIONER_TYPES, STATE_TYPES):
        named = [m.entity_id for m in inside if entity_type(m.entity_id, entities) in kinds]
        if named:
            return named[:1]
    if _DOMESTIC.search(text[span[0] : span[1]]):
        return [a for a in acting if entity_type(a, entities) in STATE_TYPES][:1]
    return []


def petition_requests(
    text: str,
    mentions: Sequence[Mention],
    entities: Mapping[str, Entity],
    cands: Sequence[Candidate],
    sentence: int,
    span: tuple[int, int],
) -> list[Candidate]:
    """The requests of the petitions stated in one sentence, one per petition that started a measure there."""
    acts = [c for c in cands if c.sentence == sentence and c.action != "request" and not c.title]
    out = []
    for m in PETITION.finditer(text, *span):
        who_span = m.span("zh") if m.group("zh") else m.span("en")
        if not acts:
            break
        act = min(acts, key=lambda c: abs(c.anchor - m.start()))
        who = petitioner(text, mentions, entities, who_span, act.actors or act.fallback)
        if who:
            act.targets = [t for t in act.targets if t not in who]  # the petitioner asked for the act, not its target
            out.append(_request(act, who, m.span()))
    return out


def _request(act: Candidate, who: list[str], span: tuple[int, int]) -> Candidate:
    """The petition as a request of the act's type, stated (and evidenced) by the petition's own words."""
    return replace(
        act,
        action="request",
        actors=list(who),
        how="explicit",
        start=span[0],
        end=span[1],
        anchor=span[0],
        targets=list(act.targets),
        value={},
        date=None,
        until=None,
        date_rank=0,
        year=None,
        also=True,
        concepts=set(),
    )
