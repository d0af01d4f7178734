"""The tense of the clause a date is written in (pure): a past clause's day lies on or before
publication (rule ``clause_tense``).

A month and day without a year and a bare weekday are resolved against the
publication date by default (:func:`policykg.extract.date_patterns.recent_day`:
the latest occurrence no more than three months ahead; the latest weekday on or
before publication).  The clause's tense corrects the default: "the duties first
imposed on Feb. 22" in a December article is the past February; "talks will
resume on Tuesday" in a Friday article is the coming Tuesday (rule ``future_weekday``:
a bare weekday after an English future marker that is the nearest marker of its clause,
"China will impose duties on steel on Friday").  Other future clauses keep the
default (see :func:`shift_by_tense`).

The tense is read from the tense marker nearest the date in its clause (between
the nearest ``.;!?。；`` or line break on either side): an English past form
("was", "said", "imposed") or future marker ("will", "is scheduled", "due"), a
Chinese aspect or modal (了 / 已 / 曾; 将 / 拟 / 即将).  "said on Friday it will
impose" is past: "said" is nearer the day than "will".
"""

from __future__ import annotations

import datetime as dt
import re

DATE = dt.date

_FUTURE_EN = (
    r"will|shall|'ll|scheduled|slated|due|expected|planned|plans|plan|intends|upcoming|set\s+to|going\s+to"
    r"|(?:is|are)\s+to|(?:take|takes)\s+effect|(?:come|comes|enter|enters)\s+into\s+force|(?:go|goes)\s+into\s+effect"
    r"|(?:kick|kicks)\s+in"
)
# a participle after "be" is no past form: "will be signed on 15 January" is future
_PAST_EN = (
    r"(?<!\bbe )(?:was|were|had|did|said|told|took|made|began|came|went|gave|met|held|struck|signed|won"
    r"|brought|bought|sought|sent|spent|built|led|left|lost|paid|sold|kept|chose|rose|fell|froze|broke|drew"
    r"|threw|stood|spoke|wrote|saw|knew|grew|became|found|thought|felt|heard|meant|ran"
    r"|[a-z]{2,}[^e\W]ed)"
)
_MARKER = re.compile(
    rf"\b(?P<future>{_FUTURE_EN})\b|\b(?P<past>{_PAST_EN})\b|(?P<zh_future>即将|将于|将|拟|预计|计划)"
    r"|(?P<zh_past>已经|已|曾|了)"
    # zh_said: a verb of saying or issuing right after a day makes it a day already past (4月2日宣布)
    r"|(?P<zh_said>宣布|表示|发布|公布|印发|签署|宣称|通报|指出|透露|证实)"
)
_BOUNDARY = re.compile(r"[.;!?。；！？\n]")
_REACH = 120  # characters either side of the date that the clause may take


def clause_tense(text: str, start: int, end: int) -> str | None:
    """The tense marker nearest ``text[start:end]`` in its clause: "past", "future",
    "future_near" (an English future marker before the day) or None."""
    lo = max(0, start - _REACH)
    before = [m.end() for m in _BOUNDARY.finditer(text, lo, start) if not _abbreviation(text, m.start())]
    lo = before[-1] if before else lo
    hi_match = next(
        (m for m in _BOUNDARY.finditer(text, end, end + _REACH) if not _abbreviation(text, m.start())), None
    )
    hi = hi_match.start() if hi_match else min(len(text), end + _REACH)
    best: tuple[int, str] | None = None
    for m in _MARKER.finditer(text, lo, hi):
        if start <= m.start() < end or (m["zh_said"] and m.end() <= start):
            continue  # zh_said: 4月2日宣布 is a day of saying, a past one; 宣布4月2日加征 may name a day ahead
        gap = start - m.end() if m.end() <= start else m.start() - end
        gap += 2 if m["zh_said"] else 0  # 拟于周一签署: the auxiliary before the day outweighs the verb after it
        kind = "future" if (m["future"] or m["zh_future"]) else "past"
        if m["future"] and m.end() <= start:
            kind = "future_near"  # future_weekday: "will take effect on Monday", "will impose duties on … Friday"
        if best is None or gap < best[0]:
            best = (gap, kind)
    return best[1] if best else None


