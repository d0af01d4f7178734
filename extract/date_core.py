"""The bare date expression the date patterns find (pure): :class:`Core`, shared by
``date_patterns.py`` and ``date_relative.py``."""

from __future__ import annotations

import calendar
import datetime as dt
from dataclasses import dataclass

DATE = dt.date


@dataclass(frozen=True)
class Core:
    """A bare date expression before cue words are attached."""

    start: int
    end: int
    cat: str  # day | month | year | duration
    day: DATE | None = None  # day; also the first day of a month
    last: DATE | None = None  # last day of a month
    days: int | None = None
    until: DATE | None = None
    now: bool = False  # "from now" / "即日": a window may start here
    fixed_kind: str | None = None  # kind set by the expression itself
    md: tuple[int, int] | None = None  # (month, day) when the year was inferred, not written
    weekday: bool = False  # a bare weekday ("on Friday", 周五): its week was inferred, not written


def month_core(start: int, end: int, year: int | None, month: int) -> Core | None:
    """A month as a core: its first and last day when its year is known, else no day."""
    if year is None or not 1900 <= year <= 2199:
        return Core(start, end, "month")
    last = calendar.monthrange(year, month)[1]
    return Core(start, end, "month", DATE(year, month, 1), DATE(year, month, last))
