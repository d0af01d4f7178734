"""A measure judged unneeded, recommended, or a regime described is no act (extract/claim_rules.py), on sentences
of our own wording.

Each case goes through the whole pipeline and asserts the exact (type, action, main actor) of the events; a case
that names its rule then removes that rule from the veto table and asserts that the answer changes, so every such
case pins its rule.  Cases with no rule name are the limits.
"""

from __future__ import annotations

import pytest

from policykg.extract import event_rules
from tests.rule_cases import main_actor_events as events

CASES = [
    # unnecessary_measure: a ruling that levying a duty is not needed imposes nothing
    (
        "unnecessary_measure",
        "商务部24日公告,25日起取消对智利葡萄酒反倾销税。商务部裁定,对原产于智利的进口葡萄酒征收反倾销税已无必要。",
        {("TARIFF", "lift", "CHN")},
    ),
    (
        "unnecessary_measure",
        "Peru said on Monday that imposing duties on Chilean wine was no longer warranted.",
        set(),
    ),
    # recommended_measure: a recommendation proposes the act to the body that decides it
    (
        "recommended_measure",
        "Chile's trade ministry said it needed more evidence of injury to recommend imposing duties on Peruvian "
        "copper.",
        set(),
    ),
    # regime_description: a list or regime in the generic present describes how it works
    (
        "regime_description",
        "Chile added Andes Copper to its entity list on Monday. The Entity List subjects Chilean exporters to "
        "specific export licensing requirements and prohibitions.",
        {("SANCTION", "impose", "CHL")},
    ),
    # diplomatic_agreement: an agreement on the states' relations is no trade deal
    ("diplomatic_agreement", "智利总统24日访问秘鲁,双方就两国关系正常化达成一致。", set()),
    (
        "diplomatic_agreement",
        "Chile and Peru reached an agreement on Monday to normalize relations.",
        set(),
    ),
    (None, "智利与秘鲁24日就铜贸易达成一致。", {("TRADE_DEAL", "impose", "CHL")}),
    # firm_deal: firms named by a common noun as the deal's subject: business, no trade deal
    (
        "firm_deal",
        "Chile's Andes Copper and Peru's Lima Metals plan a smelter. In a filing on Wednesday, the companies said "
        "they had signed a memorandum of understanding to build it.",
        set(),
    ),
    # deal_at_risk: a deal named as the subject of its threatened state is a deal in place
    (
        "deal_at_risk",
        "智利上周五扩大铜出口管制,秘鲁随即宣布加征关税。智秘贸易休战协议岌岌可危。",
        {("TARIFF", "impose", "PER"), ("EXPORT_CONTROL", "impose", "CHL")},
    ),
    (
        "deal_at_risk",
        "Chile widened copper export controls on Friday. The Chile-Peru trade truce is now in jeopardy.",
        {("EXPORT_CONTROL", "impose", "CHL")},
    ),
    # named_law_as_basis (event_rules): a numbered provision after "under", a law after a state's possessive
    (
        "named_law_as_basis",
        "On March 8, Chile's president signed an order under Section 232 of Chile's Trade Expansion Act of 1962 to "
        "impose additional tariffs on imported copper.",
        {("TARIFF", "impose", "CHL")},
    ),
    (
        None,
        "Chile launched a Section 232 investigation into copper imports on Monday.",
        {("INVESTIGATION", "impose", "CHL")},
    ),
    # limits: the decision itself, and a past act of the list's owner, stay acts
    (None, "Chile imposed anti-dumping duties on Peruvian copper on Monday.", {("TARIFF", "impose", "CHL")}),
    (
        None,
        "The ministry recommended on Friday that duties be lifted. Chile imposed duties on Peruvian copper on Monday.",
        {("TARIFF", "impose", "CHL")},
    ),
]


@pytest.mark.parametrize(("rule", "body", "expected"), CASES, ids=[f"{c[0]}-{i}" for i, c in enumerate(CASES)])
def test_claim_rules(rule: str | None, body: str, expected: set[tuple], monkeypatch: pytest.MonkeyPatch) -> None:
    assert events(body) == expected
    if rule is not None:
        monkeypatch.setattr(event_rules, "VETOES", tuple(v for v in event_rules.VETOES if v[0] != rule))
        assert events(body) != expected
