"""Requests and applications (pure): who seeks an act, and when a request or approval verb states none.

A request is the applicant's act, so the family fixes two things the contract asks of it
(``shared/spec/events-format.md``):

* whose request it is: a state's act sought by another party is the seeker's ``request``
  (:func:`sought_act`, actors from :func:`seekers`); unnamed applicants ("several exporters") act for
  their state (:func:`applicants`); a petition's own words are no event here (:func:`petitioners`,
  ``extract/petitions.py`` adds the petitioner's request);
* when there is no act to take: a class of applications named in a policy statement
  (:func:`generic_application`), or a members' vote backing a proposed measure, which approves it
  rather than imposing it (:func:`backed_proposal`).

Split from :mod:`policykg.extract.action_rules`, whose ``ACTIONS`` and ``LATE_ACTIONS`` tables run the
action rules here by name; the actor rules are read by ``extract/events.py`` and ``control_rules``.
Every rule has a table of invented cases in ``tests/unit/test_action_rules.py``.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from policykg.extract import roles
from policykg.extract.approval_rules import approval_done

DROP = "drop"  # as event_rules.DROP: the statement is no act

if TYPE_CHECKING:
    from policykg.extract.event_rules import Site


# a party seeking another's act: "asked Japan to lift", 以求日本尽早将韩国重新纳入, 要求美方取消
SOUGHT = re.compile(
    r"\b(?:ask(?:s|ed|ing)?|request(?:s|ed|ing)?|seek(?:s|ing)?|sought|press(?:es|ed|ing)?)\s+"
    r"(?:[\w'’.-]+\s+){1,5}to\s+(?:\w+\s+)?$|(?:以求|寻求|请求|要求|敦促|促请)[^,，。;；]{0,24}$",
    re.IGNORECASE,
)


def sought_act(s: Site) -> str | None:
    """ "Seoul asked Tokyo to lift the curbs", 以求日本将韩国重新纳入白名单: the act is sought from another state,
    so it is the seeker's ``request`` (its actor is the clause subject, not the state asked)."""
    a = s.action
    if s.act in ("lift", "suspend", "approve") and a is not None and SOUGHT.search(s.before(a.start, 60)):
        return "request"
    return None


def seekers(s: Site) -> list[str] | None:
    """The actors of a sought act: the subject before the seeking verb in the sentence ("Seoul asked
    Tokyo to ..." is Seoul's request); [] when the seeker is not named (no event: the state asked is
    not the applicant), None when the request is not a sought act."""
    a = s.action
    if a is None:
        return None
    lo = max(s.sent.span[0], a.start - 60)
    cue = SOUGHT.search(s.text[lo : a.start])
    if cue is None:
        return None
    return roles.subjects(s.text, s.finder.mentions, s.sent.span[0], lo + cue.start(), s.finder.entities)


# unnamed applicants right before the request verb: "several EV exporters had submitted", 多家出口企业提交
APPLICANT_GROUP = re.compile(
    r"\b(?:exporters|companies|producers|firms|makers|manufacturers|suppliers)\s+(?:\w+\s+){0,4}$"
    r"|(?:出口商|企业|公司|生产商|厂商)[^,，。;；]{0,4}$",
    re.IGNORECASE,
)


def applicants(s: Site) -> list[str] | None:
    """ "several EV exporters had submitted price undertakings": unnamed applicants' request has their state as
    actor (contract) — a state named in the group ("Chinese exporters"), else the state the sentence's
    measure is aimed at ("an investigation into Chinese-built EVs"); None when the applicant is named."""
    a = s.action
    if a is None:
        return None
    lo = max(s.sent.span[0], a.start - 40)
    group = APPLICANT_GROUP.search(s.text[lo : a.start])
    if group is None or any(
        lo + group.start() - 30 <= m.start < a.start and roles.entity_type(m.entity_id, s.finder.entities) == "Firm"
        for m in s.finder.mentions
    ):
        return None
    ents = s.finder.entities
    named = [  # "Chinese exporters", 中国企业
        m.entity_id
        for m in s.finder.mentions
        if lo + group.start() - 20 <= m.start < lo + group.start() + 4
        and roles.entity_type(m.entity_id, ents) in roles.STATE_TYPES
    ]
    aimed = roles.targets(s.text, s.finder.mentions, s.sent.span[0], a.start, ents)
    return (named or [x for x in aimed if roles.entity_type(x, ents) in roles.STATE_TYPES])[:1]


# a generic class of applications, not one filed: "any compliant applications", 只要是合规的出口申请, 对于合法合规的申请
GENERIC_APPLICATION = re.compile(
    r"\b(?:any|all|every|compliant|legitimate|lawful|eligible)\s+(?:[\w-]+\s+){0,3}$"
    r"|(?:只要是?|凡是?|对于|所有|任何|合规的|合法合规的|合法的)[^,，。;；]{0,16}$",
    re.IGNORECASE,
)


def generic_application(s: Site) -> str | None:
    """ "compliant applications will be approved", 只要是合规的出口申请都可以获得批准: a class of applications named
    in a policy statement is no application filed (and its approval is the policy, not an act); approvals stated
    as done (都及时予以了批准) report acts."""
    if s.act not in ("request", "approve") or s.hit.trigger.action != "request" or approval_done(s):
        return None
    return DROP if GENERIC_APPLICATION.search(s.before(s.hit.start, 24)) else None


def petitioners(s: Site) -> list[str] | None:
    """A petition's own words (lexicon row ``petition``: 应中国酒业协会申请, "at the request of") make no
    event here ([]): ``extract/petitions.py`` adds the petitioner's request beside the act it started, and
    the petition's verb must not take the clause's act away."""
    return [] if s.hit.trigger.id == "petition" else None


# a vote backing a proposed measure: "received enough support in a vote of members to impose", 提议获得成员国支持
BACKING = re.compile(
    r"\b(?:receiv\w*|w[oi]n|wins|secur\w*|g[oe]t|gets|gain\w*|garner\w*)\s+(?:\w+\s+){0,2}(?:support|backing)\b"
    r"|获得[^,，。;；]{0,12}支持|获[^,，。;；]{0,6}(?:通过|批准)",
    re.IGNORECASE,
)


def backed_proposal(s: Site) -> str | None:
    """ "the Commission received enough support in a vote of member states to impose tariffs", 该提议获得成员国
    必要支持: the members' vote approves a proposed measure (``approve``), it does not yet impose it."""
    a = s.action
    if s.act not in ("impose", "request") or a is None or s.background:
        return None
    if BACKING.search(s.text[s.start : a.start]) or BACKING.search(s.text[s.hit.end : s.sent.span[1]]):
        return "approve"
    return None
