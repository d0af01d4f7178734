"""The first named action rules: scope, prolonging, threats, temporary cuts, adoption (pure).

Each rule sees a :class:`policykg.extract.event_rules.Site` (typed ``Any``: no
import cycle) and returns a new action, :data:`DROP` (the statement is no act) or
None (keep the action); ``event_rules.ACTIONS`` runs them first, in order, before
the rule families of the other ``*_rules`` modules.  They read argument
structure and aspect, never an article's wording: widening a measure's scope is
``impose`` ("extends its blacklist to subsidiaries"), prolonging a pause is
``extend``, "threatened to impose" is ``threaten``, a cut for a stated time is
``suspend``, approving or proposing a measure adopts or plans it.  Cases in
``tests/unit/test_event_rules.py`` and the tests of the rules' later neighbours.
"""

from __future__ import annotations

import re
from typing import Any

from policykg.extract import event_cues as cues
from policykg.extract import refusal_rules

DROP = "drop"  # as event_rules.DROP: the statement is no act


def wider_scope(s: Any) -> str | None:
    """ "extends its export blacklist to subsidiaries": a wider scope is ``impose``, not a longer time."""
    a = s.action
    if s.act == "extend" and a is not None and cues.SCOPE_TO.match(s.after(a.end, 60)):
        return "impose"
    return None


def prolonged_suspension(s: Any) -> str | None:
    """ "extended the suspension of the tariffs", "extended until March the reduction of the tax", 延长暂停:
    prolonging a pause is ``extend`` (a time adjunct may stand before the heavy object)."""
    if s.act not in ("suspend", "lift") or s.background:  # a cut ("reduction to zero") is a pause: eased_tariff
        return None
    anchors = {(s.action or s.hit).start, s.hit.start}  # the relief word, or the measure noun it names
    if any(PROLONG.search(s.text[max(s.start, at - 60) : at]) for at in anchors):
        return "extend"
    # the pause itself as subject: "the pause … was extended", 暂停措施延长90天 (not a lift: another clause's verb)
    after = max((s.action or s.hit).end, s.hit.end)
    return "extend" if s.act == "suspend" and PROLONGED_AFTER.match(s.text, after, s.end) else None


PROLONG = re.compile(
    r"\b(?:extend\w*|prolong\w*|renew\w*|roll\w*\s+over),?\s+(?:(?:until|till|through|for|by)\s+(?:[\w-]+,?\s+){1,5})?"
    r"(?:(?:the|a|an|its|their)\s+)?(?:[\w-]+\s+){0,3}$"
    r"|(?:延长|延续|继续)[^,，。;；]{0,6}$",
    re.IGNORECASE,
)


PROLONGED_AFTER = re.compile(
    r"(?:\s+(?!and\b|but\b|while\b|which\b|that\b)[\w'’-]+){0,7}?\s+(?:was|were|is|are|has\s+been|have\s+been|"
    r"had\s+been|will\s+be)\s+(?:\w+\s+)?"
    r"(?:extended|prolonged|renewed)\b|(?:的)?(?:期限|有效期|期|措施|安排)?\s*(?:再)?(?:延长|延期|展期)",
    re.IGNORECASE,
)


def threatened_to(s: Any) -> str | None:
    """ "threatened to impose sanctions": the act is threatened."""
    a = s.action
    if (
        a is not None
        and not s.background
        and any(x.trigger.action == "threaten" and 0 <= a.start - x.end < 30 for x in s.sent.actions)
    ):
        return "threaten"
    return None


def conditional_measure(s: Any) -> str | None:
    """ "would sign an order imposing a 25% tariff ... until the two countries stop ...": a threat."""
    a = s.action
    if (
        s.act == "impose"
        and a is not None
        and cues.CONDITIONAL.search(s.text[s.start : a.start])
        and cues.CONDITION.search(s.text[max(s.hit.end, a.end) : s.end])
    ):
        return "threaten"
    return None


def temporary_cut(s: Any) -> str | None:
    """ "lower the tariff from 145% to 30% … for an initial 90 days": a temporary cut is ``suspend``."""
    a = s.action
    if s.act == "lift" and a is not None and cues.REDUCE.search(a.text) and s.finder._temporary(s.sent, s.prev):
        return "suspend"
    return None


def adopted_measure(s: Any) -> str | None:
    """ "the Senate approved tariffs", 提议加征关税: approving or proposing a measure adopts or plans it
    (``impose``); a rejected measure is no act.  Licences and applications keep approve/reject/request."""
    if (
        s.act in ("approve", "reject", "request")
        and s.hit.trigger.action not in ("request", "approve")  # "were approved to export": a licensing act
        and not cues.REQUESTED.search(s.text[s.start : s.end])
        and not refusal_rules.refused_advice(s)  # "rejected the recommendations … for duties": a refusal
        and not (s.act == "request" and s.ev_type == "EXPORT_CONTROL")
    ):
        return DROP if s.act == "reject" else "impose"
    return None
