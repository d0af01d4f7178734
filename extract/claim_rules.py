"""Named vetoes for a measure judged unneeded, recommended or described as a regime, and deals that are no trade deal.

Issue 11, event precision (engineer xfp2, after :mod:`policykg.extract.notice_rules`):
a clause can name a measure and an act verb without anyone taking that act.  A
ruling that "levying the duties is no longer necessary" ends a measure (the
lift is stated elsewhere), it imposes nothing; an investigating body that needs
proof "to recommend imposing duties" proposes, it does not impose; "The Entity
List subjects exporters to licence requirements" describes what a standing
regime does, in the generic present, not an act of the story; "agreed on the normalisation of relations" is
diplomacy, not a trade deal, "the companies signed a memorandum" is business, and "the truce is in jeopardy" names
a deal in place.

Each rule is a predicate over a :class:`policykg.extract.event_rules.Site`
(typed ``Any``: no import cycle) registered by name in ``event_rules.VETOES``;
cases in ``tests/unit/test_claim_rules.py``.  Patterns name verb, adjective and
noun classes, never an article's wording.
"""

from __future__ import annotations

import re
from typing import Any

# --- a measure judged unneeded -----------------------------------------------------------------

# the measure's predicate: 征收…已无必要 / 没有必要 / 不再必要, "is no longer necessary / warranted / justified"
_UNNEEDED_AFTER = re.compile(
    r"[^,，。;；]{0,40}?(?:已无必要|已经没有必要|没有必要|无必要|不再必要|不再需要|已无需要)"
    r"|[^,.;]{0,60}?\b(?:is|are|was|were|would\s+be)\s+(?:no\s+longer|not|un)\s*"
    r"(?:necessary|needed|warranted|justified|required)\b",
    re.IGNORECASE,
)


def unnecessary_measure(s: Any) -> bool:
    """对原产于澳洲的进口葡萄酒征收反倾销税已无必要, "continued imposition of the duties is no longer warranted": a
    ruling that a measure is not needed ends it (stated by its own verb, 取消 / "revoked"); the levy it names is no
    act of imposing."""
    return s.act == "impose" and bool(_UNNEEDED_AFTER.match(s.text, s.hit.end, s.end))


# --- a measure recommended -----------------------------------------------------------------------

# a verb or noun of recommending right before the act: "to recommend imposing", "recommended that duties be
# imposed", "its recommendation to impose", 建议 is a hedge of hedges.jsonl already
_RECOMMEND = re.compile(
    r"\brecommend(?:s|ed|ing|ation|ations)?\s+(?:that\s+|to\s+|the\s+)?(?:[\w-]+\s+){0,4}$",
    re.IGNORECASE,
)


def recommended_measure(s: Any) -> bool:
    """ "it needed to establish … to recommend imposing duties", "the panel recommended that duties be imposed":
    a recommendation proposes the act to the body that decides it; the decision, when stated, is the act."""
    first = s.hit if s.action is None else min(s.hit, s.action, key=lambda h: h.start)
    return bool(_RECOMMEND.search(s.before(first.start, 60)))


# --- a regime described ---------------------------------------------------------------------------

# a list or regime as the subject of a generic-present verb that says what it does to exporters or goods
_REGIME_SUBJECT = re.compile(
    r"\W*(?:The|This|That|Such|An?)\s+(?:[A-Z][\w-]*\s+){0,3}"
    r"(?:List|list|regime|system|designation|listing)\s+"
    r"(?:subjects|requires|imposes|prohibits|restricts|bars|bans|obliges|means)\b"
    r"|\W*(?:该|此|这一)?(?:清单|名单|制度|机制)(?:要求|禁止|限制|规定)"
)


def regime_description(s: Any) -> bool:
    """ "The Entity List subjects U.S. exporters to specific export licensing requirements and prohibitions", 该清单要求
    出口商…: a list or regime as the subject of a verb in the generic present describes how the standing regime
    works, not an act of the story (the listing, when stated, is the act)."""
    return bool(_REGIME_SUBJECT.match(s.text, s.start, s.end))


# --- an agreement on diplomatic relations --------------------------------------------------------

# the object of the agreement is the relations between the states themselves, not trade
_DIPLOMATIC = re.compile(
    r"(?:关系正常化|外交关系|建交|复交|邦交)"
    r"|\b(?:normali[sz]\w*\s+(?:of\s+)?(?:(?:their|the|bilateral|diplomatic)\s+)*(?:relations|ties)|"
    r"diplomatic\s+(?:relations|ties))\b",
    re.IGNORECASE,
)


def diplomatic_agreement(s: Any) -> bool:
    """双方就两国关系正常化达成一致, "agreed to normalise diplomatic relations": an agreement whose object is the
    states' relations is diplomacy, not a trade deal (the contract's TRADE_DEAL covers agreements on trade)."""
    first = s.hit if s.action is None else min(s.hit, s.action, key=lambda h: h.start)
    return s.ev_type == "TRADE_DEAL" and bool(_DIPLOMATIC.search(s.text, max(s.start, first.start - 30), s.end))


