"""The date expressions real news uses, by linguistic class, in English and Chinese (Simplified and
Traditional), through the path the pipeline takes: normalisation (NFKC, Traditional to Simplified),
:func:`find_dates`, then :func:`usable_dates` (day-only dates, datelines, anchored days).

Each row is one form of one class, resolved against a Friday publication day; the expected value
lists the ``(kind, date, until)`` of every mention that resolves to a day (month-only, year-only
and vague mentions, "earlier this month", 近日, resolve to nothing, as the contract keeps them null).
The table is written from the classes of the language, not from any article.
"""

from __future__ import annotations

import datetime as dt

import pytest

from policykg.extract.dates import find_dates
from policykg.extract.event_dates import usable_dates
from policykg.extract.normalize import normalise_for_extraction
from tests.rule_cases import rule_events

PUB = dt.date(2024, 3, 15)  # a Friday: Monday is 03-11, Tuesday 03-12, next Monday 03-18


def resolved(text: str, published: dt.date = PUB) -> list[tuple[str, str | None, str | None]]:
    """``(kind, date, until)`` of every mention of ``text`` that resolves to a day."""
    clean = normalise_for_extraction(text).text
    dates = usable_dates(clean, find_dates(clean, published), published)
    return [(d.kind, d.date, d.until) for d in dates if d.kind not in ("duration", "year") and (d.date or d.until)]


P, S, D, U = "point", "start", "deadline", "until"

ABSOLUTE_EN = [
    ("The rule was issued on 12 March 2024.", [(P, "2024-03-12", None)]),
    ("The rule was issued on March 12, 2024.", [(P, "2024-03-12", None)]),
    ("The rule was issued on March 12 2024.", [(P, "2024-03-12", None)]),
    ("The rule was issued on Mar. 12, 2024.", [(P, "2024-03-12", None)]),
    ("The rule was issued on 12 Mar 2024.", [(P, "2024-03-12", None)]),
    ("The rule was issued on Mar. 12th, 2024.", [(P, "2024-03-12", None)]),
    ("The rule was issued on the 12th of March.", [(P, "2024-03-12", None)]),
    # nth_day: a day written by its place in the month
    ("The rule was issued on the last day of February 2024.", [(P, "2024-02-29", None)]),
    ("The rule was issued on the first day of March.", [(P, "2024-03-01", None)]),
    ("The waiver runs until the last day of June.", [(U, None, "2024-06-30")]),
    ("The rule was issued on the 12th.", [(P, "2024-03-12", None)]),  # en_day_only: the publication month
    ("The rule was issued on the 20th.", [(P, "2024-02-20", None)]),  # after publication: the month before
    ("Tariffs date back to the 20th century.", []),
    ("The rule was issued on Mar 12.", [(P, "2024-03-12", None)]),
    ("The rule was issued on Sept. 3.", [(P, "2023-09-03", None)]),  # a past day lies before publication
    ("The rule was issued on 2024-03-12.", [(P, "2024-03-12", None)]),
    ("The rule was issued on 2024/03/12.", [(P, "2024-03-12", None)]),
    ("The rule was issued on 13/03/2024.", [(P, "2024-03-13", None)]),  # day first: 13 is no month
    ("The rule was issued on 03/13/2024.", [(P, "2024-03-13", None)]),  # month first: 13 is no month
    ("The rule was issued on 13.03.2024.", [(P, "2024-03-13", None)]),
    ("The rule was issued on 05.03.2024.", [(P, "2024-03-05", None)]),  # dotted_day: a dotted date is day first
    ("The rule was issued on 12.03.2024.", [(P, "2024-03-12", None)]),
    ("The rule was issued on 05/03/2024.", []),  # ambiguous: March 5 or May 3
    ("The rule was issued on December 5 last year.", [(P, "2023-12-05", None)]),
    ("The rule was issued on Tuesday, March 12.", [(P, "2024-03-12", None), (P, "2024-03-12", None)]),
]

