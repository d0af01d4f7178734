"""Cells of the trigger coverage matrix (:mod:`tests.trigger_matrix`): actors, verb classes, and per (type, action)
of the contract its verbs, default object and Chinese sentences.  All sentences are invented.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Actor:
    """An actor as a sentence names it: full name, headline name, Chinese name and the expected main actor id."""

    name: str
    short: str
    zh: str
    code: str


ACTORS = (
    Actor("Japan", "Japan", "日本", "JPN"),
    Actor("the European Union", "EU", "欧盟", "EU"),
    Actor("India", "India", "印度", "IND"),
    Actor("Canada", "Canada", "加拿大", "CAN"),
    Actor("South Korea", "South Korea", "韩国", "KOR"),
    Actor("Indonesia", "Indonesia", "印度尼西亚", "IDN"),
    Actor("Russia", "Russia", "俄罗斯", "RUS"),
    Actor("Australia", "Australia", "澳大利亚", "AUS"),
    Actor("Mexico", "Mexico", "墨西哥", "MEX"),
    Actor("Britain", "UK", "英国", "GBR"),
    Actor("the US Commerce Department", "US", "美国商务部", "USA"),
    Actor("China's commerce ministry", "China", "中国商务部", "CHN"),
    Actor("Brazil", "Brazil", "巴西", "BRA"),
    Actor("Turkey", "Turkey", "土耳其", "TUR"),
)


@dataclass(frozen=True)
class Verb:
    """One verb of a class: its forms (base, 3sg, past, participle, -ing), its object, and its nominalisation.

    ``obj`` overrides the cell's object (verbs such as "ban" or "restrict" take the goods, not the measure);
    ``plural`` is the number of the object as a passive subject; ``noun`` the nominalisation ("imposition")
    used by the nominal frames; ``passive`` False for verbs with a clause complement ("threaten to ...").
    """

    forms: str
    obj: str = ""
    plural: bool = True
    noun: str = ""
    passive: bool = True

    def form(self, i: int) -> str:
        """Form ``i`` (0 base, 1 third singular, 2 past, 3 participle, 4 -ing)."""
        return self.forms.split("|")[i]


def v(forms: str, obj: str = "", *, plural: bool = True, noun: str = "", passive: bool = True) -> Verb:
    """Short constructor of a :class:`Verb` for the tables below."""
    return Verb(forms, obj, plural, noun, passive)


@dataclass(frozen=True)
class Cell:
    """One (type, action) of the contract with its verbs, default object and Chinese sentences (``{A}`` = actor)."""

    type: str
    action: str
    obj: str
    plural: bool
    verbs: tuple[Verb, ...]
    zh: tuple[str, ...]


IMPOSE_GENERAL = (
    v("impose|imposes|imposed|imposed|imposing", noun="imposition"),
    v("slap|slaps|slapped|slapped|slapping"),
    v("introduce|introduces|introduced|introduced|introducing", noun="introduction"),
    v("announce|announces|announced|announced|announcing", noun="announcement"),
    v("unveil|unveils|unveiled|unveiled|unveiling"),
    v("adopt|adopts|adopted|adopted|adopting", noun="adoption"),
    v("roll out|rolls out|rolled out|rolled out|rolling out"),
    v("put in place|puts in place|put in place|put in place|putting in place"),
    v("enact|enacts|enacted|enacted|enacting", noun="enactment"),
)
LIFT = (
    v("lift|lifts|lifted|lifted|lifting", noun="lifting"),
    v("remove|removes|removed|removed|removing", noun="removal"),
    v("scrap|scraps|scrapped|scrapped|scrapping", noun="scrapping"),
    v("end|ends|ended|ended|ending", noun="ending"),
    v("drop|drops|dropped|dropped|dropping"),
    v("rescind|rescinds|rescinded|rescinded|rescinding"),
    v("revoke|revokes|revoked|revoked|revoking", noun="revocation"),
    v("repeal|repeals|repealed|repealed|repealing", noun="repeal"),
    v("axe|axes|axed|axed|axing"),
    v("ditch|ditches|ditched|ditched|ditching"),
    v("reverse|reverses|reversed|reversed|reversing", noun="reversal"),
    v("unwind|unwinds|unwound|unwound|unwinding"),
)
SUSPEND = (
    v("suspend|suspends|suspended|suspended|suspending", noun="suspension"),
    v("pause|pauses|paused|paused|pausing"),
    # (no "halt": a bare halt of a measure is its end, `lift`, as the sample corpus labels "halting
    # countermeasures"; only a halt with a window or of the implementation is `suspend`: tests/action_matrix.py)
    v("freeze|freezes|froze|frozen|freezing"),
    v("put on hold|puts on hold|put on hold|put on hold|putting on hold"),
    v("postpone|postpones|postponed|postponed|postponing", noun="postponement"),
    v("shelve|shelves|shelved|shelved|shelving"),
)
EXTEND = (
    v("extend|extends|extended|extended|extending", noun="extension"),
    v("prolong|prolongs|prolonged|prolonged|prolonging"),
    v("renew|renews|renewed|renewed|renewing", noun="renewal"),
)


def threats(obj: str) -> tuple[Verb, ...]:
    """The threaten class with its clause complement: threaten / vow to impose, warn of, threaten."""
    return (
        v("threaten|threatens|threatened|threatened|threatening", f"to impose {obj}", passive=False),
        v("vow|vows|vowed|vowed|vowing", f"to impose {obj}", passive=False),
        v("warn|warns|warned|warned|warning", f"of {obj}", passive=False),
        v("threaten|threatens|threatened|threatened|threatening", obj, noun="threat"),
    )


CELLS = (
    Cell(
        "TARIFF",
        "impose",
        "tariffs of 25% on steel from Vietnam",
        True,
        (
            *IMPOSE_GENERAL,
            v("levy|levies|levied|levied|levying", noun="levying"),
            v("apply|applies|applied|applied|applying", noun="application"),
            v("raise|raises|raised|raised|raising", "tariffs on steel from Vietnam to 25%"),
            v("hike|hikes|hiked|hiked|hiking", "tariffs on steel from Vietnam to 25%"),
        ),
        (
            "{A}宣布对越南钢材加征25%的关税。",
            "{A}对越南钢材实施25%的关税。",
            "{A}决定对进口钢材征收25%的关税。",
            "{A}祭出25%的钢材关税。",
            "{A}出台对越南钢材的关税措施。",
        ),
    ),
    Cell(
        "TARIFF",
        "lift",
        "its tariffs on steel from Vietnam",
        True,
        LIFT,
        (
            "{A}宣布取消对越南钢材加征的关税。",
            "{A}撤销对越南钢材的关税。",
            "{A}废止对越南钢材征收的关税。",
            "{A}解除对越南钢材的关税。",
            "{A}撤除对越南钢材的关税。",
        ),
    ),
    Cell(
        "TARIFF",
        "suspend",
        "its tariffs on steel from Vietnam",
        True,
        SUSPEND,
        ("{A}宣布暂停对越南钢材加征关税。", "{A}暂缓对越南钢材征收关税。", "{A}中止对越南钢材的关税措施。"),
    ),
    Cell(
        "TARIFF",
        "extend",
        "its tariffs on steel from Vietnam",
        True,
        EXTEND,
        ("{A}宣布将对越南钢材的关税延长一年。", "{A}延长对越南钢材加征关税的期限。"),
    ),
    Cell(
        "TARIFF",
        "threaten",
        "tariffs of 25% on steel from Vietnam",
        True,
        threats("tariffs of 25% on steel from Vietnam"),
        (
            "{A}威胁对越南钢材加征25%的关税。",
            "{A}扬言对越南钢材征收关税。",
            "{A}警告将对越南钢材加征关税。",
            "{A}誓言对越南钢材加征关税。",
        ),
    ),
    Cell(
        "EXPORT_CONTROL",
        "impose",
        "export controls on graphite",
        True,
        (
            *IMPOSE_GENERAL[:7],
            v("restrict|restricts|restricted|restricted|restricting", "exports of graphite", noun="restriction"),
            v("curb|curbs|curbed|curbed|curbing", "exports of graphite"),
            v("tighten|tightens|tightened|tightened|tightening", "controls on graphite exports", noun="tightening"),
            v("limit|limits|limited|limited|limiting", "exports of graphite"),
        ),
        (
            "{A}宣布对石墨实施出口管制。",
            "{A}对石墨物项实行出口管制。",
            "{A}出台石墨出口管制措施。",
            "{A}决定限制石墨出口。",
            "{A}收紧石墨出口管制。",
        ),
    ),
    Cell(
        "EXPORT_CONTROL",
        "lift",
        "its export controls on graphite",
        True,
        (*LIFT[:5], v("ease|eases|eased|eased|easing", noun="easing"), v("relax|relaxes|relaxed|relaxed|relaxing")),
        ("{A}宣布取消对石墨的出口管制。", "{A}解除石墨出口管制。", "{A}放宽石墨出口管制。"),
    ),
    Cell(
        "EXPORT_CONTROL",
        "suspend",
        "its export controls on graphite",
        True,
        SUSPEND[:5],
        ("{A}宣布暂停实施石墨出口管制措施。", "{A}暂停对石墨的出口管制。"),
    ),
    Cell(
        "EXPORT_CONTROL",
        "approve",
        "export licences for graphite",
        True,
        (
            v("approve|approves|approved|approved|approving", noun="approval"),
            v("grant|grants|granted|granted|granting"),
            v("issue|issues|issued|issued|issuing", noun="issuance"),
        ),
        ("{A}批准了石墨出口许可申请。", "{A}向企业发放石墨出口许可证。", "{A}放行石墨出口许可申请。"),
    ),
    Cell(
        "EXPORT_CONTROL",
        "threaten",
        "export controls on graphite",
        True,
        threats("export controls on graphite"),
        ("{A}威胁对石墨实施出口管制。", "{A}扬言限制石墨出口。"),
    ),
    Cell(
        "EXPORT_BAN",
        "impose",
        "a ban on exports of nickel ore",
        False,
        (
            *IMPOSE_GENERAL[:5],
            v("ban|bans|banned|banned|banning", "exports of nickel ore"),
            v("prohibit|prohibits|prohibited|prohibited|prohibiting", "exports of nickel ore", noun="prohibition"),
            v("bar|bars|barred|barred|barring", "exports of nickel ore"),
            v("halt|halts|halted|halted|halting", "exports of nickel ore", noun="halt"),
            v("stop|stops|stopped|stopped|stopping", "exports of nickel ore"),
        ),
        ("{A}宣布禁止镍矿出口。", "{A}对镍矿实施出口禁令。", "{A}全面停止镍矿出口。", "{A}出台镍矿出口禁令。"),
    ),
    Cell(
        "EXPORT_BAN",
        "lift",
        "its ban on nickel ore exports",
        False,
        LIFT[:7],
        ("{A}宣布取消镍矿出口禁令。", "{A}解除镍矿出口禁令。", "{A}撤销镍矿出口禁令。"),
    ),
    Cell(
        "EXPORT_BAN",
        "suspend",
        "its ban on nickel ore exports",
        False,
        SUSPEND[:5],
        ("{A}宣布暂停实施镍矿出口禁令。", "{A}暂缓执行镍矿出口禁令。"),
    ),
    Cell(
        "EXPORT_BAN",
        "extend",
        "its ban on nickel ore exports",
        False,
        EXTEND,
        ("{A}宣布将镍矿出口禁令延长至2027年。", "{A}续延镍矿出口禁令。"),
    ),
    Cell(
        "IMPORT_RESTRICTION",
        "impose",
        "a ban on imports of Japanese seafood",
        False,
        (
            *IMPOSE_GENERAL[:5],
            v("ban|bans|banned|banned|banning", "imports of Japanese seafood"),
            v("halt|halts|halted|halted|halting", "imports of Japanese seafood", noun="halt"),
            v("suspend|suspends|suspended|suspended|suspending", "imports of Japanese seafood", noun="suspension"),
            v("block|blocks|blocked|blocked|blocking", "imports of Japanese seafood"),
        ),
        ("{A}宣布全面暂停进口日本水产品。", "{A}禁止进口日本水产品。", "{A}对日本水产品实施进口禁令。"),
    ),
    Cell(
        "IMPORT_RESTRICTION",
        "lift",
        "its ban on imports of Japanese seafood",
        False,
        LIFT[:6],
        ("{A}宣布解除日本水产品进口禁令。", "{A}取消对日本水产品的进口禁令。", "{A}恢复进口日本水产品。"),
    ),
    Cell(
        "SANCTION",
        "impose",
        "sanctions on the shipping firm Sovcomflot",
        True,
        (
            *IMPOSE_GENERAL[:6],
            v("sanction|sanctions|sanctioned|sanctioned|sanctioning", "the shipping firm Sovcomflot", plural=False),
            v(
                "blacklist|blacklists|blacklisted|blacklisted|blacklisting",
                "the shipping firm Sovcomflot",
                plural=False,
            ),
            v("add|adds|added|added|adding", "the drone maker DJI to its entity list", plural=False, noun="addition"),
        ),
        ("{A}宣布对航运公司Sovcomflot实施制裁。", "{A}将大疆列入实体清单。", "{A}对航运公司Sovcomflot采取制裁措施。"),
    ),
    Cell(
        "SANCTION",
        "lift",
        "its sanctions on the shipping firm Sovcomflot",
        True,
        LIFT[:6],
        ("{A}宣布解除对航运公司Sovcomflot的制裁。", "{A}取消对航运公司Sovcomflot的制裁。", "{A}将大疆移出实体清单。"),
    ),
    Cell(
        "SANCTION",
        "extend",
        "its sanctions on the shipping firm Sovcomflot",
        True,
        EXTEND,
        ("{A}宣布将对航运公司Sovcomflot的制裁延长六个月。",),
    ),
    Cell(
        "SANCTION",
        "threaten",
        "sanctions on the shipping firm Sovcomflot",
        True,
        threats("sanctions on the shipping firm Sovcomflot"),
        ("{A}威胁对航运公司Sovcomflot实施制裁。",),
    ),
    Cell(
        "INVESTIGATION",
        "impose",
        "an anti-dumping investigation into steel from Vietnam",
        False,
        (
            v("launch|launches|launched|launched|launching", noun="launch"),
            v("open|opens|opened|opened|opening", noun="opening"),
            v("initiate|initiates|initiated|initiated|initiating", noun="initiation"),
            v("start|starts|started|started|starting", noun="start"),
            v("announce|announces|announced|announced|announcing", noun="announcement"),
            v("probe|probes|probed|probed|probing", "steel imports from Vietnam", noun=""),
            v("investigate|investigates|investigated|investigated|investigating", "steel imports from Vietnam"),
        ),
        (
            "{A}宣布对越南钢材发起反倾销调查。",
            "{A}对原产于越南的钢材进行反倾销立案调查。",
            "{A}启动对越南钢材的反补贴调查。",
        ),
    ),
    Cell(
        "INVESTIGATION",
        "extend",
        "its anti-dumping investigation into steel from Vietnam",
        False,
        EXTEND[:2],
        ("{A}宣布将对越南钢材的反倾销调查期限延长六个月。",),
    ),
    Cell(
        "TRADE_DEAL",
        "impose",
        "a trade agreement with New Zealand",
        False,
        (
            v("sign|signs|signed|signed|signing", noun="signing"),
            v("reach|reaches|reached|reached|reaching"),
            v("strike|strikes|struck|struck|striking"),
            v("conclude|concludes|concluded|concluded|concluding", noun="conclusion"),
            v("clinch|clinches|clinched|clinched|clinching"),
        ),
        ("{A}与新西兰签署贸易协定。", "{A}与新西兰达成经贸协议。"),
    ),
)
