"""Hedges inside an aside: a fronted adjunct or a parenthetical that the main clause's act does not depend on (pure).

"In a move likely to escalate tensions, Japan imposed tariffs": the hedge ("likely") qualifies the adjunct's
own content, closed by its comma before the subject; the main clause states the act.  Likewise a
parenthetical relative on the subject, "Japan, which could face retaliation, imposed tariffs".  A hedge whose
comma has not closed before the trigger ("In a statement, Japan said it could impose") still hedges it.
Tested in tests/unit/test_aside_rules.py and the ``noisy_lead`` frame of tests/unit/test_trigger_matrix.py.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from policykg.extract.triggers import Hit

# the prepositions that open a fronted adjunct ("In a move …,", "Amid tensions …,"); a hedge may also sit in a
# fronted "as", "following" or "after" phrase, whose subject, though, is its own (see after_fronted_adjunct)
_ADJUNCT_PREPOSITIONS = r"in|with|amid|despite|against|under|for"
# a fronted adjunct: a preposition opening the clause, no comma before the hedge, then its closing comma
_FRONTED = re.compile(rf"\s*(?:{_ADJUNCT_PREPOSITIONS}|as|following|after)\b[^,;:，；：]*$", re.IGNORECASE)
# a parenthetical relative on the subject: ", which / who ..." (or between dashes or brackets) still open at the
# hedge; the clause splitter may start the clause at the relative pronoun, so its opening mark is looked for before
_PARENTHETICAL = re.compile(r"(?:[,，]|\s[—–]|[(（])\s*(?:which|who|whose)\b[^,;:，；：()（）—–]*$", re.IGNORECASE)
_CLOSED = re.compile(r"^[^,;:，；：()（）—–]*(?:[,，]|——|[—–]\s|[)）])")
# a bracketed or dashed aside, in either language, still open at the hedge: 日本（可能面临报复）对…加征关税,
# 日本——可能面临报复——对…加征关税
_BRACKETED = re.compile(r"[(（][^()（）]*$|(?:——|\s[—–]\s)[^—–]*$")


def aside_hedge(text: str, clause_start: int, hedge_start: int, hedge_end: int, anchor: int) -> bool:
    """Is the hedge at ``hedge_start`` inside an aside that closes (with a comma, dash or bracket) before the trigger
    at ``anchor``?  The aside is a fronted adjunct, a non-restrictive relative on the subject ("Japan, which could
    face retaliation, imposed"), or a bracketed insertion.  (Chinese comma-bounded asides, 日本，可能面临报复，
    对…加征关税, are clauses of their own for the splitter and never reach here.)"""
    if hedge_start < clause_start or anchor <= hedge_end or not _CLOSED.match(text[hedge_end:anchor]):
        return False
    lead = text[clause_start:hedge_start]
    before = text[max(0, clause_start - 3) : clause_start]
    return bool(_FRONTED.match(lead) or _PARENTHETICAL.search(before + lead) or _BRACKETED.search(lead))


_FRONTED_ADJUNCT = re.compile(rf"\s*(?:{_ADJUNCT_PREPOSITIONS})\b[^,;:，；：]{{0,120}},", re.IGNORECASE)


def after_fronted_adjunct(text: str, start: int, anchor: int) -> int:
    """Where the main clause begins after a fronted prepositional adjunct closed before ``anchor`` ("In a step that
    may anger Ankara, Japan imposed": Ankara is inside the adjunct, Japan the subject), else ``start``.  Not after a
    subordinate clause ("after Canberra barred ..., "), whose subject is its own."""
    m = _FRONTED_ADJUNCT.match(text, start, anchor)
    return m.end() if m is not None else start


def outside_adjunct(text: str, start: int, end: int, types: Sequence[Hit], actions: Sequence[Hit]) -> list[Hit]:
    """The clause's action words less those inside a fronted adjunct that names no measure ("In a move likely to
    escalate tensions, Japan introduced tariffs": "escalate" is the adjunct's verb, not the act on the tariffs)."""
    m = _FRONTED_ADJUNCT.match(text, start, end)
    if m is None or any(t.start < m.end() for t in types):
        return list(actions)
    return [a for a in actions if a.start >= m.end()]
