"""Named rules for the action of a paired trigger: easing, pausing, prolonging and threatening.

They extend :data:`policykg.extract.event_rules.ACTIONS` (run after its own
rules, before ``adopted_measure``) and follow the contract's conventions
(``shared/spec/events-format.md``):

* a tariff *cut* or *exemption* is a ``suspend`` (rate cuts agreed in a truce
  are each party's TARIFF suspend); ``lift`` is kept for a removal (end,
  cancel, terminate);
* a measure lifted *temporarily* is suspended;
* continuing a suspension (继续暂停) is ``extend``.

Requests and applications (whose request, and when there is none) are :mod:`request_rules`, run from
the tables here.

Each rule is a pure function of a :class:`~policykg.extract.event_rules.Site`
that returns a new action or None; the verb and adverb classes are the
patterns below, and every rule has a table of invented cases in
``tests/unit/test_action_rules.py``.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from dataclasses import replace
from typing import TYPE_CHECKING, Any

from policykg.extract import near_rules, remedy_rules, request_rules, roles

DROP = "drop"  # as event_rules.DROP: the statement is no act

if TYPE_CHECKING:
    from policykg.extract.event_rules import Site
    from policykg.extract.models import Entity

# easing verbs: the tariff stays, at a lower rate (an exemption is a removal for the goods it names: lift)
EASING = re.compile(
    r"^(?:cut|lower|reduc|slash|eas|relax|loosen|trim|pare|scal|narrow)|^(?:下调|降低|削减|减半|放宽|调低|缩减|缩小)",
    re.IGNORECASE,
)
# an adverb of limited time just before the verb: "was temporarily lifted", 暂时取消
TEMPORARY = re.compile(
    r"\b(?:temporar(?:il)?y|provisionally|briefly)\s+(?:\w+\s+)?$|(?:暂时|临时|阶段性)[^,，。;；]{0,4}$",
    re.IGNORECASE,
)
# continuing an existing pause: "continue to suspend", "continued suspension", 继续…暂停
CONTINUED = re.compile(
    r"\bcontinu(?:e|es|ed|ing)\s+(?:to\s+)?(?:\w+\s+){0,2}$|(?:继续|持续)[^,，。;；]{0,30}$",
    re.IGNORECASE,
)


def truce_term(s: Site) -> bool:
    """ "Under the deal, the US lowers its tariffs", "agreed to not introduce new duties": a deal's tariff cut or
    pause is each party's TARIFF ``suspend`` (contract), an act although it is a term of the deal."""
    a = s.action
    if s.ev_type != "TARIFF":
        return False
    if s.hit.trigger.action == "suspend" or s.act == "suspend":
        return True
    return s.act == "lift" and a is not None and bool(EASING.search(a.text))


# several parties as the subject of a pause: "the sides", "the two countries", "each other's goods", 双方
PARTIES = re.compile(
    r"\b(?:the|both)\s+(?:two\s+)?(?:sides|countries|nations|governments|parties)\b|\beach\s+other|\bone\s+another"
    r"|双方|两国|相互|彼此",
    re.IGNORECASE,
)


def truce_statement(s: Site) -> bool:
    """ "the sides agreed to not introduce new duties", "the two countries agreed to lower tariffs on each other":
    a tariff pause by several parties, which :func:`split_truce` makes each party's own ``suspend``
    (contract); not when the clause names whose tariffs they are ("the White House's tariffs")."""
    return (
        s.ev_type == "TARIFF"
        and s.act == "suspend"
        and bool(PARTIES.search(s.text[s.start : s.end]))
        and not roles.possessor(s.text, s.finder.mentions, s.hit.start, s.start, s.finder.entities)
    )


def split_truce(c: Any, entities: Mapping[str, Entity], states: Mapping[str, int]) -> list[Any]:
    """A truce candidate (``c.truce``): one candidate per party state, the others its targets; the other party of
    "the two countries" not named in the clause is the article's most named other state.  Any other candidate
    as it is."""
    if not getattr(c, "truce", False):
        return [c]
    parties = [x for x in c.actors if roles.entity_type(x, entities) in roles.STATE_TYPES]
    if len(parties) == 1:
        parties += [x for x, _ in sorted(states.items(), key=lambda kv: -kv[1]) if x not in parties][:1]
    if len(parties) < 2:
        return [c]
    # each part gets its own mutable slots: merging one party's statement into its part must not touch the other's
    return [
        replace(
            c,
            actors=[x],
            targets=[y for y in parties if y != x],
            items=list(c.items),
            value=dict(c.value),
            concepts=set(c.concepts),
        )
        for x in parties
    ]