RELATIVE_EN = [
    ("It was issued on Monday.", [(P, "2024-03-11", None)]),
    ("It was issued on Friday.", [(P, "2024-03-15", None)]),  # the publication day itself
    ("It was issued on Saturday.", [(P, "2024-03-09", None)]),
    ("It was issued late on Tuesday.", [(P, "2024-03-12", None)]),
    ("Officials said Thursday the curbs would stay.", [(P, "2024-03-14", None)]),
    ("It was issued last Tuesday.", [(P, "2024-03-12", None)]),
    ("It was issued yesterday.", [(P, "2024-03-14", None)]),
    ("It was issued today.", [(P, "2024-03-15", None)]),
    ("It was issued two days ago.", [(P, "2024-03-13", None)]),
    ("It was issued a week ago.", [(P, "2024-03-08", None)]),
    ("It was issued earlier this month.", []),
    ("It was issued earlier this week.", []),
    ("It was issued last week.", []),
    ("It was issued this year.", []),
    ("It was issued in mid-March.", []),
    ("It was issued late last year.", []),
    (
        "It was issued on Tuesday. A day later, the ministry added firms.",
        [(P, "2024-03-12", None), (P, "2024-03-13", None)],
    ),
    (
        "It was issued on Tuesday. Two days later, the ministry added firms.",
        [(P, "2024-03-12", None), (P, "2024-03-14", None)],
    ),
    (
        "It was issued on Tuesday. The following day the ministry added firms.",
        [(P, "2024-03-12", None), (P, "2024-03-13", None)],
    ),
    ("It was issued on Thursday, a day after Washington acted.", [(P, "2024-03-14", None), (P, "2024-03-13", None)]),
    (
        "It was issued on Thursday, two days before Washington acted.",
        [(P, "2024-03-14", None), (P, "2024-03-16", None)],
    ),
    (
        "It was issued on Tuesday. The previous day, the ministry added firms.",
        [(P, "2024-03-12", None), (P, "2024-03-11", None)],
    ),
    # future tense: the weekday ahead
    ("It will take effect next Tuesday.", [(S, "2024-03-19", None)]),
    ("The tariffs will take effect on Monday.", [(S, "2024-03-18", None)]),
    ("The tariffs take effect Monday.", [(S, "2024-03-18", None)]),  # effect_day: a start ahead
    ("The tariffs went into effect Monday.", [(P, "2024-03-11", None)]),
    ("The tariffs will apply starting Monday.", [(S, "2024-03-18", None)]),
    ("It was announced on Wednesday and takes effect on Monday.", [(P, "2024-03-13", None), (S, "2024-03-18", None)]),
    ("The tariffs take effect on Oct. 15.", [(S, "2024-10-15", None)]),  # effect_day: not last October
    ("The new duties come into force on Oct. 15.", [(S, "2024-10-15", None)]),
    ("The tariffs took effect on Oct. 15.", [(P, "2023-10-15", None)]),
]

WINDOW_EN = [
    ("The duties will be imposed from April 1.", [(S, "2024-04-01", None)]),
    # paren_gloss: a day in parentheses glossing a start is a start too
    ("The duties will apply from Monday (March 18).", [(S, "2024-03-18", None), (S, "2024-03-18", None)]),
    ("关税将从下周一(3月18日)起实施", [(S, "2024-03-18", None), (S, "2024-03-18", None)]),
    ("Starting April 1, Peru will levy duties.", [(S, "2024-04-01", None)]),
    ("Effective April 1, Peru will levy duties.", [(S, "2024-04-01", None)]),
    ("As of April 1, Peru levies duties.", [(S, "2024-04-01", None)]),
    ("Peru levies duties w.e.f. 01.04.2024.", [(S, "2024-04-01", None)]),  # "with effect from", Indian notices
    ("Peru levies duties with effect from 1 April 2024.", [(S, "2024-04-01", None)]),
    ("The ban applies starting in June.", []),  # a month-only start: no day
    ("Firms must apply by June 30.", [(D, "2024-06-30", None)]),
    ("Firms must apply no later than June 30.", [(D, "2024-06-30", None)]),
    ("The tariff applies from April 1 to June 30.", [(U, "2024-04-01", "2024-06-30")]),
    ("The tariff applies between April 1 and June 30.", [(U, "2024-04-01", "2024-06-30")]),
    ("The tariff applies April 1–June 30.", [(U, "2024-04-01", "2024-06-30")]),
    ("The tariffs are suspended through June 30.", [(U, None, "2024-06-30")]),
    ("The waiver is valid till June 30, 2025.", [(U, None, "2025-06-30")]),
    ("The waiver expires June 30.", [(U, None, "2024-06-30")]),
    ("The waiver will expire on June 30.", [(U, None, "2024-06-30")]),
    ("The waiver ends on June 30.", [(U, None, "2024-06-30")]),
    ("The waiver will end June 30.", [(U, None, "2024-06-30")]),
    ("The waiver expires at the end of June.", [(U, None, "2024-06-30")]),
    ("The waiver expired on March 3.", [(U, None, "2024-03-03")]),  # past_end: on or before publication
    ("The EU allowed the waiver to expire on Tuesday.", [(U, None, "2024-03-12")]),  # past_end: "allowed … to expire"
    ("The EU decided to let the waiver lapse on Tuesday.", [(U, None, "2024-03-12")]),
    ("The EU allowed the waiver to lapse on March 3.", [(U, None, "2024-03-03")]),
    ("The EU will allow the waiver to expire on Tuesday.", [(U, None, "2024-03-19")]),  # a future expiry: ahead
    ("The curbs expire on Tuesday, the ministry said.", [(U, None, "2024-03-19")]),  # a present expiry: ahead
    ("The waiver expired on January 31.", [(U, None, "2024-01-31")]),
    ("The waiver lapsed on December 31.", [(U, None, "2023-12-31")]),
    ("The waiver expires on January 31.", [(U, None, "2025-01-31")]),  # a running window: the coming one
    ("The waiver is valid until the end of the year.", [(U, None, "2024-12-31")]),
    ("The waiver runs through the end of 2025.", [(U, None, "2025-12-31")]),
    ("The waiver is extended until end-June.", [(U, None, "2024-06-30")]),
    ("The waiver is extended until June.", []),  # a month-only end is no written day
    ("The EU extended its suspension of tariffs on U.S. goods to June 30.", [(U, None, "2024-06-30")]),
    # old_end: the end a window had before the act changed it is no end of the act's window
    ("The pause, which was set to expire on June 30, was extended until Dec. 31.", [(U, None, "2024-12-31")]),
    ("The pause would have expired on June 30.", []),
    ("The pause is due to expire on June 30.", [(U, None, "2024-06-30")]),  # a running window's own end
]

