"""The agent of a gerund clause inside a prepositional phrase (pure).

"in response to the US delaying its tariffs", "after China restricting exports of gallium", "amid Japan
tightening its curbs": the state named right before the -ing verb is that verb's subject, although it stands
after a preposition (``roles.subjects`` skips mentions after prepositions: "tariffs on China" names a target).
:func:`fronted_subject`: "By imposing tariffs on Monday, the United States escalated …", "After banning
exports, China …": a fronted -ing adverbial has no subject of its own; the main clause's subject, right
after the comma, does its act.
Cases in ``tests/unit/test_gerund_rules.py``.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

# the mention is followed directly by the act's verb in -ing form (an adverb may stand between)
_GERUND = re.compile(r"\s+(?:(?:also|further|again|now|temporarily|partially|quickly)\s+)?$", re.IGNORECASE)
_ING = re.compile(r"[A-Za-z-]+ing\b")


def gerund_agent(text: str, mention_end: int, anchor: int) -> bool:
    """Is the mention ending at ``mention_end`` the subject of the -ing verb at ``anchor``?

    >>> t = "in response to the US delaying its tariffs"
    >>> gerund_agent(t, t.index(" delaying"), t.index("delaying"))
    True
    >>> t = "tariffs on China, delaying talks"
    >>> gerund_agent(t, t.index(","), t.index("delaying"))
    False
    """
    return bool(_GERUND.fullmatch(text[mention_end:anchor]) and _ING.match(text, anchor))


# a sentence opening with a preposition and the act's -ing verb: "By imposing", "After quickly banning"
_FRONTED = re.compile(r"\W*(?:by|after|before|while|since|following|upon|besides)\s+(?:\w+ly\s+)?", re.I)
_MAIN_SUBJECT = re.compile(r",\s*(?:the\s+|then\s+)?$", re.IGNORECASE)


def fronted_subject(
    text: str, mentions: Sequence[Any], sent_start: int, verb_start: int, sent_end: int, actor_ok: Any
) -> list[str]:
    """The subject of the main clause after a fronted -ing adverbial whose verb starts at ``verb_start``, or [].

    ``actor_ok`` tells whether an entity id may act (a state, an agency, a leader, a firm).

    >>> class M:
    ...     def __init__(self, start, end, entity_id): self.start, self.end, self.entity_id = start, end, entity_id
    >>> t = "By imposing tariffs on Monday, the United States escalated the dispute."
    >>> fronted_subject(t, [M(t.index("United"), t.index(" escalated"), "USA")], 0, 3, len(t), lambda e: True)
    ['USA']
    >>> t = "Imposing tariffs on Monday, the United States escalated the dispute."
    >>> fronted_subject(t, [M(t.index("United"), t.index(" escalated"), "USA")], 0, 0, len(t), lambda e: True)
    []
    """
    if not (_FRONTED.fullmatch(text[sent_start:verb_start]) and _ING.match(text, verb_start)):
        return []
    comma = text.find(",", verb_start, sent_end)
    for m in sorted(mentions, key=lambda m: m.start):
        if comma >= 0 and comma < m.start < sent_end and actor_ok(m.entity_id):
            return [m.entity_id] if _MAIN_SUBJECT.search(text[comma : m.start]) else []
    return []
