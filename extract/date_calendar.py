"""Numbers and calendar arithmetic for the date patterns (pure): English and Chinese number
words, month and weekday names, and the year a month/day without one resolves to.

API (for ``date_patterns.py`` and ``dates.py``)::

    cn_number(text) -> int | None          # "十一" -> 11, "二〇二六" -> 2026
    en_number(word) -> int | None          # "forty-five" -> 45
    recent_day(month, day, published)      # the day of an act: the latest, at most 3 months ahead
    window_end(month, day, published)      # the end of a window: at most a month back
"""

from __future__ import annotations

import calendar
import datetime as dt

DATE = dt.date

_CN_DIGITS = {
    "〇": 0,
    "零": 0,
    "一": 1,
    "二": 2,
    "两": 2,
    "三": 3,
    "四": 4,
    "五": 5,
    "六": 6,
    "七": 7,
    "八": 8,
    "九": 9,
}
_EN_UNITS = [
    "zero",
    "one",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "eleven",
    "twelve",
    "thirteen",
    "fourteen",
    "fifteen",
    "sixteen",
    "seventeen",
    "eighteen",
    "nineteen",
]
_EN_TENS = {
    "twenty": 20,
    "thirty": 30,
    "forty": 40,
    "fifty": 50,
    "sixty": 60,
    "seventy": 70,
    "eighty": 80,
    "ninety": 90,
}
_EN_NUMBERS = {w: i for i, w in enumerate(_EN_UNITS)} | _EN_TENS | {"a": 1, "an": 1, "hundred": 100}
# number_words: "one" … "nineteen", "twenty" … "ninety", "forty-five", "a hundred"
NUMBER_WORDS = (
    r"(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:-(?:one|two|three|four|five|six|seven|eight|nine))?"
    r"|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen"
    r"|eighteen|nineteen|hundred)"
)


def en_number(word: str) -> int | None:
    """An English number word up to ninety-nine, or "hundred" ("forty-five" = 45, "a" = 1).

    >>> en_number("forty-five"), en_number("Seventeen"), en_number("dozen")
    (45, 17, None)
    """
    word = word.lower()
    if word in _EN_NUMBERS:
        return _EN_NUMBERS[word]
    tens, _, unit = word.partition("-")
    if tens in _EN_TENS and unit in _EN_UNITS[1:10]:
        return _EN_TENS[tens] + _EN_UNITS.index(unit)
    return None


MONTHS = {
    name: i
    for i, names in enumerate(
        [
            "",
            "jan january",
            "feb february",
            "mar march",
            "apr april",
            "may",
            "jun june",
            "jul july",
            "aug august",
            "sep sept september",
            "oct october",
            "nov november",
            "dec december",
        ]
    )
    for name in names.split()
}
WEEKDAYS_EN = {
    d: i for i, d in enumerate(["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"])
}
WEEKDAYS_ZH = {c: i for i, c in enumerate("一二三四五六日")} | {"天": 6}


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


def safe_date(year: int, month: int, day: int) -> DATE | None:
    try:
        return DATE(year, month, day) if 1900 <= year <= 2199 else None
    except ValueError:
        return None


def nearest_day(month: int, day: int, published: DATE | None) -> DATE | None:
    """The month/day nearest to publication (tie: the later one)."""
    if published is None:
        return None
    candidates = [
        d for y in (published.year - 1, published.year, published.year + 1) if (d := safe_date(y, month, day))
    ]
    if not candidates:
        return None
    return min(candidates, key=lambda d: (abs((d - published).days), -d.toordinal()))


def recent_day(month: int, day: int, published: DATE | None, ahead: int | None = None) -> DATE | None:
    """A month/day reported as the day of an act: the latest occurrence no more than
    three months after publication ("4月9日" in a November article is April of the
    same year, not of the next; "January 5" in late December is the coming one).

    >>> recent_day(4, 9, DATE(2025, 11, 7)), recent_day(1, 5, DATE(2025, 12, 20))
    (datetime.date(2025, 4, 9), datetime.date(2026, 1, 5))
    """
    if published is None:
        return None
    horizon = published + dt.timedelta(days=_AHEAD_DAYS if ahead is None else ahead)
    years = (published.year + 1, published.year, published.year - 1, published.year - 2)
    return next((d for y in years if (d := safe_date(y, month, day)) and d <= horizon), None)


_AHEAD_DAYS = 92


def window_end(month: int, day: int, published: DATE | None) -> DATE | None:
    """``window_end``: a month/day ending a validity window ("until December 31", "expires Oct. 15")
    is the first occurrence no more than a month before publication: a window reported in the news
    is mostly still running ("until December 31" in May is the coming December, not the last).

    >>> window_end(12, 31, DATE(2019, 5, 1)), window_end(3, 3, DATE(2019, 3, 20))
    (datetime.date(2019, 12, 31), datetime.date(2019, 3, 3))
    """
    if published is None:
        return None
    floor = published - dt.timedelta(days=_BEHIND_DAYS)
    years = (published.year - 1, published.year, published.year + 1)
    return next((d for y in years if (d := safe_date(y, month, day)) and d >= floor), None)


_BEHIND_DAYS = 31


def month_year(month: int, published: DATE | None) -> int | None:
    if published is None:
        return None
    diff = month - published.month
    return published.year - 1 if diff > 6 else published.year + 1 if diff <= -6 else published.year


def add_calendar(base: DATE, years: int = 0, months: int = 0, days: int = 0) -> DATE | None:
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
