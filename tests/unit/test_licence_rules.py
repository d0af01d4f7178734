"""Licence requirements (extract/licence_rules.py), on sentences of our own wording.

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
        "相关技术在未获得商务部颁发的许可前，均不得出口。",
        "licence_exception",
        {("EXPORT_CONTROL", "impose", ("CHN", "org:mofcom"), (), (), None)},
    ),
    (
        "出口上述物项必须获得中国商务部颁发的两用物项出口许可证件。",
        "required_licence",
        {("EXPORT_CONTROL", "impose", ("CHN", "org:mofcom"), ("item:dual_use_items",), (), None)},
    ),
    # an outright ban stays a ban
    (
        "China banned exports of gallium to the US on Monday.",
        None,
        {("EXPORT_BAN", "impose", ("CHN",), ("element:Ga",), ("USA",), "2025-11-24")},
    ),
]


@pytest.mark.parametrize(("body", "rule", "expected"), CASES, ids=case_ids(CASES))
def test_licence_rules(body: str, rule: str | None, expected: set[tuple], monkeypatch: pytest.MonkeyPatch) -> None:
    assert events(body) == expected
    if rule is None:
        return
    if rule == "licence_exception":
        monkeypatch.setattr(action_rules, "TYPES", tuple(r for r in action_rules.TYPES if r[0] != rule))
    else:
        monkeypatch.setattr(event_rules, "ACTIONS", tuple(r for r in event_rules.ACTIONS if r[0] != rule))
    assert events(body) != expected
