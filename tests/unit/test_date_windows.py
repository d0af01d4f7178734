"""Window ends stated apart from the act (``extract/date_windows.py``): invented sentences,
exact (type, action, actor, date, until), and the pure ``written_end`` on single sentences."""

from __future__ import annotations

import datetime as dt

import pytest

from policykg.extract.date_windows import written_end
from policykg.extract.dates import find_dates
from tests.unit.test_event_dates import dates

CASES = [
    (
        "window_statement: validity of the extended measure",
        "The United States extended its tariff pause on Chinese goods. The current pause is valid up to December 31.",
        ("TARIFF", "extend", "USA", "2025-12-31"),
    ),
    (
        "window_statement zh: 有效期至",
        "商务部宣布延长对美国商品的关税暂停措施。该措施有效期至2026年3月31日。",
        ("TARIFF", "extend", "CHN", "2026-03-31"),
    ),
    (
        "window_statement: a new deadline noun",
        "Washington extended the tariff truce with China. The new deadline would be December 10.",
        ("TARIFF", "extend", "USA", "2025-12-10"),
    ),
    (
        "no window act: an imposition keeps its own window",
        "China imposed a ban on gallium exports to the United States. The restrictions expire on December 31.",
        ("EXPORT_BAN", "impose", "CHN", None),
    ),
]


@pytest.mark.parametrize(("name", "body", "expected"), CASES, ids=[c[0] for c in CASES])
def test_window_statement(name: str, body: str, expected: tuple) -> None:
    found = {(t, a, actor, until) for t, a, actor, _date, until in dates(body)}
    assert expected in found


PUB = dt.date(2025, 11, 25)
END_CASES = [
    ("The current anti-dumping duties are valid up to October 20, 2026.", "2026-10-20"),
    ("Instead, that will be delayed until Dec. 15.", "2025-12-15"),
    ("该措施有效期至2026年12月31日。", "2026-12-31"),
    ("The new deadline would be 12am on December 10.", "2025-12-10"),
    ("The pause will last until December 10.", "2025-12-10"),
    ("Officials met on December 10.", None),  # a plain day ends no window
    ("The ban applies to goods shipped until December 10.", None),  # no window predicate
    ("The truce was set to expire on December 10.", None),  # old_end: the end before the extension
    ("该措施原定于2025年12月10日到期。", None),
]


@pytest.mark.parametrize(("sentence", "end"), END_CASES, ids=[c[0][:40] for c in END_CASES])
def test_written_end(sentence: str, end: str | None) -> None:
    assert written_end(sentence, 0, len(sentence), find_dates(sentence, PUB)) == end
