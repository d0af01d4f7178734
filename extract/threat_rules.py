"""Named rules for threats and vows: when a threat stands although its clause is hedged.

The contract reads "threatened", "vowed", "will impose unless…" as ``threaten``.
A threat named by a possessed noun ("his threat to raise tariffs", "Trump's
threats to levy duties") is presupposed, as every definite description is: in
"China will retaliate if Trump proceeds with his threat to raise tariffs" the
condition hedges China's response, not the fact that Trump threatened.

Modality makes an act a threat too: readiness announced ("would be prepared to cut
off exports", :func:`readiness_threat`) and a future act stated with its condition
after it ("will impose a quota if no deal is reached", :func:`conditioned_act`);
their "would" / "prepared" / "if" is the threat's frame, not a hedge
(:func:`threat_frame`).

Each rule is a pure function of a :class:`~policykg.extract.event_rules.Site`;
the cases are in ``tests/unit/test_threat_rules.py``.
"""

from __future__ import annotations

import re
from itertools import pairwise
from typing import TYPE_CHECKING

from policykg.extract import roles

if TYPE_CHECKING:
    from policykg.extract.event_rules import Site
    from policykg.extract.triggers import Hit

# a possessive determiner or a possessive 's right before the noun: "his threat", "Trump's renewed threats"
POSSESSED = re.compile(r"(?:\b(?:his|her|its|their)|\w['’]s)\s+(?:[\w-]+\s+)?$", re.IGNORECASE)
THREAT_NOUN = re.compile(r"^threats?$", re.IGNORECASE)


def presupposed_threat(s: Site, act: str | None) -> bool:
    """ "if Trump proceeds with his threat to raise tariffs": a possessed threat noun states that the threat was
    made, so a conditional or modal hedge of its clause does not undo it."""
    a = s.action
    if act != "threaten" or a is None:
        return False
    words = [x for x in s.sent.actions if x.trigger.action == "threaten" and x.start <= a.start]
    noun = words[-1] if words else a
    return bool(THREAT_NOUN.match(noun.text)) and bool(
        POSSESSED.search(s.text[max(s.start, noun.start - 40) : noun.start])
    )


def vow_speakers(s: Site) -> list[str] | None:
    """ "商务部发表声明,谴责美方霸凌,坚决反制": a vow in a clause of its own, with no subject, is the speaker's (the
    subject of the sentence's first clause), not the party condemned in the clause between; None when the vow's
    clause names its subject, or the site is no vow."""
    if s.hit.trigger.id != "countermeasure_vow" or s.sent.lang != "zh" or not s.sent.clauses:
        return None
    ents, ms = s.finder.entities, s.finder.mentions
    if roles.subjects(s.text, ms, s.start, s.hit.start, ents):
        return None
    first = s.sent.clauses[0]
    if first[0] >= s.start:
        return None
    return roles.subjects(s.text, ms, first[0], first[1], ents) or None


def conditional_speakers(s: Site) -> list[str] | None:
    """ "Unless Chile drops its levies, Peru would …", 日本表示，除非越南削减出口，否则将…: the consequent of a
    fronted condition is its own subject's act, or, with no subject (Chinese), the speaker's (the subject before the
    condition), never the party the condition names; None when no condition is fronted."""
    a = s.action if s.action is not None and s.action.start < s.hit.start else s.hit
    lo = s.sent.span[0]
    fronted = CONDITION_BEFORE_ZH if s.sent.lang == "zh" else CONDITION_BEFORE
    cond = fronted.search(s.text[lo : a.start])  # (sliced: "^" is the sentence start)
    if cond is None:
        return None
    ents, ms = s.finder.entities, s.finder.mentions
    comma = max(s.text.rfind("，", lo, a.start), s.text.rfind(",", lo, a.start))
    own = roles.subjects(s.text, ms, comma + 1, a.start, ents)
    return own or roles.subjects(s.text, ms, lo, lo + cond.start(), ents) or None


# --- modality: a readiness or a condition makes the act a threat --------------------------------

# "would be prepared to cut off", "stands ready to impose", "is willing to retaliate with": the frame right before
# the act verb
READY = re.compile(
    r"\b(?:is|are|was|were|be|been|stands?|stood|remains?)\s+(?:\w+\s+)?(?:prepared|ready|willing)\s+to\s+"
    r"(?:[\w-]+\s+)?$",
    re.IGNORECASE,
)
# a future or modal verb before the act ("will impose", "would slap"), not a past or a reported done act
FUTURE = re.compile(r"\b(?:will|would|shall)\s+(?:(?:also|then|immediately|swiftly|now)\s+)?$|['’]ll\s+$", re.I)
# the condition stated after the measure: "… if a deal can't be reached", "… unless Mexico stops …"
CONDITION_AFTER = re.compile(r"[^;:]{0,90}?\b(?:if|unless|should\s+\w+\s+(?:fail|refuse|not))\b", re.IGNORECASE)


