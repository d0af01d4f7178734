"""Dates as the event finder uses them (pure): the date finder's mentions, plus Chinese day-only
dates (商务部3日发布公告) and anchored days ("the next day", 次日), minus datelines and dates of a legal
basis ("根据2025年4月8日第14259号行政令", "under the order of April 2").

API (for ``events.py`` through :mod:`policykg.extract.event_dates`)::

    usable_dates(text, dates, published) -> list   # the mentions an event may take its date from
    is_dateline(text, mention) -> bool             # a dispatch's dateline (dispatch_day)
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import replace
from typing import Any

from policykg.extract.date_calendar import cn_number, en_number
from policykg.extract.date_tense import clause_tense

_BASIS = re.compile(
    r"(?:根据|按照|依据|依照)[^,，。;；]*?(?:的|对)|\b(?:under|pursuant to)\s+(?:the\s+)?"
    r"(?:executive\s+orders?|orders?|decrees?)\b[^,;.]*",
    re.IGNORECASE,
)
_DAY_ONLY = re.compile(r"(?<![\d月年])(?<![\d月年] )([1-3]?\d) ?日")  # 3日, (9 日)
# en_day_only: "on the 20th" (not "the 20th of March", which the date finder reads; not "the 20th century")
_EN_DAY_ONLY = re.compile(r"\bon\s+the\s+([1-3]?\d)(?:st|nd|rd|th)\b(?!\s+(?:of|century|anniversary)\b)", re.IGNORECASE)


class DayOnly:
    """A day-of-month date ("商务部3日发布公告") that the date finder leaves out;
    自16日起 is the start of a measure, not the day of the act."""

    kind = "point"
    until = None
    days = None

    def __init__(self, start: int, end: int, text: str, date: str, kind: str = "point"):
        self.start, self.end, self.text, self.date, self.kind = start, end, text, date, kind


# zh_numeral_day: a day of the month in Chinese numerals (美國工業暨安全局十二日公告, 廿四日, 三日): not a count of days
# (三日内, 为期十日, 数日, 每日), a day counted from another (前一日, 次日, 同一日) or a weekday (周日, 星期日)
_ZH_DAY_ONLY = re.compile(
    r"(?<![〇零一二两三四五六七八九十廿卅百千万月年前后次翌隔第每数几这那同当本今昨明某多个期满共约近达逾周期礼拜])"
    r"((?:[二三]?十|廿|卅)?[一二三四五六七八九]|[二三]?十|廿|卅)日(?!内|之内|以内|前|以前|之前|后|以后)"
)


def zh_numeral_day(numeral: str) -> int | None:
    """The day a Chinese numeral names (十二 = 12, 廿四 = 24, 卅 = 30), else None."""
    return cn_number(numeral.replace("廿", "二十").replace("卅", "三十"))


def day_only(text: str, dates: list[Any], published: dt.date | None) -> list[Any]:
    """Add Chinese day-only dates (3日 = the 3rd of the publication month, or of the month before; in
    Chinese numerals too, 十二日: ``zh_numeral_day``), and English ones ("on the 3rd")."""
    if published is None:
        return dates
    extra = []
    for m in [*_DAY_ONLY.finditer(text), *_EN_DAY_ONLY.finditer(text), *_ZH_DAY_ONLY.finditer(text)]:
        day = zh_numeral_day(m.group(1)) or 0
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
# bare_dateline: an agency's dateline may open the line with no city ("Nov 24 (Reuters) - …")
_EN_DATELINE_BEFORE = re.compile(r"(?:^|\n)\s*(?:[A-Z][A-Z .'-]{2,40},\s*)?$")
_RELATIVE = {
    "今天": 0,
    "今日": 0,
    "昨天": -1,
    "昨日": -1,
    "明天": 1,
    "明日": 1,
    "今晚": 0,
    "今晨": 0,
    "今早": 0,
    "昨晚": -1,
    "今": 0,  # press_day: 經濟部今宣布, 財政部昨決議 in a dispatch count from its dateline day too
    "昨": -1,
    "today": 0,
    "yesterday": -1,
    "tomorrow": 1,
    "tonight": 0,
    "this morning": 0,
    "last night": -1,
}


# spoken_day: a weekday or relative day before 报道 is the day of a report ("新华社周一报道"), never a dateline,
# which writes the day's number (台北12日电)
_SPOKEN_DAY = re.compile(
    r"^(?:于|在)?\s*(?:[上本这]?(?:周|星期|礼拜)[一二三四五六日天]|[今昨前明]天|[今昨前明]日|[今昨]$)"
)


def is_dateline(text: str, d: Any) -> bool:
    """Is the date mention ``d`` the dateline of a dispatch (see ``dispatch_day``)?"""
    if _ZH_DATELINE.match(text, d.end) and not text.startswith("前", d.end) and not _SPOKEN_DAY.match(d.text):
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
        rel = _RELATIVE.get(" ".join(d.text.lower().split()))
        if day and rel is not None and d.date:
            shifted = dt.date.fromisoformat(day) + dt.timedelta(days=rel)
            d = _with_date(d, shifted.isoformat())
        elif day and d.date and d.date > day and _dispatch_weekday(text, d):
            d = _with_date(d, _week_back(d.date, day))
        out.append(d)
    return out


_WEEKDAY = re.compile(
    r"^(?:on\s+)?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|周[一二三四五六日天]|星期[一二三四五六日天])$",
    re.I,
)


def _dispatch_weekday(text: str, d: Any) -> bool:
    """``dispatch_weekday``: a bare weekday of a past or present clause in a dispatch lies on or before its
    dateline day ("BEIJING, Oct 20 (Xinhua) -- China on Friday …" republished a week later is Oct 20)."""
    return d.kind == "point" and bool(_WEEKDAY.match(d.text)) and clause_tense(text, d.start, d.end) != "future"


def _week_back(date: str, day: str) -> str:
    """``date`` moved back by whole weeks to the last such weekday on or before ``day``."""
    d, limit = dt.date.fromisoformat(date), dt.date.fromisoformat(day)
    while d > limit:
        d -= dt.timedelta(days=7)
    return d.isoformat()


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


# anchored_day: "在荷兰宣布新决定的前一天", "the next day", 次日, 隔天 (Taiwan): a day counted from the day named before it
# "a day later", "two days earlier" count n days from that day too; "the previous day" is the day before;
# anchored_clause: "…on Monday, a day after Washington imposed …" dates the clause it opens n days before
# the day named before it ("two days before X did" n days after)
_ANCHORED = re.compile(
    r"(?P<before>前一天|前一日|\bthe\s+day\s+before\b|\bthe\s+(?:previous|preceding|prior)\s+day\b)"
    r"|(?P<after>次日|翌日|第二天|隔天|\bthe\s+(?:next|following)\s+day\b)"
    r"|\b(?P<n>a|one|two|three|four|five|six|\d)\s+days?\s+(?P<dir>later|earlier|after|before)\b",
    re.IGNORECASE,
)


def _anchored_shift(n: str, direction: str) -> int:
    """Days of "two days later" (+2) / "a day earlier" (-1); of the clause "a day after X did" opens (-1)
    and "two days before X did" (+2), counted from the day named before them."""
    count = int(n) if n.isdecimal() else en_number(n) or 1
    return count if direction.lower() in ("later", "before") else -count


def anchored_days(text: str, dates: list[Any]) -> list[Any]:
    """Add the days counted from the nearest day named before them (see ``_ANCHORED``)."""
    extra = []
    for m in _ANCHORED.finditer(text):
        anchor = next((d for d in reversed(dates) if d.end <= m.start() and d.kind == "point" and d.date), None)
        if anchor is None or any(d.start <= m.start() < d.end for d in dates):
            continue
        shift = -1 if m["before"] else 1 if m["after"] else _anchored_shift(m["n"], m["dir"])
        day = dt.date.fromisoformat(anchor.date) + dt.timedelta(days=shift)
        lo = m.start("dir") if m["dir"] and m["dir"].lower() in ("after", "before") else m.start()
        extra.append(DayOnly(lo, m.end(), text[lo : m.end()], day.isoformat()))  # anchored_clause: the subordinator
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


# relative_end: ", which expires on Feb. 28, until May 31": the end a non-restrictive relative clause tells is the
# window's before the act, when the act's own end follows the clause
_RELATIVE_OPEN = re.compile(r",\s*(?:which|that)\b[^,;]{0,50}$", re.IGNORECASE)
_RELATIVE_CLOSE = re.compile(r"\s*,")
_NEXT_END = 80  # characters after the clause where the act's own end may stand


def relative_end(text: str, dates: list[Any]) -> list[Any]:
    """Drop the end of a window told in a relative clause between commas when another end follows it
    ("extended its suspension, which expires on Feb. 28, until May 31"): the clause describes the
    window the act changes, the later end is the act's."""
    out = []
    for d in dates:
        ends_later = any(o.kind == "until" and d.end < o.start <= d.end + _NEXT_END for o in dates)
        inside = _RELATIVE_OPEN.search(text[max(0, d.start - 60) : d.start]) and _RELATIVE_CLOSE.match(text, d.end)
        if d.kind == "until" and ends_later and inside:
            continue
        out.append(d)
    return out


def usable_dates(text: str, dates: list[Any], published: dt.date | None) -> list[Any]:
    """The date mentions an event may take its date from."""
    dates = notice_day(text, dispatch_day(text, day_only(text, list(dates), published)), published)
    dates = relative_end(text, shifted_from(text, anchored_days(text, dates)))
    basis = [(m.start(), m.end()) for m in _BASIS.finditer(text)]
    if basis:  # "根据2025年4月8日第14259号行政令": the date of the legal basis, not of the act
        dates = [d for d in dates if not any(a <= d.start < b for a, b in basis)]
    return dates
