"""Statements that mention a measure without stating an act (extract/modality.py), on sentences of our own.

One table per rule; every case goes through the whole pipeline (``extract_article``,
rules only) and asserts the exact events.  Each case was checked to give a different
result with its rule removed from ``event_rules.VETOES`` (the spurious event the rule
exists for), so the table pins the rule, not just the absence of an event.
"""

from __future__ import annotations

import pytest

from policykg.extract import event_rules
from policykg.extract.models import Article
from policykg.extract.pipeline import extract_article, load_pipeline
from tests.rule_cases import rule_events

PUBLISHED = "2025-11-25T09:00:00"  # a Tuesday: "on Monday" and 24日 are 2025-11-24

BRA_LITHIUM = ("EXPORT_CONTROL", "impose", ("BRA",), ("element:Li",), (), "2025-11-24", None, None)
CHL_COPPER_TARIFF = ("TARIFF", "impose", ("CHL",), ("element:Cu",), ("PER",), "2025-11-24", None, None)


def events(body: str) -> set[tuple]:
    """(type, action, actors, items, targets, date, until, rate_pct) of every event of the article."""
    record = extract_article(Article(title="x", body=body, published=PUBLISHED), load_pipeline(rescore=False))
    return {
        (e.type, e.action, e.actors, e.items, e.targets, e.date, e.until, dict(e.value).get("rate_pct"))
        for e in record.events
    }


