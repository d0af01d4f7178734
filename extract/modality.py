"""Named rules for statements that mention a measure without stating an act (pure).

Issue 11 lists the classes: how a regime works ("exporters are required to
apply for licences"), justifications ("is common international practice"),
effects and predictions, prior notifications, disputes and rulings about
another state's measure, descriptions of an organisation's aims, acts not yet
taken ("before it lifts", "close to finalising", "depending on"), measures only
qualified ("strong measures") and trigger words that are part of another word's
phrase (a body's name, a pronoun's verb, a modifier of "dialogue").

Each rule is a predicate over a :class:`policykg.extract.event_rules.Site`
(typed ``Any`` here to keep this module free of an import cycle) and is
registered by name in ``event_rules.VETOES``; the cases are in
``tests/unit/test_modality.py``.  Patterns name word classes, never an
article's wording.
"""

from __future__ import annotations

import re
from typing import Any

from policykg.extract.triggers import Hit

# --- the provisions of a regime --------------------------------------------------------------

# "are required to apply for", 需单独申请许可, 对于合规的出口申请: the regime's provision, not an application
_REQUIRED = re.compile(
    r"\b(?:required|obliged|need|needs|must|have|has)\s+to\s*$|(?:需|须|需要|必须|应当|应)\s*(?:单独|另行|事先)?\s*$"
    r"|\brequir\w*\s+(?:[\w-]+\s+){0,3}to\s*$",
    re.IGNORECASE,
)
# 对(于)合规的出口申请: "as for" an application noun (not 对 introducing a measure's target: 提议对美国商品加征关税)
_ABOUT_APPLICATION = re.compile(r"对于?[^,，。]{0,12}$")


def provision_request(s: Any) -> bool:
    """ "firms are required to apply for licences", 需单独申请许可, 对于合法的出口申请: the rule of a licence
    regime or its object, not anyone's application (the word before the application itself counts)."""
    if s.act != "request":
        return False
    before = s.before(s.hit.start, 24)
    about = s.hit.trigger.action == "request" and bool(_ABOUT_APPLICATION.search(before))
    a = s.action  # 对合规申请将予以批准: the application noun itself is the object of 对, a class of applications
    noun = a is not None and a.trigger.action == "request" and a.text in ("申请", "请求")
    about = about or (noun and a is not None and bool(_ABOUT_APPLICATION.search(s.before(a.start, 24))))
    return about or bool(_REQUIRED.search(before))


# "military applications", "permit application processes": the noun's use or a modifier, no applicant
_APPLICATION_NOUN = re.compile(r"applications?$", re.IGNORECASE)
_APPLICATION_FOR = re.compile(r"^\s*(?:for|to|from|by|of)\b", re.IGNORECASE)
_APPLICATION_MADE = re.compile(
    r"\b(?:fil\w*|submit\w*|lodg\w*|made|make|send|sent|receiv\w*|approv\w*|reject\w*|grant\w*|\d[\d,.]*)\s+"
    r"(?:(?:the|an?|their|its|new|more)\s+)?(?:[\w-]+\s+)?$",
    re.IGNORECASE,
)


def application_as_use(s: Any) -> bool:
    """ "chips used in military applications", "longer application processes": "application" names a
    use or modifies another noun; a request needs an application for something, made by someone."""
    a = s.action
    if s.act != "request" or a is None or not _APPLICATION_NOUN.search(a.text):
        return False
    return not _APPLICATION_FOR.match(s.text[a.end : a.end + 6]) and not _APPLICATION_MADE.search(
        s.text[max(s.start, a.start - 30) : a.start]
    )


# --- measure nouns in other phrases --------------------------------------------------------

# a measure noun as the modifier of another head noun: 出口管制对话渠道, "export control officials"
_MODIFIED_HEAD = re.compile(
    r"^\s*(?:dialogues?|talks|channels?|mechanisms?|cooperation|officials?|experts?|lawyers?|specialists?|"
    r"compliance|departments?|bureau|office|authorit(?:y|ies)|attorneys?|findings?|results?|reports?|"
    r"determinations?|revenues?|receipts|income|proceeds|outreach|seminars?|workshops?|training|briefings?|"
    r"awareness|paperwork|formalities)\b"
    r"|^(?:对话|渠道|机制|合作|磋商|领域|官员|专家|部门|当局|机构|机关|人员|主管|合规|态度|挑战|问题|议题|上的|方面的|截止时间|截止日期|到期日"
    r"|(?:相关|有关|的)?(?:收入|税收|收益|税号|号列|案件|手续|宣导|宣传|培训|讲座|说明会|研讨会))"
    r"|^的?(?:初步|最终|终)?(?:裁定|裁决|结果|结论|报告)"
)


