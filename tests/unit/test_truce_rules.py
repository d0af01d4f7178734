"""A tariff truce (extract/truce_rules.py), on sentences of our own wording.

Each case goes through the whole pipeline and asserts the exact events, then takes the rule out (of
``action_rules.TYPES`` or ``event_rules.ACTIONS``) and asserts that the answer changes.
"""

from __future__ import annotations

import pytest

from policykg.extract import action_rules, event_rules
from tests.rule_cases import case_ids, rule_events


def events(body: str) -> set[tuple]:
    return {(e.type, e.action, e.actors, e.items, e.targets, e.date) for e in rule_events(body)}


CASES = [
    (
        "Trump signed an executive order on Monday extending by 90 days the US's tariff truce with China.",
        "tariff_truce",
        {("TARIFF", "extend", ("USA", "CHN"), (), (), "2025-11-24")},
    ),
    (
        "The US and China agreed to a tariff truce on Monday.",
        "truce_pause",
        {("TARIFF", "suspend", ("USA", "CHN"), (), (), "2025-11-24")},
    ),
    (
        "中美双方同意将关税休战延长90天。",
        "tariff_truce",
        {("TARIFF", "extend", ("CHN", "USA"), (), (), None)},
    ),
]


@pytest.mark.parametrize(("body", "rule", "expected"), CASES, ids=case_ids(CASES))
def test_truce_rules(body: str, rule: str, expected: set[tuple], monkeypatch: pytest.MonkeyPatch) -> None:
    assert events(body) == expected
    if rule == "tariff_truce":
        monkeypatch.setattr(action_rules, "TYPES", tuple(r for r in action_rules.TYPES if r[0] != rule))
    else:
        monkeypatch.setattr(event_rules, "ACTIONS", tuple(r for r in event_rules.ACTIONS if r[0] != rule))
    assert events(body) != expected
