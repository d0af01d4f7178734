"""Dates as the event finder uses them (pure): the date finder's mentions, plus
Chinese day-only dates (商务部3日发布公告), minus dates of a legal basis
("根据2025年4月8日第14259号行政令", "under the order of April 2")."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import replace
from typing import Any

from policykg.extract.date_calendar import en_number
from policykg.extract.date_clauses import EARLIER, fronted_start, trailing_statement
from policykg.extract.date_tense import tense_before

_BASIS = re.compile(
    r"(?:根据|按照|依据|依照)[^,，。;；]*?(?:的|对)|\b(?:under|pursuant to)\s+(?:the\s+)?"
    r"(?:executive\s+orders?|orders?|decrees?)\b[^,;.]*",
    re.IGNORECASE,
)
_DAY_ONLY = re.compile(r"(?<![\d月年])(?<![\d月年] )([1-3]?\d) ?日")  # 3日, (9 日)


class DayOnly:
    """A day-of-month date ("商务部3日发布公告") that the date finder leaves out;
    自16日起 is the start of a measure, not the day of the act."""

    kind = "point"
    until = None
    days = None

    def __init__(self, start: int, end: int, text: str, date: str, kind: str = "point"):
        self.start, self.end, self.text, self.date, self.kind = start, end, text, date, kind


def day_only(text: str, dates: list[Any], published: dt.date | None) -> list[Any]:
    """Add Chinese day-only dates (3日 = the 3rd of the publication month, or of the month before)."""
    if published is None or "日" not in text:
        return dates
    extra = []
    for m in _DAY_ONLY.finditer(text):
        day = int(m.group(1))
        if not 1 <= day <= 31 or any(d.start <= m.start() < d.end for d in dates):
            continue
        kind = "start" if re.match(r"\s*(?:零时|零点)?\s*起", text[m.end() : m.end() + 4]) else "point"
        date = _day_of_month(day, published, kind)
        if date is not None:
            extra.append(DayOnly(m.start(), m.end(), m.group(), date.isoformat(), kind))
    return sorted(dates + extra, key=lambda d: d.start) if extra else dates


def _day_of_month(day: int, published: dt.date, kind: str) -> dt.date | None:
    """The day-of-month ``day``: the publication month's, or the month before's when it lies after
    publication; ``day_only_start``: a start (自20日起, 将于20日起实施) takes whichever of the two is nearer
    publication, as a start reported in the news mostly lies ahead."""
    this = _safe(published.year, published.month, day)
    before = _safe(*((published.year, published.month - 1) if published.month > 1 else (published.year - 1, 12)), day)
    if this is None or this <= published + dt.timedelta(days=_SKEW_DAYS):  # publication_skew: 3日 of a paper of the 2nd
        return this if this is not None else before
    if kind == "start" and (before is None or (this - published) <= (published - before)):
        return this
    return before


_SKEW_DAYS = 1  # a timestamp in UTC may be the day before the local day of a Chinese paper


def _safe(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


# dispatch_day: the dateline of a wire dispatch ("中央社华盛顿3日综合外电报导", "新华社北京5月31日电",
# "【大纪元2022年10月10日讯】", "WASHINGTON, May 15 (Reuters) -") dates the dispatch, not an act
_ZH_DATELINE = re.compile(r"\s*(?:综合外电|综合|专)?(?:电|讯|报导|报道)")
_EN_DATELINE_AFTER = re.compile(r"\s*\((?:[A-Z][\w.&' -]{1,30})\)\s*(?:-|–|—|--)")
_EN_DATELINE_BEFORE = re.compile(r"(?:^|\n)\s*[A-Z][A-Z .'-]{2,40},\s*$")
_RELATIVE = {
    "今天": 0,
    "今日": 0,
    "昨天": -1,
    "昨日": -1,
    "明天": 1,
    "明日": 1,
    "today": 0,
    "yesterday": -1,
    "tomorrow": 1,
}


def is_dateline(text: str, d: Any) -> bool:
    """Is the date mention ``d`` the dateline of a dispatch (see ``dispatch_day``)?"""
    if _ZH_DATELINE.match(text, d.end) and not text.startswith("前", d.end):
        return True
    return bool(
        _EN_DATELINE_AFTER.match(text, d.end) and _EN_DATELINE_BEFORE.search(text[max(0, d.start - 44) : d.start])
    )


# city_dateline: "New Delhi, Aug 21:", "TBILISI, September 25 –", "SANDAKAN, May 1 —", "Beijing, March 12 (IANS)"
_CITY_BEFORE = re.compile(r"(?:^|\n)\s*[A-Z][A-Za-z .'-]{2,40},\s*$")
_CITY_AFTER = re.compile(r"(?:,\s*\d{4})?\s*(?:\([^()\n]{1,30}\)\s*)?(?:-|–|—|--|:)?\s")


def city_dateline(text: str, d: Any) -> bool:
    """Is ``d`` the day of a dateline opening a line ("New Delhi, Aug 21: …")?  Unlike an agency's dateline
    it stays a day the lead may take; its relative days (today, yesterday) count from it."""
    return bool(_CITY_BEFORE.search(text[max(0, d.start - 44) : d.start]) and _CITY_AFTER.match(text, d.end))


def dispatch_day(text: str, dates: list[Any]) -> list[Any]:
    """Drop dateline dates; 今天 / 昨天 / 明天 / "today" / "yesterday" / "tomorrow" in a dispatch count
    from its dateline day, which may be the day before publication ("中央社华盛顿3日综合外电报导)白宫今天宣布" in a paper of the 4th)."""
    lines = [d for d in dates if is_dateline(text, d)]
    heads = lines or [d for d in dates if city_dateline(text, d)]
    if not heads:
        return dates
    day = next((d.date for d in heads if d.date), None)
    out = []
    for d in dates:
        if d in lines:
            continue
        rel = _RELATIVE.get(d.text.lower())
        if day and rel is not None and d.date:
            shifted = dt.date.fromisoformat(day) + dt.timedelta(days=rel)
            d = _with_date(d, shifted.isoformat())
        out.append(d)
    return out


def _with_date(d: Any, date: str) -> Any:
    if isinstance(d, DayOnly):
        return DayOnly(d.start, d.end, d.text, date, d.kind)
    return replace(d, date=date)


# notice_day: "12月3日,商务部公告宣布,即日起实施……": 即日 (from this day) is the notice's day
_NOTICE_AFTER = re.compile(r"\s*[,，]?\s*[\u4e00-\u9fff]{0,8}?(?:公告|宣布|发布|印发|决定)")


def notice_day(text: str, dates: list[Any], published: dt.date | None) -> list[Any]:
    """即日 takes the day of the notice the article dates before it (a day followed by 公告 /
    宣布 / 发布, not after publication), not the publication day."""
    notice = None
    out = []
    for d in dates:
        dated_notice = getattr(d, "kind", "") == "point" and d.date and _NOTICE_AFTER.match(text, d.end)
        if dated_notice and (published is None or d.date <= published.isoformat()):
            notice = d.date
        if notice and d.text.endswith(("即日起", "即日")) and d.date and d.date != notice:
            d = _with_date(d, notice)
        out.append(d)
    return out


# anchored_day: "在荷兰宣布新决定的前一天", "the next day", 次日: a day counted from the day named before it
# "a day later", "two days earlier" count n days from that day too
_ANCHORED = re.compile(
    r"(?P<before>前一天|前一日|\bthe\s+day\s+before\b)|(?P<after>次日|翌日|第二天|\bthe\s+(?:next|following)\s+day\b)"
    r"|\b(?P<n>a|one|two|three|four|five|six|\d)\s+days?\s+(?P<dir>later|earlier)\b",
    re.IGNORECASE,
)


def _anchored_shift(n: str, direction: str) -> int:
    """Days of "two days later" (+2) / "a day earlier" (-1)."""
    count = int(n) if n.isdecimal() else en_number(n) or 1
    return count if direction.lower() == "later" else -count


def anchored_days(text: str, dates: list[Any]) -> list[Any]:
    """Add the days counted from the nearest day named before them (see ``_ANCHORED``)."""
    extra = []
    for m in _ANCHORED.finditer(text):
        anchor = next((d for d in reversed(dates) if d.end <= m.start() and d.kind == "point" and d.date), None)
        if anchor is None or any(d.start <= m.start() < d.end for d in dates):
            continue
        shift = -1 if m["before"] else 1 if m["after"] else _anchored_shift(m["n"], m["dir"])
        day = dt.date.fromisoformat(anchor.date) + dt.timedelta(days=shift)
        extra.append(DayOnly(m.start(), m.end(), m.group(), day.isoformat()))
    return sorted(dates + extra, key=lambda d: d.start) if extra else dates


# shifted_from: "由6月17日延长至12月16日", "moved the increase from October 1 to October 15": the old date
_SHIFT_ZH = re.compile(r"\s*(?:延长|延期|推迟|推后|顺延|延后|调整|改为|更改|提前)\s*(?:至|到|为)")
_SHIFT_EN = re.compile(
    r"\b(?:extend|prolong|postpone|delay|defer|push(?:ed|es|ing)?\s+back|move|shift|reschedul|bring(?:s|ing)?\s+forward"
    r"|brought\s+forward)\w*\b[^.;!?\n]{0,80}$",
    re.IGNORECASE,
)


def shifted_from(text: str, dates: list[Any]) -> list[Any]:
    """A date moved to another one ("由6月17日延长至12月16日", "extended the deadline from Oct. 1 to
    Oct. 15", "postponed … from March 1 to June 1") is the old date, not the day of the act: drop it
    (a ``from … to …`` window keeps only its end, the new date)."""
    out = []
    for d in dates:
        opened = d.text.startswith(("由", "从")) or text[max(0, d.start - 1) : d.start] in ("由", "从")
        if d.kind in ("point", "start") and opened and _SHIFT_ZH.match(text, d.end):
            continue
        moved = d.kind == "until" and d.date and d.text.lower().startswith("from")
        if moved and _SHIFT_EN.search(text, max(0, d.start - 120), d.start):
            d = replace(d, date=None)
        out.append(d)
    return out


def usable_dates(text: str, dates: list[Any], published: dt.date | None) -> list[Any]:
    """The date mentions an event may take its date from."""
    dates = notice_day(text, dispatch_day(text, day_only(text, list(dates), published)), published)
    dates = shifted_from(text, anchored_days(text, dates))
    basis = [(m.start(), m.end()) for m in _BASIS.finditer(text)]
    if basis:  # "根据2025年4月8日第14259号行政令": the date of the legal basis, not of the act
        dates = [d for d in dates if not any(a <= d.start < b for a, b in basis)]
    return dates


# --- dates stated outside the act's own clause (named rules, applied after all candidates) ---------

# "…列入实体清单,17日起生效" / "…采取反制措施,即日起实施": the window's start, followed by its verb
_EFFECT_AFTER = re.compile(r"\s*(?:零时|零点)?\s*起?\s*(?:正式)?(?:生效|施行|实施|执行)")
# "…, effective Oct. 17" / "…, which take effect on March 23" / "came into force on"
_EFFECT_BEFORE = re.compile(
    r"\b(?:effective|(?:take|takes|took|taking)\s+effect|(?:come|comes|came|coming|enter|enters|entered|entering)"
    r"\s+into\s+force|(?:kick|kicks|kicked|kicking)\s+in"
    r"|(?:go|goes|went|going)\s+into\s+effect)\s+(?:on\s+|from\s+)?$",
    re.IGNORECASE,
)
# "Federal officials made the announcement on Monday", "The extension was announced on Saturday"
_ANNOUNCEMENT = re.compile(
    r"\b(?:made|make|makes|making)\s+the\s+announcement\b|\b(?:was|were|had\s+been|has\s+been)\s+"
    r"(?:announced|unveiled|made\s+public)\b|\bthe\s+announcement\s+(?:came|was\s+made)\b"
    # issued_act: an act noun and a verb of issuing it, "The decision came out on Monday", "the order was signed on"
    r"|\bthe\s+(?:decision|measure|order|decree|resolution|ruling|notice|regulation)s?\s+"
    r"(?:came\s+out|(?:was|were|had\s+been|has\s+been)\s+(?:taken|made|issued|signed|adopted|published|released))\b",
    re.IGNORECASE,
)
_ANNOUNCED_BEFORE, _ANNOUNCED_AFTER = 3, 2  # sentences around an announcement sentence that it dates


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
    own = [d.start for d in dates if d.start > anchor and d.kind in ("point", "year") and not d.date]
    own += [m.start() for m in EARLIER.finditer(text, anchor, anchor + 160)]
    own = [o for o in own if tense_before(text, max(0, anchor - 40), o) == "past"]
    if not own:
        return dates
    return [d for d in dates if not (d.kind == "point" and d.date and d.start > min(own) and _said_day(text, d))]


def _said_day(text: str, d: Any) -> bool:
    return bool(_SAID_DAY.search(text, max(0, d.start - 40), d.start))


def effective_clause(text: str, cand: Any, dates: list[Any], claimed: list[tuple[int, int]]) -> Any | None:
    """An undated act takes the effective date stated in a later clause of its own sentence that
    states no act of its own ("美国商务部将华为列入实体清单,禁止……,17日起生效": 2019-05-17;
    "…added the firms to the list, effective immediately"): the contract's "else its stated
    effective date"."""
    lo, hi = cand.end, cand.sentence_span[1]
    for d in dates:
        if not (lo <= d.start < hi + 2 and d.date) or any(a <= d.start < b for a, b in claimed):
            continue
        after = d.kind == "start" and _EFFECT_AFTER.match(text, d.end)
        before = _EFFECT_BEFORE.search(text[max(lo, d.start - 30) : d.start]) or d.text.lower().startswith("effective")
        if after or before:
            return d
    return None


def announcement_day(text: str, span: tuple[int, int], dates: list[Any]) -> Any | None:
    """The day of a sentence that only dates an announcement stated around it ("Federal officials
    made the announcement on Monday"; "The extension was announced on Saturday"), else None."""
    if not _ANNOUNCEMENT.search(text, span[0], span[1]):
        return None
    return next((d for d in dates if span[0] <= d.start < span[1] and d.kind == "point" and d.date), None)


_FRONTED_END = re.compile(r"\s*[,，]")


def fronted_day(text: str, cand: Any, cands: list[Any], dates: list[Any]) -> Any | None:
    """The day a sentence opens with, set off by a comma before its first act ("On April 24,
    South Korea published a notice restoring Japan to its list"): a fronted time adverbial
    dates every clause of the sentence; a day elsewhere in it ("the level he promised when he
    revealed the plan March 1") dates only its own clause."""
    lo = cand.sentence_span[0]
    first = min(o.anchor for o in cands if o.sentence == cand.sentence)
    for d in dates:
        opening = lo <= d.start and d.end <= first and not text[lo : d.start].strip(" \t\"“”'‘")
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


def window_after(cand: Any, cands: list[Any], dates: list[Any]) -> str | None:
    """``window_after``: the end of a window stated later in the act's sentence, past coordinated
    parts of the same measure only ("will suspend 25 percent tariffs on 144 items and 5 percent
    tariffs on 67 items between Jan. 1 and March 31": both parts end March 31), else None."""
    hi = cand.sentence_span[1]
    window = next((d for d in dates if d.kind == "until" and d.until and cand.anchor < d.start < hi), None)
    if window is None:
        return None
    between = [o for o in cands if o.sentence == cand.sentence and cand.anchor < o.anchor < window.start]
    if any((o.type, o.action) != (cand.type, cand.action) for o in between):
        return None
    return str(window.until)


def fill_undated(text: str, cands: list[Any], sentences: list[Any], dates: list[Any]) -> None:
    """Give undated statements a date stated outside their clause (the rules above; and
    ``parallel_provision``: a provision after "；" shares the date of the one before it;
    ``window_before``: a window stated in an earlier clause of the sentence, claimed by no other
    statement, gives its end as ``until``; ``window_after``: so does one closing the sentence).

    Only statements of current news (not past, not a background or a headline, no year of their
    own) are filled; the title takes its date by merging with the body statement it restates.
    """
    open_ = [c for c in cands if not c.date and not c.title and not c.past and not c.year and not c.subordinate]
    claimed = [(c.start, c.end) for c in cands]
    for c in open_:
        others = [s for s in claimed if s != (c.start, c.end)]
        d = effective_clause(text, c, dates, others) or fronted_start(text, c, dates, others)
        if d is not None:
            c.date, c.date_rank = d.date, 3
    # trailing_statement: "…, and …, its commerce ministry said on Thursday."; the announcement's day
    # beats a start or deadline of the clause ("could lift the restrictions as of May 1, the watchdog
    # announced Friday"): announcing the measure is the act, its start only its effective date
    for c in cands:
        if c.date_rank < 4 and not (c.title or c.past or c.year or c.subordinate):
            d = trailing_statement(text, c, reported_past(text, c.anchor, dates))
            if d is not None:
                c.date, c.date_rank = d.date, 4
    for c in open_:  # fronted_day: "On April 24, Seoul published a notice restoring Tokyo to its list"
        if not c.date and c.action != "request":  # a petition ("应X申请", "at the request of") came before
            d = fronted_day(text, c, cands, dates)
            if d is not None:
                c.date, c.date_rank = d.date, 4
    for i, c in enumerate(cands):  # parallel_provision: "…即日起不予许可…；对石墨…实施更严格的审查"
        before = next((o for o in reversed(cands[:i]) if o.sentence == c.sentence and o.date), None)
        parallel = before is not None and (c.parallel or re.search("[;；]", text[before.end : c.start]))
        if c in open_ and not c.date and parallel and before is not None:
            c.date, c.date_rank = before.date, before.date_rank
    for c in open_:  # subject_day: "Brazil's government on Tuesday decided to impose quotas … and a 25% tax"
        if not c.date and c.action != "request":
            d = subject_day(c, cands)
            if d is not None:
                c.date, c.date_rank = d, 4
    for c in cands:  # window_before: "自即日起至2026年11月10日，暂停实施……": the window's own clause
        if c.until or c.title:
            continue
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
    for c in cands:
        if not c.until and not c.title:
            c.until = window_after(c, cands, dates)
    news_day(text, cands, open_, dates)
    signature_day(text, cands, dates)
    busy = {c.sentence for c in cands}
    for n, sent in enumerate(sentences):
        if sent.title or n in busy:
            continue
        d = announcement_day(text, sent.span, dates)
        if d is None:
            continue
        for c in open_:
            if not c.date and n - _ANNOUNCED_BEFORE <= c.sentence <= n + _ANNOUNCED_AFTER:
                c.date, c.date_rank = d.date, 4