def modifier_of_other_noun(s: Any) -> bool:
    """ "export control officials", 出口管制对话渠道, 出口管制制度: the measure noun modifies another head
    noun (a person, a channel, a regime; its revenue, cases, formalities or outreach: "tariff revenue", 关税收入,
    反倾销案件, 出口管制宣导活动); the sentence is about that head, not about an act."""
    return s.hit.trigger.kind != "event" and bool(_MODIFIED_HEAD.match(s.text[s.hit.end : s.hit.end + 14]))


# --- acts not (yet) taken --------------------------------------------------------------------

# "before it lifts", "until they remove", "once Beijing eases": a present-tense verb after a temporal
# or conditional conjunction refers to an act still to come
_UNREALISED_LEAD = re.compile(
    r"\b(?:before|until|unless|once|if|when|till)\s+(?:[\w.'’-]+\s+){0,3}$|(?:之前|以前)$", re.IGNORECASE
)
_PRESENT = re.compile(r"^(?:[a-z]+s|lift|remove|end|ease|impose|drop|scrap)$", re.IGNORECASE)


def unrealised_condition(s: Any) -> bool:
    """ "asked that the case be dropped before it lifts its ban": a present-tense verb after "before",
    "until", "once" or "if" is an act still to come, not a stated one (a past tense there is background)."""
    a = s.action
    return (
        a is not None
        and bool(_PRESENT.match(a.text))
        and bool(_UNREALISED_LEAD.search(s.text[max(s.sent.span[0], a.start - 40) : a.start]))
    )


_UNDECIDED = re.compile(
    r"\b(?:close\s+to|near(?:ing|er)?\s+to|on\s+the\s+verge\s+of|edging\s+(?:closer\s+)?to(?:wards?)?|"
    r"(?:focus\w*\s+on\s+|continu\w*\s+|resum\w*\s+|begin\w*\s+|start\w*\s+)?negotiat\w*|talks\s+(?:on|about|over|toward\w*)|"
    r"whether\s+to|decid\w*\s+whether|(?:which|that|who)\s+(?:aims?|seeks?|is\s+designed|exists?)\s+to)"
    r"\s+(?:[\w“”\"'’,-]+\s+){0,6}$"
    r"|(?:准备|筹备|酝酿|拟议|磋商|谈判|预料|料将|恐将|旨在)[^,，。;；]{0,10}$",
    re.IGNORECASE,
)


def not_yet_decided(s: Any) -> bool:
    """ "close to finalizing an agreement", "negotiating a new agreement", "decide whether to lift",
    "which aims to promote trade by reducing tariffs", 准备推出, 预料: an aim, a plan or talks, not an act."""
    first = min(s.hit.start, s.action.start) if s.action is not None else s.hit.start
    return bool(_UNDECIDED.search(s.text[max(s.sent.span[0], first - 60) : first]))


_DEPENDING = re.compile(
    r"^[^.;。；]{0,40}?,?\s*(?:depending\s+on|subject\s+to\s+(?:market|conditions|review)|视[^,，。]{0,6}(?:情况|而定))",
    re.IGNORECASE,
)


def depending_on(s: Any) -> bool:
    """ "may lift the ban, depending on market developments", 视市场情况而定: a conditional option."""
    return s.act in ("lift", "suspend", "extend") and bool(_DEPENDING.match(s.text[s.hit.end : s.sent.span[1]]))


# "take corresponding measures", 采取坚决有力措施: a measure only qualified, of no known kind
_VAGUE = re.compile(
    r"\b(?:corresponding|necessary|strong|firm|resolute|decisive|appropriate|forceful|tough|effective|"
    r"countervailing\s+and\s+appropriate|reciprocal\s+and\s+proportionate)\s*[\"“”'‘’]*\s*$"
    r"|(?:相应|必要|坚决|有力|果断|有效|坚决有力)(?:的)?\s*$",
    re.IGNORECASE,
)


