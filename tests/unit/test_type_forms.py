"""Every event type and action of the contract through its common verb and noun lexicalisations.

The companion of ``test_trigger_forms.py`` (grammatical forms, mostly bans / halts / probes): invented short
sentences (not copied from any article), one row per lexicalisation, for each type of the contract
(EXPORT_CONTROL, EXPORT_BAN, IMPORT_RESTRICTION, TARIFF, SANCTION, INVESTIGATION, TRADE_DEAL,
INDUSTRIAL_POLICY) and each action it takes (impose, lift, suspend, extend, threaten, request, approve,
reject), in English and in Chinese (Simplified and Traditional).  The class of a row is ``<type>_<action>``
(and ``_zh`` / ``_zht`` for Chinese), so a failing class names the lexical gap.

Each row: ``want`` is a ``(type, action, main actor)`` the article must have (``None`` as actor: any);
``avoid`` one it must not have.  Tariff cuts, exemptions and waivers are ``suspend`` (the contract's
convention for rate cuts, which the labelled sets follow for every cut); ``lift`` is their removal outright.  A form the rules miss is marked ``xfail`` (strict) with the reason.
"""

from __future__ import annotations

from typing import Any

import pytest

from tests.rule_cases import Triple, check_form, rule_events, triples


def row(
    cls: str, text: str, want: Triple | None, avoid: Triple | None = None, *, title: bool = False, xfail: str = ""
) -> Any:
    """One lexicalisation of one type and action; ``title`` puts the sentence in the headline (empty body)."""
    marks = [pytest.mark.xfail(reason=xfail, strict=True)] if xfail else []
    return pytest.param(text, want, avoid, title, marks=marks, id=f"{cls}:{text[:40]}")


def t(type_: str, action: str, actor: str | None) -> Triple:
    """A wanted (type, action, main actor)."""
    return (type_, action, actor)


TARIFF_FORMS = [
    row(
        "tariff_impose",
        "The United States levied tariffs of 25% on Chinese steel on Monday.",
        t("TARIFF", "impose", "USA"),
    ),
    row(
        "tariff_impose",
        "The United States slapped duties of 25% on Chinese steel on Monday.",
        t("TARIFF", "impose", "USA"),
    ),
    row(
        "tariff_impose",
        "The United States raised duties on Chinese steel to 25% on Monday.",
        t("TARIFF", "impose", "USA"),
    ),
    row(
        "tariff_impose",
        "The United States hiked import duties on Chinese steel on Monday.",
        t("TARIFF", "impose", "USA"),
    ),
    row(
        "tariff_impose",
        "The United States increased tariffs on Chinese steel to 25% on Monday.",
        t("TARIFF", "impose", "USA"),
    ),
    row(
        "tariff_impose",
        "The European Union imposed anti-dumping duties on Chinese steel on Monday.",
        t("TARIFF", "impose", "EU"),
    ),
    row(
        "tariff_impose",
        "The European Union imposed countervailing duties on Chinese electric vehicles on Monday.",
        t("TARIFF", "impose", "EU"),
    ),
    row(
        "tariff_impose",
        "The European Union imposed provisional duties of 38% on Chinese electric vehicles on Monday.",
        t("TARIFF", "impose", "EU"),
    ),
    row(
        "tariff_impose",
        "The United States imposed a 25% levy on Chinese steel on Monday.",
        t("TARIFF", "impose", "USA"),
    ),
    row(
        "tariff_impose",
        "The United States announced a 10% surcharge on Chinese imports on Monday.",
        t("TARIFF", "impose", "USA"),
    ),
    row("tariff_impose", "India imposed a safeguard duty on Chinese steel on Monday.", t("TARIFF", "impose", "IND")),
    row("tariff_impose", "China imposed export duties on rare earths on Monday.", t("TARIFF", "impose", "CHN")),
    row(
        "tariff_impose",
        "US slaps anti-dumping duties on Chinese solar panels",
        t("TARIFF", "impose", "USA"),
        title=True,
    ),
    row(
        "tariff_impose",
        "The United States began collecting duties of 25% on Chinese steel on Monday.",
        t("TARIFF", "impose", "USA"),
    ),
    row("tariff_lift", "The United States removed duties on Chinese steel on Monday.", t("TARIFF", "lift", "USA")),
    row("tariff_lift", "The United States rolled back tariffs on Chinese steel on Monday.", t("TARIFF", "lift", "USA")),
    row(
        "tariff_cut", "The United States cut tariffs on Chinese steel to 10% on Monday.", t("TARIFF", "suspend", "USA")
    ),
    row("tariff_cut", "The United States lowered tariffs on Chinese steel on Monday.", t("TARIFF", "suspend", "USA")),
    row(
        "tariff_cut", "The United States exempted Chinese steel from tariffs on Monday.", t("TARIFF", "suspend", "USA")
    ),
    row("tariff_cut", "The United States waived tariffs on Chinese steel on Monday.", t("TARIFF", "suspend", "USA")),
    row("tariff_lift", "The United States abolished tariffs on Chinese steel on Monday.", t("TARIFF", "lift", "USA")),
    row(
        "tariff_lift",
        "The European Union terminated anti-dumping duties on Chinese steel on Monday.",
        t("TARIFF", "lift", "EU"),
    ),
    row(
        "tariff_suspend", "The United States delayed tariffs on Chinese steel on Monday.", t("TARIFF", "suspend", "USA")
    ),
    row(
        "tariff_suspend",
        "The United States postponed tariffs on Chinese steel until December 1.",
        t("TARIFF", "suspend", "USA"),
    ),
    row(
        "tariff_suspend",
        "The United States deferred tariffs on Chinese steel on Monday.",
        t("TARIFF", "suspend", "USA"),
    ),
    row(
        "tariff_suspend",
        "The United States paused its tariffs on Chinese steel for 90 days on Monday.",
        t("TARIFF", "suspend", "USA"),
    ),
    row(
        "tariff_extend",
        "The United States extended its tariff exemptions for Chinese goods on Monday.",
        t("TARIFF", "extend", "USA"),
    ),
    row(
        "tariff_extend",
        "The United States prolonged its tariff truce with China by 90 days on Monday.",
        t("TARIFF", "extend", "USA"),
    ),
    row(
        "tariff_extend",
        "The European Union extended anti-dumping duties on Chinese steel for five years on Monday.",
        t("TARIFF", "extend", "EU"),
    ),
    row(
        "tariff_threaten",
        "The United States threatened tariffs of 25% on Chinese steel on Monday.",
        t("TARIFF", "threaten", "USA"),
    ),
    row(
        "tariff_threaten",
        "The United States threatened to raise tariffs on Chinese steel on Monday.",
        t("TARIFF", "threaten", "USA"),
    ),
    row(
        "tariff_threaten",
        "The United States warned of new tariffs on Chinese steel on Monday.",
        t("TARIFF", "threaten", "USA"),
    ),
    row(
        "tariff_threaten",
        "The United States vowed to impose duties on Chinese steel on Monday.",
        t("TARIFF", "threaten", "USA"),
    ),
    row(
        "tariff_request",
        "Chinese exporters offered price undertakings to the European Union on Monday.",
        t("TARIFF", "request", None),
    ),
    row(
        "tariff_request",
        "Apple applied for a tariff exemption for Chinese parts on Monday.",
        t("TARIFF", "request", None),
        xfail="a firm's tariff-exemption application: 'applied for' pairs with licences and permits only",
    ),
    row(
        "tariff_approve",
        "The United States granted tariff exemptions to Apple on Monday.",
        t("TARIFF", "approve", "USA"),
        xfail="a granted exemption reads as the tariff's suspend (the labelled convention for exemptions); the grant to a firm is not told apart",
    ),
    row(
        "tariff_approve",
        "The European Commission accepted price undertakings from Chinese exporters on Monday.",
        t("TARIFF", "approve", "EU"),
    ),
    row(
        "tariff_reject",
        "The United States rejected tariff exemption requests from Apple on Monday.",
        t("TARIFF", "reject", "USA"),
    ),
    row(
        "tariff_reject",
        "The European Commission rejected price undertakings from Chinese exporters on Monday.",
        t("TARIFF", "reject", "EU"),
    ),
    row(
        "tariff_impose",
        "The United States raised duties on Chinese steel from 10% to 25% on Monday.",
        t("TARIFF", "impose", "USA"),
    ),
    row(
        "tariff_impose",
        "The United States imposed reciprocal tariffs on Chinese goods on Monday.",
        t("TARIFF", "impose", "USA"),
    ),
    row(
        "tariff_impose",
        "The United States revoked China's most-favoured-nation status on Monday.",
        t("TARIFF", "impose", "USA"),
    ),
    row(
        "tariff_extend",
        "The European Union extended its safeguard duties on steel for two years on Monday.",
        t("TARIFF", "extend", "EU"),
    ),
    row("tariff_impose_zh", "中国对原产于美国的大豆开征10%关税。", t("TARIFF", "impose", "CHN")),
    row("tariff_suspend_zh", "美国宣布暂缓对中国商品加征关税。", t("TARIFF", "suspend", "USA")),
    row("tariff_threaten_zh", "美国警告将对中国钢铁加征关税。", t("TARIFF", "threaten", "USA")),
    row("tariff_reject_zh", "商务部决定不接受欧盟企业提出的价格承诺。", t("TARIFF", "reject", "CHN")),
    row(
        "tariff_approve_zh",
        "商务部决定接受欧盟企业提出的价格承诺。",
        t("TARIFF", "approve", "CHN"),
    ),
    row("tariff_impose_zh", "美国对中国钢铁加征25%关税。", t("TARIFF", "impose", "USA")),
    row("tariff_impose_zh", "美国对中国钢铁征收反倾销税。", t("TARIFF", "impose", "USA")),
    row("tariff_impose_zh", "美国将中国钢铁关税上调至25%。", t("TARIFF", "impose", "USA")),
    row("tariff_impose_zh", "美国提高对中国钢铁的关税。", t("TARIFF", "impose", "USA")),
    row("tariff_impose_zh", "欧盟对中国电动汽车征收反补贴税。", t("TARIFF", "impose", "EU")),
    row("tariff_lift_zh", "美国取消对中国钢铁加征的关税。", t("TARIFF", "lift", "USA")),
    row("tariff_cut_zh", "美国下调对中国钢铁的关税。", t("TARIFF", "suspend", "USA")),
    row("tariff_lift_zh", "美国免除中国钢铁的关税。", t("TARIFF", "lift", "USA")),
    row("tariff_suspend_zh", "美国暂停对中国钢铁加征关税。", t("TARIFF", "suspend", "USA")),
    row("tariff_suspend_zh", "美国推迟对中国钢铁加征关税。", t("TARIFF", "suspend", "USA")),
    row("tariff_extend_zh", "美国延长对中国商品的关税豁免。", t("TARIFF", "extend", "USA")),
    row("tariff_threaten_zh", "美国扬言对中国钢铁加征关税。", t("TARIFF", "threaten", "USA")),
    row("tariff_impose_zht", "美國對中國鋼鐵徵收反傾銷稅。", t("TARIFF", "impose", "USA")),
    row("tariff_lift_zht", "美國取消對中國鋼鐵加徵的關稅。", t("TARIFF", "lift", "USA")),
    row("tariff_suspend_zht", "美國暫停對中國鋼鐵加徵關稅。", t("TARIFF", "suspend", "USA")),
    row("tariff_extend_zht", "美國延長對中國商品的關稅豁免。", t("TARIFF", "extend", "USA")),
]