CASES = [
    # provision_request: the rule of a licence regime, not an application by anyone
    # (the English "are required to apply for licences" is also caught by event_rules.required_application)
    ("provision_request", "巴西24日宣布对锂实施出口管制。出口商需单独申请许可。", {BRA_LITHIUM}),
    # application_as_use: "application" as a use, or modifying another noun
    (
        "application_as_use",
        "Brazil imposed export controls on lithium on Monday. The rules include longer licence application processes.",
        {BRA_LITHIUM},
    ),
    # modifier_of_other_noun: 出口管制 modifies 对话渠道
    (
        "modifier_of_other_noun",
        "中国24日宣布对镓实施出口管制。中方已通过中美、中欧出口管制对话渠道作了说明。",
        {("EXPORT_CONTROL", "impose", ("CHN",), ("element:Ga",), (), "2025-11-24", None, None)},
    ),
    # modifier_of_other_noun: 暂停加征关税措施 modifies 截止时间 (the pause's end date), no second pause
    (
        "modifier_of_other_noun",
        "2025年3月31日,商务部发布公告,自4月1日起继续对原产于智利的铜暂停加征关税,暂停加征关税措施截止时间另行通知。",
        {("TARIFF", "extend", ("CHN", "org:mofcom"), ("element:Cu",), ("CHL",), "2025-03-31", None, None)},
    ),
    # unrealised_condition: a present tense after "before" is still to come
    (
        "unrealised_condition",
        "Peru asked that the complaint be withdrawn before it lifts its export ban on copper.",
        set(),
    ),
    # not_yet_decided: talks close to an outcome, an organisation's aim, a law in preparation
    ("not_yet_decided", "Chilean and Peruvian officials are close to finalizing a trade agreement.", set()),
    ("not_yet_decided", "秘鲁准备推出新的出口管制法。", set()),
    # depending_on: an option left open
    (
        "depending_on",
        "Peru imposed a ban on copper exports on Monday. The ministry will decide to extend or lift the current "
        "export ban, depending on market developments.",
        {("EXPORT_BAN", "impose", ("PER",), ("element:Cu",), (), "2025-11-24", None, None)},
    ),
    # vague_measure: a measure qualified only by its strength
    (
        "vague_measure",
        'Chile imposed tariffs on Peruvian copper on Monday. Peru warned that it will "resolutely take '
        'corresponding measures" in response.',
        {CHL_COPPER_TARIFF},
    ),
    (
        "vague_measure",
        'Chile imposed tariffs on Peruvian copper on Monday. Peru has agreed to take "strong measures" to stop smuggling.',
        {CHL_COPPER_TARIFF},
    ),
    ("vague_measure", "智利24日对秘鲁铜加征关税。秘鲁扬言将采取坚决有力措施。", {CHL_COPPER_TARIFF}),
    # action_of_another_clause: "announced his resignation after failing to persuade ... against the tariffs"
    (
        "action_of_another_clause",
        "Chile imposed tariffs on Peruvian copper on Monday. The minister, who announced his resignation on "
        "Tuesday after failing to persuade the president against the tariffs, left.",
        {CHL_COPPER_TARIFF},
    ),
    # dispute_over_measure: the verb's object is the dispute, the curbs are Peru's
    ("dispute_over_measure", "Chile on Monday initiated a WTO dispute against Peru's latest export curbs.", set()),
    # modal_before_verb: a modal between the measure noun and its later verb
    (
        "modal_before_verb",
        "Chile imposed tariffs on Peruvian copper on Monday. Officials said Peru's restrictions on trade with "
        "Chile may be relaxed.",
        {CHL_COPPER_TARIFF},
    ),
    (
        "modal_before_verb",
        "智利24日对秘鲁铜加征关税。秘鲁的出口管制预料也将对智利企业提出新的挑战。",
        {CHL_COPPER_TARIFF},
    ),
    # ... the permissive 并得 before a verb that precedes its noun
    (
        "modal_before_verb",
        "智利24日将秘鲁两家公司列入出口管制实体名单。若违反相关规定,可处以罚款,并得停止出口许可。",
        {("SANCTION", "impose", ("CHL",), (), ("PER",), "2025-11-24", None, None)},
    ),
    # demonstrative_restatement: 此类措施 restates the ban stated before (its day is the ban's, not the confirmation's)
    (
        "demonstrative_restatement",
        "秘鲁将从12月1日起实施为期6个月的铜出口禁令,目的是保持价格稳定。秘鲁副总理的发言人11月18日确认,秘鲁将实施此类措施。",
        {("EXPORT_BAN", "impose", ("PER",), ("element:Cu",), (), "2025-12-01", None, None)},
    ),
    # exempt_party: the parties spared by a measure do not lift it
    (
        "exempt_party",
        "Chile imposed tariffs on steel on Monday. Peru and Bolivia were exempt from this round of tariffs.",
        {("TARIFF", "impose", ("CHL",), ("item:steel",), (), "2025-11-24", None, None)},
    ),
    # verb_homograph: "grants an ..." is a verb
    (
        "verb_homograph",
        "Chile and Peru signed a trade deal on Monday. The deal grants an additional two years of duty-free "
        "access for Peruvian copper.",
        {("TRADE_DEAL", "impose", ("CHL", "PER"), (), (), "2025-11-24", None, None)},
    ),
    # standing_state: "is restricted", undated, describes the regime
    (
        "standing_state",
        "India said on Sunday there was no ban on exports of rice, but the export of rice seeds is restricted.",
        set(),
    ),
    # reported_negation: "says no restrictions" reports an absence
    ("reported_negation", "India says no restrictions on export of rice", set()),
    # modifier_of_other_noun: 在…政策上的态度 frames an attitude, not an act
    (
        "modifier_of_other_noun",
        "智利24日对秘鲁铜加征关税。这显示秘鲁政府在执行美国出口管制政策上的严格态度。",
        {CHL_COPPER_TARIFF},
    ),
    # modifier_of_other_noun: 调查的初步裁定 names the ruling of an investigation, not its launch
    (
        "modifier_of_other_noun",
        "智利24日对秘鲁铜加征关税。智利商务部24日公布对秘鲁铜反倾销调查的初步裁定。",
        {CHL_COPPER_TARIFF},
    ),
    # modifier_of_other_noun: 出口管制当局 names an authority, not an act (issue 11, xaction: institution heads)
    (
        "modifier_of_other_noun",
        "智利24日对秘鲁铜加征关税。智利方面判断秘鲁出口管制當局的系统和运作状况已得到改善。",
        {CHL_COPPER_TARIFF},
    ),
    # demonstrative_restatement: "These measures ... implemented" restates the act just stated
    (
        "demonstrative_restatement",
        "Peru lifted its export curbs on copper to Chile on Monday. These measures will be promulgated on Friday "
        "and implemented from December 1.",
        {("EXPORT_CONTROL", "lift", ("PER",), ("element:Cu",), ("CHL",), "2025-11-24", None, None)},
    ),
    (
        "demonstrative_restatement",
        "秘鲁24日宣布解除对智利的铜出口管制。上述措施自12月1日起实施。",
        {("EXPORT_CONTROL", "lift", ("PER",), ("element:Cu",), ("CHL",), "2025-11-24", None, None)},
    ),
    # pending_approval: a measure awaiting another body's vote is not taken yet
    (
        "pending_approval",
        "Peru's proposed duties of 30% on Bolivian tin will be subject to a vote by parliament, the ministry "
        "said on Monday.",
        set(),
    ),
    ("pending_approval", "欧盟委员会24日表示,对秘鲁铜征收30%关税的方案尚需成员国表决通过。", set()),
    # argued_characterisation: a party's argument about what the measures are
    (
        "argued_characterisation",
        "Peru imposed export curbs on copper to Chile on Monday. Chile took the dispute to the WTO, arguing the "
        "measures were retaliation for court decisions ordering compensation.",
        {("EXPORT_CONTROL", "impose", ("PER",), ("element:Cu",), ("CHL",), "2025-11-24", None, None)},
    ),
    # named_standard: consensus named after 按照, however long its name
    (
        "named_standard",
        "智利24日对秘鲁铜加征关税。秘鲁表示,将继续按照两国元首利马会晤共识和圣地亚哥会晤共识,与智利保持沟通。",
        {CHL_COPPER_TARIFF},
    ),
    # named_standard: a body of rules named as the standard of another act
    # ("… violates WTO rules" is now vetoed by event_rules.violated_deal as well: test_event_rules.VIOLATED_DEALS)
    (
        "named_standard",
        "A WTO panel ruled in favour of Chile and Bolivia on Tuesday in their trade disputes with Peru over copper "
        "subsidies and asked Lima to conform with global rules.",
        set(),
    ),
]


