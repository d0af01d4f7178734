"""The state an office holder acts for, from his title in the article (pure).

The contract puts the state first among the actors and its leaders after it: "India's trade minister X said the
country would lift ..." is India's act.  :func:`policykg.extract.coref.titled_state` reads a title of
capitalised words between a state and the name ("British Foreign Secretary Jeremy Hunt", 印尼总统普拉博沃); the
rules here read the other forms news gives a title, wherever the name is first given (a later bare surname, "Wekesa
said ...", inherits them through the person's id).  The cases are in ``tests/unit/test_actor_forms.py``:

* :func:`possessive_title` — "Kenya's trade minister Amara Wekesa", "Kenya's Minister of Trade, Amara Wekesa":
  the state's possessive, title words ending in an office noun, then the name;
* :func:`apposed_title` — "Amara Wekesa, Kenya's trade minister,", "X, the Nigerian trade minister,", "X, the
  president of Ghana,", "Trade Minister X of Kenya": the title after the name, in an apposition or an "of" phrase.

A former office holder ("Kenya's former president X") acts for no state, and no agency is made from the title
(the contract: "no Agency is made from a named person's office title").
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence

from policykg.extract import roles
from policykg.extract.models import Entity, Mention

# office nouns of a title ("trade minister", "cabinet secretary", "Prime Minister", "ambassador")
OFFICE = (
    r"minister|secretary|president|premier|chancellor|ambassador|envoy|spokes(?:man|woman|person)|"
    r"representative|negotiator|governor|commissioner|chief|head|director(?:-general)?|official|king|queen|"
    r"leader|chairman|chairwoman|czar|tsar|prime\s+minister"
)
# a title word before the office noun: no verb, no preposition, not "former" ("Kenya's former president" rules no more)
_WORD = r"(?!(?:said|says|told|and|or|with|by|to|from|against|on|in|at|whose|who|that|former|ex|late|then)\b)[\w.&-]+"
# the office noun's own complement: "Minister of Trade", "cabinet secretary for trade and industry"
_OF_DOMAIN = r"(?:[ \t]+(?:of|for)[ \t]+(?:the[ \t]+)?[a-z][\w&]*(?:[ \t]+(?:and|&)[ \t]+[a-z][\w&]*)?)?"
_TITLE = rf"(?:{_WORD}[ \t]+){{0,3}}?(?:{OFFICE})s?(?:-[A-Za-z]+)?"
# between the state and the name: "'s trade minister ", "'s Minister of Trade, "
_POSSESSIVE = re.compile(rf"^['’]s[ \t]+{_TITLE}{_OF_DOMAIN}[ \t]*,?[ \t]+$", re.IGNORECASE)
# after the name, before the state: ", Kenya" (then 's + title), ", the Nigerian" (then title), ", the president of "
_APPOSITION = re.compile(r"^,[ \t]+(?:who[ \t]+is[ \t]+)?(?:the[ \t]+)?$", re.IGNORECASE)
_TITLE_AFTER = re.compile(rf"^(?:['’]s)?[ \t]+{_TITLE}\b", re.IGNORECASE)
_OFFICE_OF = re.compile(
    rf"^,[ \t]+(?:who[ \t]+is[ \t]+)?(?:the[ \t]+)?{_TITLE}{_OF_DOMAIN}[ \t]+of[ \t]+(?:the[ \t]+)?$", re.IGNORECASE
)
# "Trade Minister Amara Wekesa of Kenya": the title before the name, the state in an "of" phrase after it
_TITLE_BEFORE = re.compile(rf"\b(?:{OFFICE})[ \t]+$", re.IGNORECASE)
_OF = re.compile(r"^[ \t]+of[ \t]+(?:the[ \t]+)?$", re.IGNORECASE)


def possessive_title(text: str, state: Mention, person: Mention, entities: Mapping[str, Entity]) -> str | None:
    """The state of "Kenya's trade minister Amara Wekesa" (``state`` the last mention before ``person``)."""
    if roles.entity_type(state.entity_id, entities) not in roles.STATE_TYPES:
        return None
    return state.entity_id if _POSSESSIVE.match(text[state.end : person.start]) else None


def apposed_title(text: str, after: Sequence[Mention], person: Mention, entities: Mapping[str, Entity]) -> str | None:
    """The state a title after the name gives ("Amara Wekesa, Kenya's trade minister"), ``after`` the mentions
    that follow the name in text order; only the first one, within 60 characters, is read."""
    near = [m for m in after if m.start >= person.end and m.start - person.end <= 60]
    if not near or roles.entity_type(near[0].entity_id, entities) not in roles.STATE_TYPES:
        return None
    state, gap = near[0], text[person.end : near[0].start]
    lead = text[max(0, person.start - 40) : person.start]
    if (
        (_APPOSITION.match(gap) and _TITLE_AFTER.match(text[state.end : state.end + 60]))
        or _OFFICE_OF.match(gap)
        or (_OF.match(gap) and _TITLE_BEFORE.search(lead))
    ):
        return state.entity_id
    return None
