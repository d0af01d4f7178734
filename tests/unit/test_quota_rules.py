"""Which measure a quota is (extract/quota_rules.py), on sentences of our own wording.

Each case goes through the whole pipeline and asserts the exact events, then takes the rule out of
``action_rules.TYPES`` and asserts that the answer changes, so every case pins its rule.
"""

from __future__ import annotations

import pytest

from policykg.extract import action_rules
from tests.rule_cases import case_ids, rule_events


def events(body: str) -> set[tuple]:
    return {(e.type, e.action, e.actors, e.items, e.targets, e.date) for e in rule_events(body)}


CASES = [
    (
        "Vietnam decided on Monday to abolish rice export quotas and resume rice exports.",
        "export_quota",
        {("EXPORT_CONTROL", "lift", ("VNM",), ("item:rice",), (), "2025-11-24")},
    ),
    (
        "China imposed quotas on exports of rare earths on Monday.",
        "export_quota",
        {("EXPORT_CONTROL", "impose", ("CHN",), ("item:rare_earths",), (), "2025-11-24")},
    ),
    # an import quota stays an import restriction
    (
        "The EU imposed import quotas on steel on Monday.",
        None,
        {("IMPORT_RESTRICTION", "impose", ("EU",), ("item:steel",), (), "2025-11-24")},
    ),
]


@pytest.mark.parametrize(("body", "rule", "expected"), CASES, ids=case_ids(CASES))
def test_quota_rules(body: str, rule: str | None, expected: set[tuple], monkeypatch: pytest.MonkeyPatch) -> None:
    assert events(body) == expected
    if rule is not None:
        monkeypatch.setattr(action_rules, "TYPES", tuple(r for r in action_rules.TYPES if r[0] != rule))
        assert events(body) != expected
