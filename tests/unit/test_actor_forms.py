"""Who acts, by linguistic class: the main (first) actor of invented sentences (issue 11, engineer xrole8).

A coverage table like ``test_trigger_forms.py``: invented short sentences or articles (not copied from any
article), one row per form of one class, through the whole rules-only pipeline.  An event matches gold only
when its main actor does, so each row names the ``(type, action, main actor)`` the article must have (``want``)
and, where a wrong reading is likely, the one it must not have (``avoid``).  The classes:

* ``leader_*`` — an office holder acting for his state: the state comes first (the contract's "the state
  first, then its agencies / leaders"), found from his title before the name (demonym, possessive, Chinese
  国名 + 职务), after it (apposition, "of" phrase) or on the first mention when a later one gives the bare
  surname (:mod:`policykg.extract.office_rules`, ``coref.titled_state``);
* ``leader_target`` — an office holder with no title: his state is the article's, never the measure's own
  target (``coref.person_state``);
* ``progressive_*`` — the progressive and other forms of the weak verbs of announcing ("is announcing",
  "was announcing", "will be announcing": ``triggers/role_classes.jsonl``) keep their subject as the actor;
* ``deal_*`` — agreements: both parties act, the subject first (a passive's agent, office holders' states, the
  sentence's subject when the clause names only the other side after "with" / 与: ``deal_rules.deal_parties``); a
  purchase commitment is the buyer's;
* ``appraisal`` — a party that calls, describes or welcomes a measure stated before does not act
  (:mod:`policykg.extract.appraisal_rules`);
* ``approve_adopt`` — approving (endorsing) a sanction or a subsidy adopts it: ``impose`` by the approving state
  (``triggers/role_classes.jsonl``), where "approve" of a licence or of imports stays ``approve``.

A form the rules miss is marked ``xfail`` (strict) with the reason.
"""

from __future__ import annotations

from typing import Any

import pytest

from tests.rule_cases import rule_events

Triple = tuple[str, str, str | None]


def row(cls: str, text: str, want: Triple | None, avoid: Triple | None = None, *, xfail: str = "") -> Any:
    """One form of one class."""
    marks = [pytest.mark.xfail(reason=xfail, strict=True)] if xfail else []
    return pytest.param(text, want, avoid, marks=marks, id=f"{cls}:{text[:40]}")


NGA_BAN: Triple = ("EXPORT_BAN", "impose", "NGA")
IND_LIFT: Triple = ("EXPORT_BAN", "lift", "IND")
IDN_BAN: Triple = ("EXPORT_BAN", "impose", "IDN")
NGA_TARIFF: Triple = ("TARIFF", "impose", "NGA")
GHA_TARIFF: Triple = ("TARIFF", "impose", "GHA")
WEKESA_BAN: Triple = ("EXPORT_BAN", "impose", "person:amara_wekesa")
CAN_SANCTION: Triple = ("SANCTION", "impose", "CAN")
US_DEAL: Triple = ("TRADE_DEAL", "impose", "USA")
VNM_DEAL: Triple = ("TRADE_DEAL", "impose", "VNM")