def eased_tariff(s: Site) -> str | None:
    """ "lowered its tariffs on cars to 10%", 下调关税: a tariff cut keeps the tariff in place at a lower rate,
    so it is ``suspend`` (the contract's truce convention); ending, cancelling or exempting goods from the
    tariff stays ``lift`` (unless temporary: :func:`temporary_lift`)."""
    a = s.action
    if s.ev_type == "TARIFF" and s.act == "lift" and a is not None and EASING.search(a.text):
        return "suspend"
    return None


def temporary_lift(s: Site) -> str | None:
    """ "the ban was temporarily lifted", 暂时取消, "removes export duties on grains until October 31", "halted its
    tariffs for 90 days": a removal for a limited time (an adverb, or a window after the measure) is ``suspend``."""
    a = s.action
    if s.act != "lift" or a is None:
        return None
    window = TIME_COMPLEMENT.search(s.text, s.hit.end, min(s.end, s.hit.end + 60)) if a.start < s.hit.start else None
    return "suspend" if TEMPORARY.search(s.before(a.start, 24)) or window else None


# halting a measure's working, not the measure: "halted the implementation of", "stopped enforcing" (暂停实施: the
# Chinese verb is a suspend verb already)
HALTED_WORKING = re.compile(
    r"\b(?:halt|stop|ceas)\w*\s+(?:the\s+|its\s+)?(?:implementation|enforcement|application|enforcing|implementing|"
    r"applying)\b",
    re.IGNORECASE,
)


def halted_measure(s: Site) -> str | None:
    """ "halted the implementation of its export controls", "stopped enforcing its ban": halting a measure's working
    pauses it (``suspend``); a bare halt of a measure stays ``lift`` (as the sample corpus labels "halting
    countermeasures"; with a window it is :func:`temporary_lift`'s), and a halt of a trade flow is a ban
    (``halted_trade``)."""
    a = s.action
    if s.act != "lift" or a is None:
        return None
    return "suspend" if HALTED_WORKING.search(s.text, max(s.start, s.hit.start - 60), s.hit.start) else None


# a pausing or ending verb with the measure as its object: "paused the planned tariff increase", "delayed a hike"
PAUSED_OBJECT = re.compile(
    r"\b(?:paus|suspend|delay|postpon|defer|halt|freez|froze|shelv|scrap|cancel|revers|ditch|abandon|call\w*\s+off)"
    r"\w*\s+(?:the\s+|its\s+|a\s+|their\s+|his\s+)?(?:(?:planned|scheduled|proposed|threatened|upcoming|looming|"
    r"new|latest|further|next)\s+)?(?:[\w%-]+\s+){0,2}$",
    re.IGNORECASE,
)


# the noun of a rise right after the measure noun: "tariff increase", "duty hike"
RISE_NOUN = re.compile(r"^(?:increases?|hikes?|rises?|raises?|escalations?)$", re.IGNORECASE)


def paused_increase(s: Site) -> str | None:
    """ "paused the planned tariff increase", "delayed the duty hike": a rise named as the object of a pausing or
    ending verb is the measure paused (that verb's own event), not a rise imposed."""
    a = s.action
    if s.act != "impose" or a is None or a.start < s.hit.start or not RISE_NOUN.match(a.text):
        return None
    return DROP if PAUSED_OBJECT.search(s.text, max(s.start, s.hit.start - 60), s.hit.start) else None


def continued_suspension(s: Site) -> str | None:
    """ "will continue to suspend the duties", 继续对…暂停加征关税: prolonging a pause already in place is ``extend``."""
    a = s.action
    if s.act == "suspend" and not s.background and a is not None and CONTINUED.search(s.before(a.start, 40)):
        return "extend"
    return None


# --- type rules: which measure the clause states ---------------------------------------------------

# a list of parties: "Entity List", "export control list", 管控名单, 管制清单, 出口管制对象 (not a whitelist)
PARTY_LIST = re.compile(
    r"(?<!white )(?<!unverified )\b(?:entity|control|export control)\s+list\b|(?:管控|管制|实体)(?:名单|清单)|管制对象",
    re.IGNORECASE,
)
LISTING_VERB = re.compile(r"^(?:add|plac|put|includ)|^(?:列入|纳入|列为)", re.IGNORECASE)
# listed parties named by a common noun: "28 U.S. entities", 15家美国实体, "two companies"
PARTY_NOUN = re.compile(r"\b(?:entities|entity|companies|company|firms?|affiliates|subsidiaries)\b|实体|公司|企业|集团")


