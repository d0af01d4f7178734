"""Restatements of one measure with another day (extract/restatement.py), on sentences of our own wording.

Each case goes through the whole pipeline and asserts the exact events; a case that
names its rule then replaces the rule by "never" (the behaviour it replaced) and
asserts that the answer changes, so every such case pins its rule.  Cases with no
rule name are the limits: two acts each dated in its own clause stay two events.
"""

from __future__ import annotations

import pytest

from policykg.extract import event_rules, restatement
from policykg.extract.models import Article
from policykg.extract.pipeline import extract_article, load_pipeline

PUBLISHED = "2025-11-25T09:00:00"  # a Tuesday: "on Monday" is 2025-11-24


def events(body: str) -> set[tuple]:
    """(type, action, actors, items, targets, date) of every event of the article."""
    record = extract_article(Article(title="x", body=body, published=PUBLISHED), load_pipeline(rescore=False))
    return {(e.type, e.action, e.actors, e.items, e.targets, e.date) for e in record.events}


WINE_HALT = ("IMPORT_RESTRICTION", "impose", ("PER",), ("item:wine",), (), "2025-11-24")

CASES = [
    # rate_schedule: a firm group's rate is a line of the duty's schedule, not another duty
    (
        "rate_schedule",
        "商务部11月24日宣布对原产于智利的进口葡萄酒征收20%的反倾销税。其他智利公司则被征收62.4%的反倾销税。",
        {("TARIFF", "impose", ("CHN", "org:mofcom"), ("item:wine",), ("CHL",), "2025-11-24")},
    ),
    # restated_day: the later statement's day is the day it was said, not the act's
    (
        "restated_day",
        "Peru suspended imports of Chilean wine on Monday. A spokesman said on Tuesday that the suspension of "
        "wine imports protects local growers.",
        {WINE_HALT},
    ),
    (
        "restated_day",
        "商务部11月24日宣布暂停进口智利葡萄酒。商务部新闻发言人25日表示，暂停进口智利葡萄酒是依法采取的措施。",
        {("IMPORT_RESTRICTION", "impose", ("CHN", "org:mofcom"), ("item:wine",), ("CHL",), "2025-11-24")},
    ),
    # later_report: a later statement naming its actor, dated only by the day it was reported, is the same act
    (
        "later_report",
        "美國工業暨安全局十二日公告，將三十二家企業列入實體清單。經濟部昨天表示，被美商務部列入實體名單的包括中國大陸二十三家企業。",
        {("SANCTION", "impose", ("USA", "org:us_commerce_department"), (), (), "2025-11-12")},
    ),
    # effect_of_measure: a generic measure noun taking effect dates when the measure applies, not a new act
    (
        "effect_of_measure",
        "Chile imposed export controls on lithium on Friday. The measures took effect on Monday.",
        {("EXPORT_CONTROL", "impose", ("CHL",), ("element:Li",), (), "2025-11-21")},
    ),
    (
        "effect_of_measure",
        "Chile imposed export controls on lithium on Friday. The new rules took effect on Monday.",
        {("EXPORT_CONTROL", "impose", ("CHL",), ("element:Li",), (), "2025-11-21")},
    ),
    # a present "take effect on" day is a start (date_tense.effect_day), which no act's day differs from
    (
        None,
        "Chile imposed export controls on lithium on Monday. The measures take effect on December 1.",
        {("EXPORT_CONTROL", "impose", ("CHL",), ("element:Li",), (), "2025-11-24")},
    ),
    # effect_predicate: the measure noun is the subject of a verb of taking effect; the day of another clause's
    # verb ("resumed talks on Tuesday") is not the act's
    (
        "effect_predicate",
        "Chile imposed tariffs on Peruvian copper on Monday. The tariff increase took effect even as negotiators "
        "resumed talks on Tuesday.",
        {("TARIFF", "impose", ("CHL",), ("element:Cu",), ("PER",), "2025-11-24")},
    ),
    # referent_effect: the schedule of the measure stated before ("the rate will rise to 25%") is no other measure
    (
        "referent_effect",
        "Chile imposed 10% tariffs on Peruvian copper on Monday. Collection of the tariffs will start December 1 but "
        "the rate will rise to 25% in 2026.",
        {("TARIFF", "impose", ("CHL",), ("element:Cu",), ("PER",), "2025-11-24")},
    ),
    # generic_lead: a state's measure first named only by a generic noun is the one named specifically after it
    (
        "generic_lead",
        "Chile's new restrictions were announced on Monday. Chile will tighten export controls on lithium from "
        "December 1.",
        {("EXPORT_CONTROL", "impose", ("CHL",), ("element:Li",), (), "2025-11-24")},
    ),
    # limits: each act dated in its own clause is its own event
    (
        None,
        "Chile imposed a provisional duty on Peruvian copper on May 17, 2024. The definitive duty on copper was "
        "imposed on February 17, 2025.",
        {
            ("TARIFF", "impose", ("CHL",), ("element:Cu",), ("PER",), "2024-05-17"),
            ("TARIFF", "impose", ("CHL",), ("element:Cu",), (), "2025-02-17"),
        },
    ),
    (
        None,
        "Chile's ministry imposed export controls on lithium on Monday. Chile said on Tuesday it imposed export "
        "controls on copper.",
        {
            ("EXPORT_CONTROL", "impose", ("CHL",), ("element:Li",), (), "2025-11-24"),
            ("EXPORT_CONTROL", "impose", ("CHL",), ("element:Cu",), (), "2025-11-25"),
        },
    ),
]


