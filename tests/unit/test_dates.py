"""Date resolution in English and Chinese against the publication date (exact values)."""

from __future__ import annotations

import datetime as dt

import pytest

from policykg.extract.dates import DateMention, cn_number, find_dates

PUB = dt.date(2025, 11, 7)  # a Friday, like the sample corpus


def _rows(text: str, published: dt.date | None = PUB):
    return [(m.text, m.kind, m.date, m.until, m.days) for m in find_dates(text, published)]


CASES = [
    # English days
    ("November 10", [("November 10", "point", "2025-11-10", None, None)]),
    ("Nov. 10, 2026", [("Nov. 10, 2026", "point", "2026-11-10", None, None)]),
    ("10 November 2025", [("10 November 2025", "point", "2025-11-10", None, None)]),
    ("the 10th of November", [("the 10th of November", "point", "2025-11-10", None, None)]),
    ("It said on October 9 that", [("on October 9", "point", "2025-10-09", None, None)]),
    ("2025-11-10", [("2025-11-10", "point", "2025-11-10", None, None)]),
    ("2025/12/01", [("2025/12/01", "point", "2025-12-01", None, None)]),
    # a day without a year, as the day of an act, is the latest no more than three months ahead
    ("May 5", [("May 5", "point", "2025-05-05", None, None)]),
    ("on January 20", [("on January 20", "point", "2026-01-20", None, None)]),
    ("by May 5", [("by May 5", "deadline", "2026-05-05", None, None)]),  # a deadline looks ahead
    ("4月9日", [("4月9日", "point", "2025-04-09", None, None)]),
    ("自4月9日起", [("自4月9日起", "start", "2026-04-09", None, None)]),
    # windows, deadlines, starts, ends
    ("Jan. 1–March 31, 2026", [("Jan. 1–March 31, 2026", "until", "2026-01-01", "2026-03-31", None)]),  # a dash range
    ("June 1 - June 30", [("June 1 - June 30", "until", "2025-06-01", "2025-06-30", None)]),  # end after start
    ("extended the deadline to Friday", [("extended the deadline to Friday", "until", None, "2025-11-07", None)]),
    ("extended to Monday", [("extended to Monday", "until", None, "2025-11-10", None)]),  # the coming one
    ("due by Tuesday", [("due by Tuesday", "deadline", "2025-11-11", None, None)]),
    ("extended to October 31, 2026", [("extended to October 31, 2026", "until", None, "2026-10-31", None)]),
    ("upto 31st October, 2026", [("upto 31st October, 2026", "until", None, "2026-10-31", None)]),
    (
        "from now until November 10, 2026",
        [("from now until November 10, 2026", "until", "2025-11-07", "2026-11-10", None)],
    ),
    ("from November 10 to December 1", [("from November 10 to December 1", "until", "2025-11-10", "2025-12-01", None)]),
    (
        "between October 1 and November 10",
        [("between October 1 and November 10", "until", "2025-10-01", "2025-11-10", None)],
    ),
    ("until November 10, 2026", [("until November 10, 2026", "until", None, "2026-11-10", None)]),
    ("by December 1", [("by December 1", "deadline", "2025-12-01", None, None)]),
    ("is expected by December 1", [("expected by December 1", "deadline", "2025-12-01", None, None)]),
    ("due by December", [("due by December", "deadline", None, None, None)]),  # month_deadline
    ("no later than January 15", [("no later than January 15", "deadline", "2026-01-15", None, None)]),
    ("since October 9", [("since October 9", "start", "2025-10-09", None, None)]),
    ("effective December 1", [("effective December 1", "start", "2025-12-01", None, None)]),
    # month_start: a month alone as a start gives no day (the contract's month-only dates)
    ("from December", [("from December", "start", None, None, None)]),
    ("自12月起", [("自12月起", "start", None, None, None)]),
    ("by the end of the year", [("by the end of the year", "deadline", "2025-12-31", None, None)]),
    ("by year-end", [("by year-end", "deadline", "2025-12-31", None, None)]),
    ("until the end of next year", [("until the end of next year", "until", None, "2026-12-31", None)]),
    ("the end of 2027", [("the end of 2027", "point", "2027-12-31", None, None)]),
    # month_end: a month's last day as a window end, start or deadline; no day as a point
    ("until the end of March", [("until the end of March", "until", None, "2026-03-31", None)]),
    ("until the end of this month", [("until the end of this month", "until", None, "2025-11-30", None)]),
    ("by end-January", [("by end-January", "deadline", "2026-01-31", None, None)]),
    ("at the end of March", [("the end of March", "point", None, None, None)]),
    # month_window_end: a bare month (or mid-, late month) as a window end writes no day
    ("until October", [("until October", "until", None, None, None)]),
    ("extended to mid-December", [("extended to mid-December", "until", None, None, None)]),
    ("from August to October", [("from August to October", "until", "2025-08-01", None, None)]),
    ("暂停至3月底", [("至3月底", "until", None, "2026-03-31", None)]),
    # written_year: "this year" / "next year" after a month and day
    ("until December 31 this year", [("until December 31 this year", "until", None, "2025-12-31", None)]),
    ("on March 1 next year", [("on March 1 next year", "point", "2026-03-01", None, None)]),
    # window ends: "expire(s) on"; a window end is mostly still running (window_end).  "…到期" is not one: it
    # mostly states when the measure under review or extension would have ended
    ("The waiver expires on Sept. 15", [("expires on Sept. 15", "until", None, "2026-09-15", None)]),
    ("the quotas expire May 31", [("expire May 31", "until", None, "2026-05-31", None)]),
    ("until October 20", [("until October 20", "until", None, "2025-10-20", None)]),
    # clock_bridge: an hour and its time zone between the cue and the day
    (
        "delayed until 12:01 a.m. EDT on Oct. 15",
        [("until 12:01 a.m. EDT on Oct. 15", "until", None, "2025-10-15", None)],
    ),
    ("effective 12:01 a.m. on Dec. 1", [("effective 12:01 a.m. on Dec. 1", "start", "2025-12-01", None, None)]),
    ("took effect at 12:01 a.m. on Monday", [("on Monday", "point", "2025-11-03", None, None)]),
    ("该措施将于2026年11月10日到期", [("于2026年11月10日", "until", None, "2026-11-10", None)]),  # expiry_suffix
    # months alone
    ("early November", [("early November", "point", None, None, None)]),
    ("in November 2024", [("November 2024", "point", None, None, None)]),
    # relative days and weekdays (2025-11-07 is a Friday)
    ("today", [("today", "point", "2025-11-07", None, None)]),
    ("Yesterday", [("Yesterday", "point", "2025-11-06", None, None)]),
    ("tomorrow", [("tomorrow", "point", "2025-11-08", None, None)]),
    ("on Tuesday", [("on Tuesday", "point", "2025-11-04", None, None)]),
    ("on Friday", [("on Friday", "point", "2025-11-07", None, None)]),
    ("last Friday", [("last Friday", "point", "2025-10-31", None, None)]),
    ("next Monday", [("next Monday", "point", "2025-11-10", None, None)]),
    ("this Wednesday", [("this Wednesday", "point", "2025-11-05", None, None)]),
    # durations
    ("for one year", [("for one year", "duration", None, "2026-11-07", 365)]),
    ("a one-year suspension", [("one-year", "duration", None, "2026-11-07", 365)]),
    ("within 90 days", [("90 days", "duration", None, "2026-02-05", 90)]),
    ("for a year", [("for a year", "duration", None, "2026-11-07", 365)]),
    # number_words: any English number word up to ninety-nine, not only the ones seen so far
    ("for seventeen days", [("for seventeen days", "duration", None, "2025-11-24", 17)]),
    ("a seventy-five-day window", [("seventy-five-day", "duration", None, "2026-01-21", 75)]),
    ("fourteen days ago", [("fourteen days ago", "point", "2025-10-24", None, None)]),
    ("for six months", [("for six months", "duration", None, "2026-05-07", 180)]),
    ("two weeks", [("two weeks", "duration", None, "2025-11-21", 14)]),
    ("two years ago", []),
    # relative days: "a week ago", 三天前 (a month or year ago names no day; 3日前 is "before the 3rd")
    ("a week ago", [("a week ago", "point", "2025-10-31", None, None)]),
    ("two days ago", [("two days ago", "point", "2025-11-05", None, None)]),
    ("three months ago", []),
    ("三天前", [("三天前", "point", "2025-11-04", None, None)]),
    ("两周前", [("两周前", "point", "2025-10-24", None, None)]),
    ("a year", []),
    # years
    ("in 2025", [("in 2025", "year", None, None, None)]),
    ("by 2030", [("by 2030", "year", None, None, None)]),
    ("approximately 2000 export applications", []),
    ("75% of 2000 tonnes", []),
    # Chinese
    ("11月10日", [("11月10日", "point", "2025-11-10", None, None)]),
    ("2026年11月10日", [("2026年11月10日", "point", "2026-11-10", None, None)]),
    # spaced digits (HK / Taiwan typography) and Minguo years (+1911)
    ("2026 年 11 月 10 日", [("2026 年 11 月 10 日", "point", "2026-11-10", None, None)]),
    ("於 10 月 9 日公布", [("10 月 9 日", "point", "2025-10-09", None, None)]),
    ("2025 年 12 月", [("2025 年 12 月", "point", None, None, None)]),
    ("民國114年5月1日起", [("民國114年5月1日起", "start", "2025-05-01", None, None)]),
    ("民国113年12月3日", [("民国113年12月3日", "point", "2024-12-03", None, None)]),
    ("114年10月9日", [("114年10月9日", "point", "2025-10-09", None, None)]),
    ("第114条", []),
    ("二〇二六年十一月十日", [("二〇二六年十一月十日", "point", "2026-11-10", None, None)]),
    ("12月1日前", [("12月1日前", "deadline", "2025-12-01", None, None)]),
    ("10月9日", [("10月9日", "point", "2025-10-09", None, None)]),
    ("自即日起至2026年11月10日", [("自即日起至2026年11月10日", "until", "2025-11-07", "2026-11-10", None)]),
    (
        "从2025年11月10日起至2026年11月10日止",
        [("从2025年11月10日起至2026年11月10日止", "until", "2025-11-10", "2026-11-10", None)],
    ),
    ("自即日起", [("自即日起", "start", "2025-11-07", None, None)]),
    ("自12月1日起", [("自12月1日起", "start", "2025-12-01", None, None)]),
    ("截至12月底", [("截至12月底", "until", None, "2025-12-31", None)]),
    # status_day: 截至 a day already past states how things stood then, no window's end
    ("截至10月底", [("截至10月底", "asof", None, None, None)]),
    ("截至11月5日", [("截至11月5日", "asof", None, None, None)]),
    ("今日", [("今日", "point", "2025-11-07", None, None)]),
    ("今天", [("今天", "point", "2025-11-07", None, None)]),
    # paren_day: 今（7）日 / 昨(6)日 as the Taiwanese and Hong Kong press write "today (the 7th)"
    ("商务部今（7）日发布公告", [("今（7）日", "point", "2025-11-07", None, None)]),
    ("经济部昨(6)日表示", [("昨(6)日", "point", "2025-11-06", None, None)]),
    ("今（3）日宣布", [("今（3）日", "point", "2025-11-03", None, None)]),
    ("昨日", [("昨日", "point", "2025-11-06", None, None)]),
    ("本月10日", [("本月10日", "point", "2025-11-10", None, None)]),
    ("为期一年", [("为期一年", "duration", None, "2026-11-07", 365)]),
    ("延长一年", [("一年", "duration", None, "2026-11-07", 365)]),
    ("六个月", [("六个月", "duration", None, "2026-05-07", 180)]),
    ("90天", [("90天", "duration", None, "2026-02-05", 90)]),
    ("半年", [("半年", "duration", None, "2026-05-07", 182)]),
    ("三年前", []),
    ("年底前", [("年底前", "deadline", "2025-12-31", None, None)]),
    ("今年年底", [("今年年底", "point", "2025-12-31", None, None)]),
    ("明年年底前", [("明年年底前", "deadline", "2026-12-31", None, None)]),
    ("2025年底", [("2025年底", "point", "2025-12-31", None, None)]),
    ("11月底", [("11月底", "point", "2025-11-30", None, None)]),
    ("周二", [("周二", "point", "2025-11-04", None, None)]),
    ("上周五", [("上周五", "point", "2025-10-31", None, None)]),
    ("下周一", [("下周一", "point", "2025-11-10", None, None)]),
    ("两周一次", []),  # "every two weeks": 两周 followed by a weekday digit is left alone
    ("2030年", [("2030年", "year", None, None, None)]),
    ("2025年第70号公告", [("2025年", "year", None, None, None)]),
    ("2025年12月", [("2025年12月", "point", None, None, None)]),
    ("2025年12月前", [("2025年12月前", "deadline", None, None, None)]),  # month_deadline
    ("through December", [("through December", "until", None, None, None)]),  # month_window_end
    ("周年", []),
    ("本月", []),
    # impossible dates are not dates
    ("February 30", [("February", "point", None, None, None)]),  # the day is dropped, the month stays
    ("2025-13-45", []),
    ("2月30日", []),
]