# --- a deal between firms --------------------------------------------------------------------------

# firms named by a common noun as the subject of the deal's clause: "the companies said they had signed", 两家公司签署
_FIRM_SUBJECT = re.compile(
    r"\b(?:the|both|two|these)\s+(?:two\s+)?(?:companies|firms|miners|producers|carmakers|automakers|"
    r"chipmakers|manufacturers)\b"
    r"|(?:两家|双方|这些|上述)(?:公司|企业|集团|厂商)",
    re.IGNORECASE,
)


def firm_deal(s: Any) -> bool:
    """ "the companies said that they had signed a memorandum of understanding to explore …", 两家公司签署合作协议: a deal
    whose parties are firms named by a common noun is business, not a state's trade deal (firms' deals carry no
    state as a party; stance_rules.firm_business is the same reading for a firm's own measure)."""
    first = s.hit if s.action is None else min(s.hit, s.action, key=lambda h: h.start)
    return s.ev_type == "TRADE_DEAL" and bool(_FIRM_SUBJECT.search(s.text, s.start, first.start))


# --- a deal at risk ------------------------------------------------------------------------------------

# the deal noun as the subject of a predicate of its (threatened) state: 岌岌可危, "is in jeopardy", "hangs in the balance"
_AT_RISK_AFTER = re.compile(
    r"[^,，。;；]{0,12}?(?:岌岌可危|面临破裂|濒临破裂|濒临崩溃|名存实亡|恐将?生变|告吹|前景堪忧)"
    r"|[^,.;]{0,30}?\b(?:(?:is|are|was|were|looks?|looked|seems?|remains?)\s+(?:now\s+)?(?:in\s+jeopardy|in\s+doubt|"
    r"at\s+risk|on\s+the\s+brink|fragile|shaky)|hangs?\s+in\s+the\s+balance|(?:is|are)\s+unravell?ing)\b",
    re.IGNORECASE,
)


def deal_at_risk(s: Any) -> bool:
    """中美贸易休战协议岌岌可危, "the truce is in jeopardy", "the deal hangs in the balance": a deal named as the subject of
    its threatened state is a deal in place, not one made (the labelling conventions: measures only named are no
    events)."""
    return s.ev_type == "TRADE_DEAL" and s.action is None and bool(_AT_RISK_AFTER.match(s.text, s.hit.end, s.end))


# --- a deal still being worked toward (issue 11, engineer xfp8) ------------------------------------

# a verb of effort toward the deal before it: "agreed to hammer out a deal", "is seeking an agreement", 争取达成, 努力达成,
# 同意…敲定 (a deadline to finalise: the deal is not made yet)
_EFFORT_BEFORE = re.compile(
    r"\b(?:hammer(?:s|ed|ing)?\s+out|work(?:s|ed|ing)?\s+out|seek(?:s|ing)?|sought|striv(?:e|es|ed|ing)|"
    r"push(?:es|ed|ing)?\s+for|aim(?:s|ed|ing)?\s+(?:to\s+(?:reach|strike|conclude|seal|secure|finali[sz]e)|for))\s+"
    r"(?:[\w'’$.-]+\s+){0,5}$"
    r"|(?:争取|努力|力争|寻求|谋求|致力于?|同意[^,，。;；]{0,10}敲定)[^,，。;；]{0,14}$",
    re.IGNORECASE,
)
# a deal said not to be confirmed yet after it: "has yet to be confirmed", 尚未得到确认
_NOT_YET_AFTER = re.compile(
    r"[^,.;]{0,40}?\b(?:has|have|is|are)\s+yet\s+to\s+be\s+(?:\w+ly\s+)?(?:confirmed|finali[sz]ed|signed|ratified|"
    r"approved|announced)\b|[^,，。;；]{0,20}?(?:尚未|仍未|还未|未获)(?:得到|获得)?(?:确认|证实|签署|批准)",
    re.IGNORECASE,
)


def deal_in_the_works(s: Any) -> bool:
    """ "agreed to hammer out a trade deal within 30 days", "is seeking a trade agreement with the US", 努力达成自由贸易
    协定, "a deal … has yet to be confirmed": a deal worked toward or unconfirmed is not (yet) made."""
    if s.ev_type != "TRADE_DEAL":
        return False
    first = min(s.hit.start, s.action.start) if s.action is not None else s.hit.start
    effort = any(  # before the act's first word, or between an agreeing verb and the deal noun
        _EFFORT_BEFORE.search(s.text[max(s.sent.span[0], at - 60) : at]) for at in {first, s.hit.start}
    )
    return effort or bool(_NOT_YET_AFTER.match(s.text, s.hit.end, s.sent.span[1]))
