"""Rows of ``extract/data/triggers/matrix_classes.jsonl``: verb forms the trigger coverage matrix found missing.

Invented sentences, each row of the lexicon with its forms and a control that must stay without the event.
"""

from __future__ import annotations

import pytest

from tests.rule_cases import case_ids, rule_events

CASES = [
    # "open" bare after to / will, with an investigation noun
    ("Canada will open an anti-dumping investigation into Turkish steel.", ("INVESTIGATION", "impose", "CAN")),
    ("Mexico plans to open a safeguard probe into steel imports.", ("INVESTIGATION", "impose", "MEX")),
    ("Brazil is set to open an anti-subsidy inquiry into Chinese tyres.", ("INVESTIGATION", "impose", "BRA")),
    # the passive of freeze is a suspension
    ("Tariffs on Turkish steel were frozen by Brazil on Monday.", ("TARIFF", "suspend", "BRA")),
    ("India's export curbs on rice have been frozen, the government said.", ("EXPORT_CONTROL", "suspend", "IND")),
    # the bare verb "sanction" after to / will
    ("Britain will sanction the shipping firm Sovcomflot.", ("SANCTION", "impose", "GBR")),
    ("Canada moved to sanction two Russian banks on Monday.", ("SANCTION", "impose", "CAN")),
    # synonyms of the actions: lift = axe, ditch, reverse, unwind / 废止, 撤除; suspend = shelve; extend = 续延;
    # threaten = 誓言, 放话; approve = 放行
    ("Australia axed its tariffs on Turkish steel on Monday.", ("TARIFF", "lift", "AUS")),
    ("Japan has ditched its export curbs on graphite.", ("EXPORT_CONTROL", "lift", "JPN")),
    ("India reversed its ban on sugar exports on Monday.", ("EXPORT_BAN", "lift", "IND")),
    ("Indonesia is unwinding its ban on nickel ore exports.", ("EXPORT_BAN", "lift", "IDN")),
    ("The European Union shelved its tariffs on US whiskey on Monday.", ("TARIFF", "suspend", "EU")),
    ("中国宣布废止对越南钢材征收的反倾销税。", ("TARIFF", "lift", "CHN")),
    ("日本撤除对越南钢材的关税。", ("TARIFF", "lift", "JPN")),
    ("俄罗斯续延汽油出口禁令。", ("EXPORT_BAN", "extend", "RUS")),
    ("美国誓言对土耳其钢材加征关税。", ("TARIFF", "threaten", "USA")),
    ("美国放话要对土耳其钢材加征关税。", ("TARIFF", "threaten", "USA")),
    ("韩国放行对华芯片出口许可申请。", ("EXPORT_CONTROL", "approve", "KOR")),
    # "apply" a measure is imposing it
    ("Canada will apply a 25% surtax on Chinese steel from Monday.", ("TARIFF", "impose", "CAN")),
    ("Japan applied tariffs of 25% on Turkish steel on Monday.", ("TARIFF", "impose", "JPN")),
    ("The European Union is applying new sanctions on Russian banks.", ("SANCTION", "impose", "EU")),
    # deliberating a measure aloud is a threat (as in aspect_classes.jsonl), also with 是否 and the object first
    ("日本正考虑是否对越南钢材加征25%的关税。", ("TARIFF", "threaten", "JPN")),
    ("欧盟正在酝酿对中国电动汽车加征关税。", ("TARIFF", "threaten", "EU")),
    ("印度正研究对中国钢材实施反倾销措施。", ("TARIFF", "threaten", "IND")),
]
CONTROLS = [
    "The shop will open an internal inquiry into the theft.",
    "The assets were frozen assets of the fund, a report said.",
    "Analysts said Britain could sanction the shipping firm Sovcomflot.",
    "Will Britain sanction the shipping firm Sovcomflot?",
    "Analysts said Japan could ditch its tariffs on Turkish steel.",
    "The tariffs apply to Chinese steel and aluminium.",
    "Exporters can apply for exemptions from the tariffs.",
]
# 考虑 as a reason (综合考虑, 考虑到) is no deliberation: the act stands
REASONS = [
    ("中国综合考虑各方面因素，决定对美国大豆加征关税。", ("TARIFF", "impose", "CHN")),
    ("中国考虑到国内需求，宣布暂停稀土出口管制。", ("EXPORT_CONTROL", "suspend", "CHN")),
]


@pytest.mark.parametrize(("text", "want"), CASES, ids=case_ids(CASES))
def test_matrix_class(text: str, want: tuple[str, str, str]) -> None:
    got = {(e.type, e.action, e.actors[0] if e.actors else None) for e in rule_events(text)}
    assert want in got, got


@pytest.mark.parametrize("text", CONTROLS, ids=[c[:40] for c in CONTROLS])
def test_matrix_class_control(text: str) -> None:
    assert not rule_events(text)


@pytest.mark.parametrize(("text", "want"), REASONS, ids=case_ids(REASONS))
def test_consideration_as_reason(text: str, want: tuple[str, str, str]) -> None:
    got = {(e.type, e.action, e.actors[0] if e.actors else None) for e in rule_events(text)}
    assert want in got, got