@pytest.mark.parametrize(("rule", "body", "expected"), CASES, ids=[f"{c[0]}-{i}" for i, c in enumerate(CASES)])
def test_restatement_rules(rule: str | None, body: str, expected: set[tuple], monkeypatch: pytest.MonkeyPatch) -> None:
    assert events(body) == expected
    if rule is not None:
        monkeypatch.setattr(restatement, rule, lambda *args: False)
        assert events(body) != expected


ACT_EFFECTS = [
    (
        "China added Lockheed Martin to its export control list on Monday. This action bans the export of dual-use "
        "items to these entities.",
        {("SANCTION", "impose", ("CHN",), (), ("org:lockheed_martin",), "2025-11-24")},
    ),
    (
        "Chile put ten Peruvian firms on its entity list on Monday. This action prohibits exports of copper to "
        "these firms.",
        {("SANCTION", "impose", ("CHL",), (), ("PER",), "2025-11-24")},
    ),
    # the act noun with modifiers, and the act's word naming how it works ("by requiring …")
    (
        "Chile added Andes Minerals to its entity list on Monday. The entity list designation limits the firm's ability "
        "to buy Chilean technology by requiring Chilean exporters to apply for a licence to sell to the company.",
        {("SANCTION", "impose", ("CHL",), (), ("org:andes_minerals",), "2025-11-24")},
    ),
]


def test_a_further_measure_of_the_move_stays() -> None:
    """ "The move also restricts …": "also" adds a measure, so effect_of_prior_act keeps it."""
    assert events("Chile banned copper exports on Monday. The move also restricts exports of lithium.") == {
        ("EXPORT_BAN", "impose", ("CHL",), ("element:Cu",), (), "2025-11-24"),
        # dated by follow_day (date_clauses): a further measure of one announcement shares its day
        ("EXPORT_CONTROL", "impose", ("CHL",), ("element:Li",), (), "2025-11-24"),
    }


@pytest.mark.parametrize(("body", "expected"), ACT_EFFECTS, ids=[c[0][:30] for c in ACT_EFFECTS])
def test_effect_of_prior_act(body: str, expected: set[tuple], monkeypatch: pytest.MonkeyPatch) -> None:
    """ "This action bans …": what the act just stated does is no new act (a veto of event_rules)."""
    assert events(body) == expected
    monkeypatch.setattr(event_rules, "VETOES", tuple(v for v in event_rules.VETOES if v[0] != "effect_of_prior_act"))
    assert events(body) != expected
