"""The agent of a gerund clause after a preposition (``extract/gerund_rules.py``), on sentences of our own wording.

Each case goes through the whole pipeline and asserts (type, action, main actor), then takes the rule out and
asserts that the answer changes.
"""

from __future__ import annotations

import pytest

from policykg.extract import gerund_rules, roles
from tests.rule_cases import case_ids
from tests.rule_cases import main_actor_events as events

CASES = [
    (
        "The decision was made in response to the US delaying its reciprocal tariffs by 90 days.",
        {("TARIFF", "suspend", "USA")},
    ),
    (
        "Wine imports rose in response to Peru temporarily suspending its tariffs on Chilean wine.",
        {("TARIFF", "suspend", "PER")},
    ),
    (
        "Prices rose amid Chile restricting exports of lithium on Monday.",
        {("EXPORT_CONTROL", "impose", "CHL")},
    ),
]


@pytest.mark.parametrize(("body", "expected"), CASES, ids=case_ids(CASES))
def test_gerund_agent(body: str, expected: set[tuple[str, str, str]], monkeypatch: pytest.MonkeyPatch) -> None:
    assert events(body) == expected
    monkeypatch.setattr(roles, "gerund_agent", lambda text, end, anchor: False)
    assert events(body) != expected


FRONTED = [
    # fronted_subject: the main clause's subject does the act of a fronted -ing adverbial
    ("By imposing tariffs on Chilean wine on Monday, Peru escalated the dispute.", {("TARIFF", "impose", "PER")}),
    ("After banning exports of copper on Monday, Peru turned to lithium.", {("EXPORT_BAN", "impose", "PER")}),
]


@pytest.mark.parametrize(("body", "expected"), FRONTED, ids=case_ids(FRONTED))
def test_fronted_subject(body: str, expected: set[tuple[str, str, str]], monkeypatch: pytest.MonkeyPatch) -> None:
    assert events(body) == expected
    monkeypatch.setattr(gerund_rules, "fronted_subject", lambda *a: [])
    assert events(body) != expected
