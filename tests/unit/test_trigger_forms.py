"""Event triggers by grammatical form: the systematic variants real news uses for each event type and action.

A coverage table, like ``test_date_forms.py`` for dates: invented short sentences (not copied from any
article), one row per form of one class, through the whole rules-only pipeline
(:func:`policykg.extract.pipeline.extract_article`).  The classes are grammatical, not lexical: English
tense and aspect (past, present, perfect, progressive), voice (passive with and without agent), nominal
forms, headline infinitive and present, gerunds, "moved / decided to", "has begun", light verbs, the
members of one verb class (ban / bar / prohibit / outlaw / block; halt / freeze / pause; scrap / remove /
end / drop; extend / prolong; approve / grant), Chinese 宣布/决定/已/开始 + verb, 对…实施/加征/征收,
被…列入, nominal …禁令, aspect 了/已经, Traditional script; and the non-acts of the contract (proposal,
denial, hypothetical, "would", analysts' claims, negation), which give no event or the ``threaten`` the
contract gives.

Each row: ``want`` is a ``(type, action, main actor)`` the article must have (``None`` as actor: any);
``avoid`` one it must not have; with neither, the article has no event.  A form the rules miss is marked
``xfail`` with the reason, so the table counts what is covered and names what is not.
"""

from __future__ import annotations

from typing import Any

import pytest

from tests.rule_cases import Triple, check_form, rule_events, triples

EB: Triple = ("EXPORT_BAN", "impose", "CHN")
EC: Triple = ("EXPORT_CONTROL", "impose", "CHN")
TA: Triple = ("TARIFF", "impose", "USA")
IR: Triple = ("IMPORT_RESTRICTION", "impose", "CHN")
SA: Triple = ("SANCTION", "impose", "USA")
IN: Triple = ("INVESTIGATION", "impose", "EU")
IP: Triple = ("INDUSTRIAL_POLICY", "impose", "JPN")
TD: Triple = ("TRADE_DEAL", "impose", "USA")
TL: Triple = ("TARIFF", "lift", "USA")
TS: Triple = ("TARIFF", "suspend", "USA")
CT: Triple = ("TARIFF", "impose", "CHN")
TE: Triple = ("TARIFF", "extend", "USA")
IL: Triple = ("IMPORT_RESTRICTION", "lift", "CHN")


def row(cls: str, text: str, want: Triple | None, avoid: Triple | None, *, title: bool = False, xfail: str = "") -> Any:
    """One form of one class; ``title`` puts the sentence in the headline (empty body)."""
    marks = [pytest.mark.xfail(reason=xfail, strict=True)] if xfail else []
    return pytest.param(text, want, avoid, title, marks=marks, id=f"{cls}:{text[:40]}")


