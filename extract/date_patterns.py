"""The bare date expressions behind :func:`policykg.extract.dates.find_dates` (pure).

Each pattern finds one kind of *core* (a day, a month, a year, a duration) in
English or Chinese and resolves it against the publication date; cue words
("by", "前", "from ... until", "自...起至") are attached in ``dates.py``.

API (for ``dates.py``)::

    Core                                   # one bare expression, resolved
    find_cores(text, published) -> list[Core]   # sorted, never overlapping

Numbers and calendar arithmetic live in :mod:`policykg.extract.date_calendar`.
"""

from __future__ import annotations

import bisect
import calendar
import datetime as dt
import re

from policykg.extract import date_relative as rel
from policykg.extract.date_calendar import (
    MONTHS,
    cn_number,
    month_year,
    nearest_day,
    safe_date,
)
from policykg.extract.date_core import Core, month_core

DATE = dt.date


# --- core patterns ---------------------------------------------------------------------

_MON = (
    r"(?P<mon>jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
    r"|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)(?![a-z])\.?"
)
_ORD = r"(?:st|nd|rd|th)?"
_CNUM = r"[〇零一二两三四五六七八九十]"
_I = re.I

# written_year: "December 31, 2025", or "December 31 this year" / "next year" / "last year"
_YEAR_AFTER = r"(?:,?\s+(?P<y>\d{4})\b|\s+(?P<rel_en>this|next|last)\s+year\b)?"
_EN_MONTH_DAY = re.compile(rf"\b{_MON}\s+(?P<d>\d{{1,2}}){_ORD}\b{_YEAR_AFTER}", _I)
_EN_DAY_MONTH = re.compile(rf"\b(?:the\s+)?(?P<d>\d{{1,2}}){_ORD}\s+(?:of\s+)?{_MON}{_YEAR_AFTER}", _I)
_EN_MONTH = re.compile(rf"\b(?:(?P<part>early|mid|late)[\s-]+)?{_MON}(?:,?\s+(?P<y>\d{{4}})\b)?", _I)
_ISO = re.compile(r"(?<![\d.])(?P<y>\d{4})([-/.])(?P<m>\d{1,2})\2(?P<d>\d{1,2})(?![\d])")
# numeric_day: 13/03/2024, 03/13/2024, 13.03.2024: day and month in either order, read only when
# one of the two cannot be a month (05/03/2024 is March 5 or May 3 and stays unread)
_NUMERIC = re.compile(r"(?<![\d./])(?P<a>\d{1,2})(?P<sep>[/.])(?P<b>\d{1,2})(?P=sep)(?P<y>\d{4})(?!\d|[./]\d)")
_EN_YEAR = re.compile(
    r"\b(?:in|by|since|until|till|from|before|after|through|during|end\s+of|early|late|mid|fiscal|FY)"
    r"[\s-]+(?P<y>(?:19|20|21)\d{2})\b(?![-/.]\d|\s*(?:%|percent|tonnes|tons|units|applications|companies"
    r"|firms|people|yuan|dollars|rubles|euros)\b)",
    _I,
)
# month_end: "the end of March", "end-March", "the end of this month": the month's last day
_EN_MONTH_END = re.compile(
    rf"\b(?:(?:the\s+)?end\s+of\s+|end-)(?:(?P<this>this|the)\s+month\b|{_MON}(?:,?\s+(?P<y>\d{{4}})\b)?)",
    _I,
)
# nth_day: "the last day of March 2023", "the first day of October": a written day of the month
_EN_NTH_DAY = re.compile(rf"\bthe\s+(?P<which>first|last|final)\s+day\s+of\s+{_MON}(?:,?\s+(?P<y>\d{{4}})\b)?", _I)
_EN_YEAR_END = re.compile(
    r"\b(?:the\s+)?end\s+of\s+(?:(?:the|this)\s+year|(?P<rel_en>next|last)\s+year\b|(?P<y>\d{4})\b)|\byear[-\s]end\b",
    _I,
)

