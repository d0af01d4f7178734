"""Relative days and durations behind :func:`policykg.extract.date_patterns.find_cores` (pure):
"today", "yesterday", 昨天, 今（9）日, weekdays ("on Tuesday", "last Friday", 上周二, 週一), "two days
ago", 三天前, and durations ("for 90 days", 为期一年), each resolved against the publication date.

API (for ``date_patterns.py``): the patterns ``EN_RELATIVE``, ``EN_WEEKDAY``, ``EN_AGO``,
``EN_DURATION``, ``ZH_RELATIVE``, ``ZH_PAREN_DAY``, ``ZH_WEEKDAY``, ``ZH_AGO``, ``ZH_DURATION``
and their builders ``relative``, ``paren_day``, ``weekday``, ``ago``, ``duration``.
"""

from __future__ import annotations

import datetime as dt
import re

from policykg.extract.date_calendar import (
    NUMBER_WORDS,
    WEEKDAYS_EN,
    WEEKDAYS_ZH,
    add_calendar,
    cn_number,
    en_number,
    safe_date,
)
from policykg.extract.date_core import Core

DATE = dt.date
_I = re.I
_CNUM = r"[〇零一二两三四五六七八九十]"

# part_of_day: "this morning", "tonight" are the publication day, "last night" the day before (as 今晨 / 昨晚)
EN_RELATIVE = re.compile(
    r"\b(?P<w>today|yesterday|tomorrow|tonight|this\s+(?:morning|afternoon|evening)|last\s+night)\b"
    r"|\bfrom\s+(?P<now>now)\b",
    _I,
)
EN_WEEKDAY = re.compile(
    r"\b(?:(?P<rel>last|this|next)\s+)?(?P<wd>monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b", _I
)
EN_DURATION = re.compile(
    r"\b(?P<for>for\s+(?:a\s+period\s+of\s+|another\s+|an?\s+(?:additional|further)\s+|up\s+to\s+)?)?"
    rf"(?P<n>\d{{1,4}}|{NUMBER_WORDS}|an?)[\s-]+(?P<unit>year|month|week|day)s?\b"
    r"(?!\s+(?:ago|old|earlier|later|before|after)\b|[\s-]+plans?\b)(?:[\s-]+long\b)?",
    _I,
)

# "two days ago", "a week ago", 三天前, 一周前: relative days (months and years ago name no day)
EN_AGO = re.compile(rf"\b(?P<n>\d{{1,2}}|an?|{NUMBER_WORDS})\s+(?P<unit>day|week)s?\s+ago\b", _I)
ZH_AGO = re.compile(
    rf"(?<![\d〇零一二两三四五六七八九十])(?P<n>\d{{1,2}}|{_CNUM}{{1,3}})(?P<unit>天|周|星期)(?:之|以)?前"
)
# press_day: the press's one-character 今 / 昨 before a verb of saying or acting (經濟部今宣布, 財政部昨決議,
# 商务部今发布公告, 外交部昨表示) is today / yesterday; not 至今, 如今, 迄今, 今年, 今后 (no such verb follows)
_PRESS_VERB = (
    r"(?:[将將再也又亦已均]{0,2})(?:宣布|宣佈|发布|發布|公布|公佈|公告|表示|称|稱|指出|决定|決定|决议|決議|通过|通過|"
    r"签署|簽署|实施|實施|启动|啟動|证实|證實|回应|回應|批准|核定|拍板|发表|發表|发出|發出|提出|出台|签发|簽發|下令|"
    r"致函|致信|正式|首度|首次|再度|宣示|召开|召開|举行|舉行|说|說|强调|強調|澄清|指|对|對|向|与|與|在|于|於)"
)
# this_morning: 今早 / 今晨 / 今晚 / 一早 / 稍早 (earlier today, not 稍早前) are the publication day
ZH_RELATIVE = re.compile(
    r"(?P<w>今日|今天|昨日|昨天|明日|明天|前天|后天|今早|今晨|今晚|今夜|昨晚|昨夜|(?<![第之])一早(?!就)|(?<![天日])稍早(?![前之些])"
    r"|(?<![至如而迄])今(?=起)|明(?=起)"  # headline_start: 今起 / 明起 / 即起 实施
    rf"|(?<![至如而迄當当古从從自今昨])[今昨](?={_PRESS_VERB}))"  # press_day
    r"|(?:自|从)?(?P<now>即日|即(?=起))"
)
# paren_day: 今（9）日 / 昨(8)日, the Taiwanese and Hong Kong press's "today (the 9th)"
ZH_PAREN_DAY = re.compile(r"(?P<rel>今|昨|明)\s*[（(]\s*(?P<d>\d{1,2})\s*[）)]\s*日")
ZH_WEEKDAY = re.compile(
    r"(?<![一二两三四五六七八九十\d])(?P<rel>上|本|这|下)?(?:周|星期|礼拜)(?P<wd>[一二三四五六日天])"
)
ZH_DURATION = re.compile(
    r"(?P<for>为期|期限为?|有效期为?)?(?<![\d〇零一二两三四五六七八九十百第])"
    r"(?P<n>\d{1,4}|[一二两三四五六七八九十百半]{1,4})"
    r"(?P<unit>个月|年|周|星期|天|日)(?!前|以前|之前|代|度|级|底|初|月|一度|[一二三四五六日天])"
)


