"""Actors named by description: "The government has banned …", "the Centre imposed …", 政府决定… (pure).

Local and regional news names the doer of a measure by what it is, not by its name: "the government", "the
federal government", "the Centre", "the cabinet", "the authorities", "officials", "the regulator", 政府, 当局,
内阁, 有关部门.  Where the article gives such a statement no actor otherwise (no explicit actor before it, no
previous subject, no headline state: the candidate would die in :func:`policykg.extract.merge.finish`), these
rules name the state the description stands for (the cases are in ``tests/unit/test_described_forms.py``):

* :func:`description_subject` — a government description as the clause's subject ("The government has
  extended …", "To curb prices, the Centre imposed …", 政府决定…), as the passive's agent ("adopted by the
  Government") or as the speaker of a trailing attribution (", the government announced Friday");
* :func:`described_state` — the state it stands for: the outlet's home state when the article names it (a
  national paper writes "the government" for its own), else the state the article names most; never the
  statement's own target, never a firm or a news agency (only states are ranked).

The candidate's trace says how (``how=described``) so the learned re-scorer can weigh it.  An agentless passive
("exports were banned from Monday") taking the same state was tried and measured no change on train or dev
(issue 11, xactor11): such statements nearly always have an actor to inherit already.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence

# a government body named by what it is, in English; not "the government of Kenya" (its state is named), not
# "the Centre for Policy Studies" (a name)
_EN_BODY = (
    r"(?:(?:federal|central|national|union|state|provincial|interim|new|incoming|current|caretaker)\s+)?"
    r"(?:government|govt|gov't|administration|authorities|cabinet|council\s+of\s+ministers|ministry|regulator|"
    r"(?:trade|tariff|customs|competition)\s+regulator|officials)"
    r"(?!\s+(?:of|for|in|at|from)\b)"
)
# the body opening the clause, after an optional fronted adjunct ("To curb prices, ", "On Monday, ", "In August 2023,
# "), then only auxiliaries, adverbs and a time phrase before the verb
_EN_SUBJECT = re.compile(
    rf"^\W*(?:[^,;]{{0,80}},\s+)?(?:the\s+|The\s+)(?:{_EN_BODY})\b|^\W*(?:Centre|Govt|Government|Cabinet|Officials|Authorities)\b",
    re.IGNORECASE,
)
_EN_AGENT = re.compile(rf"^[^,;.]{{0,30}}?\bby\s+the\s+{_EN_BODY}\b", re.IGNORECASE)
_EN_SPEAKER = re.compile(
    rf"^[^;.]{{0,200}}?,\s+(?:the\s+)?{_EN_BODY}\s+(?:said|says|announced|stated|confirmed|added|declared)\b",
    re.IGNORECASE,
)
# 政府, 联邦政府, 当局, 内阁, 有关部门, 该国: the clause's subject after an optional time phrase (昨日, 6月1日, 周一), a
# bracketed dateline ((吉隆坡2日讯)随着内阁…) or a connective (早前政府…)
_ZH_BODY = r"(?:联邦|中央|国家|州)?(?:政府|当局|内阁)|(?:有关|相关|主管)部门|该国(?:政府)?"
_ZH_SUBJECT = re.compile(
    rf"^[\W\d]*(?:[^，,。；;]{{0,12}}[日月年天周][一二三四五六日天]?\s*[，,]?)?(?:{_ZH_BODY})"
    rf"|(?:^|[，,、；;：:])[^，,。；;]{{0,6}}?(?<![\u4e00-\u9fff])(?:{_ZH_BODY})"
    rf"|(?:^|[，,；;)）])(?:早前|此前|目前|随着?|随著)?(?:{_ZH_BODY})"
)


def description_subject(text: str, start: int, anchor: int, anchor_end: int, end: int) -> bool:
    """Does the clause ``[start, end)`` name its act's doer by description: "The government has extended the ban",
    "To curb prices, the Centre imposed …", 政府决定…, "adopted by the Government", ", the cabinet said"?"""
    head = text[start:anchor]
    if _EN_SUBJECT.match(head) or _ZH_SUBJECT.search(head):
        return True
    tail = text[anchor_end:end]
    return bool(_EN_AGENT.match(tail) or _EN_SPEAKER.match(tail))


def described_state(home: str | None, states: Counter, targets: Sequence[str]) -> list[str]:
    """The state a description stands for when the text names none before it: the outlet's home state when the
    article names that state (as ``entity_context.resolve_ministries`` reads a bare national body), else the state
    the article names most (a paper's report on a foreign government); never one of the statement's targets."""
    first = [home] if home and states[home] else []
    ranked = [*first, *(s for s, _ in states.most_common())]
    return [s for s in ranked if s not in targets][:1]


def described_actor(
    text: str,
    clause: tuple[int, int],
    anchor: tuple[int, int],
    context: tuple[str | None, Counter, Sequence[str]],
) -> tuple[list[str], str] | None:
    """The actor of an actorless statement whose doer is a described government body (trace ``how=described``),
    with ``context`` = (home state, state counts, the statement's targets); None when the clause names no body."""
    if not description_subject(text, clause[0], anchor[0], anchor[1], clause[1]):
        return None
    home, states, targets = context
    state = described_state(home, states, targets)
    return (state, "described") if state else None
