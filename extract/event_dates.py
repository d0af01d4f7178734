"""Dates an event takes from outside its own clause (pure, named rules applied after all candidates).

The mentions an event may take its date from are :func:`usable_dates` (``date_usable.py``,
re-exported here): the date finder's mentions, plus Chinese day-only dates (商务部3日发布公告),
minus datelines and dates of a legal basis."""

from __future__ import annotations

import re
from typing import Any

from policykg.extract.date_clauses import EARLIER, fronted_start, trailing_statement
from policykg.extract.date_reported import own_vague, reported_past
from policykg.extract.date_subordinate import fronted_subordinate, time_clause
from policykg.extract.date_usable import (  # noqa: F401 (re-exported)
    DayOnly,
    anchored_days,
    city_dateline,
    day_only,
    dispatch_day,
    is_dateline,
    notice_day,
    shifted_from,
    usable_dates,
)

# --- dates stated outside the act's own clause (named rules, applied after all candidates) ---------

# "…列入实体清单,17日起生效" / "…采取反制措施,即日起实施": the window's start, followed by its verb
_EFFECT_AFTER = re.compile(r"\s*(?:零时|零点)?\s*起?\s*(?:正式)?(?:生效|施行|实施|执行)")
# "…, effective Oct. 17" / "…, which take effect on March 23" / "came into force on"
_EFFECT_BEFORE = re.compile(
    r"\b(?:effective|(?:take|takes|took|taking)\s+effect|(?:come|comes|came|coming|enter|enters|entered|entering)"
    r"\s+into\s+force|(?:kick|kicks|kicked|kicking)\s+in"
    r"|(?:go|goes|went|going)\s+into\s+effect|with\s+effect)\s+(?:on\s+|from\s+)?$",
    re.IGNORECASE,
)
# "Federal officials made the announcement on Monday", "The extension was announced on Saturday"
_ANNOUNCEMENT = re.compile(
    r"\b(?:made|make|makes|making)\s+the\s+announcement\b|\b(?:was|were|had\s+been|has\s+been)\s+"
    r"(?:announced|unveiled|made\s+public)\b|\bthe\s+announcement\s+(?:came|was\s+made)\b"
    # issued_act: an act noun and a verb of issuing it, "The decision came out on Monday", "the order was signed on"
    r"|\bthe\s+(?:decision|measure|order|decree|resolution|ruling|notice|regulation)s?\s+"
    r"(?:came\s+out|(?:was|were|had\s+been|has\s+been)\s+(?:taken|made|issued|signed|adopted|published|released))\b"
    # dated_announcement: the announcement noun and its day, "The announcement on Monday came after …", "Monday's
    # announcement", "made the decision on Monday", 该决定于周一公布
    r"|\b(?:announcement|decision)\s+(?:on|late\s+on|early\s+on)\s+(?=\w+day\b|[A-Z][a-z]{2,8}\.?\s+\d)"
    r"|\b\w+day's\s+(?:announcement|decision)\b|\bmade\s+the\s+decision\b"
    # dated_instrument: a participle dating the instrument, "Dated June 20, EO No. 62 contained …"
    r"|\bdated\s+(?:on\s+)?(?=[A-Z][a-z]{2,8}\.?\s+\d|\d{1,2}\s+[A-Z][a-z])"
    r"|(?:决定|公告|措施|通知|消息)[^，,。]{0,14}(?:公布|发布|宣布|作出|出台)"
    # the verb before a demonstrative noun of the act: 宣布了这一决定, 发布了该公告, 作出上述决定
    r"|(?:公布|发布|宣布|作出|出台)了?(?:这一|这项|这个|该|此项?|上述)(?:决定|措施|禁令|公告|通知|消息)"
    # issued_notice: a verb of issuing before the notice noun, 商务部发布年度第34号公告, 海关总署发布公告, 發布公告
    r"|(?:发布|發布|公布|公佈|印发|印發|发出|發出)了?[^，,。；;]{0,12}?(?:公告|通知|通告)",
    re.IGNORECASE,
)
_ANNOUNCED_BEFORE, _ANNOUNCED_AFTER = 3, 2  # sentences around an announcement sentence that it dates


