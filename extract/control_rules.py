"""Object control and the other constructions that fix an act's actors (pure).

:func:`construction_actors` gathers them for ``events``: a sought act's seeker, a
receiver-side approval's grantor, a subjectless vow's speaker, and object
control: who acts in "condemned the US for imposing tariffs".

A gerund after "for" or "of" that completes a verb of judging (condemn,
criticise, accuse, blame, punish, praise, thank …), or a noun of response
aimed at someone ("retaliation against the US for imposing"), has that object
as its understood subject: in "Peru condemned Chile for imposing tariffs" Chile
imposed them, Peru only condemned.  Without this rule the clause subject (the
critic) became the actor.  Cases in ``tests/unit/test_control_rules.py``.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from policykg.extract import approval_rules, refusal_rules, request_rules, roles, threat_rules

if TYPE_CHECKING:
    from policykg.extract.event_rules import Site

# a verb of judging, its object, then "for"/"of" right before the gerund
_JUDGING = re.compile(
    r"\b(?:condemn|criticiz|criticis|accus|blam|punish|fault|slam|rebuk|denounc|chastis|scold|castigat|"
    r"penali[sz]|prais|thank|applaud|commend)\w*\s+(?P<obj>[^.;:]{1,80}?)\s+(?:for|of)\s+$"
    # a noun of response aimed at the agent: "retaliation against the US for imposing", "reprisal on X for"
    r"|\b(?:retaliat\w*|reprisals?|revenge|punishment|response)\s+(?:against|on|to)\s+(?P<aimed>[^.;:]{1,80}?)\s+for\s+$",
    re.IGNORECASE,
)
_ACTING = frozenset({"Country", "Bloc", "Agency", "Person"})


def controlled_agents(s: Site) -> list[str] | None:
    """The object of a judging verb as the agent of the gerund it judges ("criticised the US and its allies for
    imposing chip curbs" -> the US); None when the action is no such gerund or the object names no actor."""
    a = s.action
    if a is None or not a.text.lower().endswith("ing"):
        return None
    m = _JUDGING.search(s.text, s.sent.span[0], a.start)
    if m is None:
        return None
    lo, hi = m.span("obj") if m.group("obj") else m.span("aimed")
    ents = s.finder.entities
    named = [
        x.entity_id for x in s.finder.mentions if lo <= x.start < hi and roles.entity_type(x.entity_id, ents) in _ACTING
    ]
    return list(dict.fromkeys(named)) or None


def construction_actors(s: Site, act: str | None) -> list[str] | None:
    """The actors a construction fixes, before the usual subject search: the seeker of a sought act ("Seoul asked
    Tokyo to lift", ``request_rules.seekers``), the grantor of a receiver-side approval (获准出口,
    ``approval_rules.grantors``), the speaker of a subjectless vow (坚决反制, ``threat_rules.vow_speakers``) or of a conditional threat (若…，将…,
    ``threat_rules.conditional_speakers``), else the
    object of a judging verb (:func:`controlled_agents`); None when no construction applies ([] drops the site)."""
    if act == "request":
        found = request_rules.seekers(s)
    elif act == "approve":
        found = approval_rules.grantors(s)
    elif act == "reject":
        found = refusal_rules.rejecters(s)
    else:
        found = threat_rules.vow_speakers(s)
        if found is None and act == "threaten":
            found = threat_rules.conditional_speakers(s)
    return found if found is not None else controlled_agents(s)
