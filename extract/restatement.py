"""When two statements of the same measure disagree on the day (pure; used by :mod:`merge`).

Headline, lead and later sentences restate one measure, and a restatement often
carries a day that is not the act's own: the day of the press conference that
repeats it, a day borrowed from a neighbouring sentence, or the day the measure
takes effect (the contract keeps one event per measure, dated by the act).  Two
days still separate two acts when each statement names its own day for its own
act ("a provisional duty imposed on May 17, 2016 … the definitive duty was
imposed on February 17, 2017").  Cases: ``tests/unit/test_restatement.py``.

* :func:`restated_day` — a statement with no actor of its own (it refers back or
  inherits the subject) on the same items, whose day is not its act's own (not in
  its clause, or the day someone said it), restates the measure: its day does not
  make it another act;
* :func:`effect_of_measure` — "The control measures take effect on Dec. 1": a
  generic measure noun taking effect states when the measure named before
  applies, not a new act;
* :func:`effect_predicate` — "Collection of tariffs on the list will start September 24", "The tariff increase
  took effect …", 关税于…起生效: the measure noun is the subject of a verb of taking effect, so the statement
  says when the measure applies (``Candidate.effect``), even when its trigger has no action of its own;
* :func:`rate_schedule` — "其他公司则被征收62.4%保证金": a firm group's rate line with no actor of its own is
  a line of the duty's schedule; its number does not make it another duty;
* :func:`effect_of_prior_act` (a veto of :mod:`event_rules`) — "This action bans the
  export of dual-use items to these entities", 此举禁止…: a clause whose subject names
  the act just stated tells what that act does; it is no new act.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from policykg.extract.merge import Candidate

# the day of a speech verb, not of the act ("said on Tuesday that …", "on Tuesday told reporters");
# "announced" / 宣布 / 发布 are the act itself (labelling conventions), so they are not here
_SAID_ON = re.compile(
    r"\b(?:said|says|stated|confirmed|told|added|noted|explained)\s+(?:on\s+|late\s+|early\s+)?$", re.I
)
_SAID_THAT = re.compile(
    r"^\W{0,3}(?:it\s+|that\s+)?(?:said|says|stated|confirmed|told|added|noted)\b|^\s*(?:表示|称|指出)"
)

# measure nouns that name no kind of measure of their own: they refer to the measure stated before
GENERIC_CONCEPTS = frozenset({"measure", "ban", "restriction"})


def own_day(c: Candidate, text: str) -> bool:
    """Is the candidate's day its act's own: written inside its clause, and not the day someone said it
    ("said on Tuesday that the suspension …")?  A day borrowed from a neighbour (set by a later rule) is not."""
    start, end = c.day_span
    if c.date_rank != 4 or not c.start <= start < c.end:
        return False
    return not (_SAID_ON.search(text[max(c.start, start - 24) : start]) or _SAID_THAT.match(text[end : end + 16]))


# report_day: a verb of reporting right after the day ("海关总署昨天通报", "officials on Tuesday confirmed")
_REPORTED_AFTER = re.compile(r"^\s*(?:通报|表示|称|指出|透露|证实|证实称)|^\s+(?:said|confirmed|told|reported)\b", re.I)


def report_day(c: Candidate, text: str) -> bool:
    """``report_day``: is the candidate's day the day its act was reported ("海关总署昨天通报,暂停……", "…, the
    ministry said on Tuesday"), not the day of the act?  Such a day yields to an earlier day a restatement of
    the same measure gives the act itself (the act precedes its report)."""
    start, end = c.day_span
    if c.date_rank != 4 or start < 0:
        return False
    return bool(_SAID_ON.search(text[max(0, start - 24) : start]) or _REPORTED_AFTER.match(text[end : end + 16]))


def later_report(m: Candidate, c: Candidate, text: str) -> bool:
    """``later_report``: a later statement naming its actor (经济部昨天表示，被美商务部列入实体清单的包括…) whose
    day is only the day it was reported restates the act: its day yields to the act's earlier one
    (``restated_day`` covers a statement with no actor of its own)."""
    later = bool(c.date and m.date and c.date > m.date)
    return c.how == "explicit" and later and report_day(c, text)


def restated_day(m: Candidate, c: Candidate, text: str) -> bool:
    """ "Beijing halted beef imports on Monday. … It also said the suspension of beef imports …": the later
    statement has no actor of its own and its day is not its clause's, so the days do not conflict."""
    return (
        c.how in ("inherited", "referent")
        and not own_day(c, text)
        and bool(m.concepts & c.concepts)
        and (not c.items or bool(set(c.items) & set(m.items)))
    )


# a verb of taking effect whose subject is the measure noun before it: "took effect", "come into force",
# "will start / begin (on) <day>", "kicks in", 生效 / 起施行; not "started an investigation" (an object follows)
_EFFECT_PREDICATE = re.compile(
    r"^(?:(?!\b(?:that|which)\b)[^,;.，。；]){0,60}?\b(?:(?:will|would|is\s+to|are\s+to)\s+)?(?:(?:take|takes|took|taking|taken|go|goes|went|gone|"
    r"come|comes|came|coming|enter\w*)\s+(?:into\s+)?(?:effect|force)|kick(?:s|ed)?\s+in|"
    r"(?:start|starts|started|begin|begins|began)(?=\s+(?:on\s+|from\s+)?(?:\d|today|tomorrow|Monday|Tuesday|"
    r"Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|"
    r"October|November|December|Jan\.|Feb\.|Aug\.|Sept?\.|Oct\.|Nov\.|Dec\.)))\b"
    r"|^[^,;，。；]{0,30}?(?:起|开始)?(?:正式)?生效",
    re.IGNORECASE,
)


