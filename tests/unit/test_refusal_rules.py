"""A proposal turned down (extract/refusal_rules.py), on sentences of our own wording.

Each case goes through the whole pipeline and asserts the exact events, then takes the rule out (the
action rule from ``event_rules.ACTIONS``, the actor rule by a stub) and asserts that the answer changes.
"""

from __future__ import annotations

import pytest

from policykg.extract import event_rules, refusal_rules
from tests.rule_cases import case_ids, rule_events


def test_declined_tariff_stays_a_pause() -> None:
    """declined_remedy reads trade remedies only: ordinary tariffs not imposed keep the lexicon's ``suspend``."""
    got = events("Peru decided not to impose the planned tariffs on steel from China on Monday.")
    assert {e[:2] for e in got} == {("TARIFF", "suspend")}


def events(body: str) -> set[tuple]:
    return {(e.type, e.action, e.actors, e.items, e.targets, e.date) for e in rule_events(body)}


CASES = [
    (
        "The EU rejected Chinese proposals to avoid duties on EVs on Monday.",
        "rejected_proposal",
        {("TARIFF", "reject", ("EU",), ("item:electric_vehicles",), (), "2025-11-24")},
    ),
    (
        "The EU rejected Chinese proposals to avoid duties on EVs on Monday.",
        "rejecters",
        {("TARIFF", "reject", ("EU",), ("item:electric_vehicles",), (), "2025-11-24")},
    ),
    (
        "The European Commission has rejected proposals made by China to avoid tariffs on imports of electric"
        " vehicles.",
        "rejected_proposal",
        {("TARIFF", "reject", ("EU", "org:european_commission"), ("item:electric_vehicles",), ("CHN",), None)},
    ),
    # a possessive object of several words: "rejected the steelmaker's second application"
    (
        "New Zealand opened an anti-dumping investigation into Chinese steel last year. Trade Minister Kris Faafoi"
        " rejected New Zealand Steel's second application for duties on Chinese steel on Monday.",
        "rejected_proposal",
        {
            ("INVESTIGATION", "impose", ("NZL",), ("item:steel",), ("CHN",), None),
            ("TARIFF", "reject", ("NZL", "person:kris_faafoi"), ("item:steel",), ("CHN",), "2025-11-24"),
        },
    ),
]


# refused_advice: the refusal verb's object is another body's advice to take the measure
CASES += [
    (
        "Peru rejected the recommendations of its trade remedies authority for the continuation of anti-dumping"
        " duties on steel from China on Monday.",
        "refused_advice",
        {("TARIFF", "reject", ("PER",), ("item:steel",), ("CHN",), "2025-11-24")},
    ),
    (
        "财政部否决了调查机关关于对进口轮胎加征反倾销税的建议。",
        "refused_advice",
        {("TARIFF", "reject", ("CHN", "org:chinese_ministry_of_finance"), ("item:tyres",), (), None)},
    ),
]

# declined_remedy: an authority deciding not to impose a trade-remedy duty refuses it; a plain tariff stays a pause
CASES += [
    (
        "Peru chose not to impose anti-dumping duties on steel from China on Monday, finding no dumping.",
        "declined_remedy",
        {("TARIFF", "reject", ("PER",), ("item:steel",), ("CHN",), "2025-11-24")},
    ),
    (
        "Peru decided not to levy safeguard duties on steel from China on Monday.",
        "declined_remedy",
        {("TARIFF", "reject", ("PER",), ("item:steel",), ("CHN",), "2025-11-24")},
    ),
]


@pytest.mark.parametrize(("body", "rule", "expected"), CASES, ids=case_ids(CASES))
def test_refusal_rules(body: str, rule: str, expected: set[tuple], monkeypatch: pytest.MonkeyPatch) -> None:
    assert events(body) == expected
    if rule == "rejecters":
        monkeypatch.setattr(refusal_rules, "rejecters", lambda s: None)
    elif rule == "refused_advice":
        monkeypatch.setattr(refusal_rules, "refused_advice", lambda s: False)
    else:
        monkeypatch.setattr(event_rules, "ACTIONS", tuple(r for r in event_rules.ACTIONS if r[0] != rule))
    assert events(body) != expected
