"""When two statements of the same actor, type and action are two acts, not one restated (pure; used by :mod:`merge`).

:func:`merge._same` merges statements that share a trigger concept: the headline,
the lead and later sentences restate one measure.  The same actor often takes
several acts of one kind in a story (a ban and an earlier ban, a listing and a
further listing), and the later sentence marks its act as another one: by an
additive adverb before its verb, by a time adverbial fronting the sentence, or by
a past adverb before its verb.  These rules keep such a statement apart; a
headline is never kept apart (it restates the story's act).  Cases:
``tests/unit/test_distinct_acts.py``.

* :func:`added_act` — "BIS also added more than sixty other entities", 中国商务部还发布了…, also after a fronted
  time or discourse adjunct ("当天稍早时,中国商务部还发布了…", "On Monday, BIS also added …");
* :func:`another_time` — "In May 2024, China blacklisted …", "Previously, Taiwan banned …";
* :func:`earlier_act` — "美国总统特朗普之前已经签署了制裁…的政令", "Japan previously imposed …";
* :func:`widened_measure` — "… China on Friday expanded its rare earth export controls", 中国上周五决定扩大稀土出口管制:
  widening a measure stated before is an act of its own;
* :func:`coordinated_act` — "blacklisted three defence firms and targeted a congressman", 并对…实施制裁: a second act
  verb coordinated in the same sentence, aimed at other parties, is a second act;
* :func:`dated_modifier` — "expand restrictions announced in May", "the tariffs imposed last month", 去年…发布的出口限制:
  a measure noun modified by a participle of enacting and an earlier time names the earlier act;
* :func:`past_statement` — the ``past`` flag of a statement: "had banned", "last year", 此前, 去年, but not a past
  marker opening a relative clause on the object of 将 / 把 (将此前实施临时管制的…物项纳入清单): that dates the
  object, not the act.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from policykg.extract.event_cues import PAST
from policykg.extract.restatement import GENERIC_CONCEPTS

if TYPE_CHECKING:
    from policykg.extract.merge import Candidate

# an additive adverb right before the act's verb ("BIS also added", "OFAC is also imposing", 还发布了, 再次加征), not
# one of a speech verb ("It is also stressed in the document that …") nor one after the act ("further contribute");
# 也 / 又 are left out: "X也…" is mostly another actor doing the same ("too"), not a further act of this one
_ADDITIVE = re.compile(
    r"\b(?:also|additionally|again)\s+(?:(?:is|are|was|were|has|have|had|will|would|be|been|now)\s+){0,2}$"
    r"|(?:还|另|再次?)(?:已经?|将|正|曾)?(?:宣布|决定)?\s*$"
    # or before a verb of issuing whose object names the act ("also issued two rules tightening …", 还发布了两项…的公告)
    r"|\b(?:also|additionally)\s+(?:issued|published|announced|unveiled|released)\b[^.;:]{0,60}$"
    r"|(?:还|另)(?:发布|公布|宣布|出台|推出)了?[^。；;，,]{0,30}$",
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
    if c.title or not text:
        return False
    if c.sentence == m.sentence:
        return coordinated_act(m, c, text)
    return (
        added_act(m, c, text)
        or another_time(m, c, text)
        or earlier_act(c, text)
        or dated_modifier(m, c, text)
        or widened_measure(m, c, text)
    )


def added_act(m: Candidate, c: Candidate, text: str) -> bool:
    """ "OFAC is also imposing sanctions on …", 中国商务部还发布了…: "also" right before the verb of a clause opening
    its sentence adds an act, unless its goods are all among the measure's (a further detail of the same measure)."""
    if c.items and set(c.items) <= set(m.items):
        return False
    return _opens_sentence(c, text) and bool(_ADDITIVE.search(_lead(c, text)))


def _opens_sentence(c: Candidate, text: str) -> bool:
    """Does the statement's clause open its sentence (after at most a fronted time or discourse adjunct)?  "The US
    will cut its tariffs, while China will also suspend …": an "also" of a later clause adds this actor's side to
    another's act ("too"), not a further act of its own; "当天稍早时,中国商务部还发布了…" opens its sentence."""
    lead = text[c.sentence_span[0] : c.start].strip(" \t\n\"'“‘「(（")
    return not lead or bool(_ADJUNCT.match(lead))


# a fronted adjunct that states no act of its own: a time ("On Monday,", "Earlier that day,", 当天稍早时,, 同日,, 26日,)
# or an additive / sequential discourse marker ("Separately,", "In addition,", 此外,, 另外,, 随后,)
_ADJUNCT = re.compile(
    r"^(?:(?:on|earlier|later|late|early)\b[^,;:]{0,25}|separately|in\s+addition|additionally|furthermore|moreover"
    r"|当天[^,，;；]{0,6}|当日[^,，;；]{0,6}|同日|随后|此外|另外|[^,，;；]{0,4}(?:\d{1,2}日|周[一二三四五六日天])[^,，;；]{0,4})"
    r"\s*[,，]$",
    re.IGNORECASE,
)


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


