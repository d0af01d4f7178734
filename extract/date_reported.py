"""Reported past acts (pure, named rules): the day someone *said* a past act is no day of that act.

``reported_past``: a past act told with a time of its own, however vague, before the day of the statement
reporting it, takes no day of saying; ``perfect_report``: nor does a present-perfect act; ``vague_past``: a
past act whose clause tells a vague time of its own ("last week", 上周, 去年) takes no day of the sentence
stating it.  The contract: "A reported past act whose only date is the day someone said it has date null"
and month-only or vague times give null."""

from __future__ import annotations

import re
from typing import Any

from policykg.extract.date_clauses import EARLIER
from policykg.extract.date_tense import tense_before

# reported_past: a day of saying ("…, the ministry said on Tuesday", "officials told reporters Monday")
_SAID_DAY = re.compile(
    r"\b(?:said|says|announced|stated|confirmed|told\s+\w+|reported)\s+(?:(?:on|late|early)\s+){0,2}$", re.IGNORECASE
)


def reported_past(text: str, anchor: int, dates: list[Any]) -> list[Any]:
    """``reported_past``: a past act told with a time of its own, however vague, before the day of the
    statement reporting it ("China imposed curbs on gallium in July, the ministry said on Tuesday";
    "… earlier, officials said Monday") is no act of that day: the contract dates a reported past act
    by its own time (null for a month or a year), never by the day someone said it.  Returns
    ``dates`` without such days of saying; a future act keeps them ("will impose curbs in July, the
    ministry said on Tuesday": announcing it is the act)."""
    if _PERFECT.search(text, max(0, anchor - 40), anchor):  # perfect_report: "has banned …, the minister said Monday"
        return [d for d in dates if not (d.kind == "point" and d.date and d.start > anchor and _report_day(text, d))]
    own = [d.start for d in dates if d.start > anchor and d.kind in ("point", "year") and not d.date]
    own += [m.start() for m in EARLIER.finditer(text, anchor, anchor + 160)]
    own = [o for o in own if tense_before(text, max(0, anchor - 40), o) == "past"]
    if not own:
        return dates
    return [d for d in dates if not (d.kind == "point" and d.date and d.start > min(own) and _said_day(text, d))]


# a vague past time of the act's own (not "earlier in the day", "the day before": days counted from a day)
_VAGUE = re.compile(
    r"\b(?:last\s+(?:week|month|year)|earlier\s+this\s+(?:week|month|year)|previously|formerly|back\s+in)\b"
    r"|上周(?![一二三四五六日天])|上星期(?![一二三四五六日天])|上个?月|去年|前年|此前|早前|先前",
    re.IGNORECASE,
)


def vague_past(text: str, span: tuple[int, int], verb: tuple[int, int], dates: list[Any]) -> list[Any]:
    """``vague_past``: a past act whose clause ``text[span[0]:span[1]]`` tells a vague time of its own
    (:func:`own_vague`: "China imposed curbs on gallium last week", 中国上周对镓实施了出口管制, 去年美国发布的限制;
    each word a time already past) takes no day of the sentence stating it ("The ministry said on Monday
    that …", 商务部周一表示，…): the contract dates a reported past act by its own time, and a vague one gives
    null.  Returns ``dates`` without the days outside the clause or of saying in it ("said on Monday that …")."""
    if not own_vague(text, span, verb):
        return dates
    return [d for d in dates if span[0] <= d.start < span[1] and not _said_day(text, d)]


# a verb or relative word between the act's verb and a later time: the time is another verb's
# ("would lift the controls imposed last year", "lifted the curbs it imposed last year")
_OTHER_VERB = re.compile(r"\b(?:\w+ed|that|which|who|it|they)\b", re.IGNORECASE)


def own_vague(text: str, span: tuple[int, int], verb: tuple[int, int]) -> bool:
    """Is a vague past time in ``span`` the act's own: fronted in the act's clause (中国上周对镓实施了, 去年美国发布的,
    "Earlier this month, China imposed"), or after its verb with no other verb between ("imposed curbs on
    gallium last week"; not "would lift the controls imposed last year", not 取消此前对镓实施的管制: there the
    time is the earlier act's)?"""
    for m in _VAGUE.finditer(text, span[0], span[1]):
        if m.start() < verb[0]:
            return not re.search(r"[,，;；]", text[m.end() : verb[0]])
        if re.match(r"[A-Za-z]", m.group()) and not _OTHER_VERB.search(text, verb[1], m.start()):
            return True
    return False