def vague_measure(s: Any) -> bool:
    """ "will take corresponding measures", "agreed to take strong measures", 采取坚决有力措施: a generic
    measure noun qualified only by its strength names no measure of any type."""
    return s.hit.trigger.kind == "generic" and bool(_VAGUE.search(s.before(s.hit.start, 30)))


# --- pairs that cross a clause boundary -------------------------------------------------------

_CROSSING = re.compile(r"\b(?:after|before|because|while|when|since|without)\s+\w+ing\b", re.IGNORECASE)


def action_of_another_clause(s: Any) -> bool:
    """ "announced his resignation after failing to persuade him against the tariffs": a non-finite
    clause between the action word and the measure noun; the verb acts on something else."""
    a = s.action
    return a is not None and a.end <= s.hit.start and bool(_CROSSING.search(s.text[a.end : s.hit.start]))


# --- disputes about another party's measure ---------------------------------------------------

_DISPUTE = re.compile(
    r"\b(?:disputes?|complaints?|lawsuits?|cases?|challenges?|appeals?)\b|争端|申诉|起诉|诉讼",
    re.IGNORECASE,
)


def dispute_over_measure(s: Any) -> bool:
    """ "Korea initiated a WTO dispute against Japan's curbs", 撤回为应对出口管制措施而推进的WTO争端: the
    action word's object is the dispute (named between the verb and the measure, or the measure is the
    purpose of the dispute); the measure belongs to the respondent and is stated as its own act."""
    a = s.action
    if a is None or a.end > s.hit.start or s.ev_type == "TRADE_DEAL":
        return False
    return bool(_DISPUTE.search(s.text[a.end : s.hit.start])) or bool(_DISPUTE_PURPOSE.match(s.text[s.hit.end : s.end]))


_DISPUTE_PURPOSE = re.compile(r"^[^,，。;；]{0,6}而[^,，。;；]{0,16}(?:争端|诉讼|申诉)")


# --- trigger words inside other phrases -------------------------------------------------------

_BODY_SUFFIX = re.compile(r"^(?:局|中心|机关|机构|所|院|署|科|处|组|队)|^\s+(?:Bureau|Office|Agency|Service|Survey)\b")
_DEFINED = re.compile(r"[(（]\s*(?:以下(?:简)?称|下称|hereinafter(?:\s+referred\s+to\s+as)?)[^)）]*$", re.IGNORECASE)


def names_a_body(text: str, hit: Hit) -> bool:
    """地质调查局, 调查机关, "the Investigation Bureau", (以下称调查机关): the trigger is part of the name
    of a body or of a defined term, not a measure; nor is 关税 read across two words (:func:`straddles_words`)."""
    return (
        bool(_BODY_SUFFIX.match(text[hit.end : hit.end + 10]))
        or bool(_DEFINED.search(text[max(0, hit.start - 16) : hit.start]))
        or straddles_words(text, hit)
    )


# 关税 read across a word boundary: 相关|税号, 有关|税收, 报关|税费 (the 关 closes the word before, the 税 opens the next)
_CLOSES_GUAN = frozenset("相有攸通报報")
_OPENS_SHUI = frozenset("号號收费費务務种種则則款额額目")


def straddles_words(text: str, hit: Hit) -> bool:
    """相关税号 ("the relevant tariff codes"), 有关税收 ("the taxes concerned"): 关税 there spans the end of 相关 /
    有关 / 报关 and the start of 税号 / 税收 / 税费, two words, no tariff (相关关税 keeps its 关税)."""
    if not hit.text.startswith("关税"):
        return False
    return text[hit.start - 1 : hit.start] in _CLOSES_GUAN and text[hit.start + 2 : hit.start + 3] in _OPENS_SHUI


_PRONOUN_VERB = re.compile(r"\b(?:it|they|he|she|we|who)\s+$", re.IGNORECASE)


def pronoun_verb(s: Any) -> bool:
    """ "crossings it controls", "what they restrict": after a subject pronoun a measure noun is a verb
    (another act's description), not the measure itself."""
    return s.hit.trigger.kind != "event" and bool(_PRONOUN_VERB.search(s.before(s.hit.start, 8)))