_REL_DAYS = {
    "today": 0,
    "yesterday": -1,
    "tomorrow": 1,
    "今日": 0,
    "今天": 0,
    "昨日": -1,
    "昨天": -1,
    "明日": 1,
    "明天": 1,
    "前天": -2,
    "后天": 2,
    "今早": 0,
    "今晨": 0,
    "今晚": 0,
    "今夜": 0,
    "昨晚": -1,
    "昨夜": -1,
    "tonight": 0,
    "this morning": 0,
    "this afternoon": 0,
    "this evening": 0,
    "last night": -1,
    "一早": 0,
    "稍早": 0,
    "今": 0,
    "昨": -1,
    "明": 1,
}


def relative(m: re.Match[str], pub: DATE | None) -> Core:
    if m["now"]:
        return Core(m.start(), m.end(), "day", pub, now=True)
    delta = _REL_DAYS[re.sub(r"\s+", " ", m["w"].lower())]
    return Core(m.start(), m.end(), "day", pub + dt.timedelta(days=delta) if pub else None)


def paren_day(m: re.Match[str], pub: DATE | None) -> Core:
    """今（9）日: the publication day (昨 the day before, 明 the day after), when its day of
    the month agrees with the number written; else the written day of the publication month."""
    day = pub + dt.timedelta(days={"今": 0, "昨": -1, "明": 1}[m["rel"]]) if pub else None
    if day is not None and day.day != int(m["d"]):
        day = safe_date(day.year, day.month, int(m["d"]))
    return Core(m.start(), m.end(), "day", day)


def weekday(m: re.Match[str], pub: DATE | None) -> Core:
    """Bare weekday: the latest on or before publication; last/next: strictly before/after;
    this/本/这: the same (Monday-based) week; 上/下: the previous/next week."""
    table = WEEKDAYS_EN if m["wd"].isascii() else WEEKDAYS_ZH
    wd, rel = table[m["wd"].lower()], (m["rel"] or "").lower()
    if pub is None:
        return Core(m.start(), m.end(), "day")
    monday, back = pub.toordinal() - pub.weekday(), pub.weekday() - wd
    ordinal = {
        "this": monday + wd,
        "本": monday + wd,
        "这": monday + wd,
        "上": monday - 7 + wd,
        "下": monday + 7 + wd,
        "last": pub.toordinal() - ((back - 1) % 7 + 1),
        "next": pub.toordinal() + ((-back - 1) % 7 + 1),
    }.get(rel, pub.toordinal() - back % 7)
    return Core(m.start(), m.end(), "day", DATE.fromordinal(ordinal), weekday=not rel)


_UNIT = {
    "year": (1, 0, 0, 365),
    "month": (0, 1, 0, 30),
    "week": (0, 0, 7, 7),
    "day": (0, 0, 1, 1),
    "年": (1, 0, 0, 365),
    "个月": (0, 1, 0, 30),
    "周": (0, 0, 7, 7),
    "星期": (0, 0, 7, 7),
    "天": (0, 0, 1, 1),
    "日": (0, 0, 1, 1),
}


def duration(m: re.Match[str], pub: DATE | None) -> Core | None:
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
        n = en_number(raw) or cn_number(raw) or 0
    if not 0 < n <= 3650:
        return None
    until = add_calendar(pub, years * n, months * n, days * n) if pub else None
    return Core(m.start(), m.end(), "duration", days=per * n, until=until, fixed_kind="duration")


def ago(m: re.Match[str], pub: DATE | None) -> Core | None:
    raw, unit = m["n"].lower(), m["unit"].lower()
    n = en_number(raw) or cn_number(raw) or 0
    days = n * (7 if unit in ("week", "周", "星期") else 1)
    if not 0 < days <= 62:
        return None
    return Core(m.start(), m.end(), "day", pub - dt.timedelta(days=days) if pub else None)
