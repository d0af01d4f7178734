"""Dates in English and Chinese text, resolved against the publication date (pure).

API::

    find_dates(text: str, published: datetime.date | None) -> list[DateMention]

Mentions are sorted by offset and never overlap; ``text[m.start:m.end] ==
m.text`` always holds, and the span includes the cue words ("by December 1",
"12月1日前", "from now until November 10, 2026", "为期一年").

Kinds and the fields they fill:

* ``point``: a day ("on October 9", "11月10日", "today", "on Tuesday"): ``date``.
* ``deadline``: "by / before / no later than / due by", "前 / 之前": ``date``.
* ``start``: "from / since / effective / as of", "自 / 从 ... 起": ``date``.
* ``until``: "until / through / till", "至 / 截至 / ... 止": ``until``; a window
  "from X until Y", "自X起至Y", "from now until Y", "自即日起至Y" gives
  ``date`` = X (the publication date for now / 即日) and ``until`` = Y.
* ``duration``: "for one year", "one-year", "90 days", "six months", "为期一年",
  "90天", "六个月": ``days`` (year = 365, month = 30, week = 7) and ``until`` =
  publication date + the calendar duration.
* ``year``: a year alone, "in 2025", "by 2030", "2030年": ``date`` is ``None``.

Resolution rules (the choices made here):

* A month and day without a year takes the year (publication year -1, 0 or +1)
  that puts it nearest to the publication date; a tie goes to the later date.
  "October 9" in a 2025-11-07 article is 2025-10-09; "January 5" in a
  2025-12-20 article is 2026-01-05.  Without a publication date it stays
  unresolved (``date`` None) but is still reported.
* A month without a day ("by December", "2025年12月") resolves to its last day
  for deadline / until, its first day for start, and stays ``None`` as a point.
  "early / mid / late November" is a month mention (``None`` as a point).
* "today / yesterday / tomorrow", "今日/今天/昨日/昨天/明日/明天" are relative
  to publication.  A weekday ("on Tuesday", "周二", "星期二") is the most recent
  one on or before publication; "last" / "上周" the one of the previous week,
  "next" / "下周" the following one, "this" / "本周" the one of the same week.
* "年底 / 年底前 / 今年年底 / 2025年底" and "end of the year / year-end / end of
  2025" are Dec 31; "月底 / 本月底 / 11月底" the last day of the month.
* Impossible dates (February 30, 2025-13-45) are not reported.  "本月" alone,
  "this week" and "recently" are not reported (no day to resolve).
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from dataclasses import dataclass

DATE = dt.date


@dataclass(frozen=True)
class DateMention:
    """A date expression: offsets into the string given, its kind and resolution."""

    start: int
    end: int
    text: str
    kind: str  # point | deadline | start | until | duration | year
    date: str | None = None
    until: str | None = None
    days: int | None = None


@dataclass(frozen=True)
class _Core:
    """A bare date expression before cue words are attached."""

    start: int
    end: int
    cat: str  # day | month | year | duration
    day: DATE | None = None  # day; also the first day of a month
    last: DATE | None = None  # last day of a month
    days: int | None = None
    until: DATE | None = None
    now: bool = False  # "from now" / "即日": a window may start here
    fixed_kind: str | None = None  # kind set by the expression itself


# --- numbers and calendar helpers -------------------------------------------------

_CN_DIGITS = {"〇": 0, "零": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4,
              "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}
_EN_NUMBERS = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
    "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
    "eighteen": 18, "fifteen": 15, "twenty": 20, "thirty": 30, "forty-five": 45,
    "sixty": 60, "ninety": 90, "hundred": 100,
}
_MONTHS = {name: i for i, names in enumerate(
    ["", "jan january", "feb february", "mar march", "apr april", "may", "jun june",
     "jul july", "aug august", "sep sept september", "oct october", "nov november",
     "dec december"]) for name in names.split()}
_WEEKDAYS_EN = {d: i for i, d in enumerate(
    "monday tuesday wednesday thursday friday saturday sunday".split())}
_WEEKDAYS_ZH = {c: i for i, c in enumerate("一二三四五六日")} | {"天": 6}


def cn_number(text: str) -> int | None:
    """Arabic or Chinese numeral up to 9999 ("十一" = 11, "二十" = 20, "半" = None).

    >>> cn_number("十一"), cn_number("二〇二六"), cn_number("90"), cn_number("两百")
    (11, 2026, 90, 200)
    """
    if text.isdecimal():
        return int(text)
    if text and all(c in _CN_DIGITS for c in text):  # digit by digit: 二〇二六
        return int("".join(str(_CN_DIGITS[c]) for c in text))
    total, current = 0, 0
    for c in text:
        if c in _CN_DIGITS:
            current = _CN_DIGITS[c]
        elif c in "十百千":
            total += (current or 1) * {"十": 10, "百": 100, "千": 1000}[c]
            current = 0
        else:
            return None
    return total + current


def _safe_date(year: int, month: int, day: int) -> DATE | None:
    try:
        return DATE(year, month, day) if 1900 <= year <= 2199 else None
    except ValueError:
        return None


def _nearest_day(month: int, day: int, published: DATE | None) -> DATE | None:
    """The month/day nearest to publication (tie: the later one)."""
    if published is None:
        return None
    candidates = [d for y in (published.year - 1, published.year, published.year + 1)
                  if (d := _safe_date(y, month, day))]
    if not candidates:
        return None
    return min(candidates, key=lambda d: (abs((d - published).days), -d.toordinal()))


def _month_year(month: int, published: DATE | None) -> int | None:
    if published is None:
        return None
    diff = month - published.month
    return published.year - 1 if diff > 6 else published.year + 1 if diff <= -6 else published.year


def _add(base: DATE, years: int = 0, months: int = 0, days: int = 0) -> DATE | None:
    """Calendar addition (Feb 29 + 1 year = Feb 28); None when out of range."""
    total = base.year * 12 + base.month - 1 + years * 12 + months
    year, month = divmod(total, 12)
    if not 1900 <= year <= 2199:
        return None
    day = min(base.day, calendar.monthrange(year, month + 1)[1])
    try:
        return DATE(year, month + 1, day) + dt.timedelta(days=days)
    except OverflowError:
        return None


def _month_core(start: int, end: int, year: int | None, month: int) -> _Core | None:
    if year is None or not 1900 <= year <= 2199:
        return _Core(start, end, "month")
    last = calendar.monthrange(year, month)[1]
    return _Core(start, end, "month", DATE(year, month, 1), DATE(year, month, last))


# --- core patterns ---------------------------------------------------------------------

_MON = (r"(?P<mon>jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
        r"|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)(?![a-z])\.?")
_ORD = r"(?:st|nd|rd|th)?"
_CNUM = r"[〇零一二两三四五六七八九十]"
_I = re.I

_EN_MONTH_DAY = re.compile(rf"\b{_MON}\s+(?P<d>\d{{1,2}}){_ORD}\b(?:,?\s+(?P<y>\d{{4}})\b)?", _I)
_EN_DAY_MONTH = re.compile(rf"\b(?:the\s+)?(?P<d>\d{{1,2}}){_ORD}\s+(?:of\s+)?{_MON}(?:,?\s+(?P<y>\d{{4}})\b)?", _I)
_EN_MONTH = re.compile(rf"\b(?:(?P<part>early|mid|late)[\s-]+)?{_MON}(?:,?\s+(?P<y>\d{{4}})\b)?", _I)
_ISO = re.compile(r"(?<![\d.])(?P<y>\d{4})([-/.])(?P<m>\d{1,2})\2(?P<d>\d{1,2})(?![\d])")
_EN_YEAR = re.compile(
    r"\b(?:in|by|since|until|till|from|before|after|through|during|around|end\s+of|early|late|mid|fiscal|FY)"
    r"[\s-]+(?P<y>(?:19|20|21)\d{2})\b(?![-/.]\d)", _I)
_EN_YEAR_END = re.compile(r"\b(?:the\s+)?end\s+of\s+(?:(?:the|this)\s+year|(?P<y>\d{4})\b)|\byear[-\s]end\b", _I)
_EN_RELATIVE = re.compile(r"\b(?P<w>today|yesterday|tomorrow)\b|\bfrom\s+(?P<now>now)\b", _I)
_EN_WEEKDAY = re.compile(r"\b(?:(?P<rel>last|this|next)\s+)?(?P<wd>monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b", _I)
_EN_DURATION = re.compile(
    r"\b(?P<for>for\s+(?:a\s+period\s+of\s+|another\s+|an?\s+(?:additional|further)\s+|up\s+to\s+)?)?"
    r"(?P<n>\d{1,4}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|eighteen"
    r"|twenty|thirty|forty-five|sixty|ninety|hundred|an?)[\s-]+(?P<unit>year|month|week|day)s?\b"
    r"(?!\s+(?:ago|old|earlier)\b)(?:[\s-]+long\b)?", _I)

_ZH_DAY = re.compile(
    rf"(?:(?P<y>\d{{4}}|{_CNUM}{{4}})年|(?P<rel>今|明|去)年|(?P<this>本月))?"
    rf"(?:(?P<m>\d{{1,2}}|{_CNUM}{{1,3}})月)?(?P<d>\d{{1,2}}|{_CNUM}{{1,3}})[日号]")
_ZH_MONTH = re.compile(rf"(?:(?P<y>\d{{4}})年|(?P<rel>今|明|去)年)?(?<![\d〇零一二两三四五六七八九十个])(?P<m>\d{{1,2}}|{_CNUM}{{1,3}})月(?!份?\d|{_CNUM}|底|末)")
_ZH_YEAR = re.compile(r"(?<!\d)(?P<y>\d{4})年(?!代|度|级)")
_ZH_END = re.compile(
    rf"(?:(?P<y>\d{{4}})年|(?P<rel>今|明|去)年)年?[底末]|年[底末]"
    rf"|(?:(?P<m>\d{{1,2}}|{_CNUM}{{1,3}})月|本月)[底末]|月[底末]")
_ZH_RELATIVE = re.compile(r"(?P<w>今日|今天|昨日|昨天|明日|明天|前天|后天)|(?:自|从)?(?P<now>即日)")
_ZH_WEEKDAY = re.compile(r"(?<![一二两三四五六七八九十\d])(?P<rel>上|本|这|下)?(?:周|星期|礼拜)(?P<wd>[一二三四五六日天])")
_ZH_DURATION = re.compile(
    rf"(?P<for>为期|期限为?|有效期为?)?(?<![\d〇零一二两三四五六七八九十百第])(?P<n>\d{{1,4}}|[一二两三四五六七八九十百半]{{1,4}})"
    r"(?P<unit>个月|年|周|星期|天|日)(?!前|以前|之前|代|度|级|底|初|月|一度|[一二三四五六日天])")


def _cores(text: str, published: DATE | None) -> list[_Core]:
    """Every bare date expression, overlapping ones included."""
    out: list[_Core] = []
    for fn in _CORE_FINDERS:
        for m in fn[0].finditer(text):
            core = fn[1](m, published)
            if core is not None:
                out.append(core)
    return out


def _en_day(m: re.Match[str], pub: DATE | None) -> _Core | None:
    mon = m["mon"]
    if mon.lower() == "may" and mon[0] != "M":
        return None
    month, day = _MONTHS[mon.lower()], int(m["d"])
    date = _safe_date(int(m["y"]), month, day) if m["y"] else _nearest_day(month, day, pub)
    if date is None and (m["y"] or pub is not None or not _safe_date(2024, month, day)):
        return None  # impossible day
    return _Core(m.start(), m.end(), "day", date)


def _en_month(m: re.Match[str], pub: DATE | None) -> _Core | None:
    mon = m["mon"]
    dotted = m.string.startswith(".", m.end("mon"))
    if (len(mon) <= 3 and not dotted and mon.lower() != "may") or not mon[0].isupper():
        return None  # bare "Mar", "jan", lower-case months are too often not months
    month = _MONTHS[mon.lower()]
    year = int(m["y"]) if m["y"] else _month_year(month, pub)
    return _month_core(m.start(), m.end(), year, month)


def _iso(m: re.Match[str], pub: DATE | None) -> _Core | None:
    date = _safe_date(int(m["y"]), int(m["m"]), int(m["d"]))
    return _Core(m.start(), m.end(), "day", date) if date else None


def _year(m: re.Match[str], pub: DATE | None) -> _Core | None:
    return _Core(m.start(), m.end(), "year", fixed_kind="year") if 1900 <= int(m["y"]) <= 2199 else None


def _rel_year(m: re.Match[str], pub: DATE | None) -> int | None:
    groups = m.groupdict()
    if groups.get("y"):
        return cn_number(groups["y"])
    if groups.get("rel") and pub:
        return pub.year + {"今": 0, "明": 1, "去": -1}[groups["rel"]]
    return None


def _year_end(m: re.Match[str], pub: DATE | None) -> _Core | None:
    if "m" in m.re.groupindex and (m["m"] or "月" in m[0]):  # month end
        month = cn_number(m["m"]) if m["m"] else (pub.month if pub else None)
        if not month or not 1 <= month <= 12:
            return None
        year = _rel_year(m, pub) or _month_year(month, pub)
        core = _month_core(m.start(), m.end(), year, month)
        return core and _Core(core.start, core.end, "day", core.last)
    year = _rel_year(m, pub) or (pub.year if pub else None)
    return _Core(m.start(), m.end(), "day", _safe_date(year, 12, 31) if year else None)


_REL_DAYS = {"today": 0, "yesterday": -1, "tomorrow": 1, "今日": 0, "今天": 0, "昨日": -1,
             "昨天": -1, "明日": 1, "明天": 1, "前天": -2, "后天": 2}


def _relative(m: re.Match[str], pub: DATE | None) -> _Core:
    if m["now"]:
        return _Core(m.start(), m.end(), "day", pub, now=True)
    delta = _REL_DAYS[m["w"].lower()]
    return _Core(m.start(), m.end(), "day", pub + dt.timedelta(days=delta) if pub else None)


def _weekday(m: re.Match[str], pub: DATE | None) -> _Core:
    table = _WEEKDAYS_EN if m["wd"].isascii() else _WEEKDAYS_ZH
    wd, rel = table[m["wd"].lower()], (m["rel"] or "").lower()
    if pub is None:
        return _Core(m.start(), m.end(), "day")
    monday = pub - dt.timedelta(days=pub.weekday())
    if rel in ("this", "本", "这"):
        date = monday + dt.timedelta(days=wd)
    elif rel in ("上",) or (rel == "last"):
        date = pub - dt.timedelta(days=(pub.weekday() - wd - 1) % 7 + 1) if rel == "last" else monday - dt.timedelta(days=7 - wd)
    elif rel in ("next", "下"):
        date = pub + dt.timedelta(days=(wd - pub.weekday() - 1) % 7 + 1) if rel == "next" else monday + dt.timedelta(days=7 + wd)
    else:
        date = pub - dt.timedelta(days=(pub.weekday() - wd) % 7)
    return _Core(m.start(), m.end(), "day", date)


_UNIT = {"year": (1, 0, 0, 365), "month": (0, 1, 0, 30), "week": (0, 0, 7, 7), "day": (0, 0, 1, 1),
         "年": (1, 0, 0, 365), "个月": (0, 1, 0, 30), "周": (0, 0, 7, 7), "星期": (0, 0, 7, 7),
         "天": (0, 0, 1, 1), "日": (0, 0, 1, 1)}


def _duration(m: re.Match[str], pub: DATE | None) -> _Core | None:
    raw, unit = m["n"].lower(), m["unit"].lower()
    if raw in ("a", "an") and not m["for"]:
        return None
    if unit == "日" and not m["for"]:
        return None
    if unit == "年" and raw.isdecimal() and len(raw) == 4:
        return None
    years, months, days, per = _UNIT[unit]
    if raw == "半":  # half a year = six months, half a month = 15 days
        years, months, days, per = (0, 6, 0, 182) if years else (0, 0, per // 2, per // 2)
        n = 1
    else:
        n = _EN_NUMBERS.get(raw) or cn_number(raw) or 0
    if not 0 < n <= 3650:
        return None
    until = _add(pub, years * n, months * n, days * n) if pub else None
    return _Core(m.start(), m.end(), "duration", days=per * n, until=until, fixed_kind="duration")


def _zh_day(m: re.Match[str], pub: DATE | None) -> _Core | None:
    day = cn_number(m["d"])
    if m["m"] is None:  # "10日" alone: only "本月10日" is a date
        if not m["this"] or pub is None or day is None:
            return None
        date = _safe_date(pub.year, pub.month, day)
        return _Core(m.start(), m.end(), "day", date) if date else None
    month, year = cn_number(m["m"]), _rel_year(m, pub)
    if not month or not day:
        return None
    date = _safe_date(year, month, day) if year else _nearest_day(month, day, pub)
    if date is None and (year or pub is not None or not _safe_date(2024, month, day)):
        return None
    return _Core(m.start(), m.end(), "day", date)


def _zh_month(m: re.Match[str], pub: DATE | None) -> _Core | None:
    month = cn_number(m["m"])
    if not month or not 1 <= month <= 12:
        return None
    year = _rel_year(m, pub) or _month_year(month, pub)
    return _month_core(m.start(), m.end(), year, month)


_CORE_FINDERS = (
    (_ISO, _iso), (_EN_MONTH_DAY, _en_day), (_EN_DAY_MONTH, _en_day), (_EN_MONTH, _en_month),
    (_EN_YEAR, _year), (_EN_YEAR_END, _year_end), (_EN_RELATIVE, _relative), (_EN_WEEKDAY, _weekday),
    (_EN_DURATION, _duration), (_ZH_DAY, _zh_day), (_ZH_MONTH, _zh_month), (_ZH_YEAR, _year),
    (_ZH_END, _year_end), (_ZH_RELATIVE, _relative), (_ZH_WEEKDAY, _weekday), (_ZH_DURATION, _duration),
)


def _select(cores: list[_Core]) -> list[_Core]:
    """Longest first, then earliest; drop anything overlapping a kept core."""
    kept: list[_Core] = []
    for core in sorted(cores, key=lambda c: (-(c.end - c.start), c.start)):
        if core.end > core.start and all(core.end <= k.start or core.start >= k.end for k in kept):
            kept.append(core)
    return sorted(kept, key=lambda c: c.start)


# --- cue words and windows ------------------------------------------------------------

_EN_PREFIX = re.compile(
    r"(?:\b(?P<deadline>(?:(?:expected|due|scheduled|set|slated|required)\s+)?"
    r"(?:by|before|no\s+later\s+than|not\s+later\s+than|prior\s+to|ahead\s+of)|due(?:\s+on)?|deadline\s+(?:of|is|on))"
    r"|\b(?P<start>from|since|starting(?:\s+(?:on|from))?|beginning(?:\s+on)?|effective(?:\s+(?:from|on))?|as\s+of|commencing)"
    r"|\b(?P<until>until|till|through|up\s+to)"
    r"|\b(?P<point>on))\s+$", _I)
_ZH_PREFIX = re.compile(r"(?:(?P<start>自从|自|从)|(?P<until>截至|截止到|截止|直至|直到|至|到)|(?P<deadline>在))\s*$")
_ZH_SUFFIX = re.compile(r"\s*(?:(?P<deadline>之前|以前|前)|(?P<start>起|开始|以来)|(?P<until>为止|止))")
_CONNECTOR = re.compile(r"\s*(?P<qi>起)?\s*(?:until|till|to|through|and|-|–|—|~|～|至|到)\s*", _I)
_WINDOW_OPENER = re.compile(r"(?:\b(?:from|between)\s+|自|从)$", _I)


def _prefix(text: str, start: int, floor: int) -> tuple[str | None, int]:
    """Cue word just before ``start`` (not reaching before ``floor``): kind, new start."""
    window = text[max(floor, start - 40) : start]
    for regex in (_EN_PREFIX, _ZH_PREFIX):
        m = regex.search(window)
        if m:
            kind = next(k for k, v in m.groupdict().items() if v)
            return kind, start - len(window) + m.start()
    return None, start


def _suffix(text: str, end: int, ceiling: int) -> tuple[str | None, int]:
    m = _ZH_SUFFIX.match(text, end, ceiling)
    if m:
        return next(k for k, v in m.groupdict().items() if v), m.end()
    return None, end


def _iso_or_none(d: DATE | None) -> str | None:
    return d.isoformat() if d else None


def _single(text: str, core: _Core, floor: int, ceiling: int) -> DateMention:
    if core.fixed_kind:
        return DateMention(core.start, core.end, text[core.start : core.end], core.fixed_kind,
                           None, _iso_or_none(core.until), core.days)
    kind, start = _prefix(text, core.start, floor)
    suffix_kind, end = _suffix(text, core.end, ceiling)
    kind = suffix_kind or kind or "point"
    if kind == "point" and core.now:
        kind = "start"
    day = core.day
    if core.cat == "month":
        day = core.last if kind in ("deadline", "until") else core.day if kind == "start" else None
    date, until = (None, day) if kind == "until" else (day, None)
    return DateMention(start, end, text[start:end], kind, _iso_or_none(date), _iso_or_none(until))


def _window(text: str, a: _Core, b: _Core, floor: int, ceiling: int) -> DateMention | None:
    """``from A until B`` / ``自A起至B`` / ``from now until B``, or None."""
    if a.cat not in ("day", "month") or b.cat not in ("day", "month"):
        return None
    gap = _CONNECTOR.fullmatch(text, a.end, b.start)
    opener = _WINDOW_OPENER.search(text, max(floor, a.start - 10), a.start)
    if not gap or not (opener or gap["qi"] or a.now):
        return None
    start = opener.start() if opener else a.start
    end = _suffix(text, b.end, ceiling)[1] if _suffix(text, b.end, ceiling)[0] == "until" else b.end
    first = a.day
    last = b.last if b.cat == "month" else b.day
    return DateMention(start, end, text[start:end], "until", _iso_or_none(first), _iso_or_none(last))


def find_dates(text: str, published: DATE | None) -> list[DateMention]:
    """All date mentions in ``text``, resolved against ``published``.

    >>> [(m.text, m.kind, m.date, m.until) for m in find_dates(
    ...     "It suspended the rules from now until November 10, 2026; applications due by December 1.",
    ...     DATE(2025, 11, 7))]
    [('from now until November 10, 2026', 'until', '2025-11-07', '2026-11-10'), ('due by December 1', 'deadline', '2025-12-01', None)]
    >>> [(m.text, m.kind, m.date, m.until, m.days) for m in find_dates("自即日起至2026年11月10日暂停，为期一年", DATE(2025, 11, 7))]
    [('自即日起至2026年11月10日', 'until', '2025-11-07', '2026-11-10', None), ('为期一年', 'duration', None, '2026-11-07', 365)]
    """
    cores = _select(_cores(text, published))
    out: list[DateMention] = []
    i, floor = 0, 0
    while i < len(cores):
        ceiling = cores[i + 1].start if i + 1 < len(cores) else len(text)
        if i + 1 < len(cores):
            after = cores[i + 2].start if i + 2 < len(cores) else len(text)
            window = _window(text, cores[i], cores[i + 1], floor, after)
            if window:
                out.append(window)
                floor, i = window.end, i + 2
                continue
        mention = _single(text, cores[i], floor, ceiling)
        out.append(mention)
        floor, i = mention.end, i + 1
    return out