SANCTION_FORMS = [
    row(
        "sanction_impose",
        "The United States sanctioned five Chinese refiners on Monday.",
        t("SANCTION", "impose", "USA"),
    ),
    row(
        "sanction_impose",
        "The United States blacklisted five Chinese chip firms on Monday.",
        t("SANCTION", "impose", "USA"),
    ),
    row(
        "sanction_impose",
        "The United States added five Chinese firms to the entity list on Monday.",
        t("SANCTION", "impose", "USA"),
    ),
    row(
        "sanction_impose",
        "China added five US defence firms to its unreliable entity list on Monday.",
        t("SANCTION", "impose", "CHN"),
    ),
    row(
        "sanction_impose",
        "The United States imposed sanctions on five Chinese refiners on Monday.",
        t("SANCTION", "impose", "USA"),
    ),
    row(
        "sanction_impose",
        "The United States froze the assets of five Chinese refiners on Monday.",
        t("SANCTION", "impose", "USA"),
    ),
    row(
        "sanction_impose",
        "The United States imposed visa bans on five Chinese officials on Monday.",
        t("SANCTION", "impose", "USA"),
    ),
    row(
        "sanction_impose",
        "The United States imposed an asset freeze on five Chinese refiners on Monday.",
        t("SANCTION", "impose", "USA"),
    ),
    row(
        "sanction_impose",
        "The United States placed five Chinese firms on its entity list on Monday.",
        t("SANCTION", "impose", "USA"),
    ),
    row(
        "sanction_impose",
        "China announced countermeasures against five US defence firms on Monday.",
        t("SANCTION", "impose", "CHN"),
    ),
    row("sanction_impose", "US blacklists Chinese drone maker", t("SANCTION", "impose", "USA"), title=True),
    row(
        "sanction_impose",
        "Five Chinese firms were added to the entity list by the United States on Monday.",
        t("SANCTION", "impose", "USA"),
    ),
    row(
        "sanction_lift",
        "The United States lifted sanctions on five Chinese refiners on Monday.",
        t("SANCTION", "lift", "USA"),
    ),
    row(
        "sanction_lift",
        "The United States removed five Chinese firms from the entity list on Monday.",
        t("SANCTION", "lift", "USA"),
    ),
    row(
        "sanction_lift",
        "The United States delisted five Chinese firms on Monday.",
        t("SANCTION", "lift", "USA"),
        xfail="'delisted' alone is also a stock-exchange delisting: no sanction-lift verb without a list noun",
    ),
    row(
        "sanction_lift",
        "The United States eased sanctions on five Chinese refiners on Monday.",
        t("SANCTION", "lift", "USA"),
    ),
    row(
        "sanction_suspend",
        "The United States suspended sanctions on five Chinese refiners on Monday.",
        t("SANCTION", "suspend", "USA"),
    ),
    row(
        "sanction_suspend",
        "China suspended its unreliable entity list measures against US firms on Monday.",
        t("SANCTION", "suspend", "CHN"),
    ),
    row(
        "sanction_extend",
        "The European Union extended sanctions on Russia for six months on Monday.",
        t("SANCTION", "extend", "EU"),
    ),
    row(
        "sanction_extend",
        "The European Union renewed its sanctions against Russia on Monday.",
        t("SANCTION", "extend", "EU"),
    ),
    row(
        "sanction_threaten",
        "The United States threatened sanctions on Chinese refiners on Monday.",
        t("SANCTION", "threaten", "USA"),
    ),
    row(
        "sanction_threaten",
        "The United States threatened to blacklist Chinese chip firms on Monday.",
        t("SANCTION", "threaten", "USA"),
    ),
    row(
        "sanction_threaten",
        "The United States warned of sanctions on Chinese refiners on Monday.",
        t("SANCTION", "threaten", "USA"),
    ),
    row(
        "sanction_impose",
        "The United States designated five Chinese refiners under its sanctions programme on Monday.",
        t("SANCTION", "impose", "USA"),
    ),
    row(
        "sanction_impose",
        "China put five US defence firms on its unreliable entity list on Monday.",
        t("SANCTION", "impose", "CHN"),
    ),
    row("sanction_impose_zh", "中国将五家美国军工企业纳入出口管制管控名单。", t("SANCTION", "impose", "CHN")),
    row("sanction_impose_zh", "中国外交部宣布对美国军工企业采取反制措施。", t("SANCTION", "impose", "CHN")),
    row("sanction_impose_zh", "美国将五家中国企业列入实体清单。", t("SANCTION", "impose", "USA")),
    row("sanction_impose_zh", "中国商务部将五家美国军工企业列入不可靠实体清单。", t("SANCTION", "impose", "CHN")),
    row("sanction_impose_zh", "中国宣布对五家美国军工企业实施制裁。", t("SANCTION", "impose", "CHN")),
    row("sanction_impose_zh", "中国决定对五家美国军工企业采取反制措施。", t("SANCTION", "impose", "CHN")),
    row("sanction_impose_zh", "中国冻结五家美国军工企业在华资产。", t("SANCTION", "impose", "CHN")),
    row("sanction_lift_zh", "美国将五家中国企业移出实体清单。", t("SANCTION", "lift", "USA")),
    row("sanction_lift_zh", "美国解除对五家中国企业的制裁。", t("SANCTION", "lift", "USA")),
    row("sanction_suspend_zh", "中国暂停对五家美国企业的不可靠实体清单措施。", t("SANCTION", "suspend", "CHN")),
    row("sanction_threaten_zh", "美国威胁制裁中国炼油企业。", t("SANCTION", "threaten", "USA")),
    row("sanction_impose_zht", "美國將五家中國企業列入實體清單。", t("SANCTION", "impose", "USA")),
    row("sanction_impose_zht", "中國商務部將五家美國軍工企業列入不可靠實體清單。", t("SANCTION", "impose", "CHN")),
    row("sanction_impose_zht", "中國宣布對五家美國軍工企業實施制裁。", t("SANCTION", "impose", "CHN")),
    row("sanction_lift_zht", "美國解除對五家中國企業的制裁。", t("SANCTION", "lift", "USA")),
]

