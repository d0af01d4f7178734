"""Days told inside a subordinate clause of time (pure, rule ``time_clause``).

A day inside a clause opened by a subordinator of time or cause ("…, days after Pakistan banned
them on Nov. 20", "the level Trump promised when he revealed the plan March 1", "ahead of talks on
Monday", 此前巴基斯坦于11月20日宣布…, 在美方11月20日宣布加征关税后) is the time of that clause's own
verb: it dates neither the act of the main clause nor the news of the article.  The contract dates
an act by the day the act itself is dated in the text, so the main act keeps no date of its own
unless one is stated outside the subordinate clause.
"""

from __future__ import annotations

import re

# the subordinators: English conjunctions and prepositions of time or cause, Chinese 此前 / 之前 / 在……后
_SUBORDINATOR = re.compile(
    r"\b(?:after|before|when|following|ahead\s+of|in\s+(?:response|retaliation|reply)\s+to)\b"
    # pluperfect_relative: "…, which the U.S. had restricted on Nov. 20": a relative clause in the pluperfect
    # tells an act before the main one
    r"|\b(?:which|who|whom)\s+(?:[\w.'’-]+\s+){0,5}?had\s+(?!been\s+(?:set|due|scheduled))\w+"
    r"|此前|之前|早前|先前|在[^，,。；;]{0,40}$",
    re.IGNORECASE,
)
# the end of the clause the day stands in after a Chinese 在: 在美方11月20日宣布加征关税后
_ZH_AFTER = re.compile(r"[^，,。；;]{0,40}?(?:之后|以后|后)")
# where a clause opens: a comma, colon, semicolon, dash, line break or the sentence's start
_CLAUSE_BOUNDARY = re.compile(r"[,;:，；：。\n—–]|\s-\s")


def time_clause(text: str, lo: int, start: int, end: int) -> bool:
    """Is the day at ``text[start:end]`` inside a subordinate clause of time that opens at or after
    ``lo`` (the act's trigger, or the sentence's start) and before the day, in the day's own clause?"""
    bounds = [m.end() for m in _CLAUSE_BOUNDARY.finditer(text, lo, start)]
    opening = max([lo, *bounds])
    m = _SUBORDINATOR.search(text, opening, start)
    if m is None:
        return False
    if m.group().startswith("在"):  # 在……后: the clause must close with 后 after the day
        return bool(_ZH_AFTER.match(text, end))
    return True


# fronted_clause: a subordinator of time or cause opening the phrase (not "as of", "since 2019": a date's cue)
_FRONTED_OPENER = re.compile(r"(?:after|following|before|when|while|because|although|though)\b", re.IGNORECASE)
# the comma closing a fronted subordinate phrase, then the main clause's subject
_FRONTED_CLOSE = re.compile(r"[,，]\s+(?=[A-Z\"“'‘]|(?:the|its|their|his|her)\s)")


def fronted_subordinate(text: str, start: int, anchor: int) -> bool:
    """``fronted_clause``: is the clause at ``start`` a fronted subordinate phrase whose comma closes
    before the act's trigger at ``anchor`` ("after concluding an anti-dumping investigation, Mexico's
    ministry established duties …", "Following talks with Seoul, Tokyo lifted …")?  The subordinator
    then governs only the phrase: the act is the main clause's, not a background statement."""
    if not _FRONTED_OPENER.match(text, start):
        return False
    return _FRONTED_CLOSE.search(text, start, anchor) is not None
