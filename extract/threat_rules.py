"""Named rules for threats and vows: when a threat stands although its clause is hedged.

The contract reads "threatened", "vowed", "will impose unless…" as ``threaten``.
A threat named by a possessed noun ("his threat to raise tariffs", "Trump's
threats to levy duties") is presupposed, as every definite description is: in
"China will retaliate if Trump proceeds with his threat to raise tariffs" the
condition hedges China's response, not the fact that Trump threatened.

Each rule is a pure function of a :class:`~policykg.extract.event_rules.Site`;
the cases are in ``tests/unit/test_threat_rules.py``.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from policykg.extract import roles

if TYPE_CHECKING:
    from policykg.extract.event_rules import Site

# a possessive determiner or a possessive 's right before the noun: "his threat", "Trump's renewed threats"
POSSESSED = re.compile(r"(?:\b(?:his|her|its|their)|\w['’]s)\s+(?:[\w-]+\s+)?$", re.IGNORECASE)
THREAT_NOUN = re.compile(r"^threats?$", re.IGNORECASE)


def presupposed_threat(s: Site, act: str | None) -> bool:
    """ "if Trump proceeds with his threat to raise tariffs": a possessed threat noun states that the threat was
    made, so a conditional or modal hedge of its clause does not undo it."""
    a = s.action
    if act != "threaten" or a is None:
        return False
    words = [x for x in s.sent.actions if x.trigger.action == "threaten" and x.start <= a.start]
    noun = words[-1] if words else a
    return bool(THREAT_NOUN.match(noun.text)) and bool(
        POSSESSED.search(s.text[max(s.start, noun.start - 40) : noun.start])
    )


def vow_speakers(s: Site) -> list[str] | None:
    """ "商务部发表声明,谴责美方霸凌,坚决反制": a vow in a clause of its own, with no subject, is the speaker's (the
    subject of the sentence's first clause), not the party condemned in the clause between; None when the vow's
    clause names its subject, or the site is no vow."""
    if s.hit.trigger.id != "countermeasure_vow" or s.sent.lang != "zh" or not s.sent.clauses:
        return None
    ents, ms = s.finder.entities, s.finder.mentions
    if roles.subjects(s.text, ms, s.start, s.hit.start, ents):
        return None
    first = s.sent.clauses[0]
    if first[0] >= s.start:
        return None
    return roles.subjects(s.text, ms, first[0], first[1], ents) or None