CONTROL_FORMS = [
    row(
        "export_control_impose",
        "China imposed export controls on rare earths on Monday.",
        t("EXPORT_CONTROL", "impose", "CHN"),
    ),
    row(
        "export_control_impose",
        "China introduced licence requirements for gallium exports on Monday.",
        t("EXPORT_CONTROL", "impose", "CHN"),
    ),
    row(
        "export_control_impose",
        "China required exporters of gallium to obtain licences from Monday.",
        t("EXPORT_CONTROL", "impose", "CHN"),
    ),
    row(
        "export_control_impose",
        "China added rare earths to its export control list on Monday.",
        t("EXPORT_CONTROL", "impose", "CHN"),
    ),
    row(
        "export_control_impose",
        "The United States expanded export controls on chips to China on Monday.",
        t("EXPORT_CONTROL", "impose", "USA"),
    ),
    row(
        "export_control_impose",
        "The United States tightened export restrictions on chips to China on Monday.",
        t("EXPORT_CONTROL", "impose", "USA"),
    ),
    row(
        "export_control_impose", "China restricted exports of graphite on Monday.", t("EXPORT_CONTROL", "impose", "CHN")
    ),
    row("export_control_impose", "China curbed exports of graphite on Monday.", t("EXPORT_CONTROL", "impose", "CHN")),
    row(
        "export_control_impose",
        "The United States imposed new licensing requirements on chip exports to China on Monday.",
        t("EXPORT_CONTROL", "impose", "USA"),
    ),
    row(
        "export_control_impose",
        "China unveils export curbs on rare earth technology",
        t("EXPORT_CONTROL", "impose", "CHN"),
        title=True,
    ),
    row(
        "export_control_lift", "China lifted export controls on graphite on Monday.", t("EXPORT_CONTROL", "lift", "CHN")
    ),
    row(
        "export_control_lift",
        "China eased export restrictions on graphite on Monday.",
        t("EXPORT_CONTROL", "lift", "CHN"),
    ),
    row(
        "export_control_lift",
        "China removed graphite from its export control list on Monday.",
        t("EXPORT_CONTROL", "lift", "CHN"),
    ),
    row(
        "export_control_lift",
        "The United States relaxed export controls on chips to China on Monday.",
        t("EXPORT_CONTROL", "lift", "USA"),
    ),
    row(
        "export_control_lift",
        "The United States rescinded its chip export rule on Monday.",
        t("EXPORT_CONTROL", "lift", "USA"),
    ),
    row(
        "export_control_suspend",
        "China suspended export controls on rare earths on Monday.",
        t("EXPORT_CONTROL", "suspend", "CHN"),
    ),
    row(
        "export_control_suspend",
        "China paused its export restrictions on rare earths for one year on Monday.",
        t("EXPORT_CONTROL", "suspend", "CHN"),
    ),
    row(
        "export_control_suspend",
        "The United States postponed its chip export rule on Monday.",
        t("EXPORT_CONTROL", "suspend", "USA"),
    ),
    row(
        "export_control_extend",
        "China extended the suspension of its export controls on rare earths on Monday.",
        t("EXPORT_CONTROL", "extend", "CHN"),
    ),
    row(
        "export_control_threaten",
        "China threatened export controls on rare earths on Monday.",
        t("EXPORT_CONTROL", "threaten", "CHN"),
    ),
    row(
        "export_control_threaten",
        "China threatened to restrict exports of rare earths on Monday.",
        t("EXPORT_CONTROL", "threaten", "CHN"),
    ),
    row(
        "export_control_request",
        "European firms applied for export licences for Chinese rare earths on Monday.",
        t("EXPORT_CONTROL", "request", None),
        xfail="'applied for' with an unnamed applicant: the state actor is not inferred here",
    ),
    row(
        "export_control_request",
        "Volkswagen submitted export licence applications to China on Monday.",
        t("EXPORT_CONTROL", "request", None),
    ),
    row(
        "export_control_approve",
        "China approved export licences for rare earths on Monday.",
        t("EXPORT_CONTROL", "approve", "CHN"),
    ),
    row(
        "export_control_approve",
        "China granted general licences for rare earth exports on Monday.",
        t("EXPORT_CONTROL", "approve", "CHN"),
    ),
    row(
        "export_control_approve",
        "China issued export permits for rare earths on Monday.",
        t("EXPORT_CONTROL", "approve", "CHN"),
    ),
    row(
        "export_control_reject",
        "China rejected export licence applications for rare earths on Monday.",
        t("EXPORT_CONTROL", "reject", "CHN"),
    ),
    row(
        "export_control_reject",
        "China refused export licences for rare earths on Monday.",
        t("EXPORT_CONTROL", "reject", "CHN"),
    ),
    row("export_control_impose_zh", "中国对稀土实施出口管制。", t("EXPORT_CONTROL", "impose", "CHN")),
    row("export_control_impose_zh", "中国将镓列入出口管制清单。", t("EXPORT_CONTROL", "impose", "CHN")),
    row("export_control_impose_zh", "中国宣布收紧稀土出口管制。", t("EXPORT_CONTROL", "impose", "CHN")),
    row("export_control_impose_zh", "中国规定出口镓须申请许可。", t("EXPORT_CONTROL", "impose", "CHN")),
    row("export_control_impose_zh", "中国限制石墨出口。", t("EXPORT_CONTROL", "impose", "CHN")),
    row("export_control_lift_zh", "中国取消对石墨的出口管制。", t("EXPORT_CONTROL", "lift", "CHN")),
    row("export_control_lift_zh", "中国放宽稀土出口管制。", t("EXPORT_CONTROL", "lift", "CHN")),
    row("export_control_suspend_zh", "中国暂停实施稀土出口管制措施。", t("EXPORT_CONTROL", "suspend", "CHN")),
    row("export_control_extend_zh", "中国延长暂停稀土出口管制措施的期限。", t("EXPORT_CONTROL", "extend", "CHN")),
    row("export_control_approve_zh", "中国商务部批准了部分稀土出口许可申请。", t("EXPORT_CONTROL", "approve", "CHN")),
    row("export_control_approve_zh", "中国商务部向欧洲企业发放稀土出口许可证。", t("EXPORT_CONTROL", "approve", "CHN")),
    row(
        "export_control_request_zh", "欧洲企业向中国商务部提交稀土出口许可申请。", t("EXPORT_CONTROL", "request", None)
    ),
    row("export_control_reject_zh", "中国商务部拒绝了部分稀土出口许可申请。", t("EXPORT_CONTROL", "reject", "CHN")),
    row("export_control_impose_zht", "中國對稀土實施出口管制。", t("EXPORT_CONTROL", "impose", "CHN")),
    row("export_control_lift_zht", "中國取消對石墨的出口管制。", t("EXPORT_CONTROL", "lift", "CHN")),
    row("export_control_suspend_zht", "中國暫停實施稀土出口管制措施。", t("EXPORT_CONTROL", "suspend", "CHN")),
    row("export_control_approve_zht", "中國商務部批准了部分稀土出口許可申請。", t("EXPORT_CONTROL", "approve", "CHN")),
]

