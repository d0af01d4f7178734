"""Background acts stated inside relative clauses (pure; English).

"The pact is a step forward for the United States, which has been mired in
talks since slapping tariffs on its partners last month": the relative
clause states a past act of its antecedent.  The clause splitter cuts at
", which" / ", who", so the clause names no subject of its own; the state,
bloc or agency named right before the comma is that subject.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence

from policykg.extract.models import Entity, Mention
from policykg.extract.roles import entity_type
from policykg.extract.triggers import Hit

RELATIVE_LEAD = re.compile(r"\W*(?:which|who)\b", re.IGNORECASE)
_ANTECEDENT_TYPES = frozenset({"Country", "Bloc", "Agency"})
_GAP = re.compile(r"^[\s,]*$")


def antecedent(text: str, mentions: Sequence[Mention], clause_start: int, entities: Mapping[str, Entity]) -> list[str]:
    """The state or agency a relative clause starting at ``clause_start`` is about, else ``[]``.

    Only a name ending right before the clause counts ("the United States, which …"), not a
    state named earlier in the sentence ("tariffs on China, which …" names China, the target,
    so the caller uses this only when the clause has no actor of its own).
    """
    if not RELATIVE_LEAD.match(text, clause_start):
        return []
    lead = len(text[:clause_start].rstrip(" ,"))  # where the name before ", which" must end
    named = [
        m
        for m in mentions
        if m.end <= clause_start
        and _GAP.match(text[m.end : clause_start])
        and entity_type(m.entity_id, entities) in _ANTECEDENT_TYPES
    ]
    return [named[-1].entity_id] if named and named[-1].end == lead else []


# "tariffs imposed in early April", "restrictions announced in May", "first imposed last month": a past act dated
# by a month only (no day, so no date of its own), told after the verb of a background statement
PAST_MONTH = re.compile(
    r"\s+(?:(?:in|since|during)\s+(?:early|mid-?|late|the\s+(?:middle|end|start|beginning)\s+of)?\s*"
    r"(?:January|February|March|April|May|June|July|August|September|October|November|December)\b"
    r"|last\s+(?:month|year|week)\b)"
)


def past_month(text: str, after: int, end: int) -> bool:
    """Is the background act ending at ``after`` dated by a month only ("imposed in early April")?"""
    return PAST_MONTH.match(text, after, min(end, after + 40)) is not None


# the doer a background statement names in a by-phrase right after its participle: "the rule, introduced by
# President Biden", "the sanctions imposed by the European Union"
_BY_AGENT = re.compile(r"\s*,?\s+by\s+(?:then-|former\s+|the\s+)?", re.IGNORECASE)
_REDUCED = re.compile(r"\s*,?\s*(?:(?:first|originally|previously|initially|earlier|jointly)\s+)?")  # noun, participle
_TITLE_WORDS = re.compile(r"(?:[A-Z][\w.'’-]*\s+){0,3}")  # "President ", "Prime Minister "
_AGENT_TYPES = frozenset({"Country", "Bloc", "Agency", "Person"})


def named_agent(
    text: str, mentions: Sequence[Mention], noun: Hit, verb: Hit | None, entities: Mapping[str, Entity]
) -> list[str]:
    """The state, agency or leader a participle modifying the measure noun names as its doer ("the AI rule,
    introduced by President Biden", "the curbs first imposed by Tokyo"), else ``[]``: a past act told with its
    doer needs no date of its own to be told apart from a mere mention of the noun ("the tariffs imposed on
    steel"), and the doer is its actor, not the main clause's subject."""
    if verb is None or verb.start < noun.end or not _REDUCED.fullmatch(text, noun.end, verb.start):
        return []  # "after the bill was passed by Congress": a finite passive clause, not the noun's modifier
    by = _BY_AGENT.match(text, verb.end)
    if by is None:
        return []
    start = by.end()
    named = [
        m
        for m in mentions
        if start <= m.start < start + 40
        and entity_type(m.entity_id, entities) in _AGENT_TYPES
        and _TITLE_WORDS.fullmatch(text[start : m.start])
    ]
    return [named[0].entity_id] if named else []
