"""A measure said to continue, kept, or still in force is no act (extract/continuing_rules.py), on sentences of
our own wording.

Each case goes through the whole pipeline and asserts the exact (type, action, main actor) of the events; a case
that names its rule then removes that rule from the veto table and asserts that the answer changes, so every such
case pins its rule.  Cases with no rule name are the limits.
"""

from __future__ import annotations

import pytest

from policykg.extract import event_rules
from tests.rule_cases import main_actor_events as events

CASES = [
    # continued_measure: an aspect marker of continuation before the act's verb, no window
    ("continued_measure", "Peru continues to prohibit copper exports to Chile.", set()),
    ("continued_measure", "Chile still bans imports of Peruvian wine.", set()),
    ("continued_measure", "Bolivia continued to restrict lithium exports to Peru last year.", set()),
    ("continued_measure", "Chile is still blocking imports of Peruvian copper.", set()),
    (
        "continued_measure",
        "Chile added five Peruvian firms to its entity list on Monday. The new rules also continue to ban exports of "
        "advanced chips to Peru.",
        {("SANCTION", "impose", "CHL")},
    ),
    # kept_measure: a verb of keeping before the measure, no window
    # (English "maintains its ban", "has kept its tariffs", "will retain the duty" give no act before this rule too)
    ("", "Peru maintains its ban on copper exports to Chile.", set()),
    # limits: reserving the right to act is a threat
    ("", "智利保留对秘鲁商品加征关税的权利。", {("TARIFF", "threaten", "CHL")}),
    ("", "Chile has kept its tariffs on Peruvian wine.", set()),
    ("kept_measure", "香港维持对秘鲁水产品的进口禁令。", set()),
    ("kept_measure", "智利保持对秘鲁葡萄酒加征的关税。", set()),
    # still_in_force: a state of validity after the measure noun
    ("still_in_force", "Peru's ban on Chilean wine imports is still in force.", set()),
    ("still_in_force", "Chile's tariffs on Peruvian copper are still in effect.", set()),
    ("still_in_force", "智利对秘鲁铜的出口禁令仍然有效。", set()),
    # limits: a change verb after the marker states a new step
    ("", "Peru continues to tighten controls on copper exports to Chile.", {("EXPORT_CONTROL", "impose", "PER")}),
    # limits: the act itself
    ("", "Peru banned copper exports to Chile on Monday.", {("EXPORT_BAN", "impose", "PER")}),
    ("", "智利24日宣布禁止进口秘鲁葡萄酒。", {("IMPORT_RESTRICTION", "impose", "CHL")}),
    # limits: a continuation with a window is an extension, not read here
    (
        "",
        "国务院关税税则委员会发布公告,从2019年4月1日起,继续对原产于秘鲁的汽车暂停加征关税。",
        {("TARIFF", "extend", "CHN")},
    ),
]


@pytest.mark.parametrize(("rule", "body", "expected"), CASES, ids=[f"{c[0]}-{i}" for i, c in enumerate(CASES)])
def test_continuing_rules(rule: str, body: str, expected: set[tuple], monkeypatch: pytest.MonkeyPatch) -> None:
    assert events(body) == expected
    if rule:
        monkeypatch.setattr(event_rules, "VETOES", tuple(v for v in event_rules.VETOES if v[0] != rule))
        assert events(body) != expected