BAN_FORMS = [
    row(
        "export_ban_impose",
        "China banned exports of gallium to the United States on Monday.",
        t("EXPORT_BAN", "impose", "CHN"),
    ),
    row("export_ban_impose", "China imposed an export ban on gallium on Monday.", t("EXPORT_BAN", "impose", "CHN")),
    row(
        "export_ban_impose",
        "China halted exports of gallium to the United States on Monday.",
        t("EXPORT_BAN", "impose", "CHN"),
    ),
    row(
        "export_ban_impose",
        "China stopped shipping gallium to the United States on Monday.",
        t("EXPORT_BAN", "impose", "CHN"),
    ),
    row("export_ban_impose", "Indonesia embargoed nickel ore exports on Monday.", t("EXPORT_BAN", "impose", "IDN")),
    row("export_ban_lift", "China lifted its export ban on gallium on Monday.", t("EXPORT_BAN", "lift", "CHN")),
    row("export_ban_lift", "India scrapped its ban on rice exports on Monday.", t("EXPORT_BAN", "lift", "IND")),
    row("export_ban_lift", "India removed the ban on onion exports on Monday.", t("EXPORT_BAN", "lift", "IND")),
    row(
        "export_ban_lift",
        "China resumed exports of gallium to the United States on Monday.",
        t("EXPORT_BAN", "lift", "CHN"),
        xfail="'resumed exports' as EXPORT_BAN lift cost train and dev an fp each (a proposal to resume read as the act): dropped",
    ),
    row(
        "export_ban_suspend",
        "China suspended its export ban on gallium to the United States on Monday.",
        t("EXPORT_BAN", "suspend", "CHN"),
    ),
    row(
        "export_ban_extend",
        "Russia extended its ban on gasoline exports until December 31.",
        t("EXPORT_BAN", "extend", "RUS"),
    ),
    row("export_ban_extend", "India prolonged its ban on rice exports on Monday.", t("EXPORT_BAN", "extend", "IND")),
    row(
        "export_ban_threaten",
        "China threatened to ban exports of gallium on Monday.",
        t("EXPORT_BAN", "threaten", "CHN"),
    ),
    row(
        "export_ban_threaten",
        "China threatened an export ban on gallium on Monday.",
        t("EXPORT_BAN", "threaten", "CHN"),
    ),
    row(
        "export_ban_request",
        "Exporters asked India for an exemption from its ban on rice exports on Monday.",
        t("EXPORT_BAN", "request", None),
        xfail="unnamed applicants asking for an exemption: no actor",
    ),
    row(
        "export_ban_approve",
        "India allowed exports of rice to Bangladesh despite its export ban on Monday.",
        t("EXPORT_BAN", "approve", "IND"),
        xfail="'allowed exports' is no approve of the ban (it could be a licence): no rule",
    ),
    row(
        "export_ban_impose",
        "China cut off exports of gallium to the United States on Monday.",
        t("EXPORT_BAN", "impose", "CHN"),
    ),
    row(
        "export_ban_impose",
        "Indonesia prohibited the export of nickel ore on Monday.",
        t("EXPORT_BAN", "impose", "IDN"),
    ),
    row("export_ban_impose_zh", "中国禁止向美国出口镓。", t("EXPORT_BAN", "impose", "CHN")),
    row("export_ban_impose_zh", "中国停止向美国出口镓。", t("EXPORT_BAN", "impose", "CHN")),
    row("export_ban_impose_zh", "中国对美国实施镓出口禁令。", t("EXPORT_BAN", "impose", "CHN")),
    row("export_ban_lift_zh", "中国解除镓出口禁令。", t("EXPORT_BAN", "lift", "CHN")),
    row("export_ban_suspend_zh", "中国暂停实施对美国的镓出口禁令。", t("EXPORT_BAN", "suspend", "CHN")),
    row("export_ban_extend_zh", "俄罗斯延长汽油出口禁令至12月31日。", t("EXPORT_BAN", "extend", "RUS")),
    row("export_ban_impose_zht", "中國禁止向美國出口鎵。", t("EXPORT_BAN", "impose", "CHN")),
    row("export_ban_lift_zht", "中國解除鎵出口禁令。", t("EXPORT_BAN", "lift", "CHN")),
]

IMPORT_FORMS = [
    row(
        "import_restriction_impose",
        "China banned imports of Japanese seafood on Monday.",
        t("IMPORT_RESTRICTION", "impose", "CHN"),
    ),
    row(
        "import_restriction_impose",
        "China suspended imports of Japanese seafood on Monday.",
        t("IMPORT_RESTRICTION", "impose", "CHN"),
    ),
    row(
        "import_restriction_impose",
        "China halted purchases of American soybeans on Monday.",
        t("IMPORT_RESTRICTION", "impose", "CHN"),
    ),
    row(
        "import_restriction_impose",
        "China stopped buying American soybeans on Monday.",
        t("IMPORT_RESTRICTION", "impose", "CHN"),
    ),
    row(
        "import_restriction_impose",
        "China imposed import quotas on Australian barley on Monday.",
        t("IMPORT_RESTRICTION", "impose", "CHN"),
    ),
    row(
        "import_restriction_impose",
        "China restricted imports of Australian coal on Monday.",
        t("IMPORT_RESTRICTION", "impose", "CHN"),
    ),
    row(
        "import_restriction_impose",
        "China barred Micron chips from critical infrastructure on Monday.",
        t("IMPORT_RESTRICTION", "impose", "CHN"),
    ),
    row(
        "import_restriction_neg",
        "China called for a boycott of Japanese goods on Monday.",
        None,
        t("IMPORT_RESTRICTION", "impose", "CHN"),
    ),
    row(
        "import_restriction_lift",
        "China lifted its ban on Japanese seafood imports on Monday.",
        t("IMPORT_RESTRICTION", "lift", "CHN"),
    ),
    row(
        "import_restriction_lift",
        "China resumed imports of Japanese seafood on Monday.",
        t("IMPORT_RESTRICTION", "lift", "CHN"),
    ),
    row(
        "import_restriction_lift",
        "China resumed purchases of American soybeans on Monday.",
        t("IMPORT_RESTRICTION", "lift", "CHN"),
    ),
    row(
        "import_restriction_lift",
        "China reopened its market to Japanese seafood on Monday.",
        t("IMPORT_RESTRICTION", "lift", "CHN"),
    ),
    row(
        "import_restriction_extend",
        "China extended its ban on Japanese seafood imports on Monday.",
        t("IMPORT_RESTRICTION", "extend", "CHN"),
    ),
    row(
        "import_restriction_threaten",
        "China threatened to halt imports of Japanese seafood on Monday.",
        t("IMPORT_RESTRICTION", "threaten", "CHN"),
    ),
    row(
        "import_restriction_suspend",
        "China suspended its ban on Japanese seafood imports on Monday.",
        t("IMPORT_RESTRICTION", "suspend", "CHN"),
    ),
    row(
        "import_restriction_approve",
        "China approved imports of seafood from three Japanese prefectures on Monday.",
        t("IMPORT_RESTRICTION", "approve", "CHN"),
    ),
    row(
        "import_restriction_impose",
        "China boycotted Japanese seafood on Monday.",
        t("IMPORT_RESTRICTION", "impose", "CHN"),
    ),
    row(
        "import_restriction_impose",
        "China imposed an import ban on Japanese seafood on Monday.",
        t("IMPORT_RESTRICTION", "impose", "CHN"),
    ),
    row("import_restriction_impose_zh", "中国暂停日本水产品输华。", t("IMPORT_RESTRICTION", "impose", "CHN")),
    row("import_restriction_impose_zh", "中国对日本水产品实施进口禁令。", t("IMPORT_RESTRICTION", "impose", "CHN")),
    row("import_restriction_impose_zh", "中国暂停进口日本水产品。", t("IMPORT_RESTRICTION", "impose", "CHN")),
    row("import_restriction_impose_zh", "中国全面暂停进口日本水产品。", t("IMPORT_RESTRICTION", "impose", "CHN")),
    row("import_restriction_impose_zh", "中国禁止进口日本水产品。", t("IMPORT_RESTRICTION", "impose", "CHN")),
    row("import_restriction_impose_zh", "中国停止采购美国大豆。", t("IMPORT_RESTRICTION", "impose", "CHN")),
    row("import_restriction_impose_zh", "中国限制进口澳大利亚煤炭。", t("IMPORT_RESTRICTION", "impose", "CHN")),
    row("import_restriction_lift_zh", "中国恢复进口日本水产品。", t("IMPORT_RESTRICTION", "lift", "CHN")),
    row("import_restriction_lift_zh", "中国解除对日本水产品的进口禁令。", t("IMPORT_RESTRICTION", "lift", "CHN")),
    row("import_restriction_lift_zh", "中国恢复采购美国大豆。", t("IMPORT_RESTRICTION", "lift", "CHN")),
    row("import_restriction_impose_zht", "中國暫停進口日本水產品。", t("IMPORT_RESTRICTION", "impose", "CHN")),
    row("import_restriction_lift_zht", "中國恢復進口日本水產品。", t("IMPORT_RESTRICTION", "lift", "CHN")),
]

