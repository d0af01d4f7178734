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
    # duration_window: a written end completing the act's stated duration (from its date, a start of its sentence
    # or the publication day) is its window end, whatever its action
    (
        "duration_window: from the publication day",
        "Peru imposed provisional anti-dumping duties on Chinese steel for 150 days. The duties will remain in force "
        "until April 6, 2026.",
        ("TARIFF", "impose", "PER", "2026-04-06"),
    ),
    (
        "duration_window: from the act's day",
        "Peru on Thursday imposed provisional anti-dumping duties on Chinese steel for six months. The duties are "
        "valid until May 6, 2026.",
        ("TARIFF", "impose", "PER", "2026-05-06"),
    ),
    (
        "duration_window zh: 为期180天",
        "秘鲁对中国钢铁征收临时反倾销税，为期180天。该措施有效期至2026年5月6日。",
        ("TARIFF", "impose", "PER", "2026-05-06"),
    ),
    (
        "duration_window: from a start of the sentence",
        "Peru will impose anti-dumping duties on Chinese steel for five years starting Dec. 1. The duties will apply "
        "until Nov. 30, 2030.",
        ("TARIFF", "impose", "PER", "2030-11-30"),
    ),
    (
        "duration_window: an end that does not complete the duration is another window",
        "Peru imposed provisional anti-dumping duties on Chinese steel for 150 days. Chile's safeguard on copper runs "
        "until Dec. 31.",
        ("TARIFF", "impose", "PER", None),
    ),
    (
        "measure_window: a range after 'effective from' is the ban's window",
        "India on Monday banned onion exports. The ban is effective from December 1, 2025 to March 31, 2026.",
        ("EXPORT_BAN", "impose", "IND", "2026-03-31"),
    ),
    # generic_window: a pronoun or a generic act noun opening the window sentence refers to the act just before it
    (
        "generic_window: a pronoun subject",
        "India on Monday banned onion exports. It will remain in force until March 31, 2026.",
        ("EXPORT_BAN", "impose", "IND", "2026-03-31"),
    ),
    (
        "generic_window: 'They' after duties",
        "The EU on Monday imposed provisional duties on Chinese steel. They will apply until May 31, 2026.",
        ("TARIFF", "impose", "EU", "2026-05-31"),
    ),
    (
        "generic_window: 'The move'",
        "India on Monday banned onion exports. The move will remain in force until March 31, 2026.",
        ("EXPORT_BAN", "impose", "IND", "2026-03-31"),
    ),
    (
        "generic_window zh: 该措施",
        "印度周一宣布禁止洋葱出口。该措施有效期至2026年3月31日。",
        ("EXPORT_BAN", "impose", "IND", "2026-03-31"),
    ),
    (
        "generic_window zh: 该决定",
        "印度周一宣布禁止洋葱出口。该决定有效期至2026年3月31日。",
        ("EXPORT_BAN", "impose", "IND", "2026-03-31"),
    ),
    (
        "generic_window: 'The suspension' after a typed ban",
        "Indonesia on Monday suspended bauxite exports. The suspension will last until March 31.",
        ("EXPORT_BAN", "impose", "IDN", "2026-03-31"),
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
    ("The suspension will continue until December 10.", "2025-12-10"),  # more verbs of lasting
    ("The measures will stay on hold until December 10.", "2025-12-10"),
    ("The exemption applies until December 10.", "2025-12-10"),
    ("The exemption is effective until December 10.", "2025-12-10"),
    ("The waiver is good through December 10.", "2025-12-10"),
    ("The suspension ends December 10.", "2025-12-10"),
    ("豁免适用至2025年12月10日。", "2025-12-10"),
    ("暂停措施持续至2025年12月10日。", "2025-12-10"),
    # effective_window: a validity window written as a range after "effective / applies from"
    ("The duties are effective from June 23, 2025 to June 22, 2030.", "2030-06-22"),
    ("The ban applies from December 1 to March 31.", "2026-03-31"),
    ("The exemption is applicable from December 1, 2025 to March 31, 2026.", "2026-03-31"),
    ("The ban is effective from December 1.", None),  # a start alone writes no end
    ("Prices rose from December 1 to December 10.", None),  # no window predicate
    ("Officials will meet until December 10.", None),  # no verb of lasting
    ("Officials met on December 10.", None),  # a plain day ends no window
    ("The ban applies to goods shipped until December 10.", None),  # no window predicate
    ("The truce was set to expire on December 10.", None),  # old_end: the end before the extension
    ("该措施原定于2025年12月10日到期。", None),
]


@pytest.mark.parametrize(("sentence", "end"), END_CASES, ids=[c[0][:40] for c in END_CASES])
def test_written_end(sentence: str, end: str | None) -> None:
    assert written_end(sentence, 0, len(sentence), find_dates(sentence, PUB)) == end
