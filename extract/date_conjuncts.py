"""Which conjunct a day belongs to when one clause states several acts (pure, rule ``conjunct_adjunct``).

A clause stating several acts is cut into one segment per act, from the act's trigger to the next
act's.  Coordinated predicates each carry their own time adjunct, and an adjunct fronted in the
second conjunct stands between the coordinator and that conjunct's verb: "India in July banned
exports of white rice and on Friday imposed a 20% duty", "The ministry lifted the ban and, from
Monday, allowed exports", 印度7月禁止白米出口并于周一征收关税.  Cut at the trigger, the day would
date the first act (whose own time is "in July": the contract gives it no day) and leave the second
undated.  So when a day stands between the last coordinator and the next act's trigger, the
segments are cut at the coordinator: the day dates the act whose verb it precedes.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

# coordinators joining two predicates: and / but / then (also after a comma), 并 / 并于 / 同时 / 随后 / 而
_COORDINATOR = re.compile(
    r"(?:,\s*)?\b(?:and|but|then|and\s+then)\b|[,，]|并且?|而且?|同时|随后|然后",
    re.IGNORECASE,
)
# how far before the next act's trigger the coordinator may stand: a fronted adjunct, not a clause
_REACH = 40


def conjunct_cut(text: str, anchor: int, following: int, dates: Sequence[Any]) -> int:
    """``conjunct_adjunct``: where the segment of the act stated at ``anchor`` ends when the next act's
    trigger is at ``following``: at the last coordinator between them that a day follows before
    ``following`` (the second conjunct's fronted adjunct, also set off by commas: "and, on Monday,
    banned"), else at ``following``."""
    days = [d.start for d in dates if anchor < d.start and d.end <= following and d.date]
    cuts = [m for m in _COORDINATOR.finditer(text, anchor, following) if any(m.end() <= s for s in days)]
    if not cuts or following - cuts[-1].end() > _REACH:
        return following
    return cuts[-1].start()  # the last coordinator a day follows: ", and, on Monday, banned" cuts at "and,"


def act_segment(
    text: str, anchor: int, anchors: Sequence[int], clause: tuple[int, int], dates: Sequence[Any]
) -> tuple[int, int]:
    """The segment of the clause ``clause`` whose dates, items and numbers belong to the act at
    ``anchor``, among the acts at ``anchors`` (sorted): from the clause's start (the first act) or
    the cut after the act before it, to the cut before the next act or the clause's end."""
    start, end = clause
    earlier = [x for x in anchors if x < anchor]
    later = [x for x in anchors if x > anchor]
    lo = conjunct_cut(text, earlier[-1], anchor, dates) if earlier else start
    hi = conjunct_cut(text, anchor, later[0], dates) if later else end
    return min(lo, anchor), hi