PROBE_FORMS = [
    row(
        "investigation_impose",
        "The European Union launched an anti-dumping investigation into Chinese steel on Monday.",
        t("INVESTIGATION", "impose", "EU"),
    ),
    row(
        "investigation_impose",
        "The European Union opened an anti-subsidy probe into Chinese electric vehicles on Monday.",
        t("INVESTIGATION", "impose", "EU"),
    ),
    row(
        "investigation_impose",
        "The European Union initiated a countervailing investigation into Chinese steel on Monday.",
        t("INVESTIGATION", "impose", "EU"),
    ),
    row(
        "investigation_impose",
        "The United States launched a Section 301 investigation into Chinese shipbuilding on Monday.",
        t("INVESTIGATION", "impose", "USA"),
    ),
    row(
        "investigation_impose",
        "The United States opened a Section 232 probe into imports of copper on Monday.",
        t("INVESTIGATION", "impose", "USA"),
    ),
    row(
        "investigation_impose",
        "The European Union began a safeguard investigation into steel imports on Monday.",
        t("INVESTIGATION", "impose", "EU"),
    ),
    row(
        "investigation_impose",
        "The European Union started a review of imports of Chinese steel on Monday.",
        t("INVESTIGATION", "impose", "EU"),
    ),
    row(
        "investigation_impose",
        "The European Union probed Chinese electric vehicle subsidies on Monday.",
        t("INVESTIGATION", "impose", "EU"),
    ),
    row(
        "investigation_impose",
        "China launched an anti-dumping probe into EU brandy on Monday.",
        t("INVESTIGATION", "impose", "CHN"),
    ),
    row(
        "investigation_impose",
        "EU opens anti-subsidy probe into Chinese EVs",
        t("INVESTIGATION", "impose", "EU"),
        title=True,
    ),
    row(
        "investigation_impose",
        "China launched an expiry review of anti-dumping duties on US steel on Monday.",
        t("INVESTIGATION", "impose", "CHN"),
    ),
    row(
        "investigation_extend",
        "China extended its anti-dumping investigation into EU pork by six months on Monday.",
        t("INVESTIGATION", "extend", "CHN"),
    ),
    row(
        "investigation_lift",
        "The European Union terminated its anti-dumping investigation into Chinese steel on Monday.",
        t("INVESTIGATION", "lift", "EU"),
    ),
    row(
        "investigation_lift",
        "China ended its anti-dumping probe into EU brandy on Monday.",
        t("INVESTIGATION", "lift", "CHN"),
    ),
    row(
        "investigation_suspend",
        "China suspended its anti-dumping investigation into EU pork on Monday.",
        t("INVESTIGATION", "suspend", "CHN"),
    ),
    row(
        "investigation_threaten",
        "China threatened to launch an anti-dumping probe into EU pork on Monday.",
        t("INVESTIGATION", "threaten", "CHN"),
    ),
    row(
        "investigation_request",
        "European steelmakers filed an anti-dumping complaint against Chinese steel on Monday.",
        t("INVESTIGATION", "request", None),
        xfail="unnamed complainants (an industry, not a named firm): no actor",
    ),
    row(
        "investigation_request_zh",
        "应国内产业申请，中国商务部对欧盟猪肉发起反倾销调查。",
        t("INVESTIGATION", "impose", "CHN"),
    ),
    row(
        "investigation_impose_zh",
        "中国商务部宣布对美国模拟芯片发起反倾销立案调查。",
        t("INVESTIGATION", "impose", "CHN"),
    ),
    row("investigation_impose_zh", "欧盟对中国钢铁发起反倾销调查。", t("INVESTIGATION", "impose", "EU")),
    row("investigation_impose_zh", "中国商务部对原产于欧盟的猪肉立案调查。", t("INVESTIGATION", "impose", "CHN")),
    row("investigation_impose_zh", "中国商务部决定对欧盟白兰地启动反倾销调查。", t("INVESTIGATION", "impose", "CHN")),
    row("investigation_impose_zh", "中国商务部对美国进口的光纤进行期终复审调查。", t("INVESTIGATION", "impose", "CHN")),
    row(
        "investigation_extend_zh",
        "中国商务部决定将对欧盟猪肉反倾销调查期限延长6个月。",
        t("INVESTIGATION", "extend", "CHN"),
    ),
    row("investigation_lift_zh", "中国商务部决定终止对欧盟猪肉的反倾销调查。", t("INVESTIGATION", "lift", "CHN")),
    row("investigation_impose_zht", "歐盟對中國鋼鐵發起反傾銷調查。", t("INVESTIGATION", "impose", "EU")),
    row("investigation_impose_zht", "中國商務部對原產於歐盟的豬肉立案調查。", t("INVESTIGATION", "impose", "CHN")),
]

DEAL_FORMS = [
    row(
        "trade_deal_impose",
        "The United States and China signed a trade agreement on Monday.",
        t("TRADE_DEAL", "impose", "USA"),
    ),
    row(
        "trade_deal_impose",
        "The United States and China concluded a trade deal on Monday.",
        t("TRADE_DEAL", "impose", "USA"),
    ),
    row(
        "trade_deal_impose",
        "The United States and China reached a trade truce on Monday.",
        t("TRADE_DEAL", "impose", "USA"),
    ),
    row(
        "trade_deal_impose",
        "The United States and China agreed a trade deal on Monday.",
        t("TRADE_DEAL", "impose", "USA"),
    ),
    row(
        "trade_deal_impose",
        "The United States and China struck an agreement on tariffs on Monday.",
        t("TRADE_DEAL", "impose", "USA"),
    ),
    row(
        "trade_deal_impose",
        "The United States and Japan finalised a trade agreement on Monday.",
        t("TRADE_DEAL", "impose", "USA"),
    ),
    row(
        "trade_deal_impose",
        "The United States and China signed a memorandum of understanding on Monday.",
        t("TRADE_DEAL", "impose", "USA"),
    ),
    row(
        "trade_deal_impose",
        "China agreed to buy $50 billion of American soybeans on Monday.",
        t("TRADE_DEAL", "impose", "CHN"),
    ),
    row(
        "trade_deal_impose",
        "China committed to purchase American soybeans on Monday.",
        t("TRADE_DEAL", "impose", "CHN"),
    ),
    row("trade_deal_impose", "US and Japan seal trade deal", t("TRADE_DEAL", "impose", "USA"), title=True),
    row(
        "trade_deal_lift",
        "The United States withdrew from its trade agreement with Korea on Monday.",
        t("TRADE_DEAL", "lift", "USA"),
    ),
    row(
        "trade_deal_lift",
        "The United States terminated its trade agreement with Korea on Monday.",
        t("TRADE_DEAL", "lift", "USA"),
    ),
    # withdrawing from a deal is no deal made (its lift is not read: pairing.ALLOWED gives TRADE_DEAL no lift)
    row(
        "trade_deal_neg",
        "The United States withdrew from its trade agreement with Korea on Monday.",
        None,
        t("TRADE_DEAL", "impose", "USA"),
    ),
    row(
        "trade_deal_neg",
        "The United States terminated its trade agreement with Korea on Monday.",
        None,
        t("TRADE_DEAL", "impose", "USA"),
    ),
    row(
        "trade_deal_extend",
        "The United States and China extended their trade truce by 90 days on Monday.",
        t("TRADE_DEAL", "extend", "USA"),
    ),
    row(
        "trade_deal_neg",
        "The United States suspended trade talks with Canada on Monday.",
        None,
        t("TRADE_DEAL", "suspend", "USA"),
    ),
    row(
        "trade_deal_threaten",
        "The United States threatened to withdraw from its trade agreement with Korea on Monday.",
        t("TRADE_DEAL", "threaten", "USA"),
    ),
    row(
        "trade_deal_approve",
        "The European Parliament approved the trade agreement with Mercosur on Monday.",
        t("TRADE_DEAL", "approve", None),
        xfail="TRADE_DEAL has no approve in pairing.ALLOWED (allowing it cost train an fp); a parliament is no actor entity here",
    ),
    row(
        "trade_deal_approve",
        "The European Union ratified its trade agreement with Mercosur on Monday.",
        t("TRADE_DEAL", "approve", "EU"),
        xfail="ratifying reads as the deal's impose: TRADE_DEAL approve is not allowed (allowing it cost train an fp)",
    ),
    row(
        "trade_deal_reject",
        "The European Parliament rejected the trade agreement with Mercosur on Monday.",
        t("TRADE_DEAL", "reject", None),
        xfail="a parliament's vote is no actor entity here: no event",
    ),
    row("trade_deal_impose_zh", "中美双方签署经贸协议。", t("TRADE_DEAL", "impose", None)),
    row("trade_deal_impose_zh", "中美达成贸易协议。", t("TRADE_DEAL", "impose", None)),
    row("trade_deal_impose_zh", "中美双方就关税问题达成共识。", t("TRADE_DEAL", "impose", None)),
    row("trade_deal_impose_zh", "中美双方同意建立沟通机制。", t("TRADE_DEAL", "impose", None)),
    row("trade_deal_impose_zh", "中国承诺采购美国大豆。", t("TRADE_DEAL", "impose", "CHN")),
    row("trade_deal_impose_zh", "中国与东盟签订自由贸易协定。", t("TRADE_DEAL", "impose", "CHN")),
    row("trade_deal_impose_zht", "中美雙方簽署經貿協議。", t("TRADE_DEAL", "impose", None)),
    row("trade_deal_impose_zht", "中美達成貿易協議。", t("TRADE_DEAL", "impose", None)),
]