FUTURE_ZH = re.compile(r"(?:将|会|将会)[^,，。;；将会]{0,10}$")
CONDITION_AFTER_ZH = re.compile(r"[^。;；]{0,40}?(?:若|如果|倘若|假如|一旦|除非)")
# the condition fronted in a clause of its own before the act: "If the talks fail, Peru will impose", "Unless
# Chile drops its levies, Peru would …", 若谈判破裂，将…, 除非…，否则将…; not a bare participle ("if approved", a
# proposal's own step), and the act in the very next clause
CONDITION_BEFORE = re.compile(
    r"(?:^|[^\w])(?:if|unless)\s+(?!(?:approved|passed|adopted|confirmed|enacted|needed|necessary)\b)"
    r"[^,;:.]{3,90},\s*(?:[^,;:.]{0,60})$",
    re.IGNORECASE,
)
CONDITION_BEFORE_ZH = re.compile(r"(?:若|如果|倘若|假如|一旦|除非)[^。;；，,]{2,40}[，,](?:否则)?[^。;；，,]{0,20}$")


def readiness_threat(s: Site) -> str | None:
    """ "Ontario would be prepared to cut off electricity exports", "stands ready to impose tariffs": readiness to
    act is announced as leverage, a ``threaten`` (the contract: "vowed", "will impose unless…")."""
    verb = s.hit if s.action is None or s.action.start > s.hit.start else s.action  # "cut off exports": the phrase
    if s.act in ("threaten", "request") or s.background:
        return None
    return "threaten" if READY.search(s.before(verb.start, 60)) else None


def conditioned_act(s: Site) -> str | None:
    """ "Canada will impose a quota on US steel if a trade deal can't be reached by July 21", "would impose
    tariffs unless Mexico stops …", "If the talks fail, Peru will impose …", 若谈判破裂，将…: a future act stated
    with its condition (after it, or fronted in the clause before) is a ``threaten`` (the contract: "will impose
    unless…"); a done act ("imposed tariffs if …") keeps its action."""
    a = s.action
    if a is None or s.act != "impose" or s.background or a.start > s.hit.start:
        return None
    if s.sent.lang == "zh":  # 中国将对美国加征关税,若美方坚持: 将 / 会 before the act, 若 / 如果 / 除非 after it
        future, condition, fronted = FUTURE_ZH.search(s.before(a.start, 12)), CONDITION_AFTER_ZH, CONDITION_BEFORE_ZH
    else:
        future, condition, fronted = FUTURE.search(s.before(a.start, 24)), CONDITION_AFTER, CONDITION_BEFORE
    if not future:
        return None
    before = s.text[s.sent.span[0] : a.start]
    return "threaten" if condition.match(s.text, s.hit.end, s.sent.span[1]) or fronted.search(before) else None


# a time adjunct between a threat verb and "that": "warned on Monday that", "warned again that"
_WHEN = r"(?:(?:on|last|this|late|early)\s+\w+\s+|(?:yesterday|today|again|repeatedly|publicly)\s+)?"
# between a threat verb and the act: "warned (that) it would", "vowed Beijing would", "threatened that they could"
WARNED_FUTURE = re.compile(
    rf"^\s+{_WHEN}"
    r"(?:that\s+)?(?:[\w'’-]+\s+){1,3}(?:would|will|could|shall)\s+(?:(?:also|then|soon|swiftly)\s+)?$",
    re.I,
)


def warned_future(s: Site) -> bool:
    """ "warned it would impose tariffs", "vowed that Beijing would retaliate with duties": a threat verb reports
    a future act; the reported "would" is the threat's own frame (backshifted "will"), not a hedge."""
    if s.sent.lang != "en":
        return False
    words = sorted(s.sent.actions, key=lambda x: x.start)
    return (
        any(
            x.trigger.action == "threaten" and y.start <= s.hit.start and WARNED_FUTURE.match(s.text[x.end : y.start])
            for x, y in pairwise(words)
        )
        or _warned_event(s, words)
        or _warned_face(s)
    )


def _warned_event(s: Site, words: list[Hit]) -> bool:
    """ "warned it would restrict rare earth exports": the reported act is an event phrase (its verb is inside
    the phrase, no action word of its own), right after the threat verb."""
    before = [x for x in words if x.end <= s.hit.start]
    if s.hit.trigger.kind != "event" or not before or before[-1].trigger.action != "threaten":
        return False
    return bool(WARNED_FUTURE.match(s.text[before[-1].end : s.hit.start]))


# between the threat verb and the measure: "warned (on Monday) that Vietnam could face"
WARNED_FACE = re.compile(
    rf"^\s+{_WHEN}(?:that\s+)?"
    r"(?:[\w'’-]+\s+){1,3}(?:could|would|will|may)\s+face\s+(?:(?:a|an|the|new|further|higher|[\d.]+%)\s+){0,3}$",
    re.IGNORECASE,
)


def _warned_face(s: Site) -> bool:
    """ "warned that Vietnam could face tariffs": the warner's threat; its "could" is the threat's frame."""
    a = s.action
    if a is None or a.trigger.action != "threaten" or a.end > s.hit.start:
        return False
    return bool(WARNED_FACE.match(s.text[a.end : s.hit.start]))


def threat_frame(s: Site, act: str | None) -> bool:
    """Is the hedge of the clause ("would", "prepared", "if …", "warned it would") the very frame that makes
    the act a threat?"""
    return act == "threaten" and (readiness_threat(s) is not None or conditioned_act(s) is not None or warned_future(s))