def entity_listing(s: Site) -> str | None:
    """ "added 28 U.S. entities to its export control list", 将两家公司列入出口管制管控名单: putting named firms
    or entities on a list of parties is a ``SANCTION`` (contract), whatever the list is called; a
    country on a list (a whitelist) keeps the list's own type."""
    a = s.action
    if s.ev_type not in ("EXPORT_CONTROL", "EXPORT_BAN") or a is None or not LISTING_VERB.search(a.text):
        return None
    if not PARTY_LIST.search(s.text[s.start : s.end]):
        return None
    # the listed parties: after the verb ("added 28 entities to") or before it (将两家公司列入, "X were added")
    lo = max(s.sent.span[0], a.start - 60)
    firms = any(
        lo <= m.start < s.end and roles.entity_type(m.entity_id, s.finder.entities) == "Firm" for m in s.finder.mentions
    )
    return "SANCTION" if firms or PARTY_NOUN.search(s.text[lo : s.end]) else None


# a review whose object is a duty: "an expiry review of the anti-dumping duties", 对…征收反倾销税的必要性进行复审
REVIEW_BEFORE = re.compile(
    r"\b(?:expiry|sunset|interim|five-year|annual|administrative)[\s-]+reviews?\s+(?:of|into|on)\s+(?:the\s+)?(?:[\w-]+\s+){0,4}$",
    re.IGNORECASE,
)
REVIEW_AFTER = re.compile(r"^[^,，。;；]{0,16}(?:的必要性)?(?:进行|开展|启动)?(?:期终|期中)?复审")


def duty_review(s: Site) -> str | None:
    """ "launched an expiry review of the anti-dumping duties", 对继续征收反倾销税的必要性进行复审: the duty is the
    object of a review, so the act is the review (``INVESTIGATION``), not a new tariff."""
    if s.ev_type != "TARIFF":
        return None
    if REVIEW_BEFORE.search(s.before(s.hit.start, 60)) or REVIEW_AFTER.search(s.after(s.hit.end, 30)):
        return "INVESTIGATION"
    return None


TYPES: tuple[tuple[str, Callable[[Site], str | None]], ...] = (
    ("entity_listing", entity_listing),
    ("duty_review", duty_review),
    *near_rules.TYPES,
)


def decide_type(site: Site) -> Site:
    """The site with its type after every type rule (each sees the type the previous one left)."""
    for _, rule in TYPES:
        new = rule(site)
        if new is not None:
            site = replace(site, ev_type=new)
    return site


# moving a party onto a list ("added", "inclusion", 纳入) or off it ("removed", "dropped", 移出, 踢出)
ONTO_LIST = re.compile(r"^(?:add|includ|inclusion|reinstat|readmit|put|plac)|^(?:列入|纳入|加入)", re.IGNORECASE)
OFF_LIST = re.compile(
    r"^(?:remov|drop|exclu|delist|strip|struck|strik|kick)|^(?:移出|踢出|剔除|移除|取消)", re.IGNORECASE
)


def whitelist_polarity(s: Site) -> str | None:
    """ "removed Korea from its whitelist", 将韩国踢出白名单: a whitelist lists the trusted, so taking a country
    off it tightens export controls (``impose``) and putting it back eases them (``lift``); 被列入白名单的国家
    (a relative clause) describes membership, no act."""
    a = s.action
    if s.hit.trigger.id != "whitelist" or a is None or s.background:
        return None
    if re.match(r"\s*[\"”」“]?\s*的", s.text[s.hit.end : s.hit.end + 4]):
        return DROP  # 被列入白名单的国家: membership described in a relative clause, no act
    if OFF_LIST.search(a.text):
        return "impose"
    return "lift" if ONTO_LIST.search(a.text) else None


# "extends to <not a time>": the verb's own complement is a scope (items, sectors), not an end date
SCOPE_COMPLEMENT = re.compile(
    r"^\s+to\s+(?:cover\s+|include\s+)?(?!(?:the\s+)?(?:end|mid|early|late|next|this|\d|January|February|March|"
    r"April|May|June|July|August|September|October|November|December|Jan\.|Feb\.|Aug\.|Sept?\.|Oct\.|Nov\.|Dec\.|"
    r"Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|year|years|months?|weeks?|days?)\b)"
    r"[a-z]",
    re.IGNORECASE,
)