# "violates WTO rules", "obligations under the General Agreement", 根据6月的和解协议: a norm or a deal
# named as the standard of another act
_STANDARD = re.compile(
    r"\b(?:violat\w*|breach\w*|compl\w*\s+with|conform\w*\s+(?:with|to)|consistent\s+with|obligations\s+under|"
    r"pursuant\s+to|in\s+accordance\s+with)\s+(?:the\s+|its\s+|their\s+)?"
    r"(?:[\w-]+\s+){0,3}$|(?:根据|依据|按照|依照|为配合|配合)[^,，。;；]{0,20}$",
    re.IGNORECASE,
)


def named_standard(s: Any) -> bool:
    """ "violates WTO rules", "asked New Delhi to conform with global rules", "its obligations under the General
    Agreement on Tariffs and Trade",
    已根据6月的和解协议: a body of rules or a deal named as the standard of another act."""
    generic_or_deal = s.hit.trigger.kind == "generic" or s.ev_type == "TRADE_DEAL"
    return generic_or_deal and bool(_STANDARD.search(s.before(s.hit.start, 40)))


# --- modality between a measure noun and its verb ---------------------------------------------

_MODAL_BETWEEN = re.compile(
    r"\b(?:(?-i:may)(?!\s+\d)|might|could|would|should|can|to\s+be)\b|(?:可能|或将|或许|预料|预计|料将|恐将|也许)|(?:并|亦|均)得",
    re.IGNORECASE,
)


def modal_before_verb(s: Any) -> bool:
    """ "restrictions on trade with X may be relaxed", 这波管制预料也将…, 并得停止出口许可: a modal between the
    measure noun and its later verb makes the act a possibility, not a statement of fact."""
    a = s.action
    if a is not None and re.search(r"(?:并|亦|均)得\s*$", s.text[max(s.start, a.start - 3) : a.start]):
        return True  # 并得停止出口许可: the permissive modal before a verb that precedes its noun
    if a is None or a.start <= s.hit.end:
        return False
    lo = s.sent.span[0] if s.hit.start < s.start else s.start
    return bool(_MODAL_BETWEEN.search(s.text[max(lo, s.hit.end) : a.start])) or bool(
        re.search(r"(?:并|亦|均)得\s*$", s.text[max(s.start, a.start - 3) : a.start])
    )


# a Chinese modal of power or permission right before the act's verb (a 对/向 phrase may stand between):
# 商务部可对违规企业实施出口管制, 政府有权加征关税 (not 许可, 认可, 不可, 可能, 可控)
_ZH_POWER = re.compile(
    r"(?:(?<![许許认認不])可以?(?![能控靠])|有权|有權|得以|获授权|獲授權)\s*(?:(?:对|對|向|就)[^,，。;；]{1,24})?$"
)


def zh_power_modal(s: Any) -> bool:
    """商务部可对违规企业实施出口管制, 根据该法,政府有权对进口商品加征关税: a power or a permission names what an authority
    may do under a rule, not an act (English "may", "can" are read by :func:`modal_before_verb` and the hedges);
    only ``impose`` statements ("可恢复进口" reopens a trade, a lift the notices state this way)."""
    verb = s.action if s.action is not None else s.hit
    if s.act != "impose" or verb.start <= s.start:
        return False
    return bool(_ZH_POWER.search(s.text[max(s.start, verb.start - 30) : verb.start]))


_EXEMPT_STATE = re.compile(
    r"\b(?:is|are|was|were|be|been|being|remain|remains|remained)\s+(?:\w+ly\s+)?exempt(?:ed)?\s*$", re.IGNORECASE
)


def exempt_party(s: Any) -> bool:
    """ "Canada and Mexico were exempt from this round of tariffs": the subject is spared by someone else's
    measure; neither a lift by the subject nor an act of its own."""
    a = s.action
    return a is not None and bool(_EXEMPT_STATE.search(s.text[max(s.start, a.start - 30) : a.end]))


_VERB_OBJECT = re.compile(r"^\s+(?:a|an|its|his|her|their)\s", re.IGNORECASE)


