"""Acts in the scope of a threat frame (extract/threat_scope.py), on sentences of our own wording.

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
        "Chinese companies reserve the right to file an anti-subsidy application to investigate European dairy"
        " imports and an anti-dumping application to investigate European pork imports, its commerce ministry"
        " said on Thursday.",
        "reserved_right",
        {("INVESTIGATION", "threaten", ("CHN", "org:mofcom"), ("item:dairy", "item:pork"), (), "2025-11-20")},
    ),
    (
        "中方保留对美国商品加征关税的权利。",
        "reserved_right",
        {("TARIFF", "threaten", ("CHN",), (), ("USA",), None)},
    ),
]


@pytest.mark.parametrize(("body", "rule", "expected"), CASES, ids=case_ids(CASES))
def test_threat_scope(body: str, rule: str, expected: set[tuple], monkeypatch: pytest.MonkeyPatch) -> None:
    assert events(body) == expected
    monkeypatch.setattr(event_rules, "ACTIONS", tuple(r for r in event_rules.ACTIONS if r[0] != rule))
    assert events(body) != expected