DATELINE_EN = [
    ("BEIJING, March 12 (Reuters) - China today imposed curbs.", [(P, "2024-03-12", None)]),
    ("WASHINGTON, March 12 (AP) — The U.S. today imposed curbs.", [(P, "2024-03-12", None)]),
    ("WASHINGTON, March 12, 2024 (Reuters) - The U.S. imposed curbs yesterday.", [(P, "2024-03-11", None)]),
    ("BEIJING, March 12 (Xinhua) -- China today imposed curbs.", [(P, "2024-03-12", None)]),
    ("SEOUL, March 12 (Yonhap) -- Seoul on Tuesday imposed curbs.", [(P, "2024-03-12", None)]),
    # dispatch_weekday: a past weekday of a dispatch lies on or before its dateline day
    ("BEIJING, March 12 (Xinhua) -- China on Friday imposed curbs.", [(P, "2024-03-08", None)]),
    ("（中央社記者陳家倫台北12日電）經濟部週五宣布管制。", [(P, "2024-03-08", None)]),
    # city_dateline: the day stays (the lead may take it), its relative days count from it
    ("New Delhi, March 12: India today imposed curbs.", [(P, "2024-03-12", None), (P, "2024-03-12", None)]),
    ("Beijing, March 12 (IANS) China today imposed curbs.", [(P, "2024-03-12", None), (P, "2024-03-12", None)]),
    ("SANDAKAN, March 12 — Malaysia yesterday imposed curbs.", [(P, "2024-03-12", None), (P, "2024-03-11", None)]),
]

ABSOLUTE_ZH = [
    ("商务部2024年3月12日发布公告", [(P, "2024-03-12", None)]),
    ("商务部２０２４年３月１２日发布公告", [(P, "2024-03-12", None)]),  # full-width digits
    ("商务部2024 年 3 月 12 日发布公告", [(P, "2024-03-12", None)]),  # spaced digits
    ("商务部二〇二四年三月十二日发布公告", [(P, "2024-03-12", None)]),
    ("商务部三月十二日发布公告", [(P, "2024-03-12", None)]),
    ("商务部3月12日发布公告", [(P, "2024-03-12", None)]),
    ("商務部3月12號發布公告", [(P, "2024-03-12", None)]),
    ("商务部12日发布公告", [(P, "2024-03-12", None)]),  # day only: the publication month
    ("商务部20日发布公告", [(P, "2024-02-20", None)]),  # after publication's day: the month before
    ("商务部16日发布公告", [(P, "2024-03-16", None)]),  # publication_skew: the day after is this month's
    ("商务部本月12日发布公告", [(P, "2024-03-12", None)]),
    ("商务部上月20日发布公告", [(P, "2024-02-20", None)]),
    ("商务部上个月20日发布公告", [(P, "2024-02-20", None)]),
    ("商务部今年3月12日发布公告", [(P, "2024-03-12", None)]),
    ("商务部去年12月20日发布公告", [(P, "2023-12-20", None)]),
    ("商务部8月1日发布公告", [(P, "2023-08-01", None)]),  # past act: the last August
    ("商务部5月20日发布公告", [(P, "2023-05-20", None)]),  # zh_said: a day of saying lies before publication
    ("4月2日，美国总统宣布加征关税", [(P, "2023-04-02", None)]),
    ("美国将于4月2日宣布新的关税措施", [(S, "2024-04-02", None)]),  # scheduled: ahead, whatever follows
    ("商务部3月16日发布公告", [(P, "2024-03-16", None)]),  # publication_skew: a day after is that day
    ("The ministry announced the curbs on March 17.", [(P, "2024-03-17", None)]),
    ("The ministry announced the curbs on March 20.", [(P, "2023-03-20", None)]),
    ("双方拟于4月2日签署协议", [(S, "2024-04-02", None)]),
    ("民國113年3月12日公告", [(P, "2024-03-12", None)]),  # Taiwan's Minguo year
    ("經濟部113年3月12日公告", [(P, "2024-03-12", None)]),
    ("經濟部今（12）日公告", [(P, "2024-03-12", None)]),
    ("經濟部昨(14)日公告", [(P, "2024-03-14", None)]),
]

