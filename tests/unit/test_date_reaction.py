"""``reaction_day`` (extract/date_reported.py): a measure named as the object of another party's reaction
takes no day of the reaction, nor the news day of an article whose news is the reaction (issue 11).

Invented short articles published on Tuesday 2025-11-25 (``rule_cases``), English and Chinese (Simplified
and Traditional); each row gives the ``(type, action, date, until)`` of every event.  The contract dates an
act by the day the act itself is dated, else its effective date, else null: "South Korea on Monday
condemned Japan's export controls" dates the condemnation, not the controls.  Negative controls: the
reacting party's own act keeps the day ("imposed export controls … in response to US tariffs").
"""

from __future__ import annotations

import pytest

from tests.rule_cases import case_ids, rule_events

MON, FRI = "2025-11-24", "2025-11-21"

CASES = [
    # verbs of reacting: condemn, criticise, slam, express concern over, respond to, welcome
    (
        "South Korea on Monday condemned Japan's export controls on chip materials.",
        {("EXPORT_CONTROL", "impose", None, None)},
    ),
    (
        "China on Monday criticised the Dutch decision to expand export controls on chip machines.",
        {("EXPORT_CONTROL", "impose", None, None)},
    ),
    (
        "Canada's trade minister on Monday slammed the 25% US tariffs on Canadian aluminium.",
        {("TARIFF", "impose", None, None)},
    ),
    (
        "The EU on Monday expressed concern over China's export controls on rare earths.",
        {("EXPORT_CONTROL", "impose", None, None)},
    ),
    ("Beijing on Monday responded to the new US tariffs on Chinese goods.", {("TARIFF", "impose", None, None)}),
    (
        "Japan on Monday welcomed the EU decision to lift import restrictions on Japanese food.",
        {("IMPORT_RESTRICTION", "lift", None, None)},
    ),
    # Chinese: a verb of reacting before the measure, or 对 / 针对 … the measure … 表示不满
    ("中方周一谴责美方对中国商品加征关税。", {("TARIFF", "impose", None, None)}),
    (
        "中国商务部周一发布声明，针对荷兰政府扩大光刻机出口管制的决定表示不满。",
        {("EXPORT_CONTROL", "impose", None, None)},
    ),
    # the measure dated by its own day in an earlier sentence: the reaction restates it, one event
    (
        "荷兰政府9月6日表示,将扩大对光刻机的出口限制。中国商务部9月8日发布声明,针对荷兰政府扩大对光刻机出口管制的决定表示不满。",
        {("EXPORT_CONTROL", "impose", "2025-09-06", None)},
    ),
    (
        "Japan imposed export controls on chip materials last week. South Korea on Monday condemned Japan's export "
        "controls on chip materials.",
        {("EXPORT_CONTROL", "impose", None, None)},
    ),
    # negative controls: the party's own act, its own reaction by a measure, an announcement
    (
        "China on Monday imposed export controls on gallium in response to US tariffs.",
        {("EXPORT_CONTROL", "impose", MON, None)},
    ),
    ("中国商务部周一宣布对美国商品加征10%关税。", {("TARIFF", "impose", MON, None)}),
    ("中国周一宣布对镓实施出口管制，以回应美国的芯片禁令。", {("EXPORT_CONTROL", "impose", MON, None)}),
    ("中國商務部週五宣布對美國商品加徵10%關稅。", {("TARIFF", "impose", FRI, None)}),
]


@pytest.mark.parametrize(("body", "expected"), CASES, ids=case_ids(CASES))
def test_reaction_day(body: str, expected: set[tuple[str, str, str | None, str | None]]) -> None:
    assert {(e.type, e.action, e.date, e.until) for e in rule_events(body)} == expected