# Spaced digits (HK / Taiwan typography: "2026 年 11 月 10 日") take one optional space
# on either side of 年 / 月 / 日 between Arabic digits.
_SP = r" ?"
# Taiwan's Minguo (ROC) years: 民國114年 / 114年5月 = 2025 (ROC year + 1911); a bare
# three-digit year counts only with a month after it.
_ROC = r"(?:民国|民國)?(?<!\d)(?P<roc>1[0-3]\d)"
_ROC_OFFSET = 1911
# relative_month: 本月 / 上月 / 上个月 / 下月 / 下个月 before a day or 底 (the month before / after publication's)
# paren_month: 本（11）月 / 下(12)月 / 上（10）月, the Taiwanese and Hong Kong press's month glossed by its number
_REL_MONTH = r"(?P<this>本月|上个?月|下个?月|[本上下]\s*[（(]\s*\d{1,2}\s*[）)]\s*月)"
_ZH_DAY = re.compile(
    rf"(?:(?P<y>\d{{4}}|{_CNUM}{{4}}){_SP}年{_SP}|{_ROC}{_SP}年{_SP}|(?P<rel>今|明|去)年|{_REL_MONTH})?"
    rf"(?:(?P<m>\d{{1,2}}|{_CNUM}{{1,3}}){_SP}月{_SP})?(?P<d>\d{{1,2}}|{_CNUM}{{1,3}}){_SP}[日号]"
)
_ZH_MONTH = re.compile(
    rf"(?:(?P<y>\d{{4}}){_SP}年{_SP}|{_ROC}{_SP}年{_SP}|(?P<rel>今|明|去)年)?(?<![\d〇零一二两三四五六七八九十个])"
    rf"(?P<m>\d{{1,2}}|{_CNUM}{{1,3}}){_SP}月(?!份?{_SP}\d|{_CNUM}|底|末)"
)
_ZH_YEAR = re.compile(r"(?<!\d)(?P<y>\d{4}) ?年(?!代|度|级)")
# dated_month_end: a written year governs a month's end too (2026年2月底, 明年2月底), as it does a year's (2025年底)
_ZH_END = re.compile(
    rf"(?:(?P<y>\d{{4}})年|(?P<rel>今|明|去)年)?"
    rf"(?:(?P<m>\d{{1,2}}|{_CNUM}{{1,3}})月[底末]|{_REL_MONTH}[底末]|月[底末]|(?<=年)年?[底末]|年[底末])"
)


# Every English core contains an EN anchor, every Chinese core a ZH anchor; the
# core patterns only run in merged windows of +-margin characters around their
# anchors, so Chinese patterns never scan English prose and the reverse.
_EN_ANCHOR = re.compile(
    r"\d|(?i:\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|end\b|now\b|tomorrow)|month|year|week|day|night|morning|afternoon|evening)"
)
_ZH_ANCHOR = re.compile(r"[年月日号底末周星礼天即早晨晚夜起今昨]")  # 今 / 昨: press_day (經濟部今宣布)
_EN_MARGIN, _ZH_MARGIN = 40, 16


def _windows(text: str, anchor: re.Pattern[str], margin: int) -> list[tuple[int, int]]:
    spans: list[list[int]] = []
    for m in anchor.finditer(text):
        lo, hi = max(0, m.start() - margin), min(len(text), m.end() + margin)
        if spans and lo <= spans[-1][1]:
            spans[-1][1] = hi
        else:
            spans.append([lo, hi])
    return [(lo, hi) for lo, hi in spans]


def _cores(text: str, published: DATE | None) -> list[Core]:
    """Every bare date expression, overlapping ones included."""
    out: list[Core] = []
    for anchor, margin, finders in ((_EN_ANCHOR, _EN_MARGIN, _EN_FINDERS), (_ZH_ANCHOR, _ZH_MARGIN, _ZH_FINDERS)):
        for lo, hi in _windows(text, anchor, margin):
            for regex, build in finders:
                out.extend(c for m in regex.finditer(text, lo, hi) if (c := build(m, published)))
    return out


