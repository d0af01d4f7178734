"""Event coreference by slots and anaphora: when two statements of one actor's act are one event (pure; used by
:mod:`merge`).

:func:`merge._same` merges statements that share a trigger concept, or refer back to an earlier statement.  Two
statements of the same actor, type and action may still name one act with two different nouns ("tightened export
restrictions on chipmaking equipment … imposed export controls on 23 types of chipmaking equipment"), or one may
name it by a definite measure noun whose clause mentions other goods ("The ban, issued by the mines minister, does
not cover lithium concentrates").  The labelling conventions keep one event per distinct measure and action, and
18% of labelled events repeat (type, action, actor) with another measure, so the rules here ask for positive
evidence of identity, never merge on the key alone.  Cases: ``tests/unit/test_event_coref.py`` and the invented
articles of ``tests/unit/test_coref_forms.py``.

* :func:`same_day_slots` — both statements date their act by a day written in their own clause, the same day, and
  name the same goods (one set a part of the other), or no goods and the same targets: one act told twice;
* :func:`demonstrative_anaphor` — a generic measure noun after a demonstrative ("these measures", "the aforementioned
  restrictions", 上述措施, 该禁令), or a notice in a sentence naming the measure so, is the measure stated before: the
  day of its clause is the day of its verb (a notice, a remark) and does not separate it;
* :func:`named_reference` — "Japan imposed export controls on July 4 … South Korea protested Japan's export controls
  on Friday", "South Korea will reopen its complaint over Japan's export curbs … In July last year, Japan tightened
  controls", 针对荷兰政府扩大…出口管制的决定表示不满: a measure named by its owner inside another party's statement takes
  that statement's day and tense, which do not make it another act (in either order);
* :func:`determined_measure` — "Laos halted imports of Thai seafood … officials said this import ban is temporary",
  该进口禁令, 這項出口管制: a measure noun of any kind after a demonstrative restates the act of the same key;
* :func:`definite_anaphor` — a sentence whose subject is a definite or demonstrative generic measure noun ("The
  ban", "These restrictions", "Beijing's curbs", 该禁令, 這項措施, 上述措施), not followed by goods of its own
  ("the ban on graphite"), refers to the act just stated: the goods of its predicate are no other measure.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from policykg.extract.restatement import GENERIC_CONCEPTS, own_day

if TYPE_CHECKING:
    from policykg.extract.merge import Candidate


def same_day_slots(m: Candidate, c: Candidate, text: str) -> bool:
    """ "Japan tightened export restrictions on chipmaking equipment on Friday. Japan on Friday imposed export
    controls on 23 types of chipmaking equipment": the same written day and compatible goods (or, with no goods,
    the same targets) make two statements of one act, whatever their nouns."""
    if not (m.date and m.date == c.date and own_day(m, text) and own_day(c, text)):
        return False
    if m.items or c.items:
        return bool(set(m.items) & set(c.items))
    return bool(m.targets) and set(m.targets) == set(c.targets)


# an owner's possessive before the measure noun, the words between it and the noun modifiers only, no office or body
# ("Japan's trade ministry imposed …" is the ministry's act): "Japan's export", "Japan's tightened export",
# "Washington's 25 percent", "the EU's"
_OWNER = re.compile(
    r"\b[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*)?['’]s\s+(?:(?!(?i:ministry|government|department|administration|office"
    r"|commission|council|cabinet|president|prime|minister|leader|authorities|officials?|agency|bureau|regulators?"
    r"|parliament|congress|court|customs|state|chief|secretary)\b)[\w%-]+\s+){0,3}$"
)
# the trigger is a measure noun (at most two modifiers before it): "export controls", "25 percent tariff"
_MEASURE_AT = re.compile(
    r"^(?:[\w%-]+\s+){0,2}(?:restrictions?|tariffs?|duties|controls?|curbs?|bans?|sanctions?|embargo(?:es)?|quotas?"
    r"|levies|measures?|rules?|limits?)\b",
    re.IGNORECASE,
)
# Chinese: the act as a relative clause on a noun of decision, the object of a reaction ("针对荷兰政府扩大…出口管制的决定
# 表示不满", "抗议美国对华加征关税的做法"), or the owner's measure after a verb of reaction (谴责美国的关税)
_ZH_REACTION = r"(?:针对|對於|对于|就|抗议|抗議|谴责|譴責|批评|批評|反对|反對|回应|回應|不满|不滿|关切|關切|质疑|質疑)"
_ZH_REFERENCE_LEAD = re.compile(_ZH_REACTION + r"[^，。；,;：:]{0,30}$")
_ZH_DECISION_AFTER = re.compile(r"^[^，。；,;：:]{0,24}?的(?:决定|決定|做法|举措|舉措|举动|舉動|行为|行為|政策)")
_ZH_OWNED_AFTER_REACTION = re.compile(
    r"(?:抗议|抗議|谴责|譴責|批评|批評|反对|反對|不满|不滿|关切|關切|质疑|質疑)[^，。；,;：:的]{1,12}的[^，。；,;：:的]{0,6}$"
)


def named_reference(c: Candidate, text: str) -> bool:
    """ "North Korea denounced Japan's export restrictions", "a complaint over Japan's tightened export controls",
    "the WTO ruled that Indonesia's export ban violates …", 针对荷兰政府扩大…出口管制的决定表示不满: the measure named by
    its owner inside another party's statement (a protest, a complaint, a ruling) is not stated as an act; its day
    and tense are the other verb's, so they do not make it another act than the one the article states."""
    if c.title or c.how != "explicit":
        return False
    lead = text[c.sentence_span[0] : c.anchor]
    hit = _OWNER.search(lead)
    if hit is not None and hit.start() > 0 and _MEASURE_AT.match(text[c.anchor : c.anchor + 60]):
        return True  # not the possessive subject opening its sentence ("Japan's controls took effect …")
    if _ZH_OWNED_AFTER_REACTION.search(lead):
        return True
    return bool(_ZH_REFERENCE_LEAD.search(lead) and _ZH_DECISION_AFTER.match(text[c.anchor : c.sentence_span[1]]))


