"""``conjunct_adjunct`` (extract/date_conjuncts.py): a day fronted in the second of two coordinated
predicates dates that predicate's act, not the first one's (issue 11).

Invented short articles published on Tuesday 2025-11-25 (``rule_cases``); each row gives the
``(type, action, date, until)`` of every event, dated as the contract says: the first conjunct's own
time, month-only or vague ("in July", "last month", 去年), gives null; a day shared by both conjuncts
("Japan on Monday lifted … and imposed …") dates both.
"""

from __future__ import annotations

import datetime as dt

import pytest

from policykg.extract.date_conjuncts import conjunct_cut
from policykg.extract.dates import find_dates
from tests.rule_cases import case_ids, rule_events

MON, FRI = "2025-11-24", "2025-11-21"

CASES = [
    # the second conjunct's fronted day: English, "and" / ", and" / "but", other verbs and tenses
    (
        "India in July banned exports of white rice and on Friday imposed a 20% duty on exports of parboiled rice.",
        {("EXPORT_BAN", "impose", None, None), ("TARIFF", "impose", FRI, None)},
    ),
    (
        "India banned exports of white rice last month and on Monday imposed a 20% duty on exports of parboiled rice.",
        {("EXPORT_BAN", "impose", None, None), ("TARIFF", "impose", MON, None)},
    ),
    (
        "Indonesia suspended nickel exports in 2020 and on Monday raised the export duty on nickel pig iron to 10%.",
        {("EXPORT_BAN", "impose", None, None), ("TARIFF", "impose", MON, None)},
    ),
    (
        "Vietnam lifted its rice export ban and on Monday imposed a 5% tariff on fertiliser imports.",
        {("EXPORT_BAN", "lift", None, None), ("TARIFF", "impose", MON, None)},
    ),
    (
        "China on Friday imposed export controls on gallium and on Monday added ten US firms to its unreliable "
        "entity list.",
        {("EXPORT_CONTROL", "impose", FRI, None), ("SANCTION", "impose", MON, None)},
    ),
    (
        "The EU in May imposed duties on Chinese steel and, on Monday, banned imports of Russian steel.",
        {("TARIFF", "impose", None, None), ("IMPORT_RESTRICTION", "impose", MON, None)},
    ),
    # Chinese, Simplified and Traditional: 并于 / 並於 after the first act, with or without a comma
    (
        "印度7月禁止白米出口并于周一对蒸谷米出口征收20%的关税。",
        {("EXPORT_BAN", "impose", None, None), ("TARIFF", "impose", MON, None)},
    ),
    (
        "印度7月禁止白米出口，並於週一對蒸穀米出口徵收20%的關稅。",
        {("EXPORT_BAN", "impose", None, None), ("TARIFF", "impose", MON, None)},
    ),
    (
        "欧盟3月对中国钢铁征收反倾销税，并于周一宣布延长该措施。",
        {("TARIFF", "impose", None, None), ("TARIFF", "extend", MON, None)},
    ),
    (
        "印尼去年暂停镍矿出口，并于周一将镍铁出口关税提高至10%。",
        {("EXPORT_BAN", "impose", None, None), ("TARIFF", "impose", MON, None)},
    ),
    (
        "美國11月3日對巴西牛肉加徵關稅，並於11月20日取消該關稅。",
        {("TARIFF", "impose", "2025-11-03", None), ("TARIFF", "lift", "2025-11-20", None)},
    ),
    # negative controls: a day before the verb of the first conjunct dates both acts sharing the subject
    (
        "Japan on Monday lifted its ban on Chinese seafood and imposed export controls on gallium.",
        {("IMPORT_RESTRICTION", "lift", MON, None), ("EXPORT_CONTROL", "impose", MON, None)},
    ),
    (
        "日本周一解除对中国水产品的进口禁令，并对镓实施出口管制。",
        {("IMPORT_RESTRICTION", "lift", MON, None), ("EXPORT_CONTROL", "impose", MON, None)},
    ),
]


@pytest.mark.parametrize(("body", "expected"), CASES, ids=case_ids(CASES))
def test_conjunct_day(body: str, expected: set[tuple[str, str, str | None, str | None]]) -> None:
    assert {(e.type, e.action, e.date, e.until) for e in rule_events(body)} == expected


# the cut itself: (text, first trigger, second trigger) -> the text before the cut
CUTS = [
    ("X in July banned rice and on Friday imposed a duty", "banned", "imposed", "X in July banned rice "),
    ("X banned rice and sugar and imposed a duty on Friday", "banned", "imposed", "X banned rice and sugar and "),
    ("X banned rice, and from Monday imposed a duty", "banned", "imposed", "X banned rice"),
    ("X banned rice on Friday and imposed a duty", "banned", "imposed", "X banned rice on Friday and "),
    ("X banned rice and, on Friday, imposed a duty", "banned", "imposed", "X banned rice and"),
]


@pytest.mark.parametrize(("text", "first", "second", "head"), CUTS, ids=[c[0] for c in CUTS])
def test_conjunct_cut(text: str, first: str, second: str, head: str) -> None:
    dates = find_dates(text, dt.date(2025, 11, 25))
    assert text[: conjunct_cut(text, text.index(first), text.index(second), dates)] == head