def _en_day(m: re.Match[str], pub: DATE | None) -> Core | None:
    mon = m["mon"]
    if mon.lower() == "may" and mon[0] != "M":
        return None
    month, day = MONTHS[mon.lower()], int(m["d"])
    year = int(m["y"]) if m["y"] else (pub.year + _REL_YEAR[m["rel_en"].lower()] if m["rel_en"] and pub else None)
    date = safe_date(year, month, day) if year else nearest_day(month, day, pub)
    if date is None and (year or pub is not None or not safe_date(2024, month, day)):
        return None  # impossible day
    return Core(m.start(), m.end(), "day", date, md=None if year else (month, day))


_REL_YEAR = {"this": 0, "next": 1, "last": -1}


def _en_month_end(m: re.Match[str], pub: DATE | None) -> Core | None:
    """``month_end``: "the end of March" is March's last day as a window end, start or deadline, and
    no day as the day of an act (like "in March"); "the end of this month" is the publication month's."""
    if m["this"]:
        month = pub.month if pub else None
        year = pub.year if pub else None
    else:
        month = MONTHS[m["mon"].lower()]
        year = int(m["y"]) if m["y"] else month_year(month, pub)
    if month is None or year is None or not 1900 <= year <= 2199:
        return Core(m.start(), m.end(), "month")
    last = DATE(year, month, calendar.monthrange(year, month)[1])
    return Core(m.start(), m.end(), "month", last, last)


def _en_nth_day(m: re.Match[str], pub: DATE | None) -> Core | None:
    """``nth_day``: "the last day of March 2023" is 2023-03-31, "the first day of October" October 1st (a day
    written by its place in the month, resolved as any month and day is)."""
    month = MONTHS[m["mon"].lower()]
    year = int(m["y"]) if m["y"] else month_year(month, pub)
    if year is None or not 1900 <= year <= 2199:
        return None
    day = 1 if m["which"].lower() == "first" else calendar.monthrange(year, month)[1]
    return Core(m.start(), m.end(), "day", DATE(year, month, day), md=None if m["y"] else (month, day))


def _en_month(m: re.Match[str], pub: DATE | None) -> Core | None:
    mon = m["mon"]
    dotted = m.string.startswith(".", m.end("mon"))
    if (len(mon) <= 3 and not dotted and mon.lower() != "may") or not mon[0].isupper():
        return None  # bare "Mar", "jan", lower-case months are too often not months
    month = MONTHS[mon.lower()]
    year = int(m["y"]) if m["y"] else month_year(month, pub)
    return month_core(m.start(), m.end(), year, month)


def _iso(m: re.Match[str], pub: DATE | None) -> Core | None:
    date = safe_date(int(m["y"]), int(m["m"]), int(m["d"]))
    return Core(m.start(), m.end(), "day", date) if date else None


def _numeric(m: re.Match[str], pub: DATE | None) -> Core | None:
    """``numeric_day``: the day of 13/03/2024 or 03/13/2024, when only one order makes a date;
    ``dotted_day``: a dotted date is day first (01.12.2025 is 1 December: the European, Indian and
    Russian order; month-first dates are written with slashes)."""
    a, b, year = int(m["a"]), int(m["b"]), int(m["y"])
    orders = {(b, a), (a, b)} if a != b and m["sep"] == "/" else {(b, a)}
    days = [d for month, day in orders if (d := safe_date(year, month, day))]
    return Core(m.start(), m.end(), "day", days[0]) if len(days) == 1 else None


def _year(m: re.Match[str], pub: DATE | None) -> Core | None:
    return Core(m.start(), m.end(), "year", fixed_kind="year") if 1900 <= int(m["y"]) <= 2199 else None


def _rel_year(m: re.Match[str], pub: DATE | None) -> int | None:
    groups = m.groupdict()
    if groups.get("y"):
        return cn_number(groups["y"])
    if groups.get("roc"):
        return int(groups["roc"]) + _ROC_OFFSET
    if groups.get("rel") and pub:
        return pub.year + {"今": 0, "明": 1, "去": -1}[groups["rel"]]
    return None