# a definite or demonstrative determiner opening the sentence, an optional adjective, then a generic measure noun
_DEFINITE_SUBJECT = re.compile(
    r"^\W*(?:the|this|these|those|that|such|its|their|[A-Z][\w-]*['’]s)\s+(?:(?:new|latest|recent|same)\s+)?"
    r"(?:ban|bans|restrictions?|curbs?|measures?|controls?|rules?|embargo)\b(?!\s+(?:on|of|against|to|in|for)\b)"
    r"|^\W*(?:该|此|这|這|上述|相关|相關)(?:一|项|項|些)?(?:禁令|措施|限制|管制|管制措施|限制措施|禁止措施)",
    re.IGNORECASE,
)


# a demonstrative right before the generic measure noun anywhere in the sentence: "implement these measures",
# "the aforementioned restrictions", 执意实施上述措施, 该禁令
_DEMONSTRATIVE = re.compile(
    r"\b(?:these|those|such|the\s+(?:aforementioned|above|said))\s+(?:new\s+)?$"
    r"|(?:上述|该|此|这些|這些|该项|這項|这项|此项)\s*$",
    re.IGNORECASE,
)


# ... or in its sentence, the measure named by a demonstrative, whose document the generic noun is: "insisted on these
# measures and issued a notice on October 3", 执意实施上述措施,并于10月3日发布公告, 发布公告,明确上述管制的具体要求
_DEMONSTRATIVE_NOUN = re.compile(
    r"\b(?:these|those|the\s+(?:aforementioned|above))\s+(?:measures|restrictions|curbs|rules|controls)\b"
    r"|(?:上述|这些|這些)(?:措施|限制|管制|规定|规则|禁令)",
    re.IGNORECASE,
)


def demonstrative_anaphor(c: Candidate, text: str) -> bool:
    """ "insisted on implementing the aforementioned measures and issued a notice on October 3", 执意实施上述措施,
    并于10月3日发布公告: a generic measure noun after a demonstrative is the measure stated before; the day of its
    clause is the day of its verb (a notice, a speech), not another act's."""
    if c.title or not c.concepts <= GENERIC_CONCEPTS:
        return False
    if _DEMONSTRATIVE.search(text[max(c.sentence_span[0], c.anchor - 20) : c.anchor]):
        return True
    return bool(_DEMONSTRATIVE_NOUN.search(text[c.sentence_span[0] : c.sentence_span[1]]))


# a demonstrative right before the measure noun, whatever kind of measure it names: "this export ban", "these import
# curbs", "that tariff", 该进口禁令, 這項出口管制, 此项关税, 这一禁令
_DETERMINER = re.compile(
    r"\b(?:this|these|those|that|such|the\s+(?:aforementioned|above|said))\s+(?:new\s+)?$"
    r"|(?:上述|该|該|此|这|這)(?:一|项|項|些|个|個)?\s*$",
    re.IGNORECASE,
)
_ZH_MEASURE_AT = re.compile(
    r"^(?:进口|出口|進口|出口|贸易|貿易|反倾销|反傾銷)?(?:禁令|措施|限制|管制|关税|關稅|制裁|禁止)"
)


def determined_measure(c: Candidate, text: str) -> bool:
    """ "Laos halted imports of Thai seafood … officials said this import ban is temporary", 老挝当局表示该进口禁令…,
    這項出口管制…: a measure noun after a demonstrative names the measure stated before, whatever noun the act was
    first stated with; it restates that act when its goods do not differ."""
    if c.title or not _DETERMINER.search(text[max(c.sentence_span[0], c.anchor - 24) : c.anchor]):
        return False
    at = text[c.anchor : c.anchor + 60]
    return bool(_MEASURE_AT.match(at) or _ZH_MEASURE_AT.match(at))


def definite_anaphor(c: Candidate, text: str) -> bool:
    """ "The ban, issued by the mines minister, does not cover lithium concentrates", "These restrictions will hurt
    chipmakers", 该禁令立即生效, 上述措施将于12月1日起实施: a generic measure noun with a definite or demonstrative
    determiner as the subject of its sentence, without goods of its own after it, refers to the act stated before."""
    if c.title or not c.concepts <= GENERIC_CONCEPTS:
        return False
    hit = _DEFINITE_SUBJECT.match(text[c.sentence_span[0] : c.sentence_span[1]])
    return hit is not None and c.sentence_span[0] <= c.anchor < c.sentence_span[0] + hit.end()
