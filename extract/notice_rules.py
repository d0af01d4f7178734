"""Named vetoes for notices, probes, requests and measures named as another party's concern (pure).

Issue 11, event precision (continuing :mod:`policykg.extract.stance_rules`): a
notice that publishes a ruling or whose content is stated by an event phrase is
the vehicle, not a second act; a probe concluded is no probe launched; a request
still to come is no request made; a deal's title before the tariff concessions
acted on names no deal; a measure someone seeks to avoid, or another party's
decision that a clause reacts to, is not that clause's act; "a threat of
shortage" threatens no measure.

Each rule is a predicate over a :class:`policykg.extract.event_rules.Site`
(typed ``Any``: no import cycle) registered by name in ``event_rules.VETOES``;
cases in ``tests/unit/test_stance_rules.py``.  Patterns name verb and noun
classes, never an article's wording.
"""

from __future__ import annotations

import re
from typing import Any

from policykg.extract import refusal_rules

# a deal's name before the tariffs it sets: 《海峡两岸经济合作框架协议》(ECFA)内134个产品的关税减让, 协定税率
_DEAL_TARIFF_AFTER = re.compile(
    r"[》」]\s*(?:[(（][^)）]{1,12}[)）])?\s*(?:内|中|的|项下)?[^,，。;；]{0,16}?(?:关税减让|协定税率|关税|税率)"
)


def deal_names_tariff(s: Any) -> bool:
    """终止《海峡两岸经济合作框架协议》内134个产品的关税减让, 中止适用《…协议》协定税率: the deal's name modifies the
    tariff concessions acted on; the act is on the tariffs (relief_rules), not a deal made or ended."""
    return s.ev_type == "TRADE_DEAL" and s.sent.lang == "zh" and bool(_DEAL_TARIFF_AFTER.match(s.text, s.hit.end))


# --- a probe concluded -------------------------------------------------------------------------

_CONCLUDED = re.compile(
    r"\b(?:conclud\w*|complet\w*|end(?:s|ed|ing)?|wrapp?\w*\s+up|clos(?:e|es|ed|ing)|finish\w*)\s+"
    r"(?:(?:the|its|their|an?)\s+)?(?:[\w-]+\s+){0,3}$"
    r"|(?:结束了?|完成了?|终结了?)[^,，。;；]{0,8}$",
    re.IGNORECASE,
)


def concluded_probe(s: Any) -> bool:
    """ "the Commission concluded its anti-subsidy investigation", 结束了反补贴调查: a probe brought to its end states
    its outcome (the duty that follows is the act), not the launch of an investigation."""
    return s.ev_type == "INVESTIGATION" and s.act == "impose" and bool(_CONCLUDED.search(s.before(s.hit.start, 40)))


# --- requests not (yet) made -------------------------------------------------------------------

_NOT_YET_FILED = re.compile(
    r"\b(?:would|will|could|may|might|shall|plans?\s+to|"
    r"intends?\s+to|continue\s+to)\b[^.;:]{0,30}$|(?:将|拟|可能)[^,，。;；]{0,12}$",
    re.IGNORECASE,
)


def request_not_filed(s: Any) -> bool:
    """ "it would continue to seek an exemption", 将申请: a request still to come is not a request made (an
    application is an act when it is filed). "reserves the right to file an application" is a threat
    (``threat_scope.reserved_right``), not vetoed here."""
    if s.act != "request":
        return False
    at = min(s.hit.start, s.action.start) if s.action is not None else s.hit.start
    return bool(_NOT_YET_FILED.search(s.text[max(s.sent.span[0], at - 50) : at]))


# --- a notice publishing a ruling --------------------------------------------------------------

_RULING = re.compile(r"裁定|认定|初裁|终裁|\b(?:ruling|determination|findings?)\b", re.IGNORECASE)


def notice_of_ruling(s: Any) -> bool:
    """商务部发布第59号公告,公布对…反倾销调查的初步裁定: a notice (a generic noun typed by the sentence) that publishes
    a ruling on an investigation is the ruling, not the launch of an investigation (the duties that follow it are
    the act, stated in their own clause)."""
    return (
        s.ev_type == "INVESTIGATION"
        and s.hit.trigger.kind == "generic"
        and bool(_RULING.search(s.text[s.hit.end : s.sent.span[1]]))
    )


# --- a measure avoided -------------------------------------------------------------------------

