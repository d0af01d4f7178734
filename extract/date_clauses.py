"""Dates an act takes from another clause of its own sentence (pure; named rules applied by
:func:`policykg.extract.event_dates.fill_undated` to statements that have no date of their own).

``fronted_start``: a start date set off before the act's clause ("自2025年3月20日起,对……加征
100%关税", "Starting March 1, Peru will levy …") is the act's stated effective date, which the
contract takes when the act has no day of its own.
"""

from __future__ import annotations

import re
from typing import Any

# what may stand between a fronted start and the act's clause: the comma, a subject, a modal
_FRONTED_GAP = re.compile(r"\s*(?:零时|零点)?\s*(?:起|开始)?\s*[,，]\s*")
_CLAUSE_END = ',，:：;；"“”「」'  # the start opens its own clause ("…发布公告,自3月20日起,对…")


def fronted_start(text: str, cand: Any, dates: list[Any], claimed: list[tuple[int, int]]) -> Any | None:
    """The start date of the clause right before ``cand``'s own, set off by a comma and claimed by
    no other statement ("自2024年10月1日起,对中国电动汽车加征100%关税": 2024-10-01), else None."""
    lo = cand.sentence_span[0]
    before = [d for d in dates if lo <= d.start and d.end <= cand.start and d.date]
    if not before:
        return None
    d = before[-1]
    if d.kind not in ("start", "until") or any(a <= d.start < b for a, b in claimed):
        return None
    opens = not text[lo : d.start].strip() or text[lo : d.start].rstrip()[-1] in _CLAUSE_END
    return d if opens and _FRONTED_GAP.fullmatch(text, d.end, cand.start) else None
