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
from pathlib import Path

from policykg.extract.entity_rules import PRIO_RULE, Candidate

_DATA = Path(__file__).resolve().parent / "data" / "venue_capitals.csv"

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
    """``(capital, country id)`` rows of ``data/venue_capitals.csv``."""
    with _DATA.open(encoding="utf-8") as fh:
        return tuple((row["capital"], row["id"]) for row in csv.DictReader(fh))


def acts(text: str, start: int, end: int) -> bool:
    """Whether the name at ``start:end`` is an actor: a verb or possessive after it, no locative before it."""
    return bool(_ACTS_AFTER.match(text, end)) and not _LOCATIVE.search(text, max(0, start - 12), start)


def capital_candidates(text: str) -> list[Candidate]:
    """``capital_metonymy``: the venue capitals of ``text`` that act, as their states."""
    out = []
    for capital, country in venue_capitals():
        for m in re.finditer(rf"(?<![\w-]){re.escape(capital)}(?![\w-])", text):
            if acts(text, m.start(), m.end()):
                out.append(Candidate(m.start(), m.end(), country, PRIO_RULE))
    return out
