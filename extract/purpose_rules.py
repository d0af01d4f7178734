"""Actions named as a purpose or a cause pursued, not taken (pure; vetoes for :mod:`event_rules`).

Cases: ``tests/unit/test_purpose_rules.py``.

* :func:`purpose_infinitive` — "the aim of the new tariffs is to reduce dependence on
  imports", "in order to pressure both countries", "so as to lower duties": the verb
  after a purpose infinitive states what a measure is for, not an act;
* :func:`advocated_act` — "had pushed to lift the ban", "pressed for lifting the curbs",
  "lobbied to scrap the duty": someone argued for the act; pushing is not doing;
* :func:`pursued_removal` — "is seeking the removal of Chile's tariffs", "pushed for an
  end to the tariffs", "demanded the withdrawal of the controls": a
  nominalised act as the object of a verb of pursuit or demand is a goal, not an act of
  the measure's owner (the seeker's own application is a request, kept);
* :func:`deliberated_easing` — "is considering whether to lift the tariffs", 正考虑是否取消,
  正評估是否暫停: deliberating aloud about easing a measure is no act (cases:
  ``tests/unit/test_deliberation_forms.py``).
"""

from __future__ import annotations

import re
from typing import Any

_PURPOSE = re.compile(
    r"\b(?:in\s+order|so\s+as|(?:the|its|their|whose)\s+(?:aim|goal|purpose|objective|intention)\s+"
    r"(?:of\s+[^,.;]{1,60}?\s+)?(?:is|was|are|were|being))\s+(?:not\s+)?to\s+(?:\w+ly\s+)?$",
    re.IGNORECASE,
)
_ADVOCACY = re.compile(
    r"\b(?:push(?:ed|es|ing)?|press(?:ed|es|ing)?|lobb(?:y|ied|ies|ying)|campaign(?:ed|s|ing)?|"
    r"argu(?:ed|es|ing)|advocat(?:ed|es|ing))\s+(?:hard\s+|strongly\s+)?(?:to|for)\s+(?:\w+ly\s+)?$",
    re.IGNORECASE,
)


def _before_action(s: Any, width: int = 90) -> str:
    """The sentence text before the action word (or before a phrase naming both act and measure)."""
    at = s.action.start if s.action is not None else s.hit.start
    return s.text[max(s.sent.span[0], at - width) : at]


def purpose_infinitive(s: Any) -> bool:
    """ "the aim of the new tariffs is to reduce dependence on imports": a purpose, not an act."""
    return bool(_PURPOSE.search(_before_action(s)))


def advocated_act(s: Any) -> bool:
    """ "Merkel's government had previously pushed to lift the ban": advocacy of an act, not the act."""
    return bool(_ADVOCACY.search(_before_action(s, 40)))


# a verb of pursuit or demand, then a determiner and the nominalised act ("seeking the full removal of", "pushed for
# an end to"): its object is a goal ("pressed for lifting", a gerund, is advocated_act's).  (Chinese 寻求/争取 + a clause were left out: 寻求智利取消关税 is read as the seeker's request.)
_PURSUIT = re.compile(
    r"\b(?:seek(?:s|ing)?|sought|pursu(?:e|es|ed|ing)|demand(?:s|ed|ing)?|(?:push|press|lobby|lobbie|call|aim|"
    r"strive|strove|campaign|argue|work)(?:s|es|ed|ing)?\s+(?:for|toward|towards|at)|urg(?:e|es|ed|ing)\s+for)\s+"
    r"(?:the|an?|its|their|further)\s+(?:(?:full|complete|total|swift|quick|immediate|early|eventual)\s+)?$",
    re.IGNORECASE,
)


def pursued_removal(s: Any) -> bool:
    """ "Peru is seeking the removal of Chile's tariffs", "pushed for an end to the tariffs": the act named by a noun
    after a verb of pursuit is a goal, not an act (requests stay)."""
    return s.act != "request" and bool(_PURSUIT.search(_before_action(s, 40)))


# a verb of deliberation (or "whether", 是否) right before the easing: 正考虑是否取消, 考慮暫停, 正评估是否放宽, 权衡是否
# 延长, 决定是否; "is weighing whether to lift", "deliberating an extension of".  Not 考虑到 (a reason), nor a decision
# reached after the talk (讨论后决定取消); 决定 alone is a decision, only 决定是否 an open question.  Not a measure
# deliberated through 采取 / 实施 (正研究采取中止…减让等措施: suspending a concession is a new measure, a threat).
_DELIBERATION = re.compile(
    r"(?:考[虑慮](?!到)|评估|評估|权衡|權衡|斟酌|商[讨討]|[讨討]论|[讨討]論|(?:正在?|仍在|[还還]在)研究|[决決]定是否|是否)"
    r"(?:(?!后|後|[决決]定|宣布|随即|隨即|[采採]取|[实實]施|出台)[^,，。;；]){0,16}$"
    r"|\b(?:consider|weigh|mull|deliberat|debat|ponder|contemplat|discuss|assess|review)\w*\s+"
    r"(?:whether\s+(?:or\s+not\s+)?to\s+|(?:an?|the|its|their)\s+(?:possible\s+|potential\s+)?)?(?:\w+ly\s+)?$",
    re.IGNORECASE,
)
# the actions that ease, prolong or decide on an existing measure (not ``action_rules.EASING``, the verbs of a lower rate)
_EASING_ACTIONS = frozenset({"lift", "suspend", "extend", "approve", "reject"})


def deliberated_easing(s: Any) -> bool:
    """ "is considering whether to lift the tariffs", 正考虑是否取消关税, 正評估是否暫停: deliberating aloud about
    easing (or prolonging, approving) a measure is no act.  Unlike deliberating a new measure, which the labelling
    conventions read as a threat (aspect_classes.jsonl), the contract has no threatened easing: no event."""
    return s.act in _EASING_ACTIONS and bool(_DELIBERATION.search(_before_action(s, 30)))