def effective_clause(text: str, cand: Any, dates: list[Any], claimed: list[tuple[int, int]]) -> Any | None:
    """An undated act takes the effective date stated in a later clause of its own sentence that
    states no act of its own ("美国商务部将华为列入实体清单,禁止……,17日起生效": 2019-05-17;
    "…added the firms to the list, effective immediately"; ``later_window``: the start of a window
    stated in a later clause, "…，有效期为2025年12月1日至2026年11月30日"): the contract's "else its stated
    effective date"."""
    lo, hi = cand.anchor, cand.sentence_span[1]  # shared_effect: also a closing adjunct of the act's own clause
    for d in dates:
        if not (lo <= d.start < hi + 2 and d.date) or any(a <= d.start < b for a, b in claimed):
            continue
        if time_clause(text, lo, d.start, d.end):
            continue  # "…, days after the rule took effect on Nov. 3": another verb's time
        after = d.kind == "start" and _EFFECT_AFTER.match(text, d.end)
        before = _EFFECT_BEFORE.search(text[max(lo, d.start - 30) : d.start]) or d.text.lower().startswith("effective")
        window = d.kind == "until" and d.until and not examined(text, d)  # later_window: "…，有效期为12月1日至…"
        window = window and d.start >= cand.end  # (a later clause's window only)
        if after or before or window:
            return d
    return None


def announcement_day(text: str, span: tuple[int, int], dates: list[Any]) -> Any | None:
    """The day of a sentence that only dates an announcement stated around it ("Federal officials
    made the announcement on Monday"; "The extension was announced on Saturday"), else None."""
    if not _ANNOUNCEMENT.search(text, span[0], span[1]):
        return None
    return next((d for d in dates if span[0] <= d.start < span[1] and d.kind == "point" and d.date), None)


_FRONTED_END = re.compile(r"\s*[,，]")
# what may open the sentence before its fronted day: nothing, or a time-of-day modifier ("Late on Thursday,")
_OPENING_MODIFIER = re.compile(r"(?:(?:late|early|earlier|later)(?:\s+in\s+the\s+day)?)?", re.IGNORECASE)


def fronted_day(text: str, cand: Any, cands: list[Any], dates: list[Any]) -> Any | None:
    """The day a sentence opens with, set off by a comma before its first act ("On April 24,
    South Korea published a notice restoring Japan to its list"): a fronted time adverbial
    dates every clause of the sentence; a day elsewhere in it ("the level he promised when he
    revealed the plan March 1") dates only its own clause."""
    lo = cand.sentence_span[0]
    first = min(o.anchor for o in cands if o.sentence == cand.sentence)
    for d in dates:
        opening = (
            lo <= d.start and d.end <= first and _OPENING_MODIFIER.fullmatch(text[lo : d.start].strip(" \t\"“”'‘"))
        )
        if opening and d.kind == "point" and d.date and _FRONTED_END.match(text, d.end):
            return d
    return None


_NEWS_REACH = 3  # sentences after a dated act that its day may date


def news_day(text: str, cands: list[Any], open_: list[Any], dates: list[Any]) -> None:
    """``news_day``: an undated act of current news takes the day of the nearest act before it,
    at most three sentences back, of the same main actor and dated by a day of its own ("The
    United States on Monday announced restrictions … The measures … A total of 140 companies
    were added to the Entity List"): the parts of one announcement share its day.  Not for a
    clause with a time of its own ("in May", "back in January", 此前, 在……后) or a petition."""
    for c in open_:
        if c.date or not c.actors or c.action == "request" or EARLIER.search(text, c.start, c.end):
            continue
        if any(c.start <= d.start < c.end for d in dates):  # its own time, however vague ("in May")
            continue
        before = [
            o
            for o in cands
            if o.date_rank == 4
            and o.actors[:1] == c.actors[:1]
            and not o.title
            and c.sentence - _NEWS_REACH <= o.sentence < c.sentence
        ]
        if before:
            c.date, c.date_rank = before[-1].date, 1
            c.date_by = "news_day"


_AFTER_SIGNATURE = re.compile(r"\s*(?:[(（][^)）\n]{0,60}[)）])?\s*")  # a credit line may follow
_SIGNER_LINE = re.compile(r"\n[^\n。.!?！？，,]{2,30}\n[ \t]*$")


def signature_day(text: str, cands: list[Any], dates: list[Any]) -> None:
    """``signature_day``: a notice signed at its end ("…\n国务院关税税则委员会\n2022年11月25日") is
    dated by its signature: the notice's acts take that day over a stated start or effective date
    ("自2022年6月13日起暂停…" signed 2022年6月10日 is dated the 10th), as the contract dates an act by
    the day it is made, its effective date only when no such day is written."""
    last = dates[-1] if dates else None
    if last is None or last.kind != "point" or not last.date or not _AFTER_SIGNATURE.fullmatch(text, last.end):
        return
    if not _SIGNER_LINE.search(text, 0, last.start):
        return
    for c in cands:
        if c.date_rank < 4 and not c.past and not c.subordinate and not c.year:
            c.date, c.date_rank = last.date, 4
            c.date_by = "signature_day"


