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
* ``until``: "until / through / till / expires (on)", "至 / 截至 / ... 止": ``until``; a window
  "from X until Y", "自X起至Y", "from now until Y", "自即日起至Y" gives
  ``date`` = X (the publication date for now / 即日) and ``until`` = Y.
* ``duration``: "for one year", "one-year", "90 days", "six months", "为期一年",
  "90天", "六个月": ``days`` (year = 365, month = 30, week = 7) and ``until`` =
  publication date + the calendar duration.
* ``year``: a year alone, "in 2025", "by 2030", "2030年": ``date`` is ``None``.

Resolution rules (the choices made here):

* A month and day without a year, as a point (the day of an act), is the
  latest occurrence no more than three months after publication: "October 9"
  in a 2025-11-07 article is 2025-10-09, "4月9日" 2025-04-09 (not 2026),
  "January 5" in a 2025-12-20 article 2026-01-05.  As a start, deadline or
  window end it takes the year (publication year -1, 0 or +1) that puts it
  nearest to publication, a tie going to the later date ("by April 9" in
  November is 2026-04-09); a window end, the first no more than a month before
  publication ("until December 31" in May is the coming one).  "December 31 this
  year" / "next year" has its year written.  Without a publication date it stays unresolved
  (``date`` None) but is still reported.
* Chinese dates may have spaces around 年 / 月 / 日 ("2026 年 11 月 10 日");
  Taiwan's Minguo years count from 1911 (民國114年5月1日 = 2025-05-01; a bare
  three-digit year only before a month).
