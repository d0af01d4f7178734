"""The agent of a gerund clause inside a prepositional phrase (pure).

"in response to the US delaying its tariffs", "after China restricting exports of gallium", "amid Japan
tightening its curbs": the state named right before the -ing verb is that verb's subject, although it stands
after a preposition (``roles.subjects`` skips mentions after prepositions: "tariffs on China" names a target).
Cases in ``tests/unit/test_gerund_rules.py``.
"""

from __future__ import annotations

import re

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
