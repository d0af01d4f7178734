"""Named vetoes for measures said to continue or to be still in force (pure; see :mod:`event_rules`).

Issue 11, event precision.  The labelling conventions count no event for a
measure "only named, or said to remain".  :func:`stance_rules.still_in_place`
reads "remain paused", "stay in place" and "already under"; this module reads
the other forms of the same aspect, in English and Chinese:

* a continuation marker before the act's verb: "continues to ban", "still
  bans", "kept on restricting" (:func:`continued_measure`; English only, see
  ``_CONTINUING_BEFORE``);
* a verb of keeping before the measure noun: "maintains its ban", "kept the
  tariffs", 维持…禁令, 保持…关税 (:func:`kept_measure`);
* a state of validity after it: "is still in force", 仍然有效, 继续生效
  (:func:`still_in_force`);
* a marker of the present state before the act's verb: "currently imposes",
  现行…课征, 目前对…征收的关税 (:func:`current_regime`; issue 11, engineer xfp8).

A continuation with a new window ("will keep its ban in place until the end of
the year", 继续…至12月31日, "from April 1") is an ``extend`` the labels count, so a
window end or a start in the clause keeps the statement.  Only ``impose``
statements are read: "continued to suspend" is the suspension's own act
(``continued_suspension``).

Each rule is a predicate over a :class:`policykg.extract.event_rules.Site`
(typed ``Any``: no import cycle) registered by name in ``event_rules.VETOES``;
cases in ``tests/unit/test_continuing_rules.py``.
"""

from __future__ import annotations

import re
from typing import Any

# the aspect marker right before the act's verb: "continues to ban", "still bans".  Chinese aspect markers
# (持续禁止, 仍禁止) were tried and dropped: train fp -2, dev tp -1; 继续 also opens decisions (决定继续征收).
_CONTINUING_BEFORE = re.compile(
    r"\b(?:continu(?:e|es|ed|ing)\s+to|(?:is|are|was|were)\s+still|still|kept\s+on|keeps?\s+on)\s+"
    r"(?:(?:be|being)\s+)?(?:\w+ly\s+)?$",
    re.IGNORECASE,
)
# a verb of keeping before the measure noun: "maintains its ban", 维持…的禁令 (not "retain", 保留: 保留…的权利
# reserves the right to act, a threat)
_KEEPING_BEFORE = re.compile(
    r"\b(?:maintain(?:s|ed|ing)?|keep(?:s|ing)?|kept)\s+(?:[\w'’%.-]+\s+){0,6}$"
    r"|(?:维持|維持|保持)[^,，。;；]{0,20}$",
    re.IGNORECASE,
)
# a state of validity after the measure noun: "is still in force", 仍然有效
_IN_FORCE_AFTER = re.compile(
    r"^[^,;:.]{0,60}?\b(?:is|are|was|were)\s+still\s+(?:in\s+(?:place|force|effect)|effective|valid|applied)\b"
    r"|^[^,，。;；]{0,20}?(?:仍然|仍|依然|继续|繼續|持续|持續)(?:有效|生效|适用|適用|实施|實施|执行|執行)",
    re.IGNORECASE,
)
# a window or a start in the clause: the continuation is an extension (an act the labels count)
_WINDOW = re.compile(
    r"\b(?:until|till|through|to\s+the\s+end\s+of|for\s+(?:another|a\s+further|an\s+additional)|from|starting|"
    r"as\s+of|beginning|effective|extend\w*|prolong\w*)\b"
    r"|至|到\d|为止|為止|延长|延長|延至|起|期限",
    re.IGNORECASE,
)


def _windowed(s: Any) -> bool:
    return bool(_WINDOW.search(s.text[s.start : s.end]))


def _verb_lead(s: Any) -> str:
    """The clause text before the act's verb (its measure noun when the statement has no action word)."""
    at = s.hit.start if s.action is None else s.action.start
    return s.text[max(s.start, at - 40) : at]


# a verb of change: "continues to tighten", "still expanding" state new steps, each an act
_CHANGE_VERB = re.compile(r"^(?:tighten|strengthen|expand|widen|step|escalat|increas|rais|extend|broaden|add)", re.I)
# the continuation is the object of a review or a decision: "whether to continue the duties", "the need for"
_QUESTIONED = re.compile(r"\bwhether\b|\bneed\s+for\b|\bnecessity\b", re.IGNORECASE)


def continued_measure(s: Any) -> bool:
    """ "continues to ban exports to Russia", "Chile still bans imports": an act said to go on, with no new
    window, states a measure in place, not an act ("continues to tighten" states new steps)."""
    if s.act != "impose" or _windowed(s):
        return False
    if s.action is not None and _CHANGE_VERB.match(s.action.text):
        return False
    if _QUESTIONED.search(s.text[s.start : s.end]):
        return False  # "a review of whether to continue the duties": the question is the review's, an act
    return bool(_CONTINUING_BEFORE.search(_verb_lead(s)))


def kept_measure(s: Any) -> bool:
    """ "the government maintains its ban on copper exports", 香港维持对秘鲁水产品的进口禁令: a measure kept as
    it is, with no new window, is no act (a window makes it an ``extend``)."""
    if s.act != "impose" or _windowed(s):
        return False
    first = s.hit if s.action is None else min(s.hit, s.action, key=lambda h: h.start)
    return bool(_KEEPING_BEFORE.search(s.text[max(s.start, first.start - 40) : first.start]))


def still_in_force(s: Any) -> bool:
    """ "Peru's ban on Chilean wine is still in force", 该禁令仍然有效: a measure's validity stated, no act."""
    if s.act != "impose" or _windowed(s):
        return False
    return bool(_IN_FORCE_AFTER.match(s.text[s.hit.end : s.end]))


# the present state right before the act's verb: "currently imposes", 现行我国课征, 目前对…征收的 (not a completed or
# coming act, 目前…已宣布 / 目前…将, nor one in progress, 目前正在, nor a decision announced now, 目前决定)
_CURRENT_BEFORE = re.compile(
    r"\bcurrently\s+(?:[\w-]+\s+)?$|(?:现行|現行|目前|当前|當前|现时|現時)"
    r"(?:(?!已|将|將|正|决定|決定|宣布|公布|发布|發布)[^,，。;；:：]){0,12}$",
    re.IGNORECASE,
)


def current_regime(s: Any) -> bool:
    """ "The US currently imposes tariffs of 25% on steel", 现行我国课征反倾销税共十三案, 目前美国对中国钢材征收的关税为25%:
    the measure as it stands now, with no day and no window, is a regime described, not an act (目前…已宣布 is)."""
    if s.act != "impose" or _windowed(s) or s.finder._dates(s.start, s.end):
        return False
    return bool(_CURRENT_BEFORE.search(_verb_lead(s)))
