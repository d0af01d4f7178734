"""Named rules for licensing acts: who approves, and when an approval is an act.

An approval is the authority's act (contract: ``approve``), but its words often
take the applicant's side: "three firms were approved to export", 获准出口, the
chips "were cleared" (获美方放行).  The grammatical subject of such a verb is
the one permitted, so the actor is the grantor: the agent named in the phrase,
else the state whose measure of the same type the article already stated.

An application named together with an approval verb ("approved the
applications", 对申请予以了批准) states the approval, not the application; a
class of applications approved *as a rule* ("compliant applications will be
approved") is a policy statement, but one approved as done (予以了批准, "have
been approved") reports acts.

Each rule is a pure function of a :class:`~policykg.extract.event_rules.Site`;
the cases are in ``tests/unit/test_approval_rules.py``.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import TYPE_CHECKING

from policykg.extract import roles

if TYPE_CHECKING:
    from policykg.extract.event_rules import Site

# lexicon rows whose words take the permitted party as subject (verb_classes.jsonl, "licence_grant" events)
RECEIVER_SIDE = frozenset({"licence_grant"})

# an approval stated as done: 予以了批准, 已(经)…批准, 批准了, "have been approved", "were granted"
PERFECTIVE = re.compile(
    r"(?:予以了|已经?[^,，。;；]{0,8}|获得了)(?:批准|核准|许可)|(?:批准|核准)了"
    r"|\b(?:has|have|had|was|were)\s+(?:\w+\s+)?(?:been\s+)?(?:approved|granted|cleared|authori[sz]ed)\b",
    re.IGNORECASE,
)


def grantors(s: Site) -> list[str] | None:
    """The actors of a receiver-side approval ("were approved to export", 获准出口, 获美方放行): a state or agency
    named inside the phrase, else the first actor of the latest earlier candidate of the same type (the
    authority whose measure the permit relaxes), else the headline's state; None for any other site."""
    if s.hit.trigger.id not in RECEIVER_SIDE or s.hit.trigger.kind != "event":
        return None
    ents = s.finder.entities
    inside = [
        m.entity_id
        for m in s.finder.mentions
        if s.hit.start <= m.start < s.hit.end and roles.entity_type(m.entity_id, ents) in ("Country", "Bloc", "Agency")
    ]
    if inside:
        return list(dict.fromkeys(inside))
    same = [c for c in s.finder.cands if c.type == s.ev_type and c.actors and c.action != "request"]
    return list(same[-1].actors[:1]) if same else list(s.finder.topic[:1])


# the application as a noun (the object approved), not the verb of filing ("had applied to sell")
APPLICATION_NOUN = re.compile(r"\b(?:applications?|requests?)$|(?:申请|请求)$", re.IGNORECASE)


# an application noun as a fronted topic: 只要是…申请, 凡…申请, 对于…申请, "as for applications"
TOPIC = re.compile(
    r"(?:只要是?|凡是?|对于|所有|任何)[^,，。;；]{0,16}$|\bas\s+for\s+(?:[\w-]+\s+){0,3}$", re.IGNORECASE
)


def approved_application(s: Site) -> str | None:
    """ "the ministry approved the applications", 对出口申请予以了批准: an application noun with an approval verb after it
    in its sentence states the approval (``approve``), not the filing."""
    if s.hit.trigger.action != "request" or s.act != "request" or not APPLICATION_NOUN.search(s.hit.text):
        return None
    # in the clause; in a later clause only when the application is a topic (只要是合规的出口申请,中国政府都予以了批准)
    reach = s.sent.span[1] if TOPIC.search(s.before(s.hit.start, 24)) else s.end
    approves = any(s.start <= a.start < reach and a.trigger.action == "approve" for a in s.sent.actions)
    return "approve" if approves else None


def approval_done(s: Site) -> bool:
    """Is the site's approval stated as done (予以了批准, "have been approved") rather than as a rule?"""
    return s.act == "approve" and bool(PERFECTIVE.search(s.text[s.start : s.sent.span[1]]))


ACTIONS: tuple[tuple[str, Callable[[Site], str | None]], ...] = (("approved_application", approved_application),)