@pytest.mark.parametrize("text, expected", CASES, ids=[c[0] for c in CASES])
def test_find_dates(text, expected):
    assert _rows(text) == expected


@pytest.mark.parametrize(
    "text, published, expected",
    [
        ("January 5", dt.date(2025, 12, 20), "2026-01-05"),  # nearest: next year
        ("December 28", dt.date(2026, 1, 3), "2025-12-28"),  # nearest: last year
        ("October 9", dt.date(2025, 11, 7), "2025-10-09"),
        ("May 7", dt.date(2025, 11, 7), "2025-05-07"),  # six months ahead: the past May
        ("from May 7", dt.date(2025, 11, 7), "2026-05-07"),  # a start: nearest, a tie to the later
        ("February 29", dt.date(2025, 11, 7), "2024-02-29"),  # only leap years have it
        ("1月5日", dt.date(2025, 12, 20), "2026-01-05"),
        ("4月9日", dt.date(2025, 11, 20), "2025-04-09"),  # recent past, not next April
        ("2月10日", dt.date(2025, 11, 20), "2026-02-10"),  # 82 days ahead
    ],
)
def test_year_inference_picks_the_nearest_date(text, published, expected):
    assert [m.date for m in find_dates(text, published)] == [expected]


def test_without_a_publication_date_relative_dates_stay_unresolved():
    assert _rows("On November 10 and today, for one year, until Nov. 10, 2026", None) == [
        ("On November 10", "point", None, None, None),
        ("today", "point", None, None, None),
        ("for one year", "duration", None, None, 365),
        ("until Nov. 10, 2026", "until", None, "2026-11-10", None),
    ]