_AVOIDED = re.compile(
    r"\b(?:avoid\w*|evad\w*|escap\w*|circumvent\w*|dodg\w*|sidestep\w*|avert\w*|ward\w*\s+off|head\w*\s+off)\s+"
    r"(?:(?:the|a|an|any|further|new|higher|possible|potential|hefty|steep)\s+)*(?:(?![\w-]+['’]s\b)[\w'’-]+\s+){0,2}$"
    # an exemption sought from the measure: "seeks an exemption from Washington's 25 percent tariff", "asked for
    # exclusions from the duties" (a granted exemption is the granter's act, not vetoed)
    r"|\b(?:seek\w*|sought|ask\w*\s+for|request\w*|appl\w*\s+for|lobb\w*\s+for|push\w*\s+for)\s+"
    r"(?:an?\s+|further\s+|more\s+)?(?:exemptions?|exclusions?|waivers?|relief|reprieve)\s+(?:from|to)\s+"
    r"(?:(?:the|its|their|any|[A-Z][\w.-]*['’]s)\s+)?(?:[\w%-]+\s+){0,3}$"
    r"|(?:避免|规避|躲避|逃避|避开|回避)[^,，。;；]{0,8}$",
    re.IGNORECASE,
)


def avoided_measure(s: Any) -> bool:
    """ "proposals to avoid duties on EVs", 为避免被加征关税, "seeks an exemption from Washington's tariff": a measure
    someone seeks to avoid is named as a risk, not
    stated as imposed ("to evade Peru's new tariffs" presupposes the owner's measure, which stays).  A refused
    proposal to avoid a measure ("rejected Chinese proposals to avoid duties") is the refuser's act
    (``refusal_rules``), not vetoed."""
    if refusal_rules.refusal_at(s) is not None:
        return False
    return bool(_AVOIDED.search(s.text[max(s.sent.span[0], s.hit.start - 50) : s.hit.start]))


# "published a notice in the gazette announcing the inclusion of …": the notice's content verb in the same clause
_CONTENT_VERB = re.compile(
    r"\b(?:announcing|stating|declaring|saying|ordering|providing|confirming|which\s+(?:announced|states|provides))\b"
    r"[^.;:]{0,20}$",
    re.IGNORECASE,
)


def _content_clause(text: str, after: int, at: int) -> bool:
    """Does a content verb of the notice ("announcing", "stating") open the stretch before the event phrase?"""
    return at >= after and bool(_CONTENT_VERB.search(text[after:at]))


def notice_of_event_phrase(s: Any) -> bool:
    """中国海关总署发布第140号公告,宣布有条件恢复日本部分地区水产品进口: a notice (a generic noun with a weak verb of issuing)
    whose later clause states the act by an event phrase (恢复…进口, which names its action itself) is the vehicle of
    that act, as for a measure noun with its own verb (``vehicle_of_later_measure``), when the phrase's action is
    an operation on a measure (lift, suspend, extend) the notice would not take from its context (a notice of the
    same action stays, and a petition, 应…申请, is the request behind the notice, not its content)."""
    a = s.action
    if s.hit.trigger.kind != "generic" or a is None or not a.trigger.weak:
        return False
    after = max(s.hit.end, a.end)
    return any(
        t.trigger.kind == "event"
        and (t.start >= max(after, s.end) or _content_clause(s.text, after, t.start))
        and t.trigger.action in ("lift", "suspend", "extend")
        and t.trigger.action != s.act
        for t in s.sent.types
    )


# --- a threat of something else ----------------------------------------------------------------

_THREAT_NOUN = re.compile(r"threats?$", re.IGNORECASE)
_THREAT_OF_OTHER = re.compile(
    r"^\s+(?:of|to)\s+(?!(?:new|more|further|higher|additional|the|a|an|retaliatory)\b)", re.I
)


def threat_of_other(s: Any) -> bool:
    """ "there was a threat of shortage in the world grain market, and all countries imposed export restrictions": the
    noun "threat" names a risk of something else (a shortage); the measure later in the clause is not threatened."""
    a = s.action
    if s.act != "threaten" or a is None or not _THREAT_NOUN.search(a.text) or a.end > s.hit.start:
        return False
    return bool(_THREAT_OF_OTHER.match(s.text[a.end : a.end + 12])) and s.hit.start - a.end > 25
