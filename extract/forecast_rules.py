"""Named veto for another party's forecast of a state's act (pure; see :mod:`event_rules`).

Issue 11, event precision.  The labels count an act "that the article states as
fact, including announced future dates", and no forecasts.  A future act is
announced by its own actor ("Peru said it will lift the ban"); when a speaker of
another state says what the actor will do ("Chile's minister said Peru will
lift its ban this week", 智利贸易部长表示,秘鲁将于本周宣布取消限制, a headline
"智利部长:秘鲁将取消限制"), the article reports that speaker's expectation,
not the actor's act.

Kept: a speaker of the same state (its ministry, its leader), a speaker with no
state, past acts ("said Peru had lifted its ban": a reported fact), and
threats and requests (their own rules).

The rule is a predicate over a :class:`policykg.extract.event_rules.Site`
(typed ``Any``: no import cycle) registered by name in ``event_rules.VETOES``;
cases in ``tests/unit/test_forecast_rules.py``.
"""

from __future__ import annotations

import re
from typing import Any

from policykg.extract import roles

# a verb of saying or expecting, or a headline colon of attribution, before the reported clause
_SPEECH = re.compile(
    r"\b(?:said|says|told\s+\w+|predicted|expects?|expected|believes?|believed)\b(?:\s+on\s+\w+|\s+\w+day)?"
    r"(?:\s+that)?\s+|(?:表示|透露|称|說|说|指出|预计|預計|认为|認為)[,，:：]?|[:：]\s*",
    re.IGNORECASE,
)


def _state(entity_id: str, entities: Any) -> str | None:
    """The state of an entity: itself for a state or bloc, else the country it belongs to."""
    e = entities.get(entity_id)
    if e is None:
        return None
    return e.id if roles.entity_type(e.id, entities) in roles.STATE_TYPES else e.country


_SPEAKER_TYPES = frozenset({"Country", "Bloc", "Agency", "Person"})
# the reported subject, then only a future marker (and adverbs) before the act's verb
_SUBJECT_THEN_FUTURE = re.compile(
    r"^\s*(?:[\w'’.-]+\s+){0,3}?(?:will|would|is\s+(?:set|going|poised)\s+to|are\s+(?:set|going|poised)\s+to)\s+"
    r"(?:\w+ly\s+)?(?:announce\s+(?:that\s+it\s+will\s+)?)?$"
    r"|^[^,，。;；]{0,4}(?:将于|將於|将|將|即将|即將|会|會)[^,，。;；]{0,12}?(?:宣布)?$",
    re.IGNORECASE,
)


def _speaker_states(s: Any, lo: int, hi: int) -> list[str]:
    """The states of the speakers (states, agencies, people: no news agency) mentioned in ``[lo, hi)``."""
    ents = s.finder.entities
    found = [
        _state(m.entity_id, ents)
        for m in s.finder.mentions
        if lo <= m.start and m.end <= hi and roles.entity_type(m.entity_id, ents) in _SPEAKER_TYPES
    ]
    return [x for x in found if x]


# the attribution closing the sentence: "…, Chile's trade minister said on Monday."
_TRAILING = re.compile(
    r"[,，]\s*(?:according\s+to\s+|(?:[\w'’.-]+\s+){0,6}(?:said|says|told\s+\w+|predicted)\b)[^,，]*$",
    re.IGNORECASE,
)


def _forecast_subject(s: Any, lo: int, verb: Any) -> str | None:
    """The reported subject opening ``[lo, verb)`` when only a future marker stands between it and the verb."""
    ents = s.finder.entities
    subject = roles.subjects(s.text, s.finder.mentions, lo, verb.start, ents)
    first = next((m for m in s.finder.mentions if lo <= m.start < verb.start), None)
    if not subject or first is None or first.entity_id != subject[0]:
        return None
    return subject[0] if _SUBJECT_THEN_FUTURE.match(s.text[first.end : verb.start]) else None


def _other_state(s: Any, subject: str | None, lo: int, hi: int) -> bool:
    speakers, actor = _speaker_states(s, lo, hi), _state(subject, s.finder.entities) if subject else None
    return bool(speakers and actor) and actor not in speakers


def third_party_forecast(s: Any) -> bool:
    """ "Chile's minister said Peru will lift its ban this week", "Peru will lift its ban, Chile's minister said",
    智利部长表示,秘鲁将取消限制: a speaker of another state says what the actor will do; a forecast, not an act
    the actor announced."""
    if s.act not in ("impose", "lift", "suspend", "extend"):
        return False
    verb = s.action if s.action is not None else s.hit
    lo, hi = s.sent.span
    speeches = list(_SPEECH.finditer(s.text, lo, verb.start))
    if speeches:
        said = speeches[-1]
        return _other_state(s, _forecast_subject(s, said.end(), verb), lo, said.start())
    trailing = _TRAILING.search(s.text, verb.end, hi)
    return trailing is not None and _other_state(s, _forecast_subject(s, lo, verb), trailing.start(), hi)