def test_offsets_point_into_the_text_in_a_real_sentence():
    text = (
        "The Ministry of Commerce announced on November 7 a suspension of export controls from now until "
        "November 10, 2026, and applications are due by December 1. 商务部12月1日前发布公告,自即日起至2026年11月10日暂停实施。"
    )
    mentions = find_dates(text, PUB)
    assert [(text[m.start : m.end], m.kind, m.date, m.until) for m in mentions] == [
        ("on November 7", "point", "2025-11-07", None),
        ("from now until November 10, 2026", "until", "2025-11-07", "2026-11-10"),
        ("due by December 1", "deadline", "2025-12-01", None),
        ("12月1日前", "deadline", "2025-12-01", None),
        ("自即日起至2026年11月10日", "until", "2025-11-07", "2026-11-10"),
    ]
    assert all(isinstance(m, DateMention) and text[m.start : m.end] == m.text for m in mentions)


def test_duration_from_a_leap_day_clamps_to_the_month_end():
    assert _rows("for one year", dt.date(2024, 2, 29)) == [("for one year", "duration", None, "2025-02-28", 365)]


@pytest.mark.parametrize(
    "text, value",
    [
        ("十", 10),
        ("十一", 11),
        ("二十", 20),
        ("二十五", 25),
        ("两百", 200),
        ("一百零五", 105),
        ("二〇二六", 2026),
        ("90", 90),
        ("半", None),
    ],
)
def test_cn_number(text, value):
    assert cn_number(text) == value