# perfect_report: the act's verb in the present perfect, "has banned", "have also agreed", "has imposed a ban"
_PERFECT = re.compile(r"\b(?:has|have)\s+(?:[\w-]+\s+){0,3}$", re.IGNORECASE)


# a verb of reporting, not of announcing: "said", "told reporters", "reported", "confirmed"
_REPORT_DAY = re.compile(
    r"\b(?:said|says|confirmed|told\s+\w+|reported|added)\s+(?:(?:on|late|early)\s+){0,2}$", re.IGNORECASE
)


def _report_day(text: str, d: Any) -> bool:
    return bool(_REPORT_DAY.search(text, max(0, d.start - 40), d.start))


def _said_day(text: str, d: Any) -> bool:
    return bool(_SAID_DAY.search(text, max(0, d.start - 40), d.start))


# reaction_day: a verb of reacting to a measure another party took, then the measure's noun phrase
_REACTION_EN = re.compile(
    r"\b(?:condemn|criticis|criticiz|denounc|protest|oppos|slam|blast|decr[iy]|lambast|deplor|welcom|hail|"
    r"respond\w*\s+to|react\w*\s+to|hit\s+(?:back\s+)?at|complain\w*\s+(?:about|of)|object\w*\s+to|"
    r"(?:express|voic)\w*\s+(?:\w+\s+){0,2}(?:concerns?|dissatisfaction|opposition|regret|disappointment|anger)\s+"
    r"(?:about|over|at|with|to|against))\w*",
    re.IGNORECASE,
)
# 谴责 / 批评 / 回应 … the measure; 对 / 针对 / 就 … the measure …表示不满 (the predicate after it)
_REACTION_ZH = re.compile(r"(?:谴责|批评|抗议|抨击|指责|回应|反对|欢迎)[^，,。；;：:]{0,40}$")
_ABOUT_ZH = re.compile(r"(?:对|针对|就|对于|對|針對|對於)[^，,。；;：:]{0,40}$")
_REACTED_ZH = re.compile(
    r"[^，,。；;]{0,40}?(?:不满|不滿|关切|關切|遗憾|遺憾|反对|反對|担忧|擔憂|谴责|譴責|抗议|抗議|失望|欢迎|歡迎|批评|批評|"
    r"回应|回應|质疑|質疑|不安|愤慨|憤慨|交涉)"
)
# the measure is the means of the reaction, not its object: "responded to the tariffs by imposing …"
_MEANS = re.compile(r"\b(?:by|and|with)\b|[,;]", re.IGNORECASE)


def reaction_day(text: str, hit: tuple[int, int], dates: list[Any]) -> list[Any]:
    """``reaction_day``: a measure named as the object of another party's reaction ("China on Sunday
    criticised the Dutch decision to expand export controls", "South Korea on Monday condemned Japan's
    export controls", 中国商务部8日发布声明,针对荷兰政府扩大出口管制的决定表示不满, 中方周一谴责美方加征关税)
    takes no day of the reaction: the day dates the condemnation, not the act, which the contract dates by
    its own day (else null).  Returns ``dates`` without the days before such a reaction."""
    return [d for d in dates if not (d.kind == "point" and d.end <= hit[0] and reacted(text, d.end, hit))]


def reacted(text: str, after: int, hit: tuple[int, int]) -> bool:
    """Does a verb of reacting stand between ``after`` (a day's end, or the clause's start) and the
    measure at ``hit``, with the measure its object?  Such a measure is no act of the news: the news
    is the reaction (``date_clauses.is_news`` gives it no news day)."""
    gap = text[after : hit[0]]
    verbs = list(_REACTION_EN.finditer(gap))
    if verbs and len(gap) - verbs[-1].end() <= 60 and not _MEANS.search(gap, verbs[-1].end()):
        return True
    if _REACTION_ZH.search(gap):
        return True
    return bool(_ABOUT_ZH.search(gap) and _REACTED_ZH.match(text, hit[1]))
