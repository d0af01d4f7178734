"""Window ends stated apart from the act (pure, named rules, applied after merging).

``window_statement``: a body sentence that states no act of its own but the end of a measure's
window ("The current duties are valid up to October 20, 2020", "Instead, that will be delayed
until Oct. 15", "The new deadline would be … November 10", 该措施有效期至2026年12月31日) gives that
written end as ``until`` to the nearest extension or suspension stated before it that has none.
Only an extension or a suspension is a window act: an imposition keeps its own window, so
"The tariffs expire on June 30" never ends an earlier, unrelated ban.  A duration ("for 90 days",
为期一年) is no written end and gives nothing (the contract computes no ends).
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import replace
from typing import Any

from policykg.extract.models import EVENT_TYPES, Event
from policykg.extract.sentences import split_sentences

_WINDOW_ACTS = ("extend", "suspend")

# a predicate of a window's end before its date: validity, expiry, staying in force, a delay
_WINDOW_PREDICATE = re.compile(
    r"\b(?:valid(?:ity)?|expir\w*|lapse\w*|(?:remain|stay)\w*\s+in\s+(?:force|effect|place)"
    r"|in\s+(?:force|effect|place)|(?:run|last)\w*|delay\w*|postpone\w*|defer\w*"
    r"|suspend\w*|pause\w*|extend\w*|prolong\w*"
    # more verbs of lasting: "will continue until", "stay on hold until", "applies until", "is effective / good
    # through", "ends March 31"
    r"|continu\w*|on\s+hold|(?:appl(?:y|ies)|effective|good)\s+(?:until|through|till)|ends|ending|(?:will|to)\s+end"
    # effective_window: "is effective / applies / in force from December 1 to March 31"
    r"|(?:effective|applie[sd]|apply|applicable)\s+(?:from|between))\b"
    r"|有效|到期|届满|实施|执行|延长|延期|暂停|推迟|暂缓|适用|豁免|持续",
    re.IGNORECASE,
)
# old_end: the end a window had before the act changed it ("was set to expire on August 12",
# "would have lapsed on", 原定于…到期): no end of the extended window
_OLD_END = re.compile(
    r"\b(?:was|were|had\s+been)\s+(?:set|due|scheduled|slated|supposed)\s+to\s+(?:expire|end|lapse|run\s+out)"
    r"|\bwould\s+have\s+(?:expired|ended|lapsed)|\b(?:original|previous|old|earlier)\s+(?:deadline|expiry)|原定|原本|原计划",
    re.IGNORECASE,
)
# a noun naming a new end, followed by its day: "The new deadline … would be … November 10"
_NEW_END = re.compile(
    r"\b(?:new|revised|extended)\s+(?:deadline|expiry\s+date|expiration\s+date|end\s+date|cut-?off\s+date)\b"
    r"|新的?(?:截止日期|期限|到期日)",
    re.IGNORECASE,
)


def window_statement(events: tuple[Event, ...], text: str, dates: list[Any]) -> tuple[Event, ...]:
    """Give each window end stated in a sentence of no act of its own to the nearest extension
    or suspension before it, when that has no ``until`` yet (and no date after the end)."""
    title_end = text.find("\n") if "\n" in text else len(text)
    out = list(events)
    for lo, hi in split_sentences(text, title_end + 1):
        end = written_end(text, lo, hi, dates)
        if end is None or any(lo <= e.evidence_start < hi for e in events):
            continue
        k = _nearest_window_act(out, lo, end)
        k = k if k is not None else measure_window(out, text, lo, end)
        if k is not None:
            out[k] = replace(out[k], until=end)
    return tuple(out)


_ANY_TYPE = tuple(EVENT_TYPES)

# measure_window: a sentence opening with a definite noun of a measure ("The ban", "These duties", 该禁令, 禁令)
# tells that measure's window; the noun names the types it may refer to
_MEASURE_NOUNS = (
    (r"bans?|embargo(?:es)?|prohibitions?|禁令|禁运|禁止", ("EXPORT_BAN", "IMPORT_RESTRICTION")),
    (r"dut(?:y|ies)|tariffs?|lev(?:y|ies)|关税|反倾销税|反补贴税|保障措施税", ("TARIFF",)),
    (r"controls?|restrictions?|curbs?|licen[cs]e\s+requirements?|管制|限制", ("EXPORT_CONTROL", "IMPORT_RESTRICTION")),
    (r"sanctions?|制裁", ("SANCTION",)),
    # generic_window: a generic noun of an act or a pronoun ("The move", "The measures", "It", 该措施, 该决定, 此举)
    # refers to the act stated just before it, of whatever type
    (
        r"measures?|moves?|decisions?|steps?|orders?|rules?|regulations?|polic(?:y|ies)|suspension|pause|moratorium"
        r"|措施|决定|举措|规定|新规|政策|此举|暂停",
        _ANY_TYPE,
    ),
)
_PRONOUN = re.compile(
    r"^\s*(?:it|they)\s+(?:will|would|is|are|was|were|shall|remains?|stays?|runs?|lasts?|applies|apply)\b",
    re.IGNORECASE,
)
_EN_DEFINITE = r"^\s*(?:the|this|these|those|such)\s+(?:[\w-]+\s+){0,3}?"
_ZH_DEFINITE = r"^\s*(?:该|此|这一?|上述|相关)?[\u4e00-\u9fff]{0,6}?"


def measure_window(events: list[Event], text: str, lo: int, end: str) -> int | None:
    """``measure_window``: index of the nearest act before ``text[lo:]`` of a type its opening definite
    noun names ("India banned onion exports. The ban will remain in place until March 31."; 该禁令有效期至…),
    when that act has no ``until`` and no date after ``end``; else None.  The definite noun ties the
    window to that measure, so an imposition takes it (an undetermined "Tariffs expire on June 30" does not)."""
    types = _named_types(text, lo)
    acts = [k for k, e in enumerate(events) if e.evidence_start < lo and e.type in types and e.action != "lift"]
    if not acts:
        return None
    k = max(acts, key=lambda k: events[k].evidence_start)
    e = events[k]
    return None if e.until or (e.date and e.date > end) else k


def _named_types(text: str, lo: int) -> tuple[str, ...]:
    """The event types the definite measure noun opening the sentence at ``lo`` may refer to."""
    head = text[lo : lo + 60]
    if _PRONOUN.match(head):
        return _ANY_TYPE
    for nouns, types in _MEASURE_NOUNS:
        if re.match(rf"{_EN_DEFINITE}(?:{nouns})\b", head, re.IGNORECASE) or re.match(
            rf"{_ZH_DEFINITE}(?:{nouns})", head
        ):
            return types
    return ()


_AFTER = 4  # characters after the day where a Chinese predicate of expiring stands (将于2026年3月31日到期)


def written_end(text: str, lo: int, hi: int, dates: list[Any]) -> str | None:
    """The window end the sentence ``text[lo:hi]`` writes: an ``until`` date after a window
    predicate ("are valid up to …", "will be delayed until …", 有效期至…), or the day after a
    new-end noun ("the new deadline would be … November 10"); else None.  ``old_end``: not the end
    the window had before the act ("The truce was set to expire on August 12", 原定于…到期).  A Chinese
    predicate of expiring may follow the day (禁令将于2026年3月31日到期)."""
    for d in dates:
        if not (lo <= d.start and d.end <= hi) or _OLD_END.search(text, lo, d.end):
            continue
        if d.kind == "until" and d.until and _WINDOW_PREDICATE.search(text, lo, min(hi, d.end + _AFTER)):
            return str(d.until)
        if d.kind == "point" and d.date and _NEW_END.search(text, lo, d.start):
            return str(d.date)
    return None


def _nearest_window_act(events: list[Event], before: int, end: str) -> int | None:
    """Index of the last extension or suspension stated before offset ``before``, when it has no
    ``until`` and no date after ``end`` (a nearer act with its own end is the one meant), else None."""
    acts = [k for k, e in enumerate(events) if e.evidence_start < before and e.action in _WINDOW_ACTS]
    if not acts:
        return None
    k = max(acts, key=lambda k: events[k].evidence_start)
    e = events[k]
    return None if e.until or (e.date and e.date > end) else k


# --- duration_window: a written end that completes the act's stated duration --------------------------

_SLACK_DAYS, _SLACK_SHARE = 3, 0.02  # a month counts 30 days and a year 365: the written end may differ a little


def duration_window(events: tuple[Event, ...], text: str, dates: list[Any], published: Any) -> tuple[Event, ...]:
    """``duration_window``: an act whose sentence states a duration ("for 150 days", 为期180天) and
    no written end takes a window end written elsewhere in the article ("The duties will remain in
    force until April 24") when that end completes the duration from the act's date, a start date of
    its sentence or the publication day: the end is then written, as the contract requires, and the
    arithmetic ties it to this act and no other."""
    title_end = text.find("\n") if "\n" in text else len(text)
    sentences = split_sentences(text, 0)
    ends = sorted({str(d.until) for d in dates if d.kind == "until" and d.until and d.start > title_end})
    out = list(events)
    for k, e in enumerate(out):
        if e.until or e.evidence_start < title_end:
            continue
        lo, hi = next(((a, b) for a, b in sentences if a <= e.evidence_start < b), (e.evidence_start, e.evidence_end))
        spans = [d for d in dates if lo <= d.start < hi and d.kind == "duration" and d.days]
        if len(spans) != 1:
            continue
        starts = {e.date, *(d.date for d in dates if lo <= d.start < hi and d.kind == "start"), _iso(published)}
        end = next((x for x in ends if any(_completes(s, spans[0].days, x) for s in starts if s)), None)
        if end is not None:
            out[k] = replace(e, until=end)
    return tuple(out)


def _iso(day: Any) -> str | None:
    return day.isoformat() if day is not None else None


def _completes(start: str, days: int, end: str) -> bool:
    """Does ``end`` lie ``days`` after ``start``, give or take the slack of calendar months and years?"""
    gap = (dt.date.fromisoformat(end) - dt.date.fromisoformat(start)).days
    return abs(gap - days) <= _SLACK_DAYS + _SLACK_SHARE * days
