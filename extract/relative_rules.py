"""Acts stated in a relative clause on the measure noun (pure; issue 11, engineer xrecall9).

"the ban, which Indonesia imposed on January 1, 2020, ...", "the export controls that Japan introduced in July
2019", "the tariffs the United States introduced in March": the measure is the relative pronoun's antecedent
and the relative clause's own subject is the actor.  Two gaps kept such background acts out:

* :func:`relative_measure`: clauses split at ", which", so the relative clause had an action verb and no
  measure noun; the noun it shares is the antecedent, the last measure noun of the clause before it.
* :func:`relative_subject`: the subject of a relative clause stands between the noun and its verb, where the
  clause-subject search (before the noun) never looks.

Object relatives only: the antecedent is the verb's object ("the ban that Indonesia imposed"); a subject
relative ("the ban, which hit exports") has no subject of its own between the pronoun and the verb.
Cases in ``tests/unit/test_recall9_forms.py``.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence

from policykg.extract.models import Entity, Mention
from policykg.extract.roles import ACTOR_TYPES, entity_type, subjects
from policykg.extract.triggers import Hit

# a clause that opens with a relative pronoun: ", which Indonesia imposed", ", that Japan introduced"
_OPENS_RELATIVE = re.compile(
    r"\W*(?:which|that)\s+(?!(?:was|were|is|are|has|have|had|will|would|may|might|could|can)\b)", re.IGNORECASE
)
# the antecedent noun phrase up to the clause boundary: "ban", "ban on nickel ore exports" (no verb, no clause end)
_ANTECEDENT_TAIL = re.compile(r"(\s+(?:on|of|against|to|for|in)\s+[^,;:.()]{1,40}?)?\s*,?\s*")
# a verb that takes goods as its object: after "export controls on gallium, which the U.S. had restricted" the
# pronoun's antecedent is the nearest noun, the goods, not the measure
_GOODS_VERB = re.compile(
    r"\b(?:restrict|ban|bar|prohibit|block|halt|stop|curb|limit|control|embargo)\w*", re.IGNORECASE
)
# the relative marker before the subject: "that", ", which" (with "the"), or nothing at all ("the ban Indonesia")
# (a possessor may open the subject: "that China's commerce ministry announced")
_MARKED = re.compile(r"(?:,\s*|\s+)(?:which|that)\s+(?:the\s+)?(?:[\w.-]+['’]s\s+)?$", re.IGNORECASE)
_CONTACT = re.compile(r"\s+(?:the\s+)?(?:[\w.-]+['’]s\s+)?$", re.IGNORECASE)
# between the subject and its verb: auxiliaries of the perfect and adverbs of time ("had first imposed")
_AUX = re.compile(
    r"\s+(?:(?:had|has|have|first|initially|originally|already|also|later|then|previously|itself|\w+ly)\s+){0,3}",
    re.IGNORECASE,
)


def relative_measure(text: str, clauses: Sequence[tuple[int, int]], c: int, types: Sequence[Hit]) -> list[Hit]:
    """The antecedent measure noun of the ``c``-th clause when it is a relative clause (", which Indonesia
    imposed in 2020") with no measure noun of its own; else nothing."""
    if c == 0 or not _OPENS_RELATIVE.match(text, clauses[c][0], clauses[c][1]):
        return []
    lo, hi = clauses[c - 1]
    before = [t for t in types if lo <= t.start < hi]
    tail = _ANTECEDENT_TAIL.fullmatch(text, before[-1].end, clauses[c][0]) if before else None
    if tail is None or (
        tail.group(1) and _GOODS_VERB.search(text, clauses[c][0], min(clauses[c][1], clauses[c][0] + 60))
    ):
        return []
    return before[-1:]


def relative_subject(
    text: str, mentions: Sequence[Mention], hit: Hit, action: Hit | None, entities: Mapping[str, Entity]
) -> list[str]:
    """The actors of an object relative clause on the measure noun ``hit``: "the ban that Indonesia imposed",
    "the tariffs, which the US and the EU introduced", "the curbs Japan had first imposed"; else nothing."""
    if action is None or not 0 < action.start - hit.end <= 80:
        return []
    inside = [
        m
        for m in mentions
        if hit.end <= m.start and m.end <= action.start and entity_type(m.entity_id, entities) in ACTOR_TYPES
    ]
    if not inside or not _AUX.fullmatch(text, inside[-1].end, action.start):
        return []
    first = _first_of_group(text, inside)
    lead = text[hit.end : first.start]
    marked = _MARKED.search(lead)
    tail = _ANTECEDENT_TAIL.fullmatch(lead[: marked.start()]) if marked else None
    if not (tail or _CONTACT.fullmatch(lead)) or (tail and tail.group(1) and _GOODS_VERB.match(action.text)):
        return []
    return subjects(text, mentions, first.start, action.start, entities)


def _first_of_group(text: str, inside: list[Mention]) -> Mention:
    """The first mention of the coordinated group that ends the list ("the US and the EU")."""
    group = [inside[-1]]
    for m in reversed(inside[:-1]):
        if not re.fullmatch(r"\s*(?:,|and|,\s*and)\s*(?:the\s+)?", text[m.end : group[0].start], re.IGNORECASE):
            break
        group.insert(0, m)
    return group[0]