FORMS = [
    # --- the title before the name: demonym, possessive, capitalised or not, Chinese 国名 + 职务
    row("leader_demonym", "Nigerian President Amara Wekesa banned exports of raw hides on Monday.", NGA_BAN),
    row("leader_demonym", "Nigerian Trade Minister Amara Wekesa imposed tariffs on steel on Monday.", NGA_TARIFF),
    row("leader_possessive", "Nigeria's President Amara Wekesa banned exports of raw hides on Monday.", NGA_BAN),
    row(
        "leader_possessive",
        "India's trade minister Ravi Menon said on Monday the country would lift its ban on onion exports.",
        IND_LIFT,
    ),
    row(
        "leader_possessive",
        "Nigeria's trade minister, Amara Wekesa, imposed tariffs on steel on Monday.",
        NGA_TARIFF,
    ),
    row(
        "leader_possessive",
        "Nigeria's Minister of Trade Amara Wekesa on Monday imposed tariffs on steel from Ghana.",
        NGA_TARIFF,
        GHA_TARIFF,
    ),
    # --- the title after the name: apposition, "of" phrase
    row(
        "leader_apposition",
        "Amara Wekesa, Nigeria's cabinet secretary for trade, announced a ban on exports of raw hides on Monday.",
        NGA_BAN,
    ),
    row(
        "leader_apposition",
        "Amara Wekesa, the Nigerian trade minister, banned exports of raw hides on Monday.",
        NGA_BAN,
    ),
    row("leader_apposition", "Amara Wekesa, the president of Nigeria, banned exports of raw hides on Monday.", NGA_BAN),
    row("leader_of", "Trade Minister Amara Wekesa of Nigeria banned exports of raw hides on Monday.", NGA_BAN),
    # --- a later bare surname inherits the title of the first mention
    row(
        "leader_surname",
        "Nigerian President Amara Wekesa spoke on Sunday. Wekesa said on Monday the government would ban exports"
        " of raw hides.",
        NGA_BAN,
    ),
    row(
        "leader_surname",
        "Nigeria's trade minister Amara Wekesa spoke on Sunday. On Monday, Wekesa banned exports of raw hides to"
        " Ghana.",
        NGA_BAN,
        ("EXPORT_BAN", "impose", "GHA"),
    ),
    row(
        "leader_surname",
        "Amara Wekesa, Nigeria's trade minister, spoke on Sunday. On Monday, Wekesa banned exports of raw hides"
        " to Ghana.",
        NGA_BAN,
        ("EXPORT_BAN", "impose", "GHA"),
    ),
    row(
        "leader_surname",
        "Trade Minister Amara Wekesa of Nigeria spoke on Sunday. On Monday, Wekesa banned exports of raw hides to"
        " Ghana.",
        NGA_BAN,
        ("EXPORT_BAN", "impose", "GHA"),
    ),
    row(
        "leader_surname",
        "Nigeria's President Amara Wekesa met Ghana's President Kofi Mensah on Sunday. On Monday, Mensah imposed"
        " tariffs on steel from Nigeria.",
        GHA_TARIFF,
        NGA_TARIFF,
    ),
    row(
        "leader_surname",
        "Nigeria's President Amara Wekesa met Ghana's President Kofi Mensah on Sunday. On Monday, Wekesa imposed"
        " tariffs on Ghanaian cocoa.",
        NGA_TARIFF,
        GHA_TARIFF,
    ),
    # --- a later surname whose title names another state than the article's most named one
    row(
        "leader_apposition",
        "Nigeria is Africa's biggest economy. Amara Wekesa, Ghana's trade minister,"
        " visited Nigeria on Sunday. On Monday, Wekesa imposed tariffs on steel.",
        GHA_TARIFF,
        NGA_TARIFF,
    ),
    row(
        "leader_apposition",
        "Nigeria is Africa's biggest economy. Amara Wekesa, who is Ghana's trade minister,"
        " visited Nigeria on Sunday. On Monday, Wekesa imposed tariffs on steel.",
        GHA_TARIFF,
        NGA_TARIFF,
    ),
    row(
        "leader_apposition",
        "Nigeria is Africa's biggest economy. Amara Wekesa, the president of Ghana,"
        " visited Nigeria on Sunday. On Monday, Wekesa imposed tariffs on steel.",
        GHA_TARIFF,
        NGA_TARIFF,
    ),
    row(
        "leader_of",
        "Nigeria is Africa's biggest economy. Trade Minister Amara Wekesa of Ghana"
        " visited Nigeria on Sunday. On Monday, Wekesa imposed tariffs on steel.",
        GHA_TARIFF,
        NGA_TARIFF,
    ),
    row(
        "leader_possessive",
        "Nigeria is Africa's biggest economy. Ghana's Minister of Trade, Amara Wekesa,"
        " visited Nigeria on Sunday. On Monday, Wekesa imposed tariffs on steel.",
        GHA_TARIFF,
        NGA_TARIFF,
    ),
    row(
        "leader_possessive",
        "Nigeria is Africa's biggest economy. Ghana's cabinet secretary for trade and industry Amara Wekesa"
        " visited Nigeria on Sunday. On Monday, Wekesa imposed tariffs on steel.",
        GHA_TARIFF,
        NGA_TARIFF,
    ),
    # --- a leader's government or administration acts for his state
    row(
        "leader_government",
        "The Biden administration imposed tariffs on Chinese electric vehicles on Monday.",
        ("TARIFF", "impose", "USA"),
    ),
    row(
        "leader_government",
        "Nigerian President Amara Wekesa spoke on Sunday. The Wekesa administration banned exports of raw hides on"
        " Monday.",
        NGA_BAN,
    ),
    row("leader_government", "特朗普政府周一对中国电动汽车加征关税。", ("TARIFF", "impose", "USA")),
    # --- Chinese, Simplified and Traditional
    row("leader_zh", "印尼总统普拉博沃宣布禁止铝土矿出口。", IDN_BAN),
    row("leader_zht", "印尼總統普拉博沃宣布禁止鋁土礦出口。", IDN_BAN),
    row("leader_zh", "印度商工部长皮尤什·戈亚尔周一宣布取消洋葱出口禁令。", IND_LIFT),
    row("leader_zh", "尼日利亚总统瓦凯萨周日发表讲话。瓦凯萨周一宣布禁止向加纳出口生皮。", NGA_BAN),
    # --- no title anywhere: the article's state, never the measure's own target; with none the person stays
    row(
        "leader_target",
        "Nigeria and Ghana trade hides. Ghana buys most of them. On Monday, President Amara Wekesa banned exports"
        " of raw hides to Ghana.",
        NGA_BAN,
        ("EXPORT_BAN", "impose", "GHA"),
    ),
    row(
        "leader_target",
        "Ghana buys hides. On Monday, President Amara Wekesa banned exports of raw hides to Ghana.",
        WEKESA_BAN,
        ("EXPORT_BAN", "impose", "GHA"),
    ),
    row(
        "leader_target",
        "Nigerian President Amara Wekesa spoke on Sunday. On Monday, Wekesa banned exports of raw hides to Ghana.",
        NGA_BAN,
        ("EXPORT_BAN", "impose", "GHA"),
    ),
    row(  # "Kenyan" is a generated demonym (en/countries_demonyms.jsonl): Kenya acts
        "leader_target",
        "Kenyan President Amara Wekesa spoke on Sunday. On Monday, Wekesa banned exports of raw hides to Uganda.",
        ("EXPORT_BAN", "impose", "KEN"),
        ("EXPORT_BAN", "impose", "UGA"),
    ),
    row(  # no state named but the target: the person stays the actor
        "leader_target",
        "President Amara Wekesa spoke on Sunday. On Monday, Wekesa banned exports of raw hides to Uganda.",
        WEKESA_BAN,
        ("EXPORT_BAN", "impose", "UGA"),
    ),
    row(
        "leader_demonym",
        "Ghanaian Trade Minister Amara Wekesa banned exports of raw hides to Togo on Monday.",
        ("EXPORT_BAN", "impose", "GHA"),
        ("EXPORT_BAN", "impose", "TGO"),
    ),
    # --- the progressive and other forms of the weak verbs of announcing
    row("progressive", "Canada is announcing sanctions on Russian banks.", CAN_SANCTION),
    row("progressive", "Canada was announcing sanctions on Russian banks when the news broke.", CAN_SANCTION),
    row("progressive", "Canada will be announcing sanctions on Russian banks on Monday.", CAN_SANCTION),
    row("progressive", "Canada on Monday is announcing sanctions on Russian banks.", CAN_SANCTION),
    row("progressive", "Canada is announcing new tariffs on Chinese steel.", ("TARIFF", "impose", "CAN")),
    row("progressive", "India is announcing a ban on exports of onions.", ("EXPORT_BAN", "impose", "IND")),
    row("progressive", "Canada is imposing sanctions on Russian banks.", CAN_SANCTION),
    row("progressive", "Canada is unveiling sanctions on Russian banks.", CAN_SANCTION),
    row("progressive", "Mexico is raising tariffs on Chinese cars.", ("TARIFF", "impose", "MEX")),
    row("progressive", "India is lifting its ban on onion exports.", ("EXPORT_BAN", "lift", "IND")),
    row("progressive", "The EU is extending its sanctions on Russia for six months.", ("SANCTION", "extend", "EU")),
    row("progressive_zh", "加拿大正在对俄罗斯银行实施制裁。", CAN_SANCTION),
    row("progressive_zht", "加拿大正在對俄羅斯銀行實施制裁。", CAN_SANCTION),
    # --- approving a sanction or a subsidy adopts it (impose); approving a licence or imports stays approve
    row("approve_adopt", "Canada approved sanctions on Russian banks on Monday.", CAN_SANCTION),
    row(
        "approve_adopt",
        "The European Union approved new sanctions on Russian banks on Monday.",
        ("SANCTION", "impose", "EU"),
    ),
    row(
        "approve_adopt",
        "EU governments on Monday approved a 19th package of sanctions against Russia.",
        ("SANCTION", "impose", "EU"),
    ),
    row("approve_adopt", "The EU endorsed new sanctions on Russia on Monday.", ("SANCTION", "impose", "EU")),
    row(
        "approve_adopt",
        "The Japanese cabinet approved subsidies for chipmakers on Monday.",
        ("INDUSTRIAL_POLICY", "impose", "JPN"),
    ),
    row("approve_adopt_zh", "欧盟周一批准了对俄罗斯的新一轮制裁。", ("SANCTION", "impose", "EU")),
    row("approve_adopt_zht", "歐盟週一批准了對俄羅斯的新一輪制裁。", ("SANCTION", "impose", "EU")),
    row("approve_adopt_zh", "日本内阁周一批准了对芯片企业的补贴。", ("INDUSTRIAL_POLICY", "impose", "JPN")),
    row(
        "approve_adopt",
        "China approved export licences for rare earths on Monday.",
        ("EXPORT_CONTROL", "approve", "CHN"),
        ("EXPORT_CONTROL", "impose", "CHN"),
    ),
    row(
        "approve_adopt",
        "China approved imports of seafood from three Japanese prefectures on Monday.",
        ("IMPORT_RESTRICTION", "approve", "CHN"),
    ),
    # --- deals: the subject first (a passive's agent, a conjoined genitive, office holders' states), the other
    # side after "with" / 与; a clause that names only the other side has the sentence's subject first
    row("deal", "An agreement with Vietnam was reached by the United States on Monday.", US_DEAL, VNM_DEAL),
    row("deal", "A trade deal with Vietnam was signed by the United States on Monday.", US_DEAL, VNM_DEAL),
    row("deal", "The United States reached a trade agreement with Vietnam and Cambodia on Monday.", US_DEAL, VNM_DEAL),
    row("deal", "The US signed a trade agreement with Vietnam on Monday.", US_DEAL, VNM_DEAL),
    row("deal", "Vietnam signed a trade deal with the United States on Monday.", VNM_DEAL, US_DEAL),
    row("deal", "A trade deal was signed by Vietnam and the United States on Monday.", VNM_DEAL, US_DEAL),
    row("deal", "Washington and Hanoi's trade deal was signed on Monday.", US_DEAL, VNM_DEAL),
    row("deal", "President Donald Trump and Prime Minister Mark Carney agreed on a trade deal on Monday.", US_DEAL),
    row("deal", "At the G7 summit on Monday, Trump and Carney agreed to a trade deal.", US_DEAL),
    row("deal_zh", "美国周一表示，并与越南及柬埔寨达成贸易协议。", US_DEAL, VNM_DEAL),
    row("deal_zh", "美国周一发表声明，并与越南达成贸易协议。", US_DEAL, VNM_DEAL),
    row("deal_zh", "美國週一發表聲明，並與越南達成貿易協議。", US_DEAL, VNM_DEAL),
    row("deal_zh", "越南周一与美国签署贸易协议。", VNM_DEAL, US_DEAL),
    row("deal", "Vietnam agreed to buy $2 billion of US soybeans.", VNM_DEAL, US_DEAL),
    # --- a party judging a measure stated before is not its actor (appraisal_rules)
    row(
        "appraisal",
        "The United States threatened tariffs on European goods on Monday. Denmark called the tariff threat"
        " unacceptable.",
        ("TARIFF", "threaten", "USA"),
        ("TARIFF", "threaten", "DNK"),
    ),
    row(
        "appraisal",
        "The United States threatened tariffs on European goods on Monday. Danish Foreign Minister Lars Holm"
        " described the tariff threat as unacceptable.",
        ("TARIFF", "threaten", "USA"),
        ("TARIFF", "threaten", "DNK"),
    ),
    row(
        "appraisal",
        "China banned exports of gallium on Monday. Japan's trade minister called the ban regrettable.",
        ("EXPORT_BAN", "impose", "CHN"),
        ("EXPORT_BAN", "impose", "JPN"),
    ),
    row(
        "appraisal",
        "China banned exports of gallium on Monday. Japan welcomed the ban as overdue.",
        ("EXPORT_BAN", "impose", "CHN"),
        ("EXPORT_BAN", "impose", "JPN"),
    ),
    row(
        "appraisal",
        "中国周一禁止镓出口。日本批评该禁令。",
        ("EXPORT_BAN", "impose", "CHN"),
        ("EXPORT_BAN", "impose", "JPN"),
    ),
    row("appraisal", "Japan banned exports of gallium on Monday.", ("EXPORT_BAN", "impose", "JPN")),
]


def found(text: str) -> set[Triple]:
    """(type, action, main actor) of every event of the article."""
    return {(e.type, e.action, e.actors[0]) for e in rule_events(text)}


@pytest.mark.parametrize(("text", "want", "avoid"), FORMS)
def test_actor_form(text: str, want: Triple | None, avoid: Triple | None) -> None:
    got = found(text)
    if want is None and avoid is None:
        assert got == set()
    if want is not None:
        assert want in got if want[2] is not None else want[:2] in {g[:2] for g in got}
    if avoid is not None:
        assert avoid not in got