def subject_day(cand: Any, cands: list[Any]) -> str | None:
    """``subject_day``: the day standing between the subject and the verb of an earlier act of the
    sentence ("Brazil's government on Tuesday decided to impose import quotas … and a 25% tax on
    them", "The ministry on Monday added 20 firms … and banned exports of …") dates the later acts of
    the same main actor that have no day of their own: the day governs the whole predicate.  A day
    after the earlier act's verb ("the level he promised when he revealed the plan March 1") is no
    such day, and dates only its own clause."""
    before = [
        o
        for o in cands
        if o.sentence == cand.sentence
        and o.anchor < cand.anchor
        and o.date
        and o.date_rank == 4
        and o.actors[:1] == cand.actors[:1]
        and cand.sentence_span[0] <= o.day_span[0]
        and o.day_span[1] <= o.anchor
    ]
    return str(before[-1].date) if before else None


# examined_period: the period an investigation examines (倾销调查期为X至Y, "the investigation period covers …")
_EXAMINED = re.compile(
    r"(?:调查期|审查期|评估期|调查期间|审查期间|investigation\s+period|period\s+of\s+investigation|review\s+period)"
    r"[^，,。；;]{0,12}$",
    re.IGNORECASE,
)


def examined(text: str, d: Any) -> bool:
    """``examined_period``: is the window ``d`` the period an investigation examines, not a window of the act?"""
    return bool(_EXAMINED.search(text, max(0, d.start - 30), d.start))


def window_after(text: str, cand: Any, cands: list[Any], dates: list[Any]) -> str | None:
    """``window_after``: the end of a window stated later in the act's sentence, past coordinated
    parts of the same measure only ("will suspend 25 percent tariffs on 144 items and 5 percent
    tariffs on 67 items between Jan. 1 and March 31": both parts end March 31), else None."""
    hi = cand.sentence_span[1]
    window = next(
        (d for d in dates if d.kind == "until" and d.until and cand.anchor < d.start < hi and not examined(text, d)),
        None,
    )
    if window is None:
        return None
    between = [o for o in cands if o.sentence == cand.sentence and cand.anchor < o.anchor < window.start]
    if any((o.type, o.action) != (cand.type, cand.action) for o in between):
        return None
    return str(window.until)


_EXPIRY_CUE = re.compile(r"\b(?:expire[sd]?|expiring|lapse[sd]?|lapsing)\b", re.IGNORECASE)


def expiry_lift(text: str, cand: Any, dates: list[Any]) -> Any | None:
    """``expiry_lift``: a lift told as letting the measure run out ("The EU allowed the ban to expire on
    Friday", "let the waiver lapse on Sept. 15") is dated by the day it runs out: the end of the measure
    is the act, not a window of it (so no ``until``).  Returns that mention, else None."""
    if cand.action != "lift" or cand.date or not cand.until:
        return None
    lo, hi = cand.sentence_span
    return next((d for d in dates if lo <= d.start < hi and d.until == cand.until and _EXPIRY_CUE.match(d.text)), None)


# a day of stating: "said on Thursday", "announced Thursday"; 星期四(2月29日)在官方频道说, 周四表示
_STATED_BEFORE = re.compile(r"\b(?:said|announced|stated|told\s+\w+)\s+(?:on\s+|late\s+|early\s+)?$", re.IGNORECASE)
_STATED_AFTER = re.compile(r"^[^，,。；;]{0,24}?(?:说|表示|宣布|称|公布|发布)|^\s+(?:said|announced)\b")


def announced_next(text: str, cands: list[Any], sentences: list[Any], dates: list[Any], busy: set[int]) -> None:
    """``announced_next``: a sentence of no act of its own that gives the day a statement was made
    ("The government said on Thursday the decision aims to …", 俄罗斯政府星期四(2月29日)在官方频道说) dates
    the acts of the sentence before it that have only a start date ("will ban exports from March 1"):
    announcing the measure is the act, its start only its effective date."""
    for n, sent in enumerate(sentences):
        if n == 0 or sent.title or n in busy:
            continue
        lo, hi = sent.span
        day = next(
            (
                d
                for d in dates
                if lo <= d.start < hi
                and d.kind == "point"
                and d.date
                and (
                    _STATED_BEFORE.search(text, max(lo, d.start - 24), d.start) or _STATED_AFTER.match(text[d.end : hi])
                )
            ),
            None,
        )
        if day is None:
            continue
        for c in cands:
            if c.sentence == n - 1 and c.date_rank == 3 and not (c.title or c.past or c.subordinate or c.year):
                c.date, c.date_rank = day.date, 4
                c.date_by = "announced_next"


def _main(text: str, c: Any) -> bool:
    """Is ``c`` a statement of the main clause: not subordinate, or its act follows a fronted subordinate
    phrase closed by a comma (``fronted_clause``: "after concluding an investigation, Mexico's ministry
    established duties")?"""
    return not c.subordinate or fronted_subordinate(text, c.start, c.anchor)


