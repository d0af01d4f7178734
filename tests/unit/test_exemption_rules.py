"""Tariff exemptions (extract/exemption_rules.py), on sentences of our own wording.

Each case goes through the whole pipeline and asserts the exact events, then takes the rule out of
``event_rules.ACTIONS`` and asserts that the answer changes, so every case pins its rule.
"""

from __future__ import annotations

import pytest

from policykg.extract import event_rules
from tests.rule_cases import case_ids, rule_events


def events(body: str) -> set[tuple]:
    return {(e.type, e.action, e.actors, e.items, e.targets, e.date) for e in rule_events(body)}


CASES = [
    (
        "Trump exempted Canada and Mexico from the steel tariffs on Monday.",
        "tariff_exemption",
        {("TARIFF", "suspend", ("USA", "person:donald_trump"), ("item:steel",), ("CAN", "MEX"), "2025-11-24")},
    ),
    # (granting exemptions from a tariff is also the lexicon row of aspect_classes.jsonl, so it no longer needs the
    # rule; the case stays, without the ablation)
    (
        "The US granted exemptions from its steel tariffs to Mexico and Canada on Monday.",
        None,
        {("TARIFF", "suspend", ("USA",), ("item:steel",), ("MEX", "CAN"), "2025-11-24")},
    ),
    (
        "The US waived its steel tariffs for Mexico and Canada on Monday.",
        "tariff_exemption",
        {("TARIFF", "suspend", ("USA",), ("item:steel",), ("MEX", "CAN"), "2025-11-24")},
    ),
    # the exemption verb and the tariff anywhere in one clause (no distance limit: a long object list between them)
    (
        "On Monday the US exempted its two largest neighbours and trading partners, Canada and Mexico, from the new "
        "across-the-board tariffs on steel.",
        "tariff_exemption",
        {("TARIFF", "suspend", ("USA",), ("item:steel",), (), "2025-11-24")},
    ),
    # the exemption is the object of a removal verb: the relief ends, no suspend
    (
        "China removed the exemption from tariffs on US soybeans on Monday.",
        None,
        {("TARIFF", "lift", ("CHN",), ("item:soybeans",), ("USA",), "2025-11-24")},
    ),
    # the tariff itself ended: lift
    (
        "The US lifted its steel tariffs on Canada on Monday.",
        None,
        {("TARIFF", "lift", ("USA",), ("item:steel",), ("CAN",), "2025-11-24")},
    ),
]


@pytest.mark.parametrize(("body", "rule", "expected"), CASES, ids=case_ids(CASES))
def test_exemption_rules(body: str, rule: str | None, expected: set[tuple], monkeypatch: pytest.MonkeyPatch) -> None:
    assert events(body) == expected
    if rule is not None:
        monkeypatch.setattr(event_rules, "ACTIONS", tuple(r for r in event_rules.ACTIONS if r[0] != rule))
        assert events(body) != expected