RELATIVE_ZH = [
    ("商务部周一发布公告", [(P, "2024-03-11", None)]),
    ("商務部週一發布公告", [(P, "2024-03-11", None)]),
    ("商务部星期二发布公告", [(P, "2024-03-12", None)]),
    ("商務部禮拜二發布公告", [(P, "2024-03-12", None)]),
    ("商务部上周二发布公告", [(P, "2024-03-05", None)]),
    ("商務部上週二發布公告", [(P, "2024-03-05", None)]),
    ("商务部本周二发布公告", [(P, "2024-03-12", None)]),
    ("經濟部週三(13日)發布聲明", [(P, "2024-03-13", None), (P, "2024-03-13", None)]),
    ("商务部昨天发布公告", [(P, "2024-03-14", None)]),
    ("商務部昨日發布公告", [(P, "2024-03-14", None)]),
    ("商务部前天发布公告", [(P, "2024-03-13", None)]),
    ("商务部今天发布公告", [(P, "2024-03-15", None)]),
    ("商务部三天前发布公告", [(P, "2024-03-12", None)]),
    # press_day: the press's one-character 今 / 昨 before a verb of saying or acting; not 至今, 如今, 今年, 今后
    ("經濟部今宣布對南非實施管制", [(P, "2024-03-15", None)]),
    ("財政部昨決議展開反傾銷調查", [(P, "2024-03-14", None)]),
    ("商务部今发布公告", [(P, "2024-03-15", None)]),
    ("外交部昨表示将采取反制措施", [(P, "2024-03-14", None)]),
    ("財政部昨公告課徵反傾銷稅", [(P, "2024-03-14", None)]),
    ("中方今对美国商品加征关税", [(P, "2024-03-15", None)]),
    ("禁令至今仍未解除", []),
    ("如今已实施出口管制", []),
    ("今后将实施出口管制", []),
    ("商务部日前发布公告", []),
    ("商务部近日发布公告", []),
    ("商务部上月发布公告", []),
    ("商务部今年初发布公告", []),
    ("新规将于下周一起生效", [(S, "2024-03-18", None)]),
    ("新规将于周一起生效", [(S, "2024-03-18", None)]),  # a future start: the coming Monday
    ("新規將於週一起生效", [(S, "2024-03-18", None)]),
]

WINDOW_ZH = [
    ("自2024年4月1日起施行", [(S, "2024-04-01", None)]),
    ("自4月1日起施行", [(S, "2024-04-01", None)]),
    ("2024年4月1日起实施", [(S, "2024-04-01", None)]),
    ("自下月1日起实施", [(S, "2024-04-01", None)]),
    ("自明年1月1日起实施", [(S, "2025-01-01", None)]),
    ("该措施自2024年3月12日零时起实施", [(S, "2024-03-12", None)]),
    ("即日起实施", [(S, "2024-03-15", None)]),
    ("俄罗斯今起禁止汽油出口", [(S, "2024-03-15", None)]),  # headline_start: 今起 / 明起 / 即起
    ("新规明起施行", [(S, "2024-03-16", None)]),
    ("新规即起生效", [(S, "2024-03-15", None)]),
    ("措施至今起到作用", []),
    ("该措施将于月底生效", [(S, "2024-03-31", None)]),
    ("该措施自20日起实施", [(S, "2024-03-20", None)]),  # a day-only start: the nearer of this month and the last
    ("该措施将于20日起实施", [(S, "2024-03-20", None)]),
    ("该措施自10日起实施", [(S, "2024-03-10", None)]),
    ("新规10月15日生效", [(S, "2024-10-15", None)]),  # effect_day
    ("新规已于10月15日生效", [(P, "2023-10-15", None)]),
    ("该措施有效期至2025年3月31日", [(U, None, "2025-03-31")]),
    ("暂停实施至2025年3月31日止", [(U, None, "2025-03-31")]),
    ("有效期至今年年底", [(U, None, "2024-12-31")]),
    ("有效期至2025年底", [(U, None, "2025-12-31")]),
    ("有效期至6月30日", [(U, None, "2024-06-30")]),
    ("截至6月30日", [(U, None, "2024-06-30")]),
    ("截至3月10日，商务部已批准30份申请", []),  # status_day: 截至 a past day is how things stood, no window end
    ("截止到3月10日，商务部已批准30份申请", []),
    ("自4月1日起至6月30日实施", [(U, "2024-04-01", "2024-06-30")]),
    ("4月1日至6月30日暂停加征关税", [(U, "2024-04-01", "2024-06-30")]),
    ("2024年4月1日至2025年3月31日暂停加征关税", [(U, "2024-04-01", "2025-03-31")]),
    ("该措施上月底到期", [(U, None, "2024-02-29")]),  # expiry_suffix: 到期 after the day ends a window
]

