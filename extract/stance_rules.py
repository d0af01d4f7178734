"""Named vetoes for acts only hinted at, pledged, sought or still in place (pure; see :mod:`event_rules`).

Issue 11, event precision: the unpaired false positives of train, read by class.
A speaker's stance toward an act is not the act: "hinted at expanding export
controls", "pledged to take measures", "is seeking to issue the rules" state an
intention; "tariffs remain paused", "already under US sanctions" state how things
are, not that anyone acted (the labelling conventions: measures only named, or said
to "remain", are not events).  A deal named only as a frame of reference ("goods
covered by the CUSMA", "under intergovernmental agreements") is no deal made.

Each rule is a predicate over a :class:`policykg.extract.event_rules.Site`
(typed ``Any``: no import cycle) registered by name in ``event_rules.VETOES``;
cases in ``tests/unit/test_stance_rules.py``.  Patterns name verb and noun
classes, never an article's wording.
"""

from __future__ import annotations

import re
from typing import Any

from policykg.extract import threat_rules, values

# a verb of stance governing the act: the subject only signals, promises or pursues it
_STANCE = re.compile(
    r"\b(?:hint(?:s|ed|ing)?\s+at|signal(?:l?ed|l?ing|s)?(?:\s+that)?(?:\s+it)?(?:\s+(?:would|will|could))?|"
    r"pledg(?:e|es|ed|ing)\s+to|promis(?:e|es|ed|ing)\s+to|seek(?:s|ing)?\s+to|sought\s+to|"
    r"(?:lobbying|pressure|pressing|efforts?)\s+(?:[\w'’.-]+\s+){0,4}to\s+(?:get|persuade|convince|push)\s+"
    r"(?:[\w'’.-]+\s+){1,3}to(?:\s+join\s+\w+\s+in)?)"
    r"\s+(?:[\w'’-]+\s+){0,4}$",
    re.IGNORECASE,
)


def stance_not_act(s: Any) -> bool:
    """ "hinted at expanding export controls", "pledged to take measures to tighten controls",
    "follows months of lobbying by the US to get Tokyo to join it in tightening shipments": the subject signals,
    promises or pursues the act (or presses another to take it); none is taken.  A deal's own verb ("pledged to
    buy" in a purchase commitment) is the deal, so TRADE_DEAL is left alone."""
    if s.ev_type == "TRADE_DEAL" or retaliation_vow(s):
        return False
    if s.action is not None and _STANCE_WORD.match(s.action.text):
        return True
    lo = s.sent.span[0]
    leads = [s.text[max(lo, at - 90) : at] for at in _anchors(s)]
    return any(_STANCE.search(lead) and not _KEPT.search(lead) for lead in leads)


# a vow to retaliate: the verb of promising governs a verb of retaliating (recall_classes.jsonl, issue 11, xrecall9)
_RETALIATION = re.compile(r"retaliat|hit back|strike back|respond|reciprocat|反击|报复|反制", re.IGNORECASE)


def retaliation_vow(s: Any) -> bool:
    """ "pledged to retaliate with tariffs", "promised to hit back with export controls", 承诺以关税反击: the
    contract's ``threaten`` (a vow of a measure), not a mere stance; "pledged to take measures" stays one."""
    a = s.action
    return s.act == "threaten" and a is not None and bool(_RETALIATION.search(a.text))


# "followed through on his pledge to impose", "made good on its promise to": the pledge is kept, the act taken
_KEPT = re.compile(
    r"\b(?:follow\w*\s+through\s+on|made\s+good\s+on|make\s+good\s+on|deliver\w*\s+on|fulfil\w*|kept|keeps?)\s+"
    r"(?:[\w'’-]+\s+){0,2}(?:pledges?|promises?)\b",
    re.IGNORECASE,
)


# the action word is itself the stance verb: "pledged to take measures", "lobbying by the US to get …"
_STANCE_WORD = re.compile(r"(?:pledg|promis|hint|lobby|lobbie)\w*$|暗示", re.IGNORECASE)


def _anchors(s: Any) -> tuple[int, ...]:
    """Where the act is named: its action word and its measure noun (an event phrase names both)."""
    return (s.hit.start,) if s.action is None else (s.action.start, s.hit.start)


# --- measures still in place ------------------------------------------------------------------

