"""``purpose_rules.deliberated_easing``: deliberating aloud about easing a measure is no act.

Invented sentences in English and Chinese (Simplified and Traditional).  Deliberating a NEW measure is a threat
by the labelling conventions (``aspect_classes.jsonl``, ``matrix_classes.jsonl``); deliberating its lifting,
suspension, extension or an approval has no threatened counterpart in the contract, so it gives no event.  A
row marked ``pinned`` is decided by this rule (without it the row gives an event); the others are already held
by the English hedges (consider*, weigh*, whether) and stay as coverage.
"""

from __future__ import annotations

import pytest

from policykg.extract import event_rules
from tests.rule_cases import rule_events

NO_ACT = [
    # (sentence, pinned)
    ("The United States is considering whether to lift tariffs on Chinese steel.", False),
    ("Japan is weighing whether to suspend its tariffs on Turkish steel.", False),
    ("India is mulling whether or not to lift its ban on onion exports.", False),
    ("Canada is reviewing whether to scrap its surtax on Chinese electric vehicles.", False),
    ("The European Union is deliberating an extension of its tariffs on Chinese steel.", True),
    ("Japan discussed the removal of its tariffs on Chinese steel on Monday.", True),
    ("Australia is contemplating the suspension of its anti-dumping duties on Chinese steel.", True),
    ("美国正考虑是否取消对中国钢铁的关税。", True),
    ("美國正考慮是否暫停對中國鋼鐵的關稅。", True),
    ("美国正在考虑取消对中国钢铁的关税。", True),
    ("欧盟正研究是否延长对中国钢铁的关税豁免。", True),
    ("日本正在评估是否放宽对华芯片出口管制。", True),
    ("日本正在評估是否放寬對華晶片出口管制。", True),
    ("美国正在讨论是否将五家中国企业移出实体清单。", True),
    ("美国将于下月决定是否延长关税豁免。", False),  # also held by the 是否 hedge (xfp8)
    ("印度正权衡是否解除洋葱出口禁令。", True),
    ("韩国正斟酌是否批准对华芯片出口许可申请。", True),
    ("中國正考慮是否恢復採購美國大豆。", True),
]
# the act stands: a decision reached, a reason (考虑到), deliberation of a new measure (a threat)
ACTS = [
    ("美国决定取消对中国钢铁的关税。", ("TARIFF", "lift", "USA")),
    ("美国经过讨论后决定取消对中国钢铁的关税。", ("TARIFF", "lift", "USA")),
    ("中国考虑到国内需求，宣布暂停稀土出口管制。", ("EXPORT_CONTROL", "suspend", "CHN")),
    ("美国考虑取消关税后，中国宣布恢复采购美国大豆。", ("IMPORT_RESTRICTION", "lift", "CHN")),
    ("日本正考虑是否对越南钢材加征25%的关税。", ("TARIFF", "threaten", "JPN")),
    ("秘鲁正研究采取中止对智利关税减让等措施。", ("TARIFF", "threaten", "PER")),
    ("The United States lifted tariffs on Chinese steel after considering the issue.", ("TARIFF", "lift", "USA")),
]


def _without_rule(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(event_rules, "VETOES", tuple(v for v in event_rules.VETOES if v[0] != "deliberated_easing"))


@pytest.mark.parametrize(("text", "pinned"), NO_ACT, ids=[r[0][:40] for r in NO_ACT])
def test_deliberated_easing(text: str, pinned: bool, monkeypatch: pytest.MonkeyPatch) -> None:
    assert not rule_events(text)
    if pinned:
        _without_rule(monkeypatch)
        assert rule_events(text)


@pytest.mark.parametrize(("text", "want"), ACTS, ids=[r[0][:40] for r in ACTS])
def test_act_stands(text: str, want: tuple[str, str, str]) -> None:
    got = {(e.type, e.action, e.actors[0] if e.actors else None) for e in rule_events(text)}
    assert want in got, got
