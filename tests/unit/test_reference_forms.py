"""A measure named by its owner inside another party's statement (event_coref.named_reference): invented articles.

"North Korea denounced Japan's export restrictions", "a complaint over Japan's tightened export controls", "the WTO
ruled that Indonesia's export ban violates …", 针对荷兰政府扩大…出口管制的决定表示不满: the measure is named as the object
of a protest, a complaint or a ruling, not stated as an act; the article states the act elsewhere, often in the past
("Japan had imposed …", "last year").  The labelling conventions keep one event per measure, so the reference's
tense (and, when it follows the act, its day) does not make it another act.  Rows: English and Chinese (Simplified
and Traditional), several reaction verbs, both orders; negative controls: the owner's own act opening a sentence
("Japan's trade ministry imposed …"), other goods, another action, a possessive subject with other goods.

Each row: ``want`` maps a ``(type, action, main actor)`` to the number of events the article must have.
"""

from __future__ import annotations

from collections import Counter

import pytest

from tests.rule_cases import article_row as row
from tests.rule_cases import rule_events

JC = ("EXPORT_CONTROL", "impose", "JPN")
IB = ("EXPORT_BAN", "impose", "IDN")
UT = ("TARIFF", "impose", "USA")
NC = ("EXPORT_CONTROL", "impose", "NLD")
CB = ("EXPORT_BAN", "impose", "CHN")


FORMS = [
    # -- the named measure and the act stated in the past: one event ----------------------------------------------
    row(
        "en_denounced_then_past",
        "North Korea on Sunday denounced Japan's export restrictions on South Korea. Japan had imposed restrictions "
        "on exports of chip materials to South Korea last year.",
        {JC: 1},
    ),
    row(
        "en_complaint_over",
        "Seoul will reopen its WTO complaint over Japan's tightened export controls. Japan had tightened controls on "
        "shipments of chip materials to South Korea last year.",
        {JC: 1},
    ),
    row(
        "en_ruled_that",
        "The WTO ruled on Wednesday that Indonesia's export ban on nickel ore violates trade rules. Indonesia had "
        "banned exports of nickel ore since January 2020.",
        {IB: 1},
    ),
    row(
        "en_criticised",
        "Beijing criticised Washington's 25% tariffs on steel. The United States had imposed 25% tariffs on steel "
        "last year.",
        {UT: 1},
    ),
    row(
        "en_challenged",
        "Brazil challenged Washington's tariffs on steel at the WTO on Monday. The United States had imposed the "
        "tariffs on steel last year.",
        {UT: 1},
    ),
    row(
        "en_act_first_protest_later",
        "Japan imposed export controls on chip materials to South Korea on July 4. South Korea protested Japan's "
        "export controls on Friday.",
        {JC: 1},
    ),
    row(
        "en_act_first_ruling_later",
        "Indonesia banned exports of nickel ore in January 2020. On Wednesday the WTO ruled that Indonesia's export "
        "ban violates trade rules.",
        {IB: 1},
    ),
    row(
        "en_possessive_first_own_day",
        "South Korea on Friday protested Japan's export controls on chip materials. Japan imposed the export controls "
        "on chip materials on July 4.",
        {JC: 1},  # passes since xdate9's reaction_day: the protested measure takes no day of the protest
    ),
    row(
        "zh_act_first_decision_displeasure",
        "荷兰政府9月6日宣布扩大对光刻机的出口管制。中方9月8日针对荷兰政府扩大对光刻机出口管制的决定表示不满。",
        {NC: 1},
    ),
    row(
        "zh_trad_act_first_decision_protest",
        "日本7月4日宣布加強對南韓出口半導體材料的管制。南韓週五針對日本加強半導體材料出口管制的決定表示抗議。",
        {JC: 1},
    ),
    row(
        "zh_condemned_owned",
        "北韩周日谴责日本对南韩的出口管制。日本去年对南韩的半导体材料实施出口管制。",
        {JC: 1},
    ),
    row(
        "zh_protested_practice",
        "中国周一抗议美国对中国钢铁加征关税的做法。美国去年对中国钢铁加征了25%的关税。",
        {UT: 1, ("TARIFF", "impose", "CHN"): 0},
        xfail="the protesting state is read as the actor of the practice it protests (roles), so the keys differ",
    ),
    # -- negative controls: two events -------------------------------------------------------------------------------
    row(
        "ctl_owner_ministry_acts",
        "Japan's trade ministry imposed export controls on graphite on Friday. Japan had imposed export controls on "
        "chip materials last year.",
        {JC: 2},
    ),
    row(
        "ctl_named_other_goods",
        "North Korea denounced Japan's export controls on graphite. Japan had imposed export controls on chip "
        "materials last year.",
        {JC: 2},
    ),
    row(
        "ctl_possessive_subject_other_goods",
        "Japan imposed export controls on chip materials on July 4. Japan's export controls on graphite took effect "
        "on Friday.",
        {JC: 2},
    ),
    row(
        "ctl_other_action",
        "Seoul welcomed Japan's lifting of export controls on Friday. Japan had imposed export controls on chip "
        "materials in 2019.",
        {JC: 1, ("EXPORT_CONTROL", "lift", "JPN"): 1},
    ),
    row(
        "ctl_zh_other_goods",
        "日本7月4日宣布加强对南韩出口半导体材料的管制。南韩周五针对日本加强石墨出口管制的决定表示抗议。",
        {JC: 2},
    ),
    row(
        "ctl_zh_target_preposition",
        "中国宣布针对美国的镓实施出口禁令。中国去年禁止向美国出口锗。",
        {CB: 2},
    ),
]


@pytest.mark.parametrize(("body", "want"), FORMS)
def test_reference_form(body: str, want: dict[tuple[str, str, str], int]) -> None:
    got = Counter((e.type, e.action, e.actors[0]) for e in rule_events(body))
    assert {k: got[k] for k in want} == want