def fill_undated(text: str, cands: list[Any], sentences: list[Any], dates: list[Any]) -> None:
    """Give undated statements a date stated outside their clause (the rules above; and
    ``parallel_provision``: a provision after "；" shares the date of the one before it;
    ``window_before``: a window stated in an earlier clause of the sentence, claimed by no other
    statement, gives its end as ``until``; ``window_after``: so does one closing the sentence).

    Only statements of current news (not past, not a background or a headline, no year of their
    own) are filled; the title takes its date by merging with the body statement it restates.
    """
    open_ = [c for c in cands if not c.date and not c.title and not c.past and not c.year and _main(text, c)]
    claimed = [(c.start, c.end) for c in cands]
    for c in open_:
        others = [s for s in claimed if s != (c.start, c.end)]
        d = effective_clause(text, c, dates, others) or fronted_start(text, c, dates, others)
        if d is not None:
            c.date, c.date_rank = d.date, 3
            c.date_by = "effective_clause"
    # trailing_statement: "…, and …, its commerce ministry said on Thursday."; the announcement's day
    # beats a start or deadline of the clause ("could lift the restrictions as of May 1, the watchdog
    # announced Friday"): announcing the measure is the act, its start only its effective date
    for c in cands:
        if c.date_rank < 4 and not (c.title or c.past or c.year or c.subordinate):
            d = trailing_statement(text, c, reported_past(text, c.anchor, dates))
            if d is not None:
                c.date, c.date_rank = d.date, 4
                c.date_by = "trailing_statement"
    for c in open_:  # fronted_day: "On April 24, Seoul published a notice restoring Tokyo to its list"
        if not c.date and c.action != "request":  # a petition ("应X申请", "at the request of") came before
            d = fronted_day(text, c, cands, dates)
            if d is not None:
                c.date, c.date_rank = d.date, 4
                c.date_by = "fronted_day"
    for i, c in enumerate(cands):  # parallel_provision: "…即日起不予许可…；对石墨…实施更严格的审查"
        before = next((o for o in reversed(cands[:i]) if o.sentence == c.sentence and o.date), None)
        parallel = before is not None and (c.parallel or re.search("[;；]", text[before.end : c.start]))
        if c in open_ and not c.date and parallel and before is not None:
            c.date, c.date_rank = before.date, before.date_rank
            c.date_by = "parallel_provision"
    for c in open_:  # subject_day: "Brazil's government on Tuesday decided to impose quotas … and a 25% tax"
        if not c.date and c.action != "request":
            d = subject_day(c, cands)
            if d is not None:
                c.date, c.date_rank = d, 4
                c.date_by = "subject_day"
    for c in cands:  # window_before: "自即日起至2026年11月10日，暂停实施……": the window's own clause
        if c.until or c.title or not _main(text, c) or EARLIER.match(text, c.start):
            continue  # a subordinate clause ("… until March 31 after Washington said …") takes no window before it
        lo = c.sentence_span[0]
        windows = [
            d
            for d in dates
            if d.kind == "until"
            and d.until
            and lo <= d.start < c.start
            and not any(a <= d.start < b for a, b in claimed)
        ]
        if windows:
            c.until = windows[-1].until
            if not c.date and windows[-1].date:
                c.date, c.date_rank = windows[-1].date, 3
                c.date_by = "window_before"
    for c in cands:
        if not c.until and not c.title:
            c.until = window_after(text, c, cands, dates)
    for c in cands:  # expiry_lift: "allowed the ban to expire on Friday"
        d = expiry_lift(text, c, dates)
        if d is not None:
            c.date, c.date_rank, c.until = d.until, 3, None
            c.date_by = "expiry_lift"
    news_day(text, cands, open_, dates)
    signature_day(text, cands, dates)
    busy = {c.sentence for c in cands}
    announced_next(text, cands, sentences, dates, busy)
    for n, sent in enumerate(sentences):
        if sent.title or n in busy:
            continue
        d = announcement_day(text, sent.span, dates)
        if d is None:
            continue
        ahead = [c for c in cands if c.date_rank in (2, 3) and c not in open_ and not (c.title or c.past or c.year)]
        for c in open_ + ahead:
            if c.date_rank < 4 and n - _ANNOUNCED_BEFORE <= c.sentence <= n + _ANNOUNCED_AFTER:
                if own_vague(text, (c.start, c.end), (c.anchor, c.anchor)):
                    continue  # "美国上月对中国钢材加征关税": a past act with a time of its own, not announced then
                c.date, c.date_rank = d.date, 4
                c.date_by = "announcement_day"