def effect_predicate(text: str, trigger_end: int, clause_end: int) -> bool:
    """ "Collection of tariffs on the list will start September 24", "The tariff increase took effect even after
    …": the measure noun is the subject of a verb of taking effect (an object after "start" makes it an act,
    "started an investigation"), so the statement gives when the measure stated before applies."""
    return bool(_EFFECT_PREDICATE.match(text[trigger_end:clause_end]))


def referent_effect(m: Candidate, c: Candidate) -> bool:
    """ "Collection of tariffs … will start September 24 but the rate will increase to 25 percent": a statement of
    when a measure stated before applies, with no actor of its own and no other goods, gives its schedule; its number
    is no other measure."""
    return c.effect and c.how == "referent" and not _other_goods(m, c)


def _other_goods(m: Candidate, c: Candidate) -> bool:
    """Do both statements name goods, and none in common ("a 25% surtax on steel took effect" after the EV surtax)?"""
    return bool(m.items and c.items and not set(m.items) & set(c.items))


def generic_lead(m: Candidate, c: Candidate) -> bool:
    """ "中国的反制措施也继续出台 … 关税税则委员会发布公告,调整…加征关税措施", "Japan tightens restrictions … Japan will tighten
    export controls on 23 items": a state's measure first named only by a generic noun ("measures", "restrictions",
    its owner named in its own clause) is the
    one a later statement of the same state, type and action names specifically, unless that one is marked as a
    further act ("also") or names other goods ("widen restrictions to diesel" is not the gasoline ban)."""
    disjoint = bool(m.items and c.items and not set(m.items) & set(c.items))
    return m.how == "explicit" and m.concepts <= GENERIC_CONCEPTS and not c.also and not c.parallel and not disjoint


def effect_of_measure(m: Candidate, c: Candidate) -> bool:
    """ "The measures take effect on Dec. 1": a generic measure noun's effective day belongs to the
    measure stated before (the same concept, or a generic noun referring back), unless it names other goods."""
    return c.effect and bool(m.concepts & c.concepts or c.concepts <= GENERIC_CONCEPTS) and not _other_goods(m, c)


# "This action bans …", "The move requires …", 此举禁止…: an act noun of the act just stated, as the subject
_ACT_NOUN_SUBJECT = re.compile(
    r"^\W*(?:(?:this|that|the|such|these)\s+(?:latest\s+|new\s+)?(?:[A-Z][\w-]*\s+){0,2}(?:action|move|decision|step|"
    r"listing|designation|actions|moves|decisions|steps|listings|designations)\s+"
    r"|(?:此举|该举措|这一举措|这一决定|该决定|此项决定))",
    re.IGNORECASE,
)
# what the predicate may hold before the act's word: a modal, or the verb of what the act does ("limits SMIC's
# ability … by requiring"), never a word that adds a measure ("The move also restricts …") nor one that relates the
# act to another ("The move follows Washington's decision to add …")
_ADDS = re.compile(
    r"\b(?:also|additionally|further|another|and|follow\w*|comes?|came|after|respon\w*|retaliat\w*|against)\b"
    r"|也|还|并|另|继|后|回应|反制",
    re.IGNORECASE,
)


def effect_of_prior_act(s: Any) -> bool:
    """ "This action bans the export of dual-use items to these entities", "The Entity List designation limits
    SMIC's ability … by requiring U.S. exporters to apply for a license", 此举禁止…: the subject names the act
    stated before ("this action", "the move"), so the clause tells what that act does, not a new act; "The
    move also restricts …" adds a measure and is kept."""
    at = s.action.start if s.action is not None else s.hit.start
    earlier = any(not o.title for o in s.finder.cands)
    subject = _ACT_NOUN_SUBJECT.match(s.text[s.start : at])
    if not earlier or subject is None:
        return False
    predicate = s.text[s.start + subject.end() : at]
    return bool(_MODAL_ONLY.match(predicate) or (_BY_MEANS.search(predicate) and not _ADDS.search(predicate)))


_MODAL_ONLY = re.compile(r"^(?:effectively\s+|will\s+|would\s+)?$|^(?:也|还|将)?$", re.IGNORECASE)
# "limits SMIC's ability to acquire U.S. technology by requiring …": the act's word names how the act works
_BY_MEANS = re.compile(r"\bby\s+$", re.IGNORECASE)


# a group of firms as the subject of a rate line: "other cooperating companies will face 20.7%", 其他公司则被征收
_FIRM_GROUP = re.compile(
    r"\b(?:compan(?:y|ies)|firms?|exporters?|producers?|manufacturers?|makers?)\b"
    r"|公司|企业|出口商|生产商|厂商",
    re.IGNORECASE,
)


def rate_schedule(c: Candidate, text: str) -> bool:
    """ "其他欧盟公司则被征收最高的62.4%保证金", "all other non-cooperating companies will face 35.3%": a line of the rate
    schedule of a duty stated before (no actor of its own, a group of firms as its subject) gives one firm group's
    rate; its number does not make it another measure."""
    return c.type == "TARIFF" and c.how != "explicit" and bool(_FIRM_GROUP.search(text[c.start : c.anchor]))