* A month without a day stays ``None`` as a deadline, a point or a start ("by
  December", "12月前", "in December", "2025年12月", "from December", "starting in
  June 2023": ``month_deadline``, the contract's month-only dates give null), and as
  a window end unless its end is written ("through the end of December" = 12-31,
  "until December" None).
  "early / mid / late November" is a month mention (``None`` as a point).
* "today / yesterday / tomorrow", "今日/今天/昨日/昨天/明日/明天", "two days ago", "a week
  ago", 三天前, 两周前 are relative
  to publication.  A weekday ("on Tuesday", "周二", "星期二") is the most recent
  one on or before publication; "last" / "上周" the one of the previous week,
  "next" / "下周" the following one, "this" / "本周" the one of the same week.
* A day right after a future auxiliary ("将于10月14日", "will take effect on Monday",
  ``date_tense.scheduled``) is a ``start``: the act's effective date, which an
  announcement's day outranks.
* A past clause (``date_tense.clause_tense``) moves an inferred year back: "were
  first imposed on Feb. 22" in a December article is the past February.
  今早 / 今晨 / 一早 / 稍早 are the publication day.
* "年底 / 年底前 / 今年年底 / 2025年底" and "end of the year / year-end / end of
  2025" are Dec 31; "月底 / 本月底 / 11月底" the last day of the month; "the end of
  March / end-March / the end of this month" too, but as a month ("at the end of
  March" is no day of an act).
* Impossible dates (February 30, 2025-13-45) are not reported.  "本月" alone,
  "this week" and "recently" are not reported (no day to resolve).
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, replace

from policykg.extract.date_calendar import cn_number, recent_day, safe_date, window_end  # noqa: F401 (cn_number re-exported)
from policykg.extract.date_patterns import Core, find_cores
from policykg.extract.date_tense import clause_tense, effect_day, scheduled, shift_by_tense

DATE = dt.date
_I = re.I


@dataclass(frozen=True)
class DateMention:
    """A date expression: offsets into the string given, its kind and resolution."""

    start: int
    end: int
    text: str
    kind: str  # point | deadline | start | until | duration | year | asof (status_day) | old_end: no day, no end
    date: str | None = None
    until: str | None = None
    days: int | None = None


# --- cue words and windows ------------------------------------------------------------

# clock_bridge: an hour (and its time zone) between a cue and its day, as official notices state them
_CLOCK = (
    r"(?:at\s+)?(?:midnight|noon|\d{1,2}(?::\d{2})?\s*(?:a\.?m\.?|p\.?m\.?)?)"
    r"(?:\s+(?:\(?[A-Z]{2,4}\)?|(?:U\.S\.\s+)?(?:eastern|pacific|central|beijing|local)(?:\s+(?:daylight|standard))?\s+time))?,?"
)
_EN_PREFIX = re.compile(
    r"(?:\b(?P<deadline>(?:(?:expected|due|scheduled|set|slated|required)\s+)?"
    r"(?:by|before|no\s+later\s+than|not\s+later\s+than|prior\s+to|ahead\s+of)|due(?:\s+on)?|deadline\s+(?:of|is|on))"
    r"|\b(?P<start>from|since|starting(?:\s+(?:on|from|in))?|beginning(?:\s+(?:on|in))?|effective(?:\s+(?:from|on))?|as\s+of|commencing|w\.e\.f\.?|on\s+or\s+after)"
    r"|\b(?P<until>until|till|through|up\s*to|(?:expire[sd]?|expiring|lapse[sd]?|ends|ending|(?:will|would|shall|to)\s+end)"
    r"(?:\s+(?:on|at))?"
    r"|(?:extend|extends|extended|extending|prolong|prolongs|prolonged|prolonging|suspend|suspends|suspended"
    r"|suspending|pause|pauses|paused|pausing)\s+(?:[\w.'’-]+\s+){0,9}?to)"
    r"|\b(?P<point>on))"
    rf"(?:\s+{_CLOCK}\s+on)?\s+$",  # clock_bridge: "until 12:01 a.m. EDT on Oct. 15" is still the window's end
    _I,
)
_ZH_PREFIX = re.compile(r"(?:(?P<start>自从|自|从)|(?P<until>截至|截止到|截止|直至|直到|至|到)|(?P<point>在|于))\s*$")
# 6月4日零时起, 2025年1月5日前结束 (the end of a window, not a deadline for an act)
_ZH_SUFFIX = re.compile(
    r"\s*(?:零时|零点|\d{1,2}(?:时|点|:\d\d))?\s*(?:(?P<until>(?:之前|以前|前)(?=结束|截止|届满|到期|终止)|为止|止)"
    r"|(?P<deadline>之前|以前|前)|(?P<start>起|开始|以来))"
)
_CONNECTOR = re.compile(r"\s*(?P<qi>起)?\s*(?:until|till|up\s*to|to|through|and|-|–|—|~|～|至|到)\s*", _I)
_WINDOW_OPENER = re.compile(r"(?:\b(?:from|between)\s+|自|从)$", _I)


def _prefix(text: str, start: int, floor: int) -> tuple[str | None, int]:
    """Cue word just before ``start`` (not reaching before ``floor``): kind, new start."""
    window = text[max(floor, start - 64) : start]
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
    if _EXPIRY_SUFFIX.match(text, end, ceiling):  # expiry_suffix: 将于2026年3月31日到期
        return "until", end
    return None, end


# expiry_suffix: a verb of expiring right after the day (到期, 届满, 期满, 失效) makes the day a window's end, as
# "expires on" before it does; the verb stays outside the mention (the clause's own predicate)
_EXPIRY_SUFFIX = re.compile(r"\s*(?:零时|零点|\d{1,2}(?:时|点|:\d\d))?\s*(?:正式)?(?:到期|届满|期满|失效)")


def _iso_or_none(d: DATE | None) -> str | None:
    return d.isoformat() if d else None


# duration_to: "extended the pause by 90 days to Feb. 23", "for another year, to June 30": after a duration, "to"
# introduces the end the duration reaches
_DURATION_TO = re.compile(r"\s*,?\s*to\s+", _I)


def _single(
    text: str, core: Core, floor: int, ceiling: int, published: DATE | None = None, after_duration: bool = False
) -> DateMention:
    if core.fixed_kind:
        return DateMention(
            core.start,
            core.end,
            text[core.start : core.end],
            core.fixed_kind,
            None,
            _iso_or_none(core.until),
            core.days,
        )
    kind, start = _prefix(text, core.start, floor)
    if kind is None and after_duration and _DURATION_TO.fullmatch(text, floor, core.start):
        kind = "until"  # duration_to
    suffix_kind, end = _suffix(text, core.end, ceiling)
    kind = suffix_kind or kind or "point"
    if kind == "point" and core.now:
        kind = "start"
    ahead = kind == "point" and (scheduled(text, core.start) or effect_day(text, core.start, core.end))
    day = _resolve(text, core, kind, published, ahead)
    if kind == "start" and core.md and since_cue(text, start, core.end, end):  # since_past: "since May 3"
        day = recent_day(*core.md, published, ahead=_SKEW_DAYS) or day
    if kind == "until" and _past_end(text, start, core):  # past_end: "expired on March 31"
        day = recent_day(*core.md, published, ahead=_SKEW_DAYS) if core.md else core.day if core.weekday else day
    if ahead and day is not None:
        kind = "start"  # scheduled_day: "将于10月14日征收", "will take effect on Monday": an effective date
    if kind == "until" and _status_day(text, start, day, published):
        return DateMention(start, end, text[start:end], "asof")
    if kind == "until" and _OLD_END.search(text, max(0, start - 40), start):
        return DateMention(start, end, text[start:end], "old_end")
    date, until = (None, day) if kind == "until" else (day, None)
    return DateMention(start, end, text[start:end], kind, _iso_or_none(date), _iso_or_none(until))


# since_past: "since", "ever since", 自从, 以来 open a time that runs up to now
_SINCE_BEFORE = re.compile(r"(?:ever\s+)?since\b|自从", _I)
_SINCE_AFTER = re.compile(r"\s*(?:零时|零点)?\s*以来")


def since_cue(text: str, start: int, core_end: int, end: int) -> bool:
    """``since_past``: is the start ``text[start:end]`` told with a cue of a time running up to now ("has
    banned exports since May 3", "in place since March 1", 自5月3日以来, 自从5月3日起)?  Such a start lies on
    or before publication, however near the next occurrence of its month and day ("since May 3" in a
    November article is the past May, not the coming one)."""
    return bool(_SINCE_BEFORE.match(text, start) or _SINCE_AFTER.match(text[:end], core_end))


# old_end: the end a window had before an act changed it ("the pause, which was set to expire on Dec. 1, …"):
# no end of the act's own window
_OLD_END = re.compile(
    r"\b(?:was|were|had\s+been)\s+(?:originally\s+)?(?:set|due|scheduled|slated|supposed)\s+to\s*$"
    r"|\bwould\s+(?:otherwise\s+)?have\s*$",
    _I,
)

# status_day: 截至 / 截止到 a day already past states how things stood then ("截至11月20日，商务部已批准30份申请"),
# no window's end and no act's day
_STATUS_CUE = re.compile(r"截至|截止到|截止")


def _status_day(text: str, start: int, day: DATE | None, published: DATE | None) -> bool:
    return bool(day and published and day <= published and _STATUS_CUE.match(text, start))


# past_end: a window told as expired ("expired on March 31", "lapsed on") ended on or before publication
_PAST_END = re.compile(r"\b(?:expired|lapsed)\b", _I)
_EXPIRY = re.compile(r"(?:\bto|\blet\s+(?:[\w'’-]+\s+){1,8}?)\s*(?:expire|lapse|end|run\s+out)\b", _I)
_SKEW_DAYS = 2


def _past_end(text: str, start: int, core: Core) -> bool:
    """``past_end``: is the window's end told as past: "expired on March 31", or the infinitive of a
    verb of expiring in a past clause ("allowed the ban to expire on Friday"; not "the curbs expire on
    June 30, the government said": a present expiry stays ahead)?"""
    if _PAST_END.search(text, start, core.start):
        return True
    to_expire = _EXPIRY.search(text, max(0, start - 60), core.start)  # "to" / "let …" stand before the cue
    own = to_expire is not None and to_expire.end() > start  # the verb of expiring is this mention's cue
    return own and clause_tense(text, core.start, core.end) == "past"


def _resolve(text: str, core: Core, kind: str, published: DATE | None, ahead: bool) -> DATE | None:
    """The day of ``core`` as a mention of ``kind``, its year or week inferred when not written
    (``ahead``: a day scheduled after a future auxiliary lies ahead, as a window end does)."""
    day = core.day
    if core.md and kind == "point":  # the day of an act: the recent one (see recent_day)
        day = (window_end if ahead else recent_day)(*core.md, published) or day
    if core.md and kind == "until":  # the end of a window: mostly still running (see window_end)
        day = window_end(*core.md, published) or day
    if core.weekday and kind in ("until", "deadline") and day and published and day < published:
        day = day + dt.timedelta(days=7)  # "extended to Friday", "by Monday": the coming one
    if core.weekday and kind == "start" and day and published and day < published:
        day = _future_start(text, core, day)
    if core.weekday and kind == "point" and scheduled(text, core.start):  # not 于周一生效: that may be past news
        day = scheduled_weekday(day, published)
    if kind == "point" and (core.md or core.weekday):  # clause_tense: past days lie before publication
        step = "week" if core.weekday else "year"
        tense = clause_tense(text, core.start, core.end)
        tense = None if ahead and tense == "past" else tense  # "将于4月2日宣布": scheduled, whatever follows
        day = shift_by_tense(day, published, tense, step)
    if core.cat == "month":
        day = month_window_end(core) if kind in ("until", "deadline") else None  # month_deadline
    return day


def scheduled_weekday(day: DATE | None, published: DATE | None) -> DATE | None:
    """``scheduled_weekday``: a bare weekday after a future auxiliary ("将于周三对……实施", "拟于周五签署")
    is the coming one, not the last: a scheduled act lies ahead of publication."""
    if day is None or published is None or day >= published:
        return day
    return day + dt.timedelta(days=7)


def _future_start(text: str, core: Core, day: DATE) -> DATE:
    """``future_start``: a bare weekday starting a measure in a future clause ("will apply starting
    Monday", 将于周一起生效) is the coming one, not the last."""
    tense = clause_tense(text, core.start, core.end)
    ahead = tense in ("future", "future_near") or scheduled(text, core.start)
    return day + dt.timedelta(days=7) if ahead else day


def month_window_end(core: Core) -> DATE | None:
    """``month_window_end``: a window end naming a month is its last day only when the month's end
    is written ("until the end of March", 3月底: a core whose first day is its last); a bare month
    ("until October", "extended to mid-December", "until late March") writes no day, and the
    contract keeps no month-only end."""
    return core.last if core.day is not None and core.day == core.last else None


def _window(text: str, a: Core, b: Core, floor: int, ceiling: int) -> DateMention | None:
    """``from A until B`` / ``自A起至B`` / ``from now until B``, or None."""
    if a.cat not in ("day", "month") or b.cat not in ("day", "month"):
        return None
    gap = _CONNECTOR.fullmatch(text, a.end, b.start)
    opener = _WINDOW_OPENER.search(text, max(floor, a.start - 10), a.start)
    dash = gap is not None and gap.group().strip() in ("-", "–", "—", "~", "～")  # "Jan. 1–March 31"
    if not gap or not (opener or gap["qi"] or a.now or dash or _zh_range(text, a, b, gap.group())):
        return None
    start = opener.start() if opener else a.start
    suffix_kind, suffix_end = _suffix(text, b.end, ceiling)
    end = suffix_end if suffix_kind == "until" else b.end
    last = month_window_end(b) if b.cat == "month" else b.day
    if a.day and last and last < a.day and b.md:  # "June 1 - June 30": the end of the same window
        last = next((d for y in (a.day.year, a.day.year + 1) if (d := safe_date(y, *b.md)) and d >= a.day), last)
    return DateMention(start, end, text[start:end], "until", _iso_or_none(a.day), _iso_or_none(last))


_GLOSS_GAP = re.compile(r"\s*[(（]\s*")


def _paren_gloss(text: str, before: DateMention | None, mention: DateMention) -> DateMention:
    """``paren_gloss``: a day in parentheses right after a start or deadline glosses it ("from Friday (March 1)",
    "从星期五(3月1日)起", "take effect on Monday (Dec. 1)") and is a start or deadline too, not a day of an act."""
    if before is None or mention.kind != "point" or before.kind not in ("start", "deadline"):
        return mention
    if not _GLOSS_GAP.fullmatch(text, before.end, mention.start):
        return mention
    return replace(mention, kind=before.kind)


def _zh_range(text: str, a: Core, b: Core, gap: str) -> bool:
    """``zh_range``: two Chinese days joined by 至 / 到 ("4月1日至6月30日暂停") are a window with or
    without an opening 自 / 从."""
    return gap.strip() in ("至", "到") and a.cat == b.cat == "day" and text[a.end - 1] in "日号"


def find_dates(text: str, published: DATE | None) -> list[DateMention]:
    """All date mentions in ``text``, resolved against ``published``.

    >>> [(m.text, m.kind, m.date, m.until) for m in find_dates(
    ...     "It suspended the rules from now until November 10, 2026; applications due by December 1.",
    ...     DATE(2025, 11, 7))]
    [('from now until November 10, 2026', 'until', '2025-11-07', '2026-11-10'), ('due by December 1', 'deadline', '2025-12-01', None)]
    >>> [(m.text, m.kind, m.date, m.until, m.days) for m in find_dates("自即日起至2026年11月10日暂停，为期一年", DATE(2025, 11, 7))]
    [('自即日起至2026年11月10日', 'until', '2025-11-07', '2026-11-10', None), ('为期一年', 'duration', None, '2026-11-07', 365)]
    """
    cores = find_cores(text, published)
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
        after_duration = bool(out) and out[-1].kind == "duration"
        single = _single(text, cores[i], floor, ceiling, published, after_duration)
        mention = _paren_gloss(text, out[-1] if out else None, single)
        out.append(mention)
        floor, i = mention.end, i + 1
    return out