@pytest.mark.parametrize("rule, body, expected", CASES, ids=[f"{c[0]}:{c[1][:30]}" for c in CASES])
def test_modality_rules(rule: str, body: str, expected: set[tuple], monkeypatch: pytest.MonkeyPatch) -> None:
    assert events(body) == expected
    # the same sentence without the rule gives another answer: the case pins the rule
    monkeypatch.setattr(event_rules, "VETOES", tuple(v for v in event_rules.VETOES if v[0] != rule))
    assert events(body) != expected


NAMES_OF_BODIES = [
    # 调查 inside 地质调查局 is part of a body's name, not an investigation
    ("秘鲁地质调查局研究小组申请的新矿物获得正式批准。", set()),
    ("The Peruvian geological survey bureau applied for approval of a new mineral.", set()),
]


@pytest.mark.parametrize("body, expected", NAMES_OF_BODIES, ids=[c[0][:30] for c in NAMES_OF_BODIES])
def test_trigger_inside_a_body_name_is_no_measure(body: str, expected: set[tuple]) -> None:
    assert events(body) == expected


def test_content_participle_after_an_adverb() -> None:
    """ "..., effectively barring them from ...": the listing's content, not a second act (event_cues)."""
    body = (
        "A total of 40 Chinese companies were added to the Entity List by the Commerce Department on Monday, "
        "effectively barring them from acquiring US technology."
    )
    assert events(body) == {
        ("SANCTION", "impose", ("USA", "org:us_commerce_department"), (), ("CHN",), "2025-11-24", None, None)
    }


# Reported modality: after "said it", "would" is a backshifted "will" (an announced act, kept) but an epistemic
# modal still hedges (event_cues.EPISTEMIC); "called on X to V" asks another party to act (hedges.jsonl).
REPORTED_MODALS = [
    ("Peru said it would restrict exports of copper from December 1.", {("EXPORT_CONTROL", "impose", "PER")}),
    ("Peru said it may restrict exports of copper.", set()),
    ("Peru said it might restrict exports of copper.", set()),
    ("Chile called on Peru to lift its tariffs on wine.", set()),
    ("Peru raised tariffs on Chilean wine and called on Chile to lift its levies.", {("TARIFF", "impose", "PER")}),
]


@pytest.mark.parametrize(("body", "expected"), REPORTED_MODALS, ids=[c[0][:40] for c in REPORTED_MODALS])
def test_reported_modals(body: str, expected: set[tuple]) -> None:
    assert {(e.type, e.action, e.actors[0]) for e in rule_events(body)} == expected


# zh_power_modal: a Chinese modal of power or permission (可, 可以, 有权, 得以) before the act's verb names what an
# authority may do under a rule, not an act; other subjects, verbs and a 对 phrase between.  The English "may", "can",
# "is empowered to" give no event before this rule (the last rows).
POWER_MODALS = [
    ("zh_power_modal", "依该条例,商务部可对违规企业实施出口管制。", set()),
    ("zh_power_modal", "根据该法,秘鲁政府有权对智利商品加征关税。", set()),
    ("zh_power_modal", "秘鲁海关可以暂停进口不符合标准的智利水果。", set()),
    ("zh_power_modal", "根據該條例,智利政府有權禁止秘鲁銅出口。", set()),
    # limits: a lift stated with 可 reopens a trade; a licence regime (许可) is an act
    ("", "智利24日宣布,自即日起可恢复进口秘鲁水果。", {("IMPORT_RESTRICTION", "lift", "CHL")}),
    ("", "秘鲁商务部24日宣布对智利铜实施出口许可管理。", {("EXPORT_CONTROL", "impose", "PER")}),
    ("", "Under the law, the ministry can ban exports of strategic minerals.", set()),
    ("", "The commission is empowered to impose countervailing duties on subsidised imports.", set()),
]


@pytest.mark.parametrize(("rule", "body", "expected"), POWER_MODALS, ids=[c[1][:40] for c in POWER_MODALS])
def test_power_modals(rule: str, body: str, expected: set[tuple], monkeypatch: pytest.MonkeyPatch) -> None:
    assert {(e.type, e.action, e.actors[0]) for e in rule_events(body)} == expected
    if rule:
        monkeypatch.setattr(event_rules, "VETOES", tuple(v for v in event_rules.VETOES if v[0] != rule))
        assert {(e.type, e.action, e.actors[0]) for e in rule_events(body)} != expected