INDUSTRIAL_FORMS = [
    row(
        "industrial_policy_impose",
        "Japan announced subsidies for domestic chip makers on Monday.",
        t("INDUSTRIAL_POLICY", "impose", "JPN"),
    ),
    row(
        "industrial_policy_impose",
        "Japan approved $5 billion in subsidies for domestic chip makers on Monday.",
        t("INDUSTRIAL_POLICY", "impose", "JPN"),
    ),
    row(
        "industrial_policy_impose",
        "Japan will build a strategic stockpile of rare earths, the government said on Monday.",
        t("INDUSTRIAL_POLICY", "impose", "JPN"),
    ),
    row(
        "industrial_policy_impose",
        "The United States began stockpiling rare earths on Monday.",
        t("INDUSTRIAL_POLICY", "impose", "USA"),
    ),
    row(
        "industrial_policy_impose",
        "Chile nationalised its lithium industry on Monday.",
        t("INDUSTRIAL_POLICY", "impose", "CHL"),
    ),
    row(
        "industrial_policy_impose",
        "Indonesia introduced local-content rules for electric vehicles on Monday.",
        t("INDUSTRIAL_POLICY", "impose", "IDN"),
    ),
    row(
        "industrial_policy_impose",
        "Japan unveiled a roadmap for domestic rare earth production on Monday.",
        t("INDUSTRIAL_POLICY", "impose", "JPN"),
    ),
    row(
        "industrial_policy_impose",
        "Japan set up a $5 billion fund for domestic chip makers on Monday.",
        t("INDUSTRIAL_POLICY", "impose", "JPN"),
    ),
    row(
        "industrial_policy_impose",
        "Japan offered tax credits to domestic chip makers on Monday.",
        t("INDUSTRIAL_POLICY", "impose", "JPN"),
        xfail="'offered' is no action verb and tax credits carry no amount: no rule",
    ),
    row(
        "industrial_policy_impose",
        "The United States took a stake in MP Materials on Monday.",
        t("INDUSTRIAL_POLICY", "impose", "USA"),
    ),
    row(
        "industrial_policy_impose",
        "Japan took a 10% stake in a domestic rare earth refiner on Monday.",
        t("INDUSTRIAL_POLICY", "impose", "JPN"),
    ),
    row("industrial_policy_neg", "Glencore took a 10% stake in Lynas on Monday.", None),
    row(
        "industrial_policy_impose",
        "Japan pledged $5 billion to build a domestic battery industry on Monday.",
        t("INDUSTRIAL_POLICY", "impose", "JPN"),
    ),
    row(
        "industrial_policy_suspend",
        "Japan suspended subsidies for electric vehicles on Monday.",
        t("INDUSTRIAL_POLICY", "suspend", "JPN"),
    ),
    row(
        "industrial_policy_lift",
        "Japan scrapped subsidies for domestic chip makers on Monday.",
        t("INDUSTRIAL_POLICY", "lift", "JPN"),
    ),
    row(
        "industrial_policy_lift",
        "Japan ended its subsidy programme for electric vehicles on Monday.",
        t("INDUSTRIAL_POLICY", "lift", "JPN"),
    ),
    row(
        "industrial_policy_extend",
        "Japan extended its subsidies for electric vehicles until 2027.",
        t("INDUSTRIAL_POLICY", "extend", "JPN"),
    ),
    row(
        "industrial_policy_impose_zh",
        "日本政府宣布投资50亿美元扶持国内芯片产业。",
        t("INDUSTRIAL_POLICY", "impose", "JPN"),
    ),
    row(
        "industrial_policy_impose_zh",
        "中国政府宣布设立500亿元半导体产业基金。",
        t("INDUSTRIAL_POLICY", "impose", "CHN"),
    ),
    row("industrial_policy_impose_zh", "中国对稀土开展国家收储。", t("INDUSTRIAL_POLICY", "impose", "CHN")),
    row("industrial_policy_impose_zh", "中国发布稀土产业发展规划。", t("INDUSTRIAL_POLICY", "impose", "CHN")),
    row("industrial_policy_impose_zh", "日本政府宣布对国内芯片企业提供补贴。", t("INDUSTRIAL_POLICY", "impose", "JPN")),
    row(
        "industrial_policy_impose_zht",
        "日本政府宣布投資50億美元扶持國內芯片產業。",
        t("INDUSTRIAL_POLICY", "impose", "JPN"),
    ),
    row("industrial_policy_impose_zht", "中國發布稀土產業發展規劃。", t("INDUSTRIAL_POLICY", "impose", "CHN")),
]

# a second batch: agencies and other states as actors, fees, funds, stakes, list exits, Traditional script
MORE_FORMS = [
    row("tariff_request_zh", "欧盟申请豁免美国钢铁关税。", t("TARIFF", "request", "EU")),
    row("tariff_request_zh", "日本请求美国豁免钢铁关税。", t("TARIFF", "request", "JPN")),
    row(
        "tariff_request",
        "Canada applied for an exemption from US steel tariffs on Monday.",
        t("TARIFF", "request", "CAN"),
    ),
    row(
        "sanction_extend",
        "The European Union extended its sanctions on Russian banks until July 31.",
        t("SANCTION", "extend", "EU"),
    ),
    row("sanction_extend_zh", "欧盟将对俄罗斯的制裁延长六个月。", t("SANCTION", "extend", "EU")),
    row(
        "sanction_suspend",
        "China suspended its sanctions on five US defence firms for one year.",
        t("SANCTION", "suspend", "CHN"),
    ),
    row("sanction_lift_zh", "中国宣布取消对五家美国企业的反制措施。", t("SANCTION", "lift", "CHN")),
    row("sanction_lift_zht", "中國將五家美國企業移出不可靠實體清單。", t("SANCTION", "lift", "CHN")),
    row(
        "sanction_impose",
        "The United States imposed sanctions on Chinese refiners over Iranian oil purchases on Monday.",
        t("SANCTION", "impose", "USA"),
    ),
    row(
        "sanction_impose",
        "The Treasury Department sanctioned five Chinese refiners on Monday.",
        t("SANCTION", "impose", "USA"),
    ),
    row("investigation_lift_zh", "中国商务部宣布终止对美国光纤的反倾销调查。", t("INVESTIGATION", "lift", "CHN")),
    row("investigation_suspend_zh", "中国商务部决定中止对欧盟猪肉的反倾销调查。", t("INVESTIGATION", "suspend", "CHN")),
    row(
        "investigation_impose",
        "The United States launched an investigation into Chinese legacy chips under Section 301 on Monday.",
        t("INVESTIGATION", "impose", "USA"),
    ),
    row(
        "investigation_impose",
        "India initiated an anti-dumping probe into Chinese solar glass on Monday.",
        t("INVESTIGATION", "impose", "IND"),
    ),
    row(
        "investigation_impose",
        "The European Commission opened an investigation into imports of Chinese tinplate on Monday.",
        t("INVESTIGATION", "impose", "EU"),
    ),
    row("tariff_impose_zh", "中国决定对原产于日本的进口不锈钢征收反倾销税。", t("TARIFF", "impose", "CHN")),
    row("tariff_impose_zh", "中国将对美国加征的关税税率由34%提高至84%。", t("TARIFF", "impose", "CHN")),
    row("tariff_extend_zh", "美国将对华加征关税的豁免期延长至明年5月。", t("TARIFF", "extend", "USA")),
    row("tariff_extend_zht", "美國宣布將對華關稅暫停期延長90天。", t("TARIFF", "extend", "USA")),
    row("tariff_impose_zht", "中國對美國大豆加徵10%關稅。", t("TARIFF", "impose", "CHN")),
    row(
        "tariff_impose",
        "Canada imposed a 100% surtax on Chinese electric vehicles on Monday.",
        t("TARIFF", "impose", "CAN"),
    ),
    row("tariff_impose", "Mexico raised import duties on Chinese cars to 50% on Monday.", t("TARIFF", "impose", "MEX")),
    row(
        "tariff_impose", "The United States imposed port fees on Chinese ships on Monday.", t("TARIFF", "impose", "USA")
    ),
    row("tariff_impose", "China imposed special port fees on US ships on Monday.", t("TARIFF", "impose", "CHN")),
    row(
        "tariff_impose_zh",
        "中国对美国船舶收取特别港务费。",
        t("TARIFF", "impose", "CHN"),
        xfail="收取…港务费 as TARIFF impose cost held-out set d an fp: dropped",
    ),
    row(
        "export_ban_impose",
        "China banned the export of rare earth processing technology on Monday.",
        t("EXPORT_BAN", "impose", "CHN"),
    ),
    row("export_ban_impose_zh", "中国商务部宣布禁止稀土提炼技术出口。", t("EXPORT_BAN", "impose", "CHN")),
    row(
        "export_ban_impose",
        "China added rare earth processing technology to its catalogue of technologies prohibited from export on Monday.",
        t("EXPORT_BAN", "impose", "CHN"),
    ),
    row("export_ban_impose_zht", "中國暫停向美國出口鎵、鍺。", t("EXPORT_BAN", "impose", "CHN")),
    row(
        "export_control_impose",
        "The Netherlands expanded export licence requirements for ASML machines on Monday.",
        t("EXPORT_CONTROL", "impose", "NLD"),
    ),
    row(
        "export_control_impose",
        "Japan tightened export controls on chipmaking equipment on Monday.",
        t("EXPORT_CONTROL", "impose", "JPN"),
    ),
    row("export_control_impose_zh", "中国对部分无人机实施出口管制。", t("EXPORT_CONTROL", "impose", "CHN")),
    row("export_control_lift_zht", "中國放寬稀土出口管制。", t("EXPORT_CONTROL", "lift", "CHN")),
    row(
        "industrial_policy_impose",
        "Japan announced a $5 billion subsidy for Rapidus on Monday.",
        t("INDUSTRIAL_POLICY", "impose", "JPN"),
    ),
    row(
        "industrial_policy_impose",
        "The United States government will take a 10% stake in Intel.",
        t("INDUSTRIAL_POLICY", "impose", "USA"),
    ),
    row(
        "industrial_policy_impose",
        "Indonesia nationalised its nickel smelters on Monday.",
        t("INDUSTRIAL_POLICY", "impose", "IDN"),
    ),
    row(
        "industrial_policy_impose_zh", "中国设立国家集成电路产业投资基金三期。", t("INDUSTRIAL_POLICY", "impose", "CHN")
    ),
    row("industrial_policy_impose_zh", "中国对稀土实施国家收储。", t("INDUSTRIAL_POLICY", "impose", "CHN")),
    row(
        "industrial_policy_impose_zht", "日本政府宣布對國內晶片產業提供補貼。", t("INDUSTRIAL_POLICY", "impose", "JPN")
    ),
    row(
        "tariff_extend",
        "China and the United States agreed to extend their tariff truce by 90 days.",
        t("TARIFF", "extend", None),
    ),
    row("tariff_extend_zh", "中美同意将关税休战延长90天。", t("TARIFF", "extend", None)),
    row(
        "trade_deal_impose",
        "The United States and the United Kingdom signed an economic prosperity deal on Monday.",
        t("TRADE_DEAL", "impose", "USA"),
    ),
    row("trade_deal_impose_zh", "中国与澳大利亚签署自由贸易协定升级议定书。", t("TRADE_DEAL", "impose", "CHN")),
    row(
        "import_restriction_impose",
        "China halted imports of Brazilian beef on Monday.",
        t("IMPORT_RESTRICTION", "impose", "CHN"),
    ),
    row(
        "import_restriction_impose",
        "China suspended beef imports from three Brazilian plants on Monday.",
        t("IMPORT_RESTRICTION", "impose", "CHN"),
    ),
    row("import_restriction_impose_zh", "中国暂停三家巴西企业牛肉输华。", t("IMPORT_RESTRICTION", "impose", "CHN")),
    row(
        "import_restriction_impose",
        "China banned purchases of Micron chips by critical infrastructure operators on Monday.",
        t("IMPORT_RESTRICTION", "impose", "CHN"),
    ),
]

