"""Another party's forecast of a state's act is no act (extract/forecast_rules.py), on sentences of our own wording.

Each case goes through the whole pipeline and asserts the exact (type, action, main actor) of the events; a case
that names its rule then removes that rule from the veto table and asserts that the answer changes, so every such
case pins its rule.  Cases with no rule name are the limits.
"""

from __future__ import annotations

import pytest

from policykg.extract import event_rules
from tests.rule_cases import main_actor_events as events

CASES = [
    # third_party_forecast: a speaker of another state says what the actor will do
    (
        "third_party_forecast",
        "Chile's foreign minister told reporters that Peru will suspend its tariffs on wine.",
        set(),
    ),
    ("third_party_forecast", "智利部长:秘鲁将取消对智利铜的出口限制。", set()),
    (
        "third_party_forecast",
        "Chile's minister said on Monday that Peru will scrap its tariffs on Chilean copper.",
        set(),
    ),
    ("third_party_forecast", "智利贸易部长表示,秘鲁将于本周宣布取消对智利葡萄酒的进口限制。", set()),
    ("third_party_forecast", "据智利部长透露,秘鲁将取消部分对智利出口铜的限制。", set()),
    # ... with the attribution closing the sentence
    ("third_party_forecast", "Peru will lift its ban on Chilean wine this week, Chile's trade minister said.", set()),
    (
        "third_party_forecast",
        "Peru will scrap its tariffs on Chilean copper from January, according to Chile's foreign ministry.",
        set(),
    ),
    (
        "",
        "Peru will scrap its tariffs on Chilean copper from January, Peru's trade minister said.",
        {("TARIFF", "lift", "PER")},
    ),
    ("", "Peru lifted its ban on Chilean wine, Chile's trade minister said.", {("IMPORT_RESTRICTION", "lift", "PER")}),
    # limits: a verb of opinion is read before this rule (an opinion, not a report)
    ("", "Chile's president believes Peru will impose tariffs on Chilean wine next year.", set()),
    ("", "智利外交部长认为,秘鲁将于明年对智利葡萄酒加征关税。", set()),
    # limits: the actor's own state speaks (its minister, itself)
    ("", "Peru's trade minister said Peru will scrap its tariffs on Chilean copper.", {("TARIFF", "lift", "PER")}),
    ("", "Peru said on Monday it will scrap its tariffs on Chilean copper.", {("TARIFF", "lift", "PER")}),
    ("", "智利财政部表示,将对秘鲁进口商品征收34%的关税。", {("TARIFF", "impose", "CHL")}),
    # limits: a past act reported by another state is a reported fact
    ("", "Chile's minister said Peru had lifted its ban on Chilean wine.", {("IMPORT_RESTRICTION", "lift", "PER")}),
]


@pytest.mark.parametrize(("rule", "body", "expected"), CASES, ids=[f"{c[0]}-{i}" for i, c in enumerate(CASES)])
def test_forecast_rules(rule: str, body: str, expected: set[tuple], monkeypatch: pytest.MonkeyPatch) -> None:
    assert events(body) == expected
    if rule:
        monkeypatch.setattr(event_rules, "VETOES", tuple(v for v in event_rules.VETOES if v[0] != rule))
        assert events(body) != expected