_MEASURE_NOUN = (
    r"(?:restrictions?|tariffs?|duties|duty|levies|levy|controls?|sanctions?|bans?|embargo(?:es)?|measures?|rules?"
    r"|curbs?|quotas?|probes?|investigations?|limits?)"
)
_ENACTED = r"(?:announced|imposed|introduced|issued|adopted|placed|implemented|enacted|unveiled|levied|launched|put\s+in\s+place)"
_EARLIER = (
    r"(?:in\s+(?:(?:early|mid|late)[\s-]+)?(?:January|February|March|April|May|June|July|August|September|October"
    r"|November|December|(?:19|20)\d\d)|last\s+(?:year|month|week)|earlier\s+this\s+(?:year|month)|a\s+year\s+ago)"
)
# "restrictions announced in May", "tariffs that were imposed last month", 去年…发布的出口限制, 原本…实施的10%关税
_DATED_MODIFIER = re.compile(
    rf"\b{_MEASURE_NOUN}[\"”’']?\s+(?:(?:that|which)\s+(?:was|were|had\s+been|have\s+been)\s+)?{_ENACTED}\s+"
    rf"(?:(?:by|on)\s+[^,.;]{{0,40}}?\s+)?({_EARLIER})\b"
    r"|(去年|前年|上月|此前|早前|先前|原本|原先)[^。；;，,]{0,20}(?:实施|发布|宣布|出台|加征|实行|采取)的",
    re.IGNORECASE,
)


def dated_modifier(m: Candidate, c: Candidate, text: str) -> bool:
    """ "The department's actions expand restrictions announced in May", "Trump's tariffs announced last month",
    去年美国单方面发布的出口限制: a measure noun modified by a participle of enacting and an earlier time than the
    measure's names that earlier act (unless the measure's own clause is of the same time)."""
    hit = _DATED_MODIFIER.search(text[c.start : c.end])
    if hit is None:
        return False
    when = (hit.group(1) or hit.group(2)).lower()
    return when not in text[m.start : m.end].lower()


# a second act verb coordinated with the first: "… and targeted …", "… and later lifted …", 并对…, 随后又…
_COORDINATED_VERB = re.compile(
    r"\b(?:and|but)\s+(?:(?:later|then|also|subsequently|further)\s+)?(?:(?!effectively\b)[a-z]{3,}ed\b[^,;]{0,40})?$"
    r"|(?:(?<!合)并(?!购|非|不)|随后又?|之后又?|同时还?)[^，,；;。]{0,30}$",
    re.IGNORECASE,
)


def coordinated_act(m: Candidate, c: Candidate, text: str) -> bool:
    """ "In May China blacklisted three defence firms and targeted a congressman", 商务部将3家企业列入清单,并对…实施制裁:
    a second act verb coordinated in the sentence of the first, naming other parties, is a second act
    (the contract's one event per distinct measure), not the first one named twice."""
    if c.anchor <= m.anchor or not _other_scope(m, c):
        return False
    return bool(_COORDINATED_VERB.search(text[m.anchor : c.anchor]))


def _other_scope(m: Candidate, c: Candidate) -> bool:
    """Does the later statement name parties of its own, none of them the measure's?  (Goods are left out: the goods
    a clause mentions are often the purpose of one plan, "nationalise lithium and create a company to make
    batteries".)"""
    return bool(c.targets) and not set(c.targets) & set(m.targets)


# a verb widening a measure already in place: "expanded its export controls", "tightens the ban", 扩大…出口管制
_WIDEN = re.compile(
    r"\b(?:expand\w*|broaden\w*|widen\w*|tighten\w*|escalat\w*|step\w*\s+up)\b|扩大|收紧|升级",
    re.IGNORECASE,
)


def widened_measure(m: Candidate, c: Candidate, text: str) -> bool:
    """ "China restricted rare earth exports in April. … China on Friday expanded its rare earth export controls",
    中国上周五决定扩大稀土出口管制: a widening of the measure is an act of its own, not the measure restated (unless the
    measure's own clause widens it too: the lead and a later sentence on one widening), nor when the measure was only
    named by a generic noun ("Chile's new restrictions were announced …": the widening is what the lead named,
    :func:`policykg.extract.restatement.generic_lead`)."""
    return (
        c.how == "explicit"
        and not m.concepts <= GENERIC_CONCEPTS
        and bool(_WIDEN.search(text[c.start : c.end]))
        and not _WIDEN.search(text[m.start : m.end])
    )


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