def tense_before(text: str, lo: int, hi: int) -> str | None:
    """The tense of the last marker in ``text[lo:hi]`` ("past", "future" or None): the tense of the
    verb governing a time told after it ("imposed curbs in July" is past, "will impose … in July" future)."""
    last = None
    for m in _MARKER.finditer(text, lo, hi):
        last = m if not m["zh_said"] else last  # 宣布7月…: the content of a statement may lie ahead
    if last is None:
        return None
    return "future" if (last["future"] or last["zh_future"]) else "past"


def _abbreviation(text: str, dot: int) -> bool:
    """A full stop of an abbreviation ("Feb. 22", "U.S.") ends no clause."""
    if text[dot] != ".":
        return False
    glued = dot + 1 < len(text) and not text[dot + 1].isspace()  # "U.S", "3.5"
    return glued or _ABBR.search(text, max(0, dot - 6), dot + 1) is not None


_ABBR = re.compile(r"\b(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|No|Mr|Ms|Dr|St|U\.S|U\.K)\.\Z")


def shift_by_tense(day: DATE | None, published: DATE | None, tense: str | None, step: str) -> DATE | None:
    """Move a default-resolved ``day`` across publication when its clause says so: a past
    clause's day after publication goes back one ``step`` ("year" or "week"); a bare weekday
    right after an English future marker ("future_near") before publication goes forward a week.

    Other future clauses keep the default: moving them forward was measured to do harm,
    since a future act is often dated by the day it was announced ("9月6日表示,将扩大……",
    "美方周二宣布将加征……")."""
    if day is None or published is None or tense is None:
        return day
    if tense == "past" and day > published + dt.timedelta(days=_SKEW if step == "year" else 0):
        return _step(day, step, -1)
    if tense == "future_near" and step == "week" and day < published:
        return _step(day, step, 1)
    return day


# publication_skew: a past day at most two days after publication is that day, not last year's (a
# timestamp in another time zone, or the day of crawling, may precede the local day of the news)
_SKEW = 2


def _step(day: DATE, step: str, sign: int) -> DATE | None:
    if step == "week":
        return day + dt.timedelta(days=7 * sign)
    try:
        return day.replace(year=day.year + sign)
    except ValueError:  # February 29
        return None


# scheduled_day: a future auxiliary right before the day ("将于10月14日", "拟在", "定于"; "will take effect on",
# "is scheduled to begin on", "will be imposed from")
_SCHEDULED = re.compile(
    r"(?:将|拟|(?<!决)定|预计|计划|將|擬|預計|計劃)(?:于|於|在|自)\s*$"
    r"|\b(?:will|shall|(?:is|are)\s+(?:scheduled|set|slated|due)\s+to)(?:\s+[A-Za-z'-]+){0,3}\s+(?:on|from)\s+$",
    re.IGNORECASE,
)


# effect_day: a present or future predicate of taking effect right before the day ("take effect on", "comes into
# force on", "goes into effect", "kicks in on"), or 生效 / 施行 right after it (10月15日生效), states the day a
# measure starts, which lies ahead; past forms ("took effect", "came into force", 已于…生效) do not
_EFFECT_BEFORE = re.compile(
    r"(?:\b(?:take|takes|taking)\s+effect|\b(?:come|comes|coming|enter|enters|entering)\s+into\s+force"
    r"|\b(?:go|goes|going)\s+into\s+effect|\b(?:kick|kicks)\s+in)\s+(?:on\s+|from\s+)?$",
    re.IGNORECASE,
)
_EFFECT_AFTER = re.compile(r"\s*(?:零时|零点)?\s*(?:起)?\s*(?:正式)?(?:生效|施行)")
_DONE = re.compile(r"(?:已经|已|曾)\s*(?:于|在)?\s*$")


def effect_day(text: str, start: int, end: int) -> bool:
    """Is the day ``text[start:end]`` the day a measure takes effect, told in the present or future
    ("The tariffs take effect on Oct. 15", 新规10月15日生效)?  Such a day lies ahead of a past one."""
    if _EFFECT_BEFORE.search(text, max(0, start - 40), start):
        return True
    return bool(_EFFECT_AFTER.match(text, end)) and not _DONE.search(text, max(0, start - 6), start)


def scheduled(text: str, start: int) -> bool:
    """Is the day at ``start`` the scheduled day of a future act, governed by a future auxiliary
    right before it ("美国将于10月14日起征收" / "将于10月14日对……征收", "the duties will take effect on
    Monday")?  Such a day is the act's stated effective date, which the contract takes only when
    the text dates no announcement: "4月17日宣布……将于10月14日起征收港口费" is dated April 17."""
    return bool(_SCHEDULED.search(text, max(0, start - 50), start))
