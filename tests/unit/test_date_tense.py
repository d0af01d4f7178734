"""Rules clause_tense (extract/date_tense.py) and this_morning (date_patterns): a past clause's
undated-year day or bare weekday lies on or before publication; 今早 / 一早 / 稍早 are the
publication day (invented sentences)."""

from __future__ import annotations

import datetime as dt

import pytest

from policykg.extract.date_tense import clause_tense, shift_by_tense
from policykg.extract.dates import find_dates

FRIDAY = dt.date(2025, 12, 5)


def days(text: str, published: dt.date = FRIDAY) -> list[tuple[str, str | None]]:
    return [(m.text, m.date) for m in find_dates(text, published)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a past clause: the past February, not the coming one (three months ahead by default)
        ("The levies were first imposed on Feb. 22 last winter.", [("on Feb. 22", "2025-02-22")]),
        ("Peru sought talks on Feb. 22.", [("on Feb. 22", "2025-02-22")]),  # an irregular past form
        ("The ministry spoke to exporters on Feb. 22.", [("on Feb. 22", "2025-02-22")]),
        ("商务部曾于2月22日发布公告", [("于2月22日", "2025-02-22")]),
        # a future clause keeps the default (the coming February)
        ("The levies will take effect on Feb. 22.", [("on Feb. 22", "2026-02-22")]),
        ("The levies will take effect on April 1.", [("on April 1", "2026-04-01")]),  # scheduled: ahead, however far
        ("The pact will be signed on Feb. 22.", [("on Feb. 22", "2026-02-22")]),  # "be signed" is no past form
        ("The new duties are to take effect Feb. 22.", [("Feb. 22", "2026-02-22")]),
        # no tense marker: the default
        ("Deadline: Feb. 22", [("Feb. 22", "2026-02-22")]),
        # the nearest marker decides: "said" dates the statement
        ("The agency said on Feb. 2 it will add the firms.", [("on Feb. 2", "2025-02-02")]),
    ],
)
def test_a_past_clause_dates_its_day_before_publication(text: str, expected) -> None:
    assert days(text) == expected


@pytest.mark.parametrize(
    ("text", "tense"),
    [
        ("Officials announced the curbs on Monday.", "past"),
        ("Officials will announce the curbs on Monday.", "future_near"),
        ("On Monday, the ministry banned the exports.", "past"),
        ("The rules come into force on Monday.", "future_near"),
        ("Talks on Monday.", None),
        ("海关总署已于周一暂停进口", "past"),
        ("双方拟于周一签署协议", "future"),
        # the clause ends at a full stop, but not at an abbreviation's
        ("Talks resumed. The rules apply on Monday.", None),
        ("The U.S. imposed duties on Monday.", "past"),
    ],
)
def test_clause_tense_reads_the_nearest_marker_of_the_clause(text: str, tense: str | None) -> None:
    day = text.index("Monday") if "Monday" in text else text.index("周一")
    assert clause_tense(text, day, day + 2) == tense


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # future_near: a bare weekday right after an English future marker is the coming one
        ("The curbs will come into force Wednesday.", [("Wednesday", "2025-12-10")]),
        ("Talks will resume on Monday.", [("on Monday", "2025-12-08")]),
        # a past form nearer the day keeps it in the past
        ("Beijing will answer the tariffs announced Monday.", [("Monday", "2025-12-01")]),
        # the publication day itself stays
        ("The rules will take effect on Friday.", [("on Friday", "2025-12-05")]),
    ],
)
def test_a_future_weekday_is_the_coming_one(text: str, expected) -> None:
    assert days(text) == expected


def test_shift_by_tense_moves_past_days_back_and_near_future_weekdays_forward() -> None:
    ahead = dt.date(2026, 2, 22)
    assert shift_by_tense(ahead, FRIDAY, "past", "year") == dt.date(2025, 2, 22)
    assert shift_by_tense(dt.date(2025, 12, 12), FRIDAY, "past", "week") == dt.date(2025, 12, 5)
    assert shift_by_tense(ahead, FRIDAY, "future", "year") == ahead
    assert shift_by_tense(dt.date(2025, 12, 1), FRIDAY, "future", "week") == dt.date(2025, 12, 1)
    assert shift_by_tense(dt.date(2025, 12, 1), FRIDAY, "future_near", "week") == dt.date(2025, 12, 8)
    assert shift_by_tense(dt.date(2028, 2, 29), FRIDAY, "past", "year") is None  # no 29 February in 2027


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("中方今早宣布暂停进口", [("今早", "2025-12-05")]),
        ("中方一早先是暂停出口", [("一早", "2025-12-05")]),
        ("稍早又暂停了水果输入", [("稍早", "2025-12-05")]),
        ("海关今晨发布公告", [("今晨", "2025-12-05")]),
        # not a day: 稍早前 (some time ago), 一早就 (long since)
        ("稍早前已有报道", []),
        ("各方一早就知道", []),
    ],
)
def test_this_morning_is_the_publication_day(text: str, expected) -> None:
    assert days(text) == expected


def test_earlier_the_same_day_is_not_the_publication_day() -> None:
    assert days("当天稍早时，商务部还发布了公告") == []


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # scheduled_day: a future auxiliary right before the day makes it the act's effective date
        ("美国将于10月14日对相关船舶征收港口费", "start"),
        ("The duties will take effect on Monday.", "start"),
        ("Talks are scheduled to resume on Dec. 20.", "start"),
        # the day of an announcement of a future act stays the act's day
        ("美方周二宣布将加征关税", "point"),
        ("Peru said on Monday it will raise tariffs.", "point"),
        ("The duties took effect on Monday.", "point"),
    ],
)
def test_scheduled_day_is_an_effective_date(text: str, kind: str) -> None:
    assert [m.kind for m in find_dates(text, FRIDAY)] == [kind]
