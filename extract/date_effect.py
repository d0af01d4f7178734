"""Effective dates stated in a sentence of their own (pure, named rule, applied after merging).

``effect_sentence``: a body sentence that states no act of its own but when a measure takes effect
("The new rules will apply from Dec. 1.", "It will take effect on Dec. 1.", 该措施将于12月1日生效,
上述措施自12月1日起执行) gives that start date to the undated acts of current news in the nearest
sentence before it that states acts (at most two sentences back).  The contract dates an act by its
own day, "else its stated effective date": so the rule runs after every rule that finds an act's own
day (``news_days`` included) and fills only acts that still have none; a past, background or
subordinate act, or one with a time of its own ("in May"), takes nothing.
"""

from __future__ import annotations

import re
from typing import Any

from policykg.extract.date_clauses import is_news, redate
from policykg.extract.models import Event
from policykg.extract.sentences import split_sentences

_REACH = 2  # sentences back that the effect sentence may date

# a predicate of taking effect: "take(s) effect", "come(s) / enter(s) into force", "apply / applies",
# "be effective", "start(s) / begin(s)", "kick(s) in", "go(es) into effect"; 生效 / 施行 / 实施 / 执行 / 适用
_EFFECT = re.compile(
    r"\b(?:take[sn]?|taking|come[s]?|coming|enter[s]?|entering|go(?:es)?|going|kicks?)\s+(?:into\s+)?"
    r"(?:effect|force|in)\b|\b(?:apply|applies|applying|effective|start|starts|begin|begins)\b"
    r"|生效|施行|实施|执行|适用|實施|執行|適用",
    re.IGNORECASE,
)


def effect_sentence(events: tuple[Event, ...], text: str, dates: list[Any]) -> tuple[Event, ...]:
    """Date the undated acts of current news by the effective date a later sentence of no act of its
    own states for them (see the module docstring)."""
    title_end = text.find("\n") if "\n" in text else len(text)
    sentences = split_sentences(text, title_end + 1)
    out = list(events)
    for n, (lo, hi) in enumerate(sentences):
        if any(lo <= e.evidence_start < hi for e in out):
            continue
        day = effective_start(text, lo, hi, dates)
        if day is None:
            continue
        for plo, phi in reversed(sentences[max(0, n - _REACH) : n]):
            acts = [k for k, e in enumerate(out) if plo <= e.evidence_start < phi]
            if not acts:
                continue
            for k in acts:
                if out[k].date is None and is_news(text, out[k], dates):
                    out[k] = redate(out[k], day, "effect_sentence")
            break
    return tuple(out)


# a plan superseded or called off: "were originally set to take effect", "had been due to apply", 原定…生效
_SUPERSEDED = re.compile(
    r"\b(?:originally|initially|previously|had\s+been|was\s+to\s+have|were\s+to\s+have)\b|原定|原计划|原本|原先|原訂|原計劃",
    re.IGNORECASE,
)


def effective_start(text: str, lo: int, hi: int, dates: list[Any]) -> str | None:
    """The start date the sentence ``text[lo:hi]`` states with a predicate of taking effect
    ("will apply from Dec. 1", 自12月1日起施行), else None; none when the start was a plan since
    superseded ("which were originally set to take effect on Nov. 8", 原定11月8日起实施): that is
    the day of a measure now suspended or replaced, not of the act before it."""
    for d in dates:
        if lo <= d.start and d.end <= hi and d.kind == "start" and d.date and _EFFECT.search(text, lo, hi):
            return None if _SUPERSEDED.search(text, lo, d.start) else str(d.date)
    return None