DATELINE_ZH = [
    ("（中央社記者陳家倫台北12日電）經濟部今天宣布", [(P, "2024-03-12", None)]),
    ("（中央社華盛頓13日綜合外電報導）美國商務部昨天宣布", [(P, "2024-03-12", None)]),
    ("【大紀元2024年03月12日訊】美國商務部今天宣布", [(P, "2024-03-12", None)]),
    ("新華社北京3月12日電 商務部今天宣布", [(P, "2024-03-12", None)]),
    ("新华社北京3月12日电 商务部今天宣布", [(P, "2024-03-12", None)]),
    ("【香港中通社3月12日電】商務部今天宣布", [(P, "2024-03-12", None)]),
    ("【記者王大明／台北報導】經濟部今天宣布", [(P, "2024-03-15", None)]),  # no day: publication's
    ("〔記者林菁樺／台北報導〕經濟部昨天宣布", [(P, "2024-03-14", None)]),
    ("（中央社記者陳家倫台北12日電）經濟部今宣布", [(P, "2024-03-12", None)]),  # press_day counts from the dispatch
    ("〔記者林菁樺／台北報導〕財政部昨決議", [(P, "2024-03-14", None)]),
]

TABLE = ABSOLUTE_EN + RELATIVE_EN + WINDOW_EN + DATELINE_EN + ABSOLUTE_ZH + RELATIVE_ZH + WINDOW_ZH + DATELINE_ZH


@pytest.mark.parametrize(("text", "expected"), TABLE, ids=[t for t, _ in TABLE])
def test_date_form(text: str, expected: list[tuple[str, str | None, str | None]]) -> None:
    assert resolved(text) == expected


# --- the same classes at the level of an event (the whole pipeline, rules only) ---------------------

EVENTS = [
    # reported future: the day of the statement is the act's, whatever time of day follows it
    ("China announced Monday night that it would impose export controls on gallium.", "2025-11-24"),
    ("China announced on Monday evening that it would impose export controls on gallium.", "2025-11-24"),
    # announcing is the act: the statement's day beats the effective date
    ("China said on Monday it will impose export controls on gallium from Dec. 1.", "2025-11-24"),
    ("商务部周一宣布，自12月1日起对镓实施出口管制。", "2025-11-24"),
    ("商務部週一宣布，將於下週一起對鎵實施出口管制。", "2025-11-24"),
    # no announcement day: the stated effective date; a future weekday start is the coming one
    ("China will impose export controls on gallium from Dec. 1.", "2025-12-01"),
    ("China will impose export controls on gallium starting Monday.", "2025-12-01"),
    ("商务部将于周一起对镓实施出口管制。", "2025-12-01"),
    # reported_past: a past act with a time of its own is not dated by the day someone said it
    ("China imposed export controls on gallium in July, the commerce ministry said on Tuesday.", None),
    ("China imposed export controls on gallium last year, the commerce ministry said on Tuesday.", None),
    ("China will impose export controls on gallium in July, the commerce ministry said on Tuesday.", "2025-11-25"),
    ("China imposed export controls on gallium, the commerce ministry said on Tuesday.", "2025-11-25"),
    # perfect_report: a present-perfect act whose only day is the day someone reported it has no date (the
    # contract's "has issued its first permit, the minister said Thursday"); a government announcing it dates it
    ("India has banned exports of onions, the minister said on Monday.", None),
    ("India has lifted its ban on onion exports, the food minister told reporters on Monday.", None),
    ("Russia has decided to extend its ban on gasoline exports, local media reported on Monday.", None),
    ("Japan and China have agreed to resume seafood trade, the Japanese government announced on Monday.", "2025-11-24"),
    # dated_source: a closing source dated by its issue ("according to a notification dated …")
    ("India has banned exports of onions, according to a government notification dated Nov. 20.", "2025-11-20"),
    # a dispatch's 今天 is its dateline's day
    ("（中央社記者陳家倫台北24日電）經濟部今天宣布對南非實施晶片出口管制。", "2025-11-24"),
]