# "tariffs … remain paused", "stay in place": the state the measure is in, not an act on it
_REMAINS_AFTER = re.compile(
    r"^[^,;:.]{0,60}?(?<!will\s)(?<!would\s)\b(?:remains?|remained|stays?|stayed)\s+(?:\w+ly\s+)?"
    r"(?:paused|suspended|in\s+place|in\s+effect|in\s+force|unchanged|intact|frozen)\b",
    re.IGNORECASE,
)
# "already under US sanctions", "still subject to export controls": a party or good under a measure in place
_UNDER_BEFORE = re.compile(
    r"\b(?:already|still|currently|remains?|remained|(?:had|has|have)\s+(?:\w+ly\s+)?been)\s+(?:\w+ly\s+)?"
    r"(?:already\s+)?(?:under|subject\s+to)\s+"
    r"(?:the\s+)?(?:[\w.'’-]+\s+(?:and\s+[\w.'’-]+\s+)?){0,2}$",
    re.IGNORECASE,
)


def still_in_place(s: Any) -> bool:
    """ "the administration's elevated tariffs on China remain paused", "which is already under US and UK sanctions":
    a measure said to remain as it is is no act (labelling conventions: measures said to
    "remain" are not events); a date or a new verb of acting is another statement."""
    if s.action is not None and s.action.end <= s.hit.start and s.act in ("suspend", "extend", "lift"):
        return False  # "extended the pause", 继续暂停: an act on the measure (continued_suspension)
    first = s.hit if s.action is None else min(s.hit, s.action, key=lambda h: h.start)
    lead = s.text[max(s.sent.span[0], first.start - 50) : first.start]
    return bool(_REMAINS_AFTER.match(s.text[s.hit.end : s.end])) or bool(_UNDER_BEFORE.search(lead))


# --- deals named only as a frame of reference -----------------------------------------------

# "covered by the Canada-US-Mexico Agreement", "under intergovernmental agreements", "partners in the North American
# Trade Agreement", "permitted by a global agriculture deal", "for the eventual U.S.-Mexico-Canada Agreement"
_FRAME = re.compile(
    r"\b(?:(?:covered|permitted|governed|allowed|regulated|set|defined|required)\s+by|under|within|outside(?:\s+of)?|"
    r"partners?\s+in|members?\s+of|part(?:y|ies)\s+to|signator(?:y|ies)\s+(?:of|to)|terms\s+of|"
    r"for\s+the\s+(?:eventual|future|planned|proposed))\s+"
    r"(?:the\s+|a\s+|an\s+|its\s+|their\s+)?(?:[\w.'’()-]+\s+){0,5}$",
    re.IGNORECASE,
)


def deal_as_frame(s: Any) -> bool:
    """ "products covered by the Canada-US-Mexico Agreement", "deliveries under intergovernmental agreements": a deal
    named as the frame of another statement (with no verb of its own, or after the verb's own object) is no deal
    made."""
    a = s.action
    if s.ev_type != "TRADE_DEAL" or (a is not None and a.end > s.hit.start):
        return False
    lo = max(s.start, s.hit.start - 70) if a is None else max(a.end, s.hit.start - 70)
    frame = _FRAME.search(s.text[lo : s.hit.start])
    if frame is None or _MADE.search(frame.group()) or _ANAPHORIC.match(frame.group()):
        return False
    return not _DEAL_VERB.search(s.text[s.start : lo + frame.start()])  # "Peru agreed to buy … under a deal"


_DEAL_VERB = re.compile(r"(?:agree|commit|sign|reach|conclud|strik|struck|seal|forg|达成|签署|签订|同意)", re.I)
# "Under the deal, …", "under this agreement": a definite deal noun refers to the deal of the story (its terms follow)
_ANAPHORIC = re.compile(r"(?:under|within|terms\s+of)\s+(?:the|this|that)\s+$", re.IGNORECASE)


# "under a newly forged trade deal", "under the agreement signed on Monday": the frame names the deal as just made
_MADE = re.compile(r"\b(?:newly|forged|signed|reached|struck|agreed|concluded|inked|sealed)\b", re.IGNORECASE)


# --- subsidies as the topic of a finding or a dispute ------------------------------------------

# a dispute, an allegation, a finding or a probe in the sentence: its subsidies are what is examined
_FINDING = re.compile(
    r"\b(?:disput\w*|alleg\w*|found|finds?|finding\w*|identif\w*|ruled?|rulings?|inconsistent|violat\w*|notify|"
    r"complain\w*|cases?|probes?|investigat\w*|sa(?:y|id|ying)\s+(?:that\s+)?they\s+ha(?:ve|d))\b"
    r"|存在|认定|裁定|调查|倾销",
    re.IGNORECASE,
)


