"""When two statements of the same actor, type and action are two acts, not one restated (pure; used by :mod:`merge`).

:func:`merge._same` merges statements that share a trigger concept: the headline,
the lead and later sentences restate one measure.  The same actor often takes
several acts of one kind in a story (a ban and an earlier ban, a listing and a
further listing), and the later sentence marks its act as another one: by an
additive adverb before its verb, by a time adverbial fronting the sentence, or by
a past adverb before its verb.  These rules keep such a statement apart; a
headline is never kept apart (it restates the story's act).  Cases:
``tests/unit/test_distinct_acts.py``.

* :func:`added_act` — "BIS also added more than sixty other entities", 中国商务部还发布了…;
* :func:`another_time` — "In May 2024, China blacklisted …", "Previously, Taiwan banned …";
* :func:`earlier_act` — "美国总统特朗普之前已经签署了制裁…的政令", "Japan previously imposed …";
* :func:`past_statement` — the ``past`` flag of a statement: "had banned", "last year", 此前, 去年, but not a past
  marker opening a relative clause on the object of 将 / 把 (将此前实施临时管制的…物项纳入清单): that dates the
  object, not the act.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from policykg.extract.event_cues import PAST

if TYPE_CHECKING:
    from policykg.extract.merge import Candidate

# an additive adverb right before the act's verb ("BIS also added", "OFAC is also imposing", 还发布了, 再次加征), not
# one of a speech verb ("It is also stressed in the document that …") nor one after the act ("further contribute");
# 也 / 又 are left out: "X也…" is mostly another actor doing the same ("too"), not a further act of this one
_ADDITIVE = re.compile(
    r"\b(?:also|additionally|again)\s+(?:(?:is|are|was|were|has|have|had|will|would|be|been|now)\s+){0,2}$"
    r"|(?:还|另|再次?)(?:已经?|将|正|曾)?(?:宣布|决定)?\s*$",
    re.IGNORECASE,
)

_MONTH = r"(?:January|February|March|April|May|June|July|August|September|October|November|December)"
# a time adverbial fronting the sentence: "In May 2024, …", "In late December, …", "Previously, …", 此前…, 早在…;
# a Chinese date (2024年7月4日…) is left out: Chinese leads open with the day of the story's own act
_FRONTED_TIME = re.compile(
    rf"^\W*(?:(?:in|since|by)\s+(?:(?:early|mid|late)[\s-]+)?(?:{_MONTH}(?:\s+(?:last\s+year|(?:19|20)\d\d))?"
    r"|(?:19|20)\d\d)|previously|earlier(?:\s+this\s+(?:year|month))?|last\s+(?:year|month)|in\s+the\s+past)\b"
    r"|^\W*(?:此前|之前|早在|去年|前年)",
    re.IGNORECASE,
)

# a past adverb right before the act's verb: "Taiwan previously banned …", 特朗普之前已经签署了…
_PREVERBAL_PAST = re.compile(
    r"\b(?:previously|earlier)\s+(?:(?:had|has|have|was|were)\s+)?$|(?:之前|此前|早前|先前)(?:已经?|曾经?|就)?\s*$",
    re.IGNORECASE,
)


def distinct(m: Candidate, c: Candidate, text: str) -> bool:
    """Is the later statement (not a headline) another act of the same actor, type and action as ``m``?"""
    if c.title or c.sentence == m.sentence or not text:
        return False
    return added_act(m, c, text) or another_time(m, c, text) or earlier_act(c, text)


def added_act(m: Candidate, c: Candidate, text: str) -> bool:
    """ "OFAC is also imposing sanctions on …", 中国商务部还发布了…: "also" right before the verb of a clause opening
    its sentence adds an act, unless its goods are all among the measure's (a further detail of the same measure)."""
    if c.items and set(c.items) <= set(m.items):
        return False
    return _opens_sentence(c, text) and bool(_ADDITIVE.search(_lead(c, text)))


def _opens_sentence(c: Candidate, text: str) -> bool:
    """Does the statement's clause open its sentence?  "The US will cut its tariffs, while China will also suspend
    …": an "also" of a later clause adds this actor's side to another's act ("too"), not a further act of its own."""
    return not text[c.sentence_span[0] : c.start].strip(" \t\n\"'“‘「(（")


def fronted_time(c: Candidate, text: str) -> str:
    """The time adverbial fronting the statement's sentence, lower-cased ('' if none)."""
    hit = _FRONTED_TIME.match(text[c.sentence_span[0] : c.anchor])
    return hit.group().strip(" ,，").lower() if hit else ""


def another_time(m: Candidate, c: Candidate, text: str) -> bool:
    """ "In May 2024, China blacklisted Lockheed Martin …", "Previously, Taiwan banned the export of microchips": a
    sentence fronted by another time than the measure's sentence states an act of that time, not a restatement."""
    when = fronted_time(c, text)
    return bool(when) and when != fronted_time(m, text)


def earlier_act(c: Candidate, text: str) -> bool:
    """ "美国总统特朗普之前已经签署了制裁中港官员的政令", "Japan previously imposed …": a statement with an actor of its
    own and a past adverb before its verb states an act before the story's."""
    return c.how == "explicit" and bool(_PREVERBAL_PAST.search(_lead(c, text)))


def _lead(c: Candidate, text: str) -> str:
    """The statement's words before its act (a space closes them, as the adverb patterns expect)."""
    return text[c.start : c.anchor].rstrip() + " "


# the object of a disposal construction (将 / 把 …) modified by a relative clause closed by 的: 将此前实施临时管制的…物项
_ZH_RELATIVE = re.compile(r"[^,，。;；、的]{1,14}的")
_DISPOSAL = re.compile(r"(?:将|把)$")


def past_statement(text: str, start: int, end: int) -> bool:
    """Does the clause state a past act ("had banned …", "last year", 此前, 去年)?  A past marker opening a relative
    clause on the object of 将 / 把 (将此前实施临时管制的…物项正式纳入…清单) tells when the object was treated, not when
    this act was taken ("去年实施的出口管制", the measure itself modified, stays past)."""
    for m in PAST.finditer(text, start, end):
        relative = _DISPOSAL.search(text, start, m.start()) and _ZH_RELATIVE.match(text, m.end())
        if not relative:
            return True
    return False