FORMS = [
    row("en_past", "China banned exports of gallium to the United States on Monday.", EB, None),
    row("en_past", "The United States imposed tariffs of 25% on Chinese steel on Monday.", TA, None),
    row(
        "en_past",
        "The European Union launched an anti-dumping investigation into Chinese electric vehicles on Monday.",
        IN,
        None,
    ),
    row("en_past", "The United States added Huawei to its entity list on Monday.", SA, None),
    row("en_past", "China halted imports of Japanese seafood on Monday.", IR, None),
    row("en_present", "China bans exports of gallium to the United States from Monday.", EB, None),
    row("en_present", "The United States imposes tariffs of 25% on Chinese steel from Monday.", TA, None),
    row("en_present", "China restricts exports of graphite from Monday.", EC, None),
    row("en_perfect", "China has banned exports of gallium to the United States.", EB, None),
    row("en_perfect", "The United States has imposed tariffs of 25% on Chinese steel.", TA, None),
    row(
        "en_perfect",
        "The European Union has opened an anti-dumping investigation into Chinese electric vehicles.",
        IN,
        None,
    ),
    row("en_perfect", "China has suspended imports of Japanese seafood.", IR, None),
    row(
        "en_progressive",
        "The European Union is carrying out an anti-dumping probe into Chinese electric vehicles.",
        IN,
        None,
    ),
    row("en_progressive", "The United States is imposing tariffs of 25% on Chinese steel.", TA, None),
    row("en_progressive", "China is restricting exports of graphite.", EC, None),
    row(
        "en_passive_agent",
        "Exports of gallium to the United States were banned by China on Monday.",
        EB,
        None,
    ),
    row("en_passive_agent", "Tariffs of 25% on Chinese steel were imposed by the United States on Monday.", TA, None),
    row("en_passive_agent", "Huawei was added to the entity list by the United States on Monday.", SA, None),
    row(
        "en_passive_agent",
        "Graphite exports have been restricted by China since Monday.",
        EC,
        None,
    ),
    row(
        "en_passive_bare",
        "Gallium exports to the United States have been banned, China's commerce ministry said on Monday.",
        EB,
        None,
    ),
    row(
        "en_passive_bare",
        "Chinese steel will be subject to tariffs of 25%, the United States said on Monday.",
        TA,
        None,
    ),
    row("en_nominal", "China's ban on gallium exports to the United States took effect on Monday.", EB, None),
    row("en_nominal", "The imposition of 25% tariffs on Chinese steel by the United States began on Monday.", TA, None),
    row(
        "en_nominal",
        "The European Union's anti-dumping probe into Chinese electric vehicles began on Monday.",
        IN,
        None,
    ),
    row("en_nominal", "China's export controls on graphite took effect on Monday.", EC, None),
    row("en_nominal", "China's suspension of Japanese seafood imports took effect on Monday.", IR, None),
    row("en_headline_inf", "China to ban gallium exports to US", EB, None, title=True),
    row("en_headline_inf", "US to impose 25% tariffs on Chinese steel", TA, None, title=True),
    row(
        "en_headline_inf",
        "EU to probe Chinese electric vehicle subsidies",
        IN,
        None,
        title=True,
    ),
    row("en_headline_present", "China bans gallium exports to US", EB, None, title=True),
    row("en_headline_present", "US slaps 25% tariffs on Chinese steel", TA, None, title=True),
    row("en_headline_present", "China curbs graphite exports", EC, None, title=True),
    row("en_headline_present", "EU launches anti-dumping probe into Chinese EVs", IN, None, title=True),
    row(
        "en_gerund",
        "Banning gallium exports to the United States was China's answer on Monday.",
        EB,
        None,
        xfail="gerund subject with the actor as a possessive predicate: no rule",
    ),
    row(
        "en_gerund",
        "By imposing 25% tariffs on Chinese steel on Monday, the United States escalated the dispute.",
        TA,
        None,
    ),
    row("en_moved_to", "China moved to ban exports of gallium to the United States on Monday.", EB, None),
    row("en_moved_to", "The United States moved to impose tariffs of 25% on Chinese steel on Monday.", TA, None),
    row("en_decided_to", "China decided on Monday to ban exports of gallium to the United States.", EB, None),
    row("en_decided_to", "The United States decided to impose tariffs of 25% on Chinese steel on Monday.", TA, None),
    row("en_begun", "China has begun restricting exports of graphite.", EC, None),
    row("en_begun", "The United States began collecting tariffs of 25% on Chinese steel on Monday.", TA, None),
    row("en_light_verb", "China slapped a ban on gallium exports to the United States on Monday.", EB, None),
    row("en_light_verb", "China put curbs on graphite exports on Monday.", EC, None),
    row(
        "en_light_verb",
        "The European Union launched a probe into Chinese electric vehicle subsidies on Monday.",
        IN,
        None,
    ),
    row("en_light_verb", "China took the step of banning gallium exports to the United States on Monday.", EB, None),
    row("en_light_verb", "The United States slapped 25% tariffs on Chinese steel on Monday.", TA, None),
    row("en_light_verb", "China placed restrictions on graphite exports on Monday.", EC, None),
    row("en_light_verb", "The United States placed Huawei on its entity list on Monday.", SA, None),
    row("en_ban_class", "China barred exports of gallium to the United States on Monday.", EB, None),
    row("en_ban_class", "China prohibited exports of gallium to the United States on Monday.", EB, None),
    row("en_ban_class", "China outlawed exports of gallium to the United States on Monday.", EB, None),
    row("en_ban_class", "China blocked exports of gallium to the United States on Monday.", EB, None),
    row("en_ban_class", "China forbade exports of gallium to the United States on Monday.", EB, None),
    row("en_halt_class", "China halted imports of Japanese seafood on Monday.", IR, None),
    row("en_halt_class", "China froze imports of Japanese seafood on Monday.", IR, None),
    row("en_halt_class", "China paused imports of Japanese seafood on Monday.", IR, None),
    row("en_halt_class", "China suspended imports of Japanese seafood on Monday.", IR, None),
    row("en_halt_class", "China stopped buying American soybeans on Monday.", IR, None),
    row(
        "en_lift_class",
        "The United States scrapped its tariffs on Chinese steel on Monday.",
        ("TARIFF", "lift", "USA"),
        None,
    ),
    row(
        "en_lift_class",
        "The United States removed its tariffs on Chinese steel on Monday.",
        ("TARIFF", "lift", "USA"),
        None,
    ),
    row(
        "en_lift_class",
        "The United States ended its tariffs on Chinese steel on Monday.",
        ("TARIFF", "lift", "USA"),
        None,
    ),
    row(
        "en_lift_class",
        "The United States dropped its tariffs on Chinese steel on Monday.",
        ("TARIFF", "lift", "USA"),
        None,
    ),
    row(
        "en_lift_class",
        "China lifted its ban on Japanese seafood imports on Monday.",
        ("IMPORT_RESTRICTION", "lift", "CHN"),
        None,
    ),
    row("en_lift_class", "China revoked its export ban on gallium on Monday.", ("EXPORT_BAN", "lift", "CHN"), None),
    row(
        "en_lift_class",
        "The United States removed Huawei from the entity list on Monday.",
        ("SANCTION", "lift", "USA"),
        None,
    ),
    row(
        "en_suspend_class",
        "China suspended its export controls on graphite on Monday.",
        ("EXPORT_CONTROL", "suspend", "CHN"),
        None,
    ),
    row(
        "en_suspend_class",
        "China paused its export controls on graphite on Monday.",
        ("EXPORT_CONTROL", "suspend", "CHN"),
        None,
    ),
    row(
        "en_suspend_class",
        "China froze its export controls on graphite for one year on Monday.",
        ("EXPORT_CONTROL", "suspend", "CHN"),
        None,
    ),
    row(
        "en_suspend_class",
        "The United States put its tariffs on Chinese steel on hold on Monday.",
        ("TARIFF", "suspend", "USA"),
        None,
    ),
    row(
        "en_suspend_class",
        "The United States postponed its tariffs on Chinese steel on Monday.",
        ("TARIFF", "suspend", "USA"),
        None,
    ),
    row(
        "en_extend_class",
        "The United States extended its pause on tariffs on Chinese goods on Monday.",
        ("TARIFF", "extend", "USA"),
        None,
    ),
    row(
        "en_extend_class",
        "The United States prolonged its pause on tariffs on Chinese goods on Monday.",
        ("TARIFF", "extend", "USA"),
        None,
    ),
    row(
        "en_extend_class",
        "The United States renewed its tariff exemptions for Chinese goods on Monday.",
        ("TARIFF", "extend", "USA"),
        None,
    ),
    row(
        "en_approve_class",
        "China approved export licences for rare earths to European firms on Monday.",
        ("EXPORT_CONTROL", "approve", "CHN"),
        None,
    ),
    row(
        "en_approve_class",
        "China granted export licences for rare earths to European firms on Monday.",
        ("EXPORT_CONTROL", "approve", "CHN"),
        None,
    ),
    row(
        "en_approve_class",
        "China issued export licences for rare earths to European firms on Monday.",
        ("EXPORT_CONTROL", "approve", "CHN"),
        None,
    ),
    row(
        "en_approve_class",
        "China licensed exports of rare earths to European firms on Monday.",
        ("EXPORT_CONTROL", "approve", "CHN"),
        None,
    ),
    row(
        "en_reject_class",
        "China rejected export licence applications for rare earths on Monday.",
        ("EXPORT_CONTROL", "reject", "CHN"),
        None,
    ),
    row(
        "en_reject_class",
        "China denied export licences for rare earths to European firms on Monday.",
        ("EXPORT_CONTROL", "reject", "CHN"),
        None,
    ),
    row(
        "en_request_class",
        "European firms applied for export licences for Chinese rare earths on Monday.",
        ("EXPORT_CONTROL", "request", None),
        None,
        xfail="'applied for' with an unnamed applicant: the state actor is not inferred here",
    ),
    row("en_deal", "The United States and China signed a trade agreement on Monday.", TD, None),
    row("en_deal", "The United States and China reached a trade deal on Monday.", TD, None),
    row("en_deal", "The United States and China struck a trade deal on Monday.", TD, None),
    row("en_deal", "The United States and China sealed a trade deal on Monday.", TD, None),
    row("en_industrial", "Japan unveiled a subsidy programme for domestic chip makers on Monday.", IP, None),
    row("en_industrial", "Japan announced subsidies of $5 billion for domestic chip makers on Monday.", IP, None),
    row(
        "en_industrial",
        "Japan will invest $5 billion in domestic chip makers, the government said on Monday.",
        IP,
        None,
    ),
    row(
        "en_neg_proposal",
        "China proposed banning exports of gallium to the United States.",
        None,
        EB,
        xfail="'proposed V-ing' by the actor itself: a proposal is no act, but the ban verb wins",
    ),
    row("en_neg_denial", "China denied that it had banned exports of gallium to the United States.", None, EB),
    row("en_neg_hypothetical", "If China banned exports of gallium, prices would soar.", None, EB),
    row("en_neg_would", "China would ban exports of gallium if talks failed.", None, EB),
    row("en_neg_could", "China could ban exports of gallium to the United States, analysts said.", None, EB),
    row("en_neg_considering", "China is considering a ban on gallium exports to the United States.", None, EB),
    row("en_neg_reported", "Analysts say China may ban exports of gallium to the United States.", None, EB),
    row("en_neg_not", "China has not banned exports of gallium to the United States.", None, EB),
    row(
        "en_neg_threat",
        "China threatened to ban exports of gallium to the United States on Monday.",
        ("EXPORT_BAN", "threaten", "CHN"),
        EB,
    ),
    row(
        "en_neg_threat",
        "The United States warned it would impose tariffs of 25% on Chinese steel.",
        ("TARIFF", "threaten", "USA"),
        TA,
    ),
    row(
        "en_neg_threat",
        "The United States vowed to slap tariffs of 25% on Chinese steel.",
        ("TARIFF", "threaten", "USA"),
        TA,
    ),
    row(
        "en_neg_call",
        "Lawmakers called for a ban on gallium exports to the United States.",
        None,
        ("EXPORT_BAN", "impose", "USA"),
    ),
    row("en_neg_market", "Shares of gallium producers rose on Monday.", None, TA),
    row("zh_announce", "中国商务部宣布禁止向美国出口镓。", EB, None),
    row("zh_announce", "中国决定对美国出口的镓实施出口管制。", EC, None),
    row("zh_aspect", "中国已禁止向美国出口镓。", EB, None),
    row("zh_aspect", "中国已经对美国出口镓实施了出口管制。", EC, None),
    row("zh_aspect", "中国开始对石墨实施出口管制。", EC, None),
    row("zh_impose", "中国对石墨实施出口管制。", EC, None),
    row("zh_impose", "美国对中国钢铁加征25%关税。", TA, None),
    row("zh_impose", "美国对中国钢铁征收25%的关税。", TA, None),
    row("zh_impose", "美国宣布对中国钢铁加征25%关税。", TA, None),
    row(
        "zh_passive_list",
        "华为被美国列入实体清单。",
        SA,
        None,
    ),
    row("zh_passive_list", "美国将华为列入实体清单。", SA, None),
    row("zh_nominal", "中国对美国的镓出口禁令于周一生效。", EB, None),
    row("zh_nominal", "中国的石墨出口管制措施于周一生效。", EC, None),
    row("zh_probe", "欧盟对中国电动汽车发起反倾销调查。", IN, None),
    row("zh_probe", "欧盟宣布对中国电动汽车启动反补贴调查。", IN, None),
    row("zh_halt", "中国暂停进口日本水产品。", IR, None),
    row("zh_halt", "中国停止采购美国大豆。", IR, None),
    row("zh_lift", "美国取消对中国钢铁加征的关税。", ("TARIFF", "lift", "USA"), None),
    row("zh_lift", "中国解除对日本水产品的进口禁令。", ("IMPORT_RESTRICTION", "lift", "CHN"), None),
    row("zh_suspend", "中国暂停实施对石墨的出口管制措施。", ("EXPORT_CONTROL", "suspend", "CHN"), None),
    row(
        "zh_extend",
        "美国将对中国商品的关税暂停期延长90天。",
        ("TARIFF", "extend", "USA"),
        None,
    ),
    row("zh_approve", "中国商务部批准了部分稀土出口许可申请。", ("EXPORT_CONTROL", "approve", "CHN"), None),
    row("zh_deal", "中美双方签署经贸协议。", ("TRADE_DEAL", "impose", "CHN"), None),
    row("zh_industrial", "日本政府宣布投资50亿美元扶持国内芯片产业。", IP, None),
    row("zh_plan", "中国拟对石墨实施出口管制。", EC, None),
    row(
        "zh_neg_modal",
        "中国将对美国加征关税，若美方坚持。",
        ("TARIFF", "threaten", "CHN"),
        ("TARIFF", "impose", "CHN"),
    ),
    row("zh_neg_threat", "中国威胁对美国商品加征关税。", ("TARIFF", "threaten", "CHN"), ("TARIFF", "impose", "CHN")),
    row("zh_neg_denial", "中国否认对美国实施镓出口禁令。", None, EB),
    row("zh_neg_proposal", "有专家建议中国禁止出口镓。", None, EB),
    row("zht_announce", "中國商務部宣布禁止向美國出口鎵。", EB, None),
    row("zht_impose", "美國對中國鋼鐵加徵25%關稅。", TA, None),
    row(
        "zht_passive_list",
        "華為被美國列入實體清單。",
        SA,
        None,
    ),
    row("zht_probe", "歐盟對中國電動汽車發起反傾銷調查。", IN, None),
    row("zht_aspect", "中國已經對石墨實施了出口管制。", EC, None),
    row("zh_plan", "中國擬對石墨實施出口管制。", EC, None),
    # --- second batch: every type through the forms, more non-acts, more Chinese
    row("en_past", "The United States sanctioned five Chinese refiners on Monday.", SA, None),
    row("en_perfect", "The United States has blacklisted five Chinese chip firms.", SA, None),
    row("en_passive_agent", "Five Chinese refiners were sanctioned by the United States on Monday.", SA, None),
    row("en_headline_present", "US sanctions Chinese refiners", SA, None, title=True),
    row("en_headline_inf", "US to blacklist Chinese chip firms", SA, None, title=True),
    row("en_moved_to", "The United States moved to blacklist five Chinese chip firms on Monday.", SA, None),
    row("en_light_verb", "The United States slapped sanctions on five Chinese refiners on Monday.", SA, None),
    row("en_light_verb", "The United States froze the assets of five Chinese refiners on Monday.", SA, None),
    row("en_past", "China banned imports of Japanese seafood on Monday.", IR, None),
    row("en_passive_agent", "Imports of Japanese seafood were banned by China on Monday.", IR, None),
    row(
        "en_passive_bare",
        "Japanese seafood imports have been suspended, China's customs agency said on Monday.",
        IR,
        None,
        xfail="passive without agent: the origin adjective (Japanese) is taken as actor before the attribution",
    ),
    row("en_headline_present", "China bans Japanese seafood imports", IR, None, title=True),
    row("en_headline_inf", "China to halt Japanese seafood imports", IR, None, title=True),
    row("en_nominal", "China's ban on Japanese seafood imports took effect on Monday.", IR, None),
    row("en_ban_class", "China barred imports of Japanese seafood on Monday.", IR, None),
    row("en_ban_class", "China blocked imports of Japanese seafood on Monday.", IR, None),
    row("en_ban_class", "China outlawed imports of Japanese seafood on Monday.", IR, None),
    row("en_light_verb", "China imposed an import ban on Japanese seafood on Monday.", IR, None),
    row("en_light_verb", "China put a halt to imports of Japanese seafood on Monday.", IR, None),
    row("en_past", "China tightened export controls on rare earths on Monday.", EC, None),
    row("en_perfect", "China has imposed export controls on rare earths.", EC, None),
    row("en_progressive", "China is tightening export controls on rare earths.", EC, None),
    row("en_headline_present", "China tightens rare earth export controls", EC, None, title=True),
    row("en_headline_inf", "China to curb graphite exports", EC, None, title=True),
    row("en_light_verb", "China added graphite to its export control list on Monday.", EC, None),
    row("en_passive_agent", "Export controls on rare earths were imposed by China on Monday.", EC, None),
    row("en_past", "The United States raised tariffs on Chinese steel to 25% on Monday.", TA, None),
    row("en_past", "The United States hiked tariffs on Chinese steel on Monday.", TA, None),
    row("en_past", "The United States doubled tariffs on Chinese steel on Monday.", TA, None),
    row("en_past", "The United States levied duties of 25% on Chinese steel on Monday.", TA, None),
    row(
        "en_passive_agent",
        "Chinese steel was hit with tariffs of 25% by the United States on Monday.",
        TA,
        None,
        xfail="passive light verb 'was hit with <measure> by X': no rule",
    ),
    row("en_headline_present", "US hikes tariffs on Chinese steel", TA, None, title=True),
    row("en_headline_inf", "US to raise tariffs on Chinese steel", TA, None, title=True),
    row("en_decided_to", "The United States has decided to raise tariffs on Chinese steel.", TA, None),
    row("en_headline_present", "US lifts tariffs on Chinese steel", TL, None, title=True),
    row("en_headline_inf", "US to scrap tariffs on Chinese steel", TL, None, title=True),
    row("en_passive_agent", "Tariffs on Chinese steel were lifted by the United States on Monday.", TL, None),
    row("en_nominal", "The removal of tariffs on Chinese steel by the United States took effect on Monday.", TL, None),
    row(
        "en_suspend_class", "The United States suspended its tariffs on Chinese steel for 90 days on Monday.", TS, None
    ),
    row("en_headline_present", "US pauses tariffs on Chinese steel", TS, None, title=True),
    row(
        "en_perfect",
        "The European Union has initiated an anti-dumping investigation into Chinese electric vehicles.",
        IN,
        None,
    ),
    row(
        "en_passive_agent",
        "An anti-dumping investigation into Chinese electric vehicles was launched by the European Union on Monday.",
        IN,
        None,
    ),
    row("en_begun", "The European Union began investigating Chinese electric vehicle subsidies on Monday.", IN, None),
    row("en_light_verb", "The European Union opened a probe into Chinese electric vehicles on Monday.", IN, None),
    row("en_headline_present", "US, China sign trade deal", TD, None, title=True),
    row("en_passive_agent", "A trade deal was signed by the United States and China on Monday.", TD, None),
    row("en_industrial", "Japan earmarked $5 billion for domestic chip makers on Monday.", IP, None),
    row("en_industrial", "Japan launched a $5 billion fund for domestic chip makers on Monday.", IP, None),
    row(
        "en_approve_class",
        "Export licences for rare earths were approved by China on Monday.",
        ("EXPORT_CONTROL", "approve", "CHN"),
        None,
    ),
    row(
        "en_begun",
        "China has begun approving export licences for rare earths.",
        ("EXPORT_CONTROL", "approve", "CHN"),
        None,
    ),
    row("en_neg_denial", "China ruled out a ban on gallium exports to the United States.", None, EB),
    row("en_neg_not", "China has no plans to ban exports of gallium to the United States.", None, EB),
    row("en_neg_reported", "Reports said China would ban exports of gallium to the United States.", None, EB),
    row(
        "en_neg_could",
        "China said it may restrict exports of graphite.",
        None,
        EC,
    ),
    row(
        "en_neg_hypothetical", "If the United States raises tariffs on Chinese steel, China would retaliate.", None, TA
    ),
    row(
        "en_neg_would",
        "The European Union is expected to impose tariffs on Chinese electric vehicles.",
        None,
        ("TARIFF", "impose", "EU"),
    ),
    row(
        "en_neg_call",
        "The United States called on China to lift its ban on gallium exports.",
        None,
        ("EXPORT_BAN", "lift", "USA"),
    ),
    row("en_neg_proposal", "A senator proposed tariffs of 25% on Chinese steel.", None, TA),
    row("zh_announce", "中国宣布对美国大豆加征10%关税。", CT, None),
    row("zh_aspect", "中国已对美国大豆加征关税。", CT, None),
    row("zh_aspect", "中国对美国大豆加征了关税。", CT, None),
    row("zh_aspect", "中国开始对美国大豆征收关税。", CT, None),
    row("zh_announce", "中国决定暂停进口日本水产品。", IR, None),
    row("zh_announce", "中国宣布禁止进口日本水产品。", IR, None),
    row("zh_impose", "美国将五家中国企业列入实体清单。", SA, None),
    row("zh_passive_list", "五家中国企业被美国列入实体清单。", SA, None),
    row("zh_probe", "中国对原产于美国的进口丙酸发起反倾销调查。", ("INVESTIGATION", "impose", "CHN"), None),
    row("zh_announce", "中国商务部决定对稀土实施出口管制。", EC, None),
    row("zh_impose", "中国对镓、锗实施出口管制。", EC, None),
    row("zh_lift", "美国取消了对中国钢铁的关税。", TL, None),
    row("zh_suspend", "中国宣布暂停对美国的稀土出口管制措施。", ("EXPORT_CONTROL", "suspend", "CHN"), None),
    row("zh_deal", "中美达成贸易协议。", ("TRADE_DEAL", "impose", "CHN"), None),
    row("zh_industrial", "中国政府宣布设立500亿元半导体产业基金。", ("INDUSTRIAL_POLICY", "impose", "CHN"), None),
    row("zh_nominal", "中国对日本水产品的进口禁令于周一生效。", IR, None),
    row("zh_neg_modal", "中国可能对美国大豆加征关税。", None, CT),
    row("zh_neg_denial", "中国否认将禁止镓出口。", None, EB),
    row("zh_neg_threat", "美国威胁对中国商品加征关税。", ("TARIFF", "threaten", "USA"), TA),
    row("zh_neg_reported", "分析人士认为中国将限制稀土出口。", None, EC),
    row("zh_neg_hypothetical", "如果美国加征关税，中国将采取反制措施。", None, TA),
    row("zht_announce", "中國宣布對美國大豆加徵關稅。", CT, None),
    row("zht_halt", "中國暫停進口日本水產品。", IR, None),
    row("zht_impose", "中國對鎵實施出口管制。", EC, None),
    row("zht_lift", "美國取消對中國鋼鐵的關稅。", TL, None),
    # --- third batch: extend / suspend / lift across forms, future, more light verbs, Chinese actions
    row("en_extend_class", "US extends tariff truce with China", TE, None, title=True),
    row("en_headline_inf", "US to extend tariff pause on Chinese goods", TE, None, title=True),
    row(
        "en_passive_agent",
        "The pause on tariffs on Chinese goods was extended by the United States on Monday.",
        TE,
        None,
        xfail="passive with the pause as subject and the agent after: no actor is taken from 'by X' here",
    ),
    row(
        "en_nominal",
        "The United States announced an extension of its pause on tariffs on Chinese goods on Monday.",
        TE,
        None,
        xfail="nominal 'extension of <pause>': reading 'extension' in the prolong frame cost train an fp (an actor error), dropped",
    ),
    row("en_future", "The United States will impose tariffs of 25% on Chinese steel from December 1.", TA, None),
    row("en_future", "The United States is set to impose tariffs of 25% on Chinese steel from December 1.", TA, None),
    row(
        "en_gerund",
        "After imposing tariffs on Chinese steel on Monday, the United States turned to aluminium.",
        TA,
        None,
    ),
    row("en_light_verb", "China rolled out export controls on graphite on Monday.", EC, None),
    row("en_light_verb", "China unveiled export controls on graphite on Monday.", EC, None),
    row("en_light_verb", "China introduced a ban on gallium exports to the United States on Monday.", EB, None),
    row("en_light_verb", "The United States announced a 25% tariff on Chinese steel on Monday.", TA, None),
    row("en_light_verb", "China enacted a ban on gallium exports to the United States on Monday.", EB, None),
    row(
        "en_request_class",
        "Chinese exporters offered price undertakings to the European Union on Monday.",
        ("TARIFF", "request", "CHN"),
        None,
    ),
    row("en_neg_considering", "China is weighing export curbs on graphite.", None, EC),
    row("en_neg_considering", "China is mulling a ban on gallium exports to the United States.", None, EB),
    row("en_neg_hypothetical", "If approved, the tariffs on Chinese steel would take effect on Monday.", None, TA),
    row(
        "en_neg_reported",
        "China reportedly plans to ban gallium exports to the United States.",
        None,
        EB,
        xfail="'reportedly' as a hedge cost dev a tp (the labelled sets count it as stated fact): dropped",
    ),
    row("zh_approve", "中国商务部已批准部分稀土出口许可申请。", ("EXPORT_CONTROL", "approve", "CHN"), None),
    row("zh_suspend", "美国宣布暂停加征关税90天。", TS, None),
    row("zh_suspend", "中国暂停实施稀土出口管制措施。", ("EXPORT_CONTROL", "suspend", "CHN"), None),
    row("zh_lift", "中国宣布解除对日本水产品的进口禁令。", ("IMPORT_RESTRICTION", "lift", "CHN"), None),
    row("zh_lift", "美国将华为移出实体清单。", ("SANCTION", "lift", "USA"), None),
    row(
        "zh_extend",
        "美国宣布将对华关税暂停措施延长90天。",
        TE,
        None,
        xfail="将 … 暂停措施延长: 宣布 + 关税 reads impose before the pause's extension",
    ),
    row("zh_aspect", "中国已经开始对美国大豆加征关税。", CT, None),
    row("zh_neg_not", "中国尚未对美国大豆加征关税。", None, CT),
    row("zh_neg_not", "中国不排除对美国大豆加征关税。", None, CT),
    row("zh_neg_reported", "传闻中国将禁止镓出口。", None, EB),
    row("zh_neg_threat", "中国警告将对美国商品加征关税。", ("TARIFF", "threaten", "CHN"), CT),
    row("zht_suspend", "美國宣布暫停加徵關稅90天。", TS, None),
    row("zht_lift", "中國宣布解除對日本水產品的進口禁令。", ("IMPORT_RESTRICTION", "lift", "CHN"), None),
    row("zht_neg_not", "中國尚未對美國大豆加徵關稅。", None, CT),
    # the pause as subject of the prolonging verb (event_rules.PROLONGED_AFTER); a lift in one conjunct and a
    # permit extended in the next are no extension of a pause
    row("en_passive_bare", "The United States said the pause on tariffs on Chinese goods was extended.", TE, None),
    row(
        "en_passive_bare",
        "Russia lifted the ban on gasoline exports on Monday and the permit was further extended to July 31.",
        None,
        ("EXPORT_BAN", "extend", "RUS"),
    ),
    # the restriction class in the perfect passive; a future passive in a quote stays out (it cost train an fp)
    row("en_passive_bare", "Exports of graphite have been restricted, China's commerce ministry said.", EC, None),
    # a phrasal verb in the progressive is no participle ("is rolling out" is active; "were rolled out by" passive)
    row("en_progressive", "The United States is rolling out tariffs of 25% on Chinese steel.", TA, None),
    row("en_passive_agent", "Tariffs of 25% on Chinese steel were rolled out by the United States.", TA, None),
    # the discontinuous phrasal verb, object inside or after ("put X on hold", "put on hold X")
    row("en_suspend_class", "The United States put on hold its tariffs on Chinese steel.", TS, None),
    # "licensed" as the participle of an adjective names no act
    row("en_approve_class", "Licensed exports of rare earths rose in May.", None, None),
    # a reporting frame between the verb of saying and "would" ("in a statement", "at a news conference", "on its
    # website", "told reporters") keeps the announced act a reported fact (event_cues.REPORTED); epistemic modals
    # and others' reports stay hedged
    row(
        "en_reported_setting",
        "China said in a statement that it would ban exports of gallium to the United States.",
        EB,
        None,
    ),
    row(
        "en_reported_setting",
        "China said in a statement it would ban exports of gallium to the United States.",
        EB,
        None,
    ),
    row(
        "en_reported_setting",
        "The United States said at a news conference on Monday it would impose tariffs of 25% on Chinese steel.",
        TA,
        None,
    ),
    row("en_reported_setting", "China said on its website on Monday that it would ban exports of gallium.", EB, None),
    row(
        "en_reported_setting",
        "China's commerce ministry said in a notice on Friday that it would restrict exports of graphite from December 1.",
        EC,
        None,
    ),
    row(
        "en_reported_setting",
        "The United States said in a filing that it would impose tariffs of 25% on Chinese steel.",
        TA,
        None,
    ),
    row(
        "en_reported_setting",
        "China said in a statement posted on its website that it would ban exports of gallium.",
        EB,
        None,
    ),
    row(
        "en_reported_setting",
        "The United States told reporters on Monday it would impose tariffs of 25% on Chinese steel.",
        TA,
        None,
    ),
    row("en_neg_reported", "China said in a statement it may ban exports of gallium to the United States.", None, EB),
    row("en_neg_reported", "China said in a statement that it could restrict exports of graphite.", None, EC),
    row(
        "en_neg_reported",
        "Analysts said in a note that China would ban exports of gallium to the United States.",
        None,
        EB,
    ),
    # refusing, declining or being unlikely to act states no act: the measure stays as it was (hedges.jsonl);
    # deciding or agreeing to act still does
    row("en_neg_refusal", "Beijing refused to lift its ban on Japanese seafood.", None, IL),
    row("en_neg_refusal", "China declined to lift its ban on Japanese seafood.", None, IL),
    row("en_neg_refusal", "China rejected calls to lift its ban on Japanese seafood.", None, IL),
    row("en_neg_refusal", "China refused to suspend its tariffs on US soybeans.", None, ("TARIFF", "suspend", "CHN")),
    row("en_neg_refusal", "India was unlikely to ban exports of onions.", None, ("EXPORT_BAN", "impose", "IND")),
    row("zh_neg_refusal", "中国拒绝解除对日本水产品的进口禁令。", None, IL),
    row("zh_neg_refusal", "印度不太可能禁止洋葱出口。", None, ("EXPORT_BAN", "impose", "IND")),
    row("en_decided", "China decided to lift its ban on Japanese seafood.", IL, None),
]


def found(text: str, title: bool) -> set[tuple[str, str, str | None]]:
    """(type, action, main actor) of the events of an article made of ``text``."""
    events = rule_events("", title=text) if title else rule_events(text)
    return triples(events)


@pytest.mark.parametrize(("text", "want", "avoid", "title"), FORMS)
def test_trigger_form(text: str, want: Triple | None, avoid: Triple | None, title: bool) -> None:
    check_form(found(text, title), want, avoid)