def subsidy_in_finding(s: Any) -> bool:
    """ "trade disputes with India over sugar subsidies", "finds India's sugar subsidy inconsistent with global
    norms", "saying they have minimal government subsidies", 认定…存在补贴: a subsidy noun with no verb of its own and
    no sum, in a sentence about a dispute, an allegation or a finding, is what is examined, not a state's act of
    support (an act names a sum or a verb: "approved ¥590 billion in subsidies")."""
    return (
        s.hit.trigger.id == "subsidy"
        and s.action is None
        and values.money(s.text[s.start : s.end]) is None
        and bool(_FINDING.search(s.text[s.sent.span[0] : s.sent.span[1]]))
    )


# --- generic statements --------------------------------------------------------------------

# a habitual adverb or a universally quantified subject: how things usually are, not an act of one state
_GENERIC = re.compile(
    r"\b(?:generally|usually|typically|normally|customarily|routinely|often|all\s+countries|many\s+countries|"
    r"most\s+countries|other\s+countries|countries\s+(?:often|usually|generally))\b"
    r"|(?:通常|普遍|一般而言|一般来说|往往|各国|许多国家|多数国家|主要国家)",
    re.IGNORECASE,
)


def generic_statement(s: Any) -> bool:
    """ "This generally involves a set of export and import restrictions", "all countries imposed export
    restrictions", 世界上主要国家普遍对其实施管制, 通常不会公布: a habitual or universal statement says how states
    usually act, not that one of them acted."""
    first = s.hit if s.action is None else min(s.hit, s.action, key=lambda h: h.start)
    return bool(_GENERIC.search(s.text[s.start : first.start]))


# --- conditions stated in an earlier Chinese clause ------------------------------------------

# a conditional opener in the sentence before the act's clause (Chinese clauses split at every comma, so the
# clause hedges of hedges.jsonl do not reach the consequent): 若日本排放处理水,将扩大限制
_ZH_IF = re.compile(r"(?:若(?!干)|如果|假如|倘若|一旦|要是|万一|假使)[^。！？!?]*$")
_ZH_THEN = re.compile(r"(?:将|会|就|便)")


# 在…达成协议之前: the act inside a "before" frame is still to come
_ZH_BEFORE_AFTER = re.compile(r"[^,，。;；]{0,12}?(?:之前|以前)")
_ZH_BEFORE_LEAD = re.compile(r"在[^,，。;；]{0,30}$")


def _zh_before_frame(s: Any) -> bool:
    """在国务院……就出口管制规定的内容达成协议之前: 在…之前 frames the time before an act, which is not yet taken."""
    first = s.hit if s.action is None else min(s.hit, s.action, key=lambda h: h.start)
    last = max(s.hit.end, s.action.end if s.action is not None else s.hit.end)
    return bool(_ZH_BEFORE_LEAD.search(s.text[s.start : first.start])) and bool(_ZH_BEFORE_AFTER.match(s.text, last))


def zh_conditional(s: Any) -> bool:
    """若日本排放处理水,将扩大限制日本食品进口: the act of a consequent clause after a conditional clause (or inside
    a 在…之前 frame, 在…达成协议之前) is
    a possibility, not a stated act (a threat is stated by its own verb: 威胁, 警告; a measure announced with its
    condition, 宣布…一旦…将禁止, is the act)."""
    if s.sent.lang != "zh" or s.act == "threaten" or threat_rules.conditioned_act(s) == "threaten":
        return False  # 若谈判破裂，将加征关税: a future measure under its condition is a threat (contract)
    if _zh_before_frame(s):
        return True
    first = s.hit if s.action is None else min(s.hit, s.action, key=lambda h: h.start)
    condition = _ZH_IF.search(s.text[s.sent.span[0] : s.start])
    if condition is None or _ZH_DECIDED.search(s.text[s.sent.span[0] : s.sent.span[0] + condition.start()]):
        return False
    return bool(_ZH_THEN.search(s.text[s.start : first.start]))


# 宣布日本一旦启动排放,港府将禁止进口…: a conditional measure announced or decided is the act (labelling conventions)
_ZH_DECIDED = re.compile(r"宣布|决定|公布|发布")


# --- a programme named as the frame of another act ---------------------------------------------

_PART_OF = re.compile(
    r"\b(?:as\s+(?:a\s+)?part\s+of|within\s+the\s+framework\s+of|in\s+the\s+framework\s+of)\s+"
    r"(?:its\s+|the\s+|a\s+|an\s+|their\s+|his\s+|her\s+)?(?:[\w'’-]+\s+){0,3}$",
    re.IGNORECASE,
)