# non-acts of the new rows: hedges, denials, conditions, calls, firms' own stakes and pledges (no event); a background act
NEG_FORMS = [
    row("import_restriction_neg", "Analysts say China may restrict imports of Australian coal.", None),
    row("import_restriction_neg", "China denied that it had restricted imports of Australian coal.", None),
    row("import_restriction_neg", "If China reopened its market to Japanese seafood, exporters would benefit.", None),
    row("sanction_neg", "China is considering countermeasures against US defence firms.", None),
    row("industrial_policy_neg", "Japan could take a stake in a domestic rare earth refiner, analysts said.", None),
    row("trade_deal_neg", "China has not committed to buy American soybeans.", None),
    row("tariff_neg", "Exporters urged the government to accept price undertakings.", None),
    row("industrial_policy_neg", "Lawmakers urged Japan to set up a fund for chip makers.", None),
    row("sanction_neg_zh", "分析人士认为中国可能对美国企业采取反制措施。", None),
    row("industrial_policy_neg_zh", "专家建议设立产业投资基金。", None),
    row("import_restriction_neg", "China would restrict imports of Australian coal if talks failed.", None),
    row("industrial_policy_neg", "The company pledged $5 billion to expand its factory.", None),
    row("industrial_policy_neg", "Toyota took a 10% stake in a battery maker on Monday.", None),
    row(
        "import_restriction_impose",
        "Shares of coal miners fell after China restricted imports of Australian coal last year.",
        t("IMPORT_RESTRICTION", "impose", "CHN"),
    ),
]

# a third batch: moratoria, embargoes, retaliation, quotas, white lists, licence revocation, orders aimed at one firm
THIRD_FORMS = [
    row(
        "export_control_threaten",
        "China warned it would restrict rare earth exports on Monday.",
        t("EXPORT_CONTROL", "threaten", "CHN"),
    ),
    row("tariff_extend_zh", "欧盟延长对中国钢铁的保障措施。", t("TARIFF", "extend", "EU")),
    row("investigation_impose_zh", "欧盟对进口钢铁发起保障措施调查。", t("INVESTIGATION", "impose", "EU")),
    # the halt verbs act on the measure noun between, not on the flow: "suspended its ban on exports of" is the ban's suspend
    row(
        "export_ban_suspend",
        "China suspended its ban on exports of gallium to the United States until November 2026.",
        t("EXPORT_BAN", "suspend", "CHN"),
    ),
    row(
        "import_restriction_suspend",
        "China suspended its ban on imports of Japanese seafood on Monday.",
        t("IMPORT_RESTRICTION", "suspend", "CHN"),
    ),
    row(
        "export_ban_impose",
        "Indonesia imposed a moratorium on nickel ore exports on Monday.",
        t("EXPORT_BAN", "impose", "IDN"),
    ),
    row(
        "export_ban_extend",
        "Indonesia extended its moratorium on nickel ore exports on Monday.",
        t("EXPORT_BAN", "extend", "IDN"),
    ),
    row(
        "import_restriction_impose",
        "Russia imposed an embargo on Western food imports on Monday.",
        t("IMPORT_RESTRICTION", "impose", "RUS"),
    ),
    row(
        "import_restriction_lift",
        "Russia lifted its embargo on Western food imports on Monday.",
        t("IMPORT_RESTRICTION", "lift", "RUS"),
    ),
    row(
        "tariff_impose",
        "China retaliated with tariffs of 10% on American soybeans on Monday.",
        t("TARIFF", "impose", "CHN"),
    ),
    row(
        "tariff_impose",
        "China announced retaliatory tariffs on American soybeans on Monday.",
        t("TARIFF", "impose", "CHN"),
    ),
    row(
        "tariff_impose",
        "The European Commission finalised anti-dumping duties on Chinese steel on Monday.",
        t("TARIFF", "impose", "EU"),
    ),
    row(
        "tariff_impose",
        "The European Commission issued a preliminary ruling imposing duties on Chinese steel on Monday.",
        t("TARIFF", "impose", "EU"),
    ),
    row(
        "export_control_lift",
        "China scrapped its export quotas on rare earths on Monday.",
        t("EXPORT_CONTROL", "lift", "CHN"),
    ),
    row("tariff_lift", "China abolished export duties on steel on Monday.", t("TARIFF", "lift", "CHN")),
    row(
        "industrial_policy_lift",
        "Japan phased out subsidies for electric vehicles on Monday.",
        t("INDUSTRIAL_POLICY", "lift", "JPN"),
    ),  # the verb only: the noun "a phase-out of Russian energy" was that fp (recall_classes.jsonl, xrecall9)
    row(
        "export_control_lift",
        "China waived the export licence requirement for graphite on Monday.",
        t("EXPORT_CONTROL", "lift", "CHN"),
    ),
    row(
        "export_control_impose",
        "The United States slapped export curbs on Chinese chipmakers on Monday.",
        t("EXPORT_CONTROL", "impose", "USA"),
    ),
    row(
        "tariff_impose",
        "China imposed anti-dumping duties on Japanese stainless steel from Monday.",
        t("TARIFF", "impose", "CHN"),
    ),
    row(
        "tariff_impose",
        "The United States reinstated tariffs on Chinese steel on Monday.",
        t("TARIFF", "impose", "USA"),
    ),
    row(
        "sanction_impose",
        "The United States reimposed sanctions on Iranian oil buyers on Monday.",
        t("SANCTION", "impose", "USA"),
    ),
    row(
        "import_restriction_lift",
        "China resumed imports of Japanese seafood on Monday.",
        t("IMPORT_RESTRICTION", "lift", "CHN"),
    ),
    row("export_control_lift", "China restored Japan to its white list on Monday.", t("EXPORT_CONTROL", "lift", "CHN")),
    row(
        "export_control_impose",
        "Japan removed South Korea from its white list on Monday.",
        t("EXPORT_CONTROL", "impose", "JPN"),
    ),
    row(
        "export_control_impose",
        "The United States revoked Huawei's export licences on Monday.",
        t("EXPORT_CONTROL", "impose", "USA"),
    ),
    row(
        "export_control_impose",
        "China tightened scrutiny of rare earth exports on Monday.",
        t("EXPORT_CONTROL", "impose", "CHN"),
    ),
    row(
        "export_ban_impose",
        "China banned Nexperia from exporting chips made in China on Monday.",
        t("EXPORT_BAN", "impose", "CHN"),
    ),
    row("sanction_impose", "The Netherlands took control of Nexperia on Monday.", t("SANCTION", "impose", "NLD")),
    row(
        "sanction_suspend",
        "The Netherlands suspended its order on Nexperia on Monday.",
        t("SANCTION", "suspend", "NLD"),
        xfail="'order' names the measure only with an item (INDUSTRIAL_POLICY directive): no SANCTION suspend",
    ),
    row("export_control_lift_zh", "中国取消稀土出口配额。", t("EXPORT_CONTROL", "lift", "CHN")),
    row("export_ban_impose_zh", "中国对日本实施稀土出口禁运。", t("EXPORT_BAN", "impose", "CHN")),
    row(
        "sanction_impose_zh",
        "荷兰政府接管安世半导体。",
        t("SANCTION", "impose", "NLD"),
        xfail="政府…接管 is dropped by a later veto (not found in this session): no rule",
    ),
    row(
        "sanction_suspend_zh",
        "荷兰暂停对安世半导体的行政令。",
        t("SANCTION", "suspend", "NLD"),
        xfail="行政令 aimed at a firm is not typed SANCTION: no rule",
    ),
    row("export_control_impose_zh", "美国撤销华为的出口许可证。", t("EXPORT_CONTROL", "impose", "USA")),
    row("export_control_impose_zh", "日本将韩国移出白名单。", t("EXPORT_CONTROL", "impose", "JPN")),
    row("import_restriction_lift_zh", "中国恢复日本水产品进口。", t("IMPORT_RESTRICTION", "lift", "CHN")),
    row("tariff_impose_zh", "中国宣布对美国商品加征反制关税。", t("TARIFF", "impose", "CHN")),
]