def verb_homograph(s: Any) -> bool:
    """ "The deal grants an additional two years ...", "it limits its exposure": a plural measure noun followed
    by an indefinite or possessive determiner is a verb in the third person, not the measure."""
    return (
        s.hit.trigger.kind in ("type", "generic")
        and s.hit.text.endswith("s")
        and bool(_VERB_OBJECT.match(s.text[s.hit.end : s.hit.end + 8]))
    )


_STANDING = re.compile(
    r"\b(?:is|are|remains?)\s+(?:still\s+|also\s+)?(?:restricted|banned|prohibited|controlled|forbidden)\b\W*$",
    re.IGNORECASE,
)


def standing_state(s: Any) -> bool:
    """ "but the export of onion seeds is restricted": a present-tense state of an undated regime, stated
    as how things are, not as an act (a date or "from now on" would make it one)."""
    return (
        bool(_STANDING.search(s.text[s.hit.start : s.end]))
        and not s.finder._dates(s.start, s.end)
        and not re.search(r"\b(?:now|from|starting|since|as of)\b", s.text[s.start : s.end], re.IGNORECASE)
    )


_SAID_NO = re.compile(
    r"\b(?:says?|said|stated|insist\w*|confirm\w*|announc\w*|clarif\w*)\s+(?:that\s+)?"
    r"(?:there\s+(?:is|are|was|were|will\s+be)\s+)?(?:no|not\s+any)\s+(?:new\s+|further\s+|such\s+)?$"
    r"|(?:表示|称|说|强调)[^,，。;；]{0,6}(?:没有|并无|无|不存在)[^,，。;；]{0,4}$",
    re.IGNORECASE,
)


def reported_negation(s: Any) -> bool:
    """ "India says no restrictions on onion exports", "said there was no ban", 表示没有禁令: a negation
    reported from a speaker is still a negation (a reported *act* is a fact; a reported absence is none)."""
    return bool(_SAID_NO.search(s.before(s.hit.start, 60)))


_DEMONSTRATIVE = re.compile(
    r"\b(?:these|this|such|those)\s+(?:new\s+)?$|(?:该|上述|此|这些|这一|此项|该项|此类|这类|该类)\s*$", re.IGNORECASE
)
_PUT_IN_FORCE = re.compile(
    r"implement\w*|promulgat\w*|enforc\w*|effect|into\s+force|appl(?:y|ied|ies)|实施|执行|生效|施行", re.IGNORECASE
)


def demonstrative_restatement(s: Any) -> bool:
    """ "These measures will be promulgated on Friday and implemented from July 21", 上述措施自…起实施: a
    demonstrative generic measure put into force restates the act just stated (whatever its action), it is
    not a new measure of its own."""
    a = s.action
    return (
        s.hit.trigger.kind == "generic"
        and a is not None
        and bool(_PUT_IN_FORCE.search(a.text))
        and bool(_DEMONSTRATIVE.search(s.text[max(0, s.hit.start - 12) : s.hit.start]))
        and any(not o.title for o in s.finder.cands)
    )


_PENDING = re.compile(
    r"\b(?:subject\s+to|pending|awaiting|await)\s+(?:a\s+|an\s+|the\s+|final\s+)*(?:vote|approval|ratification|"
    r"consultation|endorsement)|(?:尚需|仍需|有待|须经|需经)[^,，。;；]{0,12}(?:批准|表决|审议|通过)",
    re.IGNORECASE,
)


def pending_approval(s: Any) -> bool:
    """ "The duties will be subject to a vote by member states", 尚需议会批准: a measure awaiting another body's
    approval is not (yet) taken; its adoption, when reported, is the act."""
    return bool(_PENDING.search(s.text[s.hit.end : s.sent.span[1]]))


_ARGUED = re.compile(
    r"\b(?:argu\w*|contend\w*|insist\w*\s+that|complain\w*\s+that)\s+(?:that\s+)?(?:[\w'’.-]+\s+){0,6}$"
    r"|(?:辩称|声称|坚称)[^,，。;；]{0,16}$",
    re.IGNORECASE,
)


def argued_characterisation(s: Any) -> bool:
    """ "arguing the measures were retaliation for court rulings", 辩称该措施是报复: a party's argument about
    what a measure is, not a statement that anyone took it."""
    return bool(_ARGUED.search(s.text[s.sent.span[0] : (s.action or s.hit).start]))
