"""``capital_metonymy``: a capital that is also a frequent venue stands for its government only as an actor.

Capitals rarely used as venues (Beijing, Tokyo, Seoul ...) are gazetteer rows. Those that host talks,
exchanges and datelines (Paris, London, Jakarta: ``data/venue_capitals.csv``) name the state only where
the sentence makes the city act: a possessive ("Jakarta's ban") or a verb right after it ("Paris
opposed", "London will"), and never after a locative preposition ("talks in Paris", "flights to
London") nor before another capitalised word ("London Metal Exchange"). Adding them as plain rows
raised false positives on both labelled splits (train fp +5, dev fp +4).
"""

from __future__ import annotations

import csv
import re
from functools import lru_cache
from importlib.resources import files

from policykg.extract.entity_rules import PRIO_RULE, Candidate

_LOCATIVE = re.compile(
    r"\b(?:in|at|to|from|near|via|outside|inside|around|across|into|through|of|visit|visits|visited|visiting)"
    r"[ \t]+$",
    re.IGNORECASE,
)
_ACTS_AFTER = re.compile(
    r"(?:['\u2019]s\b|[ \t]+(?:has|have|had|will|would|could|may|might|must|should|is|was|says|said|wants|"
    r"plans|hopes|insists|argues|opposes|imposes|bans|threatens|warns|rejects|[a-z]+ed)\b)"
)


@lru_cache(maxsize=1)
def venue_capitals() -> tuple[tuple[str, str], ...]:
    """``(capital, country id)`` rows of ``data/venue_capitals.csv`` (packaged data, read once)."""
    text = files("policykg.extract.data").joinpath("venue_capitals.csv").read_text(encoding="utf-8")
    return tuple((row["capital"], row["id"]) for row in csv.DictReader(text.splitlines()))


@lru_cache(maxsize=1)
def _capitals() -> tuple[re.Pattern, dict[str, str]]:
    """One pattern for every venue capital (longest first) and each capital's country: one pass per text."""
    rows = dict(venue_capitals())
    names = "|".join(re.escape(c) for c in sorted(rows, key=len, reverse=True))
    return re.compile(rf"(?<![\w-])(?:{names})(?![\w-])"), rows


def acts(text: str, start: int, end: int) -> bool:
    """Whether the name at ``start:end`` is an actor: a verb or possessive after it, no locative before it."""
    return bool(_ACTS_AFTER.match(text, end)) and not _LOCATIVE.search(text, max(0, start - 12), start)


def capital_candidates(text: str) -> list[Candidate]:
    """``capital_metonymy``: the venue capitals of ``text`` that act, as their states."""
    pattern, country = _capitals()
    return [
        Candidate(m.start(), m.end(), country[m.group()], PRIO_RULE)
        for m in pattern.finditer(text)
        if acts(text, m.start(), m.end())
    ]