@pytest.mark.parametrize(("body", "day"), EVENTS, ids=[b for b, _ in EVENTS])
def test_event_date_form(body: str, day: str | None) -> None:
    assert [e.date for e in rule_events(body)] == [day]


# --- which clause a day belongs to, by actor (issue 11, engineer xdate6) -----------------------------

CLAUSES = [
    # relative_effect: "that / which takes effect" inside the object's relative clause is no statement of
    # when: the main verb is the act, and its day beats the effective date
    ("India announced on Monday a 20% tariff on steel imports that will take effect on Dec. 1.", {"IND": "2025-11-24"}),
    ("India unveiled on Monday a ban on onion exports that takes effect on Dec. 1.", {"IND": "2025-11-24"}),
    ("India on Monday announced export curbs on onions which will come into force on Dec. 1.", {"IND": "2025-11-24"}),
    (
        "The EU adopted on Monday anti-dumping duties on Chinese steel that will apply from Dec. 1.",
        {"EU": "2025-11-24"},
    ),
    ("The EU will impose anti-dumping duties on Chinese steel that take effect on Dec. 1.", {"EU": "2025-12-01"}),
    # time_clause: a day inside a subordinate clause of time dates that clause's verb, not the main act
    (
        "India banned exports of onions, days after Pakistan announced a ban on Nov. 20.",
        {"IND": None, "PAK": "2025-11-20"},
    ),
    (
        "India banned exports of onions a week after Pakistan imposed a ban on Nov. 20.",
        {"IND": None, "PAK": "2025-11-20"},
    ),
    (
        "Japan raised tariffs on U.S. beef, two days before Washington imposed new duties on Japanese cars on Nov. 20.",
        {"JPN": None, "USA": "2025-11-20"},
    ),
    ("印度禁止洋葱出口，此前巴基斯坦于11月20日宣布禁止洋葱出口。", {"IND": None, "PAK": "2025-11-20"}),
    ("日本提高美国牛肉关税，此前美国于11月20日对日本汽车加征关税。", {"JPN": None, "USA": "2025-11-20"}),
    # expiry_lift: a lift told as letting the measure run out is dated by the day it runs out, with no window end
    ("The European Union allowed its ban on Ukrainian grain imports to expire on Friday.", {"EU": "2025-11-21"}),
    ("The EU allowed its ban on Ukrainian grain imports to lapse on Nov. 14.", {"EU": "2025-11-14"}),
    ("India allowed its ban on onion exports to expire on Friday.", {"IND": "2025-11-21"}),
    ("The EU decided to let its safeguard duties on steel expire on Friday.", {"EU": "2025-11-21"}),
    # anchored_clause: "…on Monday, a day after X did" dates X's clause the day before; "the previous day"
    (
        "China on Monday added 20 U.S. firms to its unreliable entity list, a day after the U.S. imposed tariffs on "
        "Chinese drones.",
        {"CHN": "2025-11-24", "USA": "2025-11-23"},
    ),
    (
        "India banned exports of onions on Monday, two days after Pakistan imposed a ban on wheat exports.",
        {"IND": "2025-11-24", "PAK": "2025-11-22"},
    ),
    (
        "China on Monday added 20 U.S. firms to its unreliable entity list. The previous day, the U.S. imposed "
        "tariffs on Chinese drones.",
        {"CHN": "2025-11-24", "USA": "2025-11-23"},
    ),
    # dated_announcement: a later sentence of no act naming the announcement and its day dates the act
    ("India will ban exports of onions. The announcement on Monday came after prices doubled.", {"IND": "2025-11-24"}),
    ("India will ban exports of onions. Monday's announcement follows a poor harvest.", {"IND": "2025-11-24"}),
    (
        "India will ban exports of onions. The government made the decision on Monday after prices doubled.",
        {"IND": "2025-11-24"},
    ),
    ("印度将禁止洋葱出口。这一决定是周一宣布的。", {"IND": "2025-11-24"}),
    # announced_next: the next sentence gives the day the measure was announced: it beats the start date
    (
        "Russia will ban gasoline exports from Dec. 1. The government said on Monday the decision aims to keep "
        "fuel prices stable.",
        {"RUS": "2025-11-24"},
    ),
    ("俄罗斯将从12月1日起禁止汽油出口。俄罗斯政府周一在官方频道说，这个决定旨在稳定燃料市场。", {"RUS": "2025-11-24"}),
    ("Russia will ban gasoline exports from Dec. 1. Prices rose on Monday.", {"RUS": "2025-12-01"}),
    # same_day: a day told by reference to the one just named is that day
    (
        "China on Monday added 20 U.S. firms to its unreliable entity list. Earlier in the day, the U.S. imposed "
        "tariffs on Chinese drones.",
        {"CHN": "2025-11-24", "USA": "2025-11-24"},
    ),
    (
        "China on Monday added 20 U.S. firms to its unreliable entity list. Later that day, the U.S. imposed "
        "tariffs on Chinese drones.",
        {"CHN": "2025-11-24", "USA": "2025-11-24"},
    ),
    (
        "China on Monday added 20 U.S. firms to its unreliable entity list. The U.S. imposed tariffs on Chinese "
        "drones later in the day.",
        {"CHN": "2025-11-24", "USA": "2025-11-24"},
    ),
    (
        "China on Monday added 20 U.S. firms to its unreliable entity list. That same day, the U.S. imposed "
        "tariffs on Chinese drones.",
        {"CHN": "2025-11-24", "USA": "2025-11-24"},
    ),
    (
        "中国商务部周一将20家美国企业列入不可靠实体清单。同一日，美国宣布对中国无人机加征关税。",
        {"CHN": "2025-11-24", "USA": "2025-11-24"},
    ),
    (
        "中国商务部周一将20家美国企业列入不可靠实体清单。当天早些时候，美国宣布对中国无人机加征关税。",
        {"CHN": "2025-11-24", "USA": "2025-11-24"},
    ),
    # adjunct_close: a trailing attribution dates its sentence when an adjunct of the saying follows its day
    (
        "India will ban exports of onions, the commerce minister said on Monday during a visit to Mumbai.",
        {"IND": "2025-11-24"},
    ),
    (
        "Peru will raise tariffs on Chinese steel, the trade minister told reporters on Monday following talks.",
        {"PER": "2025-11-24"},
    ),
]