# a new end or a new length in the clause: "until March", "by an additional six months", "for another year"
TIME_COMPLEMENT = re.compile(
    r"\b(?:until|till|through|thru)\b|\b(?:by|for)\s+(?:an?\s+|another\s+|a\s+further\s+|an\s+additional\s+|"
    r"additional\s+|further\s+)?(?:\w+\s+)?(?:days?|weeks?|months?|years?)\b|延长至|延至",
    re.IGNORECASE,
)


def scope_extension(s: Site) -> str | None:
    """ "the new rules also extend to software tools", "extends to exports of HBM", "extended the export bans to
    Russia": widening what (or whom) a measure covers is ``impose`` (more measure), not ``extend`` (more time)."""
    a = s.action
    if s.act == "extend" and a is not None and re.match(r"extend", a.text, re.IGNORECASE):
        if SCOPE_COMPLEMENT.match(s.after(a.end, 40)):
            return "impose"
        # "extended the export bans to Russia": the measure as object, then the new scope (unless the clause
        # states a new end: "extended its export ban to Saudi Arabia by six months until March" is more time)
        if (
            a.end <= s.hit.start
            and SCOPE_COMPLEMENT.match(s.after(s.hit.end, 40))
            and not TIME_COMPLEMENT.search(s.text, s.hit.end, s.end)
        ):
            return "impose"
    return None


def halted_trade(s: Site) -> str | None:
    """ "announced a four-month suspension of cobalt exports", 暂停进口: halting a trade flow imposes a ban or an
    import restriction (``impose``); only a measure (tariffs, controls, a ban) is suspended."""
    a = s.action
    if s.ev_type not in ("EXPORT_BAN", "IMPORT_RESTRICTION") or s.act != "suspend" or a is None:
        return None
    inside = s.hit.start <= a.start and a.end <= s.hit.end
    return "impose" if inside and s.hit.trigger.kind != "generic" else None


# "threat" as a noun of risk: "poses a threat to farming", 对农业产生威胁
THREAT_NOUN = re.compile(
    r"\b(?:pos(?:e|es|ed|ing)|fac(?:e|es|ed|ing)|constitut\w*|represent\w*)\s+(?:a\s+|an\s+)?(?:\w+\s+)?$"
    r"|(?:产生|构成|造成|带来|受到|面临|形成)$",
    re.IGNORECASE,
)


def threat_as_risk(s: Site) -> str | None:
    """ "to avoid posing a threat to agriculture", 为避免对农业产生威胁: a risk named, not a state's threat; the
    statement keeps the action of its own event phrase, else it is no act."""
    a = s.action
    if s.act != "threaten" or a is None:
        return None
    words = [x for x in s.sent.actions if x.trigger.action == "threaten" and x.start <= a.start]
    x = words[-1] if words else a
    if not THREAT_NOUN.search(s.text[max(s.sent.span[0], x.start - 20) : x.start]):
        return None
    return s.hit.trigger.action or DROP


def interrogative(s: Site) -> str | None:
    """ "Q. How many countries are on the whitelist?", 会否加征关税？: a question states no act."""
    sentence = s.text[s.sent.span[0] : s.sent.span[1]].strip()
    return DROP if sentence.endswith(("?", "？")) or re.match(r"Q[.:：]", sentence) else None


ACTIONS: tuple[tuple[str, Callable[[Site], str | None]], ...] = (
    *near_rules.ACTIONS,
    ("generic_application", request_rules.generic_application),
    ("interrogative", interrogative),
    ("halted_trade", halted_trade),
    ("threat_as_risk", threat_as_risk),
    ("scope_extension", scope_extension),
    ("circumvention_extension", remedy_rules.circumvention_extension),
    ("whitelist_polarity", whitelist_polarity),
    ("eased_tariff", eased_tariff),
    ("temporary_lift", temporary_lift),
    ("halted_measure", halted_measure),  # issue 11, xaction8
    ("paused_increase", paused_increase),
    ("continued_suspension", continued_suspension),
    ("quota_polarity", remedy_rules.quota_polarity),
)


# after ``adopted_measure`` (which reads a request or approval verb as the adoption of a measure)
LATE_ACTIONS: tuple[tuple[str, Callable[[Site], str | None]], ...] = (
    ("sought_act", request_rules.sought_act),
    ("backed_proposal", request_rules.backed_proposal),
    *near_rules.LATE_ACTIONS,
)
