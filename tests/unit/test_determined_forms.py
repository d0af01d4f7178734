"""A measure noun after a demonstrative restates the act stated before (event_coref.determined_measure).

"Laos halted imports of Thai seafood … officials said this import ban is temporary", 老挝当局表示该进口禁令…,
這項出口管制…: the demonstrative points back, whatever noun the act was first stated with (a halt verb, then a ban
noun; a restriction, then "this tariff").  Rows: English and Chinese (Simplified and Traditional), the demonstrative
as subject, object and after a verb of saying; negative controls: the demonstrative noun naming other goods, another
action, another actor's measure.

Each row: ``want`` maps a ``(type, action, main actor)`` to the number of events the article must have.
"""

from __future__ import annotations

from collections import Counter

import pytest

from tests.rule_cases import article_row as row
from tests.rule_cases import rule_events

LI = ("IMPORT_RESTRICTION", "impose", "LAO")
IB = ("EXPORT_BAN", "impose", "IDN")
CC = ("EXPORT_CONTROL", "impose", "CHN")
UT = ("TARIFF", "impose", "USA")


FORMS = [
    row(
        "en_said_this_import_ban",
        "Laos halted imports of Thai seafood from December 24. Officials said this import ban is temporary.",
        {LI: 1},
    ),
    row(
        "en_these_export_curbs_object",
        "Indonesia stopped exports of palm oil on Thursday. Refiners in Malaysia welcomed these export curbs.",
        {IB: 1},
    ),
    row(
        "en_that_tariff",
        "The United States raised duties on Chinese steel to 25% on Monday. Beijing said that tariff breaks WTO rules.",
        {UT: 1},
    ),
    row(
        "en_such_controls",
        "China restricted exports of gallium on Monday. Analysts said such export controls were expected.",
        {CC: 1},
    ),
    row(
        "zh_gai_import_ban",
        "老挝宣布从12月24日起暂停泰国海产品进口。老挝当局表示该进口禁令是暂时性措施。",
        {LI: 1},
    ),
    row(
        "zh_zhe_xiang_export_control",
        "中国周一宣布限制镓的出口。商务部表示,这项出口管制符合国际惯例。",
        {CC: 1},
    ),
    row(
        "zh_trad_gai_export_ban",
        "印尼週四宣布停止棕櫚油出口。政府表示,該出口禁令將持續至國內價格回穩。",
        {IB: 1},
    ),
    row(
        "zh_ci_xiang_tariff",
        "美国周一将中国钢铁的关税提高至25%。美方表示此项关税是为了保护国内产业。",
        {UT: 1},
    ),
    # -- negative controls: two events, or another key ---------------------------------------------------------------
    row(
        "ctl_this_ban_other_goods",
        "Indonesia stopped exports of palm oil on Thursday. Indonesia said this export ban on nickel ore stays.",
        {IB: 2},
        xfail="merged without determined_measure too: an inherited day and the ban's concept join the nickel ban",
    ),
    row(
        "ctl_lifted_other_action",
        "China restricted exports of gallium in July. On Monday China lifted these export controls.",
        {CC: 1, ("EXPORT_CONTROL", "lift", "CHN"): 1},
    ),
    row(
        "ctl_other_actor",
        "China restricted exports of gallium on Monday. Japan said it would study this export control.",
        {CC: 1, ("EXPORT_CONTROL", "impose", "JPN"): 0},
    ),
]


@pytest.mark.parametrize(("body", "want"), FORMS)
def test_determined_form(body: str, want: dict[tuple[str, str, str], int]) -> None:
    got = Counter((e.type, e.action, e.actors[0]) for e in rule_events(body))
    assert {k: got[k] for k in want} == want