def framing_programme(s: Any) -> bool:
    """ "approved a ban on exports of luxury cars as part of economic sanctions over the invasion": the measure after
    "as part of" names the programme the act belongs to; the verb's own object is the act (the ban), so the
    programme is no second act."""
    frame = _PART_OF.search(s.before(s.hit.start, 60))
    if frame is None or s.ev_type == "TRADE_DEAL":  # "as part of the outcomes of the consultations": the deal itself
        return False
    at = s.hit.start - len(s.before(s.hit.start, 60)) + frame.start()
    return s.action is None or s.action.end <= at


# --- an organisation's remit -------------------------------------------------------------------

_REMIT = re.compile(
    r"\b(?:oversees?|overseeing|(?:is|are)\s+(?:responsible|in\s+charge)\s+for|"
    r"(?:is|are)\s+(?:tasked|charged|entrusted)\s+with|"
    r"(?:attributions?|responsibilities|powers|functions|competences?|mandate|remit|tasks)\s+of\s+[^,;.]{1,40}?\s+"
    r"(?:are|is|include\w*))\b"
    r"|负责|职责|职能",
    re.IGNORECASE,
)


def remit_statement(s: Any) -> bool:
    """ "ARECOMS oversees the regulation of strategic minerals", "Among the attributions of Gecex are the definition
    of import tax rates", 负责出口管制: what an organisation is in charge of is its remit, not an act it took; a verb
    before the remit belongs to the organisation ("ARECOMS, established in 2019, oversees …"), not to the measure."""
    return bool(_REMIT.search(s.text[s.start : s.hit.start]))


# --- opinions of market analysts -------------------------------------------------------------

# a brokerage, a bank's research arm or a consultancy as the speaker: a market view, not a state's act
_MARKET_SPEAKER = re.compile(
    r"(?:证券|券商|期货|研究院|研究所|研报|投行|咨询公司|评级机构)(?:[^,，。;；]{0,6})?(?:表示|认为|指出|称|预计|分析)"
    r"|\b(?:brokerage|investment\s+bank|research\s+(?:firm|house|note)|consultancy|rating\s+agency|strategists?\s+at)\b",
    re.IGNORECASE,
)


def market_view(s: Any) -> bool:
    """万联证券表示,…以及国家战略的深入实施, "a research note from the brokerage said the curbs …": a brokerage's or a
    research house's view of the market is an opinion (labelling conventions: analysts' suggestions and forecasts
    are not events), like the analysts and experts of the sentence hedges."""
    first = s.hit if s.action is None else min(s.hit, s.action, key=lambda h: h.start)
    return bool(_MARKET_SPEAKER.search(s.text[s.sent.span[0] : first.start]))


# --- a measure left out of the act -------------------------------------------------------------

_LEFT_OUT = re.compile(
    r"\b(?:exclud(?:e|es|ed|ing)|except(?:\s+for)?|other\s+than|apart\s+from|with\s+the\s+exception\s+of)\s+"
    r"(?:the\s+|its\s+|their\s+)?(?:[\w'’%.-]+\s+){0,3}$"
    r"|(?:不包括|不含)[^,，。;；]{0,10}$",
    re.IGNORECASE,
)


def left_out_measure(s: Any) -> bool:
    """ "the decision will go into force as of Sept. 1 and will exclude tariffs on steel": a measure the act leaves
    out (excluded, excepted) stays as it was; the act's verb does not act on it."""
    return s.action is not None and s.action.end <= s.hit.start and bool(_LEFT_OUT.search(s.before(s.hit.start, 50)))


# --- a firm's own business ---------------------------------------------------------------------

# a firm noun as the subject of the clause: "the company suspended sales", 该公司暂停销售
_FIRM_SUBJECT = re.compile(
    r"^\W*(?:(?:in|on|since|last)\s+[\w\s]{1,20}?,\s*)?(?:the|this|that|its|a)\s+(?:\w+\s+)?"
    r"(?:company|firm|group|miner|producer|manufacturer|automaker|carmaker|chipmaker|exporter|retailer|refiner)\s+"
    r"|^\W*(?:该|这家|此)(?:公司|企业|集团)",
    re.IGNORECASE,
)


def firm_business(s: Any) -> bool:
    """ "In September, the company suspended sales for two months", 该公司暂停出口: a firm stopping its own sales is
    business, not a trade measure (firms act on trade policy only by applying: requests stay)."""
    if s.act == "request" or s.action is None:
        return False
    return bool(_FIRM_SUBJECT.match(s.text[s.start : s.action.start]))