@pytest.mark.parametrize(("body", "days"), CLAUSES, ids=[b for b, _ in CLAUSES])
def test_clause_of_day(body: str, days: dict[str, str | None]) -> None:
    assert {e.actors[0]: e.date for e in rule_events(body)} == days


# later_window: the start of a window stated in a later clause of the act's sentence is its effective date
WINDOW_STARTS = [
    ("商务部决定暂停对美加征关税，有效期为2025年12月1日至2026年11月30日。", "2025-12-01"),
    ("商务部决定暂停对美加征关税，暂停期限为一年，自2025年12月1日起至2026年11月30日止。", "2025-12-01"),
    ("商务部决定对原产于美国的进口丙酸发起反倾销调查，倾销调查期为2024年1月1日至2024年12月31日。", None),
]


@pytest.mark.parametrize(("body", "day"), WINDOW_STARTS, ids=[b[:30] for b, _ in WINDOW_STARTS])
def test_later_window(body: str, day: str | None) -> None:
    assert [e.date for e in rule_events(body)] == [day]


# report_day: a measure stated twice, once dated by the day it was reported (昨天通报, 周一表示) and once by the
# earlier day of the act itself (11月20日…发布公告), takes the act's day
REPORTS = [
    (
        "海关总署昨天通报，暂停接受立陶宛牛肉进口申报。11月20日，海关总署发布公告，即日起暂停接受立陶宛牛肉进口申报。",
        ["2025-11-20", "2025-11-20"],
    ),
    (
        "商务部周一表示，暂停对美国出口镓。11月20日，商务部发布公告，即日起暂停对美国出口镓。",
        ["2025-11-20", "2025-11-20"],
    ),
]


@pytest.mark.parametrize(("body", "days"), REPORTS, ids=[b[:30] for b, _ in REPORTS])
def test_report_day(body: str, days: list[str | None]) -> None:
    assert sorted(str(e.date) for e in rule_events(body)) == days