# a fourth batch: threats and extensions of every type, port fees, affiliates rule, headlines
FOURTH_FORMS = [
    row(
        "sanction_threaten",
        "China threatened to add US firms to its unreliable entity list on Monday.",
        t("SANCTION", "threaten", "CHN"),
    ),
    row(
        "investigation_threaten",
        "The United States threatened to open a Section 301 investigation into Brazil on Monday.",
        t("INVESTIGATION", "threaten", "USA"),
    ),
    row("sanction_threaten_zh", "中国扬言将美国企业列入不可靠实体清单。", t("SANCTION", "threaten", "CHN")),
    row("export_control_threaten_zh", "中国警告将限制稀土出口。", t("EXPORT_CONTROL", "threaten", "CHN")),
    row("investigation_threaten_zh", "美国威胁对巴西发起301调查。", t("INVESTIGATION", "threaten", "USA")),
    row(
        "investigation_extend_zh", "中国商务部宣布延长对美国光纤的反倾销调查期限。", t("INVESTIGATION", "extend", "CHN")
    ),
    row("tariff_suspend_zh", "美国宣布暂停对中国船舶收取港务费一年。", t("TARIFF", "suspend", "USA")),
    row("tariff_suspend_zh", "中国暂停对美国船舶收取特别港务费。", t("TARIFF", "suspend", "CHN")),
    row("sanction_lift_zh", "美国将五家中国企业从实体清单中移除。", t("SANCTION", "lift", "USA")),
    row(
        "tariff_suspend",
        "The United States will suspend its port fees on Chinese ships for one year.",
        t("TARIFF", "suspend", "USA"),
    ),
    row(
        "tariff_suspend",
        "China will suspend its special port fees on US ships for one year.",
        t("TARIFF", "suspend", "CHN"),
    ),
    row(
        "sanction_suspend",
        "China will suspend the inclusion of US firms in its unreliable entity list for one year.",
        t("SANCTION", "suspend", "CHN"),
    ),
    row(
        "export_control_suspend",
        "The United States suspended its affiliates rule for one year on Monday.",
        t("EXPORT_CONTROL", "suspend", "USA"),
    ),
    row(
        "export_control_suspend",
        "The United States will pause the 50% affiliates rule for one year.",
        t("EXPORT_CONTROL", "suspend", "USA"),
    ),
    row(
        "export_control_approve",
        "China resumed issuing export licences for rare earths on Monday.",
        t("EXPORT_CONTROL", "approve", "CHN"),
    ),
    row(
        "export_ban_lift",
        "China lifted its ban on exports of gallium to the United States on Monday.",
        t("EXPORT_BAN", "lift", "CHN"),
    ),
    row(
        "tariff_extend",
        "US to extend tariff exemptions for Chinese medical goods",
        t("TARIFF", "extend", "USA"),
        title=True,
    ),
    row("tariff_lift", "China to scrap tariffs on US soybeans", t("TARIFF", "lift", "CHN"), title=True),
    row("tariff_impose", "EU to slap duties on Chinese EVs", t("TARIFF", "impose", "EU"), title=True),
    row("trade_deal_impose", "China, US agree to extend trade truce", t("TRADE_DEAL", "impose", None), title=True),
    row(
        "import_restriction_impose",
        "China halts soybean purchases from US",
        t("IMPORT_RESTRICTION", "impose", "CHN"),
        title=True,
    ),
    row("sanction_impose", "US adds Chinese firms to entity list", t("SANCTION", "impose", "USA"), title=True),
    row(
        "investigation_impose",
        "China launches probe into US chip dumping",
        t("INVESTIGATION", "impose", "CHN"),
        title=True,
    ),
    row(
        "industrial_policy_impose",
        "Japan unveils $5 billion chip subsidy",
        t("INDUSTRIAL_POLICY", "impose", "JPN"),
        title=True,
    ),
]

# a fifth batch: passives with agent per type, Traditional script, Chinese lift / extend
FIFTH_FORMS = [
    row(
        "sanction_impose",
        "Sanctions were imposed on five Chinese refiners by the United States on Monday.",
        t("SANCTION", "impose", "USA"),
        xfail="passive with the origin adjective (Chinese) before the agent: no event (with a named firm, or the target inside the subject, it is read)",
    ),
    row(
        "sanction_lift",
        "Five Chinese firms were removed from the entity list by the United States on Monday.",
        t("SANCTION", "lift", "USA"),
    ),
    row(
        "tariff_extend",
        "Anti-dumping duties on Chinese steel were extended by the European Union for five years.",
        t("TARIFF", "extend", "EU"),
    ),
    row("export_ban_lift", "The ban on gallium exports was lifted by China on Monday.", t("EXPORT_BAN", "lift", "CHN")),
    row(
        "import_restriction_lift",
        "Imports of Japanese seafood were resumed by China on Monday.",
        t("IMPORT_RESTRICTION", "lift", "CHN"),
    ),
    row(
        "investigation_impose",
        "A probe into Chinese steel was opened by the European Union on Monday.",
        t("INVESTIGATION", "impose", "EU"),
    ),
    row(
        "industrial_policy_impose",
        "Subsidies for domestic chip makers were approved by Japan on Monday.",
        t("INDUSTRIAL_POLICY", "impose", "JPN"),
        xfail="the passive of 'approve' with a subsidy subject: no rule",
    ),
    row("tariff_extend_zh", "歐盟延長對中國鋼鐵的反傾銷稅。", t("TARIFF", "extend", "EU")),
    row(
        "export_control_suspend_zh",
        "中國商務部宣布暫停實施對美國的出口管制措施。",
        t("EXPORT_CONTROL", "suspend", "CHN"),
    ),
    row("sanction_lift_zh", "美國將五家中國企業移出實體清單。", t("SANCTION", "lift", "USA")),
    row("import_restriction_lift_zh", "中國恢復採購美國大豆。", t("IMPORT_RESTRICTION", "lift", "CHN")),
    row("tariff_extend_zh", "中美雙方同意將關稅休戰延長90天。", t("TARIFF", "extend", None)),
    row(
        "investigation_impose_zh",
        "中國商務部決定對原產於美國的進口丙酸發起反傾銷調查。",
        t("INVESTIGATION", "impose", "CHN"),
    ),
    row("tariff_impose_zh", "中國對美國商品加徵反制關稅。", t("TARIFF", "impose", "CHN")),
    row("industrial_policy_impose_zh", "日本政府宣布設立半導體產業基金。", t("INDUSTRIAL_POLICY", "impose", "JPN")),
    row("tariff_lift_zh", "中国对美国部分商品停止加征关税。", t("TARIFF", "lift", "CHN")),
    row("tariff_extend_zh", "中国继续暂停对美国商品加征24%的关税一年。", t("TARIFF", "extend", "CHN")),
    row("tariff_extend_zh", "美国延长对华301关税豁免期限。", t("TARIFF", "extend", "USA")),
    row("export_control_lift_zh", "美国宣布取消对华芯片出口限制。", t("EXPORT_CONTROL", "lift", "USA")),
]

FORMS = (
    TARIFF_FORMS
    + SANCTION_FORMS
    + CONTROL_FORMS
    + BAN_FORMS
    + IMPORT_FORMS
    + PROBE_FORMS
    + DEAL_FORMS
    + INDUSTRIAL_FORMS
    + MORE_FORMS
    + NEG_FORMS
    + THIRD_FORMS
    + FOURTH_FORMS
    + FIFTH_FORMS
)


def found(text: str, title: bool) -> set[Triple]:
    """(type, action, main actor) of the events of an article made of ``text``."""
    events = rule_events("", title=text) if title else rule_events(text)
    return triples(events)


@pytest.mark.parametrize(("text", "want", "avoid", "title"), FORMS)
def test_type_form(text: str, want: Triple | None, avoid: Triple | None, title: bool) -> None:
    check_form(found(text, title), want, avoid)
