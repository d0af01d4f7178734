"""Dates as the event finder uses them (pure): the date finder's mentions, plus
Chinese day-only dates (商务部3日发布公告), minus dates of a legal basis
("根据2025年4月8日第14259号行政令", "under the order of April 2")."""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

_BASIS = re.compile(
    r"(?:根据|按照|依据|依照)[^,，。;；]*?(?:的|对)|\b(?:under|pursuant to)\s+(?:the\s+)?"
    r"(?:executive\s+orders?|orders?|decrees?)\b[^,;.]*",
    re.IGNORECASE,
)
_DAY_ONLY = re.compile(r"(?<![\d月年])([1-3]?\d)日")


class DayOnly:
    """A day-of-month date ("商务部3日发布公告") that the date finder leaves out;
    自16日起 is the start of a measure, not the day of the act."""

    kind = "point"
    until = None
    days = None

    def __init__(self, start: int, end: int, text: str, date: str, kind: str = "point"):
        self.start, self.end, self.text, self.date, self.kind = start, end, text, date, kind


def day_only(text: str, dates: list[Any], published: dt.date | None) -> list[Any]:
    """Add Chinese day-only dates (3日 = the 3rd of the publication month, or of the month before)."""
    if published is None or "日" not in text:
        return dates
    extra = []
    for m in _DAY_ONLY.finditer(text):
        day = int(m.group(1))
        if not 1 <= day <= 31 or any(d.start <= m.start() < d.end for d in dates):
            continue
        year, month = published.year, published.month
        if day > published.day:
            year, month = (year, month - 1) if month > 1 else (year - 1, 12)
        try:
            kind = "start" if re.match(r"\s*(?:零时|零点)?\s*起", text[m.end() : m.end() + 4]) else "point"
            extra.append(DayOnly(m.start(), m.end(), m.group(), dt.date(year, month, day).isoformat(), kind))
        except ValueError:
            continue
    return sorted(dates + extra, key=lambda d: d.start) if extra else dates


def usable_dates(text: str, dates: list[Any], published: dt.date | None) -> list[Any]:
    """The date mentions an event may take its date from."""
    dates = day_only(text, list(dates), published)
    basis = [(m.start(), m.end()) for m in _BASIS.finditer(text)]
    if basis:  # "根据2025年4月8日第14259号行政令": the date of the legal basis, not of the act
        dates = [d for d in dates if not any(a <= d.start < b for a, b in basis)]
    return dates
