"""A stance toward an act, or a measure still in place, is no act (extract/stance_rules.py, extract/notice_rules.py),
on sentences of our own wording.

Each case goes through the whole pipeline and asserts the exact (type, action, main actor) of the events; a case
that names its rule then removes that rule from the veto table and asserts that the answer changes, so every such
case pins its rule.  Cases with no rule name are the limits.
"""

from __future__ import annotations

import pytest

from policykg.extract import event_rules
from tests.rule_cases import main_actor_events as events

CASES = [
    # stance_not_act: hinting at, pledging, pursuing an act, or pressing another to take it
    ("stance_not_act", "Peru's trade minister recently hinted at expanding export controls against Chile.", set()),
    ("stance_not_act", "Chile pledged to take measures to tighten controls on copper exports.", set()),
    (
        "stance_not_act",
        "Peru's move follows months of lobbying by Chile to get Lima to join it in restricting copper exports.",
        set(),
    ),
    # still_in_place: a measure said to remain as it is, a party already under a measure
    ("still_in_place", "Peru's elevated tariffs on Chilean wine remain paused amid ongoing talks.", set()),
    (
        "still_in_place",
        "Chile added Andes Copper to its entity list on Monday. Andes Copper is already under Peru's sanctions.",
        {("SANCTION", "impose", "CHL")},
    ),
    # deal_as_frame: a deal named as the frame of another statement
    (
        "deal_as_frame",
        "Peru said on Monday it would scrap its tariffs on Chilean goods covered by the Andean Trade Agreement.",
        {("TARIFF", "lift", "PER")},
    ),
    (
        "deal_as_frame",
        "Peru extended its ban on copper exports on Monday. Exceptions will be made for deliveries to Chile under "
        "intergovernmental agreements.",
        {("EXPORT_BAN", "extend", "PER")},
    ),
    # limits: a frame that names the deal as just made
    (
        None,
        "Chile agreed to buy more Peruvian copper under a newly forged trade deal between Chile and Peru.",
        {("TRADE_DEAL", "impose", "CHL")},
    ),
    # subsidy_in_finding: subsidies examined in a dispute or a finding
    ("subsidy_in_finding", "WTO panel finds Peru's copper subsidy inconsistent with global norms.", set()),
    (
        "subsidy_in_finding",
        "Chile on Monday won its trade dispute with Peru over copper subsidies.",
        set(),
    ),
    # limits: a sum of support is the act
    (
        None,
        "Peru approved as much as $3.9 billion in subsidies to copper smelters on Monday.",
        {("INDUSTRIAL_POLICY", "impose", "PER")},
    ),
    # generic_statement: how states usually act
    (
        "generic_statement",
        "Chile added three Peruvian firms to its entity list on Monday. Such a listing generally involves a set of "
        "export restrictions and licensing requirements.",
        {("SANCTION", "impose", "CHL")},
    ),
    ("generic_statement", "商务部表示,镓具有军民两用属性,世界上主要国家普遍对其实施出口管制。", set()),
    # zh_conditional: the consequent of a conditional clause (Chinese clauses end at each comma)
    ("zh_conditional", "智利11日预告,若秘鲁继续倾销,就扩大限制秘鲁铜进口。", set()),
    # (a state's own future measure under the condition is its threat, contract: threat_rules.conditioned_act)
    (None, "智利11日预告,若秘鲁继续倾销,将扩大限制秘鲁铜进口。", {("IMPORT_RESTRICTION", "threaten", "CHL")}),
    # ... and an act inside a 在…之前 frame
    ("zh_conditional", "秘鲁官员表示,在智利与秘鲁就铜出口管制规定的内容达成协议之前,秘鲁不会公布这些规定。", set()),
    # limits: a conditional measure announced is the act
    (None, "智利总统11日宣布,秘鲁一旦继续倾销,智利将禁止进口秘鲁铜。", {("IMPORT_RESTRICTION", "impose", "CHL")}),
    # framing_programme: "as part of sanctions" names the programme of the act, not a second act
    (
        "framing_programme",
        "Chile approved on Monday a ban on copper exports to Peru as part of the sanctioning of Lima over the border "
        "dispute.",
        {("EXPORT_BAN", "impose", "CHL")},
    ),
    # (the noun "sanctions" before a lower-case word is no verb since xfix15: no second act to veto)
    (
        None,
        "Chile approved on Monday a ban on copper exports to Peru as part of economic sanctions over the border "
        "dispute.",
        {("EXPORT_BAN", "impose", "CHL")},
    ),
    # remit_statement: what an organisation is in charge of
    (
        "remit_statement",
        "Chile's trade chamber cut tariffs on Peruvian wine on Monday. Among the attributions of the chamber are the "
        "definition of import tax rates and the establishment of trade defense measures.",
        {("TARIFF", "suspend", "CHL")},
    ),
    # remit_statement: a verb before the remit belongs to the organisation, not to the measure ("scrapped": a cut
    # quota would be more restriction, remedy_rules.quota_polarity)
    (
        "remit_statement",
        "Chile's copper agency scrapped export quotas on Monday. The agency, established in 2019, oversees the "
        "regulation of strategic minerals such as copper and lithium.",
        {("EXPORT_CONTROL", "lift", "CHL")},
    ),
    # market_view: a brokerage's view of the market
    (
        "market_view",
        "智利铜业股昨日大涨。万联证券表示,铜是重要战略资源,随着智利国家战略的深入实施,铜产品的市场需求将持续增长。",
        set(),
    ),
    # left_out_measure: a measure the act excludes stays as it was
    (
        "left_out_measure",
        "Peru said on Monday it would remove its tariffs on Chilean goods from next month. Peru said the decision will "
        "go into force as of Dec. 1 and will exclude tariffs on copper and wine.",
        {("TARIFF", "lift", "PER")},
    ),
    # firm_business: a firm stopping its own sales is no trade measure
    (
        "firm_business",
        "Chile imposed sanctions on Peruvian copper traders on Monday. In September, the company suspended sales for "
        "two months at the request of Peru's export council.",
        {("SANCTION", "impose", "CHL")},
    ),
    # limits: a firm's licence application is its own request
    (
        None,
        "Andes Minerals said on Monday it had applied for licences to export copper to Peru.",
        {("EXPORT_CONTROL", "request", "org:andes_minerals")},
    ),
    # deal_names_tariff: a deal's title before the tariff concessions acted on
    (
        "deal_names_tariff",
        "智利24日宣布终止《智利—秘鲁自由贸易协定》内50个产品的关税减让。",
        {("TARIFF", "impose", "CHL")},
    ),
    # concluded_probe: a probe brought to its end is no launch of an investigation
    (
        "concluded_probe",
        "当地时间11月24日,智利经济部发布消息称结束了反倾销调查,决定对从秘鲁进口的铜征收为期五年的反倾销税。",
        {("TARIFF", "impose", "CHL")},
    ),
    (
        "concluded_probe",
        "Chile's ministry concluded its anti-dumping investigation on Monday and imposed duties on Peruvian copper.",
        {("TARIFF", "impose", "CHL")},
    ),
    # request_not_filed: a request still to come
    (
        "request_not_filed",
        "Chile imposed tariffs on Peruvian steel on Monday. Peru's government said it would continue to seek an "
        "exemption through more talks with Chile.",
        {("TARIFF", "impose", "CHL")},
    ),
    # notice_of_ruling: a notice publishing a ruling on an investigation is no launch of one
    (
        "notice_of_ruling",
        "11月24日,商务部发布2025年第5号公告,公布对原产于智利的进口铜反倾销调查的初步裁定,裁定智利铜存在倾销。",
        set(),
    ),
    # avoided_measure: a measure someone seeks to avoid is a risk
    # ... and one an exemption is sought from: the seeker's request, not the owner's act
    (
        "avoided_measure",
        "Peru is seeking an exemption from Chile's 25 percent tariff on copper, its trade minister said on Monday.",
        {("TARIFF", "request", "PER")},
    ),
    # limits: "asked for exclusions from the Chilean duties" names no owner of its own; the request alone
    (None, "Peru asked for exclusions from the Chilean copper duties on Monday.", {("TARIFF", "request", "PER")}),
    # limits: a refused proposal to avoid a measure is the refuser's reject (refusal_rules)
    (None, "Peru on Monday rejected Chilean proposals to avoid duties on copper.", {("TARIFF", "reject", "PER")}),
    # limits: evading the owner's measure presupposes it
    (
        None,
        "Chilean firms moved production to Bolivia to evade Peru's new tariffs on copper.",
        {("TARIFF", "impose", "PER")},
    ),
    # another party's decision as the object of a reaction: the decision's owner acts (coref.decision_owner), and
    # the clause restates the act announced before it
    (
        None,
        "智利24日宣布加强铜出口管制。秘鲁对智利加强铜出口管制的决定感到关切。",
        {("EXPORT_CONTROL", "impose", "CHL")},
    ),
    # notice_of_event_phrase: the notice is the vehicle of the act its later clause states by an event phrase
    (
        "notice_of_event_phrase",
        "11月24日,中国海关总署发布第140号公告,宣布有条件恢复智利部分地区水产品进口。",
        {("IMPORT_RESTRICTION", "lift", "CHN")},
    ),
    # notice_of_event_phrase: an English notice whose content verb ("declaring", "stating") opens the event phrase
    (
        "notice_of_event_phrase",
        'On Monday, Chile published a "notice on strategic materials" in the official gazette declaring the '
        "inclusion of Peru in its whitelist again.",
        {("EXPORT_CONTROL", "lift", "CHL")},
    ),
    (
        "notice_of_event_phrase",
        "Chile's customs agency issued a notice on Monday declaring the resumption of imports of Peruvian beef.",
        {("IMPORT_RESTRICTION", "lift", "CHL")},
    ),
    # with "announcing" (a weak verb of announcing since xrole8, triggers/role_classes.jsonl) the lift wins anyway
    (
        None,
        'On Monday, Chile published a "notice on strategic materials" in the official gazette announcing the '
        "inclusion of Peru in its whitelist again.",
        {("EXPORT_CONTROL", "lift", "CHL")},
    ),
    (
        None,
        "Chile's customs agency issued a notice on Monday announcing the resumption of imports of Peruvian beef.",
        {("IMPORT_RESTRICTION", "lift", "CHL")},
    ),
    # limits: a notice that imposes states that act
    (None, "Chile issued a notice on Monday imposing tariffs on Peruvian wine.", {("TARIFF", "impose", "CHL")}),
    # threat_of_other: "a threat of shortage" is a risk, not a threatened measure
    (
        "threat_of_other",
        "Peru lifted its ban on copper exports on Monday. As a result of Chile's drought, there was a threat of "
        "shortage in the copper market, and all countries imposed export restrictions to avoid this risk.",
        {("EXPORT_BAN", "lift", "PER")},
    ),
    # limits: a threat of new tariffs is a threat
    (None, "Chile's threat of new tariffs on Peruvian copper worried investors.", {("TARIFF", "threaten", "CHL")}),
    # still_in_place: a party that had been subject to a measure
    (
        "still_in_place",
        "Peru added Andes Minerals to its entity list on Monday. The firm had previously been subject to Chile's "
        "sanctions.",
        {("SANCTION", "impose", "PER")},
    ),
    # avoided_measure: 回避对…制裁 names sanctions evaded, not suspended
    ("avoided_measure", "日本政府21日决定,将参与回避对秘鲁制裁的智利等5个国家共11个团体列为资产冻结的对象。", set()),
    # limits: a pledge kept is the act; the act itself
    (
        None,
        "Peru followed through on its pledge to impose tariffs on Chilean wine on Monday.",
        {("TARIFF", "impose", "PER")},
    ),
    (
        None,
        "Peru's ban on copper exports will remain in place until March 31, the ministry said on Monday.",
        {("EXPORT_BAN", "impose", "PER")},
    ),
    (None, "Peru restricted copper exports to Chile on Monday.", {("EXPORT_CONTROL", "impose", "PER")}),
]


@pytest.mark.parametrize(("rule", "body", "expected"), CASES, ids=[f"{c[0]}-{i}" for i, c in enumerate(CASES)])
def test_stance_rules(rule: str | None, body: str, expected: set[tuple], monkeypatch: pytest.MonkeyPatch) -> None:
    assert events(body) == expected
    if rule is not None:
        monkeypatch.setattr(event_rules, "VETOES", tuple(v for v in event_rules.VETOES if v[0] != rule))
        assert events(body) != expected