def _year_end(m: re.Match[str], pub: DATE | None) -> Core | None:
    if "m" in m.re.groupindex and (m["m"] or "月" in m[0]):  # month end
        if not m["m"]:  # 月底 / 本月底 / 上月底 / 下个月底
            shifted = _rel_month(m["this"] or "本月", pub)
            if shifted is None:
                return None
            core = month_core(m.start(), m.end(), *shifted)
            return core and Core(core.start, core.end, "day", core.last)
        month = cn_number(m["m"])
        if not month or not 1 <= month <= 12:
            return None
        year = _rel_year(m, pub) or month_year(month, pub)
        core = month_core(m.start(), m.end(), year, month)
        return core and Core(core.start, core.end, "day", core.last)
    shift = _REL_YEAR[m["rel_en"].lower()] if "rel_en" in m.re.groupindex and m["rel_en"] else 0
    year = _rel_year(m, pub) or (pub.year + shift if pub else None)  # "the end of next year"
    return Core(m.start(), m.end(), "day", safe_date(year, 12, 31) if year else None)


def _zh_day(m: re.Match[str], pub: DATE | None) -> Core | None:
    day = cn_number(m["d"])
    if m["m"] is None:  # "10日" alone: only "本月10日" / "上月10日" is a date
        shifted = _rel_month(m["this"], pub) if m["this"] else None
        if shifted is None or day is None:
            return None
        date = safe_date(*shifted, day)
        return Core(m.start(), m.end(), "day", date) if date else None
    month, year = cn_number(m["m"]), _rel_year(m, pub)
    if not month or not day:
        return None
    date = safe_date(year, month, day) if year else nearest_day(month, day, pub)
    if date is None and (year or pub is not None or not safe_date(2024, month, day)):
        return None
    return Core(m.start(), m.end(), "day", date, md=None if year else (month, day))


def _rel_month(word: str, pub: DATE | None) -> tuple[int, int] | None:
    """``relative_month``: (year, month) of 本月 / 上月 / 上个月 / 下月 / 下个月 against publication."""
    if pub is None:
        return None
    shift = -1 if word.startswith("上") else 1 if word.startswith("下") else 0
    year, month = divmod(pub.year * 12 + pub.month - 1 + shift, 12)
    return year, month + 1


def _zh_month(m: re.Match[str], pub: DATE | None) -> Core | None:
    month = cn_number(m["m"])
    if not month or not 1 <= month <= 12:
        return None
    year = _rel_year(m, pub) or month_year(month, pub)
    return month_core(m.start(), m.end(), year, month)


_EN_FINDERS = (
    (_ISO, _iso),
    (_NUMERIC, _numeric),
    (_EN_MONTH_DAY, _en_day),
    (_EN_DAY_MONTH, _en_day),
    (_EN_MONTH, _en_month),
    (_EN_YEAR, _year),
    (_EN_YEAR_END, _year_end),
    (_EN_MONTH_END, _en_month_end),
    (_EN_NTH_DAY, _en_nth_day),
    (rel.EN_RELATIVE, rel.relative),
    (rel.EN_WEEKDAY, rel.weekday),
    (rel.EN_DURATION, rel.duration),
    (rel.EN_AGO, rel.ago),
)
_ZH_FINDERS = (
    (_ZH_DAY, _zh_day),
    (_ZH_MONTH, _zh_month),
    (_ZH_YEAR, _year),
    (_ZH_END, _year_end),
    (rel.ZH_RELATIVE, rel.relative),
    (rel.ZH_PAREN_DAY, rel.paren_day),
    (rel.ZH_WEEKDAY, rel.weekday),
    (rel.ZH_DURATION, rel.duration),
    (rel.ZH_AGO, rel.ago),
)


def _select(cores: list[Core]) -> list[Core]:
    """Longest first, then earliest; drop anything overlapping a kept core."""
    kept: list[Core] = []  # sorted by start, never overlapping
    starts: list[int] = []
    for core in sorted(cores, key=lambda c: (-(c.end - c.start), c.start)):
        i = bisect.bisect_right(starts, core.start)
        if (
            core.end > core.start
            and (i == 0 or kept[i - 1].end <= core.start)
            and (i == len(kept) or core.end <= kept[i].start)
        ):
            kept.insert(i, core)
            starts.insert(i, core.start)
    return kept


def find_cores(text: str, published: DATE | None) -> list[Core]:
    """The non-overlapping cores of ``text`` (longest first wins), sorted by offset."""
    return _select(_cores(text, published))