# the window end an act of extension or suspension takes (until), by form
UNTILS = [
    # later_window: a window stated in a later clause gives its end, and its start as the act's effective date;
    # examined_period: the period an investigation examines is no window of the act
    ("商务部决定暂停对美加征关税，有效期为2025年12月1日至2026年11月30日。", "2026-11-30"),
    ("商务部决定对原产于美国的进口丙酸发起反倾销调查，倾销调查期为2024年1月1日至2024年12月31日。", None),
    (
        "China launched an anti-dumping investigation into U.S. propionic acid, with an investigation period from "
        "January 1, 2024 to December 31, 2024.",
        None,
    ),
    ("The EU on Monday suspended its tariffs on U.S. goods until Feb. 28.", "2026-02-28"),
    ("The EU on Monday extended its suspension of tariffs on U.S. goods to Feb. 28.", "2026-02-28"),
    ("The EU on Monday extended its tariff pause for another six months, until May 31.", "2026-05-31"),
    ("The EU on Monday extended its tariff pause, which was set to expire on Dec. 1, until May 31.", "2026-05-31"),
    ("The EU on Monday extended its tariff pause, which was set to expire on Dec. 1, by six months.", None),
    ("The EU on Monday extended its tariff pause through the end of March.", "2026-03-31"),
    ("The EU on Monday extended its tariff pause until mid-2026.", None),
    ("商务部周一宣布，延长对美加征关税暂停期至2026年2月28日。", "2026-02-28"),
    ("商务部周一宣布，对美加征关税暂停期延长至2026年2月28日，原定于12月1日到期。", "2026-02-28"),
    ("商务部周一宣布，继续暂停对美加征24%关税一年，至2026年11月10日。", "2026-11-10"),
]


@pytest.mark.parametrize(("body", "until"), UNTILS, ids=[b[:50] for b, _ in UNTILS])
def test_until_form(body: str, until: str | None) -> None:
    assert [e.until for e in rule_events(body)] == [until]


# dated_month_end: a written year governs a month's end (2026年2月底, 明年2月底) as it does a year's (2025年底)
MONTH_ENDS = [
    ("暂停加征关税至明年2月底", [(U, None, "2025-02-28")]),  # 明年 of a 2024 publication
    ("暂停加征关税至2026年2月底", [(U, None, "2026-02-28")]),
    ("有效期至2025年底", [(U, None, "2025-12-31")]),
    ("有效期至今年年底", [(U, None, "2024-12-31")]),
    ("有效期至年底", [(U, None, "2024-12-31")]),
    ("该措施本月底生效", [(S, "2024-03-31", None)]),
]


@pytest.mark.parametrize(("text", "expected"), MONTH_ENDS, ids=[t for t, _ in MONTH_ENDS])
def test_dated_month_end(text: str, expected: list[tuple[str, str | None, str | None]]) -> None:
    assert resolved(text) == expected


# part_of_day: "this morning" / "tonight" / 今晚 are the publication day, "last night" / 昨晚 / 昨夜 the day before;
# a part of day with no deixis ("at night", "in the morning") names no day
PARTS_OF_DAY = [
    ("It was issued this morning.", [(P, "2024-03-15", None)]),
    ("It was issued this afternoon.", [(P, "2024-03-15", None)]),
    ("It will be issued this evening.", [(P, "2024-03-15", None)]),
    ("It will be issued tonight.", [(P, "2024-03-15", None)]),
    ("It was issued last night.", [(P, "2024-03-14", None)]),
    ("It was issued late last night.", [(P, "2024-03-14", None)]),
    ("It was issued at night.", []),
    ("It was issued in the morning.", []),
    ("商务部昨晚发布公告", [(P, "2024-03-14", None)]),
    ("商務部昨夜發布公告", [(P, "2024-03-14", None)]),
    ("商务部今夜发布公告", [(P, "2024-03-15", None)]),
    ("商务部夜间发布公告", []),
    ("BEIJING, March 12 (Reuters) - China imposed curbs last night.", [(P, "2024-03-11", None)]),
    ("（中央社記者陳家倫台北12日電）經濟部昨晚宣布管制。", [(P, "2024-03-11", None)]),
]


@pytest.mark.parametrize(("text", "expected"), PARTS_OF_DAY, ids=[t for t, _ in PARTS_OF_DAY])
def test_part_of_day(text: str, expected: list[tuple[str, str | None, str | None]]) -> None:
    assert resolved(text) == expected


# paren_month: 本（3）月 / 下(4)月 / 上（2）月, the Taiwanese and Hong Kong press's month glossed by its number
PAREN_MONTHS = [
    ("經濟部本（3）月12日公告", [(P, "2024-03-12", None)]),
    ("經濟部上(2)月20日公告", [(P, "2024-02-20", None)]),
    ("自下（4）月1日起實施", [(S, "2024-04-01", None)]),
    ("經濟部本（3）月公告", []),
]


@pytest.mark.parametrize(("text", "expected"), PAREN_MONTHS, ids=[t for t, _ in PAREN_MONTHS])
def test_paren_month(text: str, expected: list[tuple[str, str | None, str | None]]) -> None:
    assert resolved(text) == expected
