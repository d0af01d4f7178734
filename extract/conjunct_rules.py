"""The shared subject of a coordinated passive (pure).

"This duty was set to expire on May 16, but was later extended to October 31": the second conjunct has no
subject of its own (a conjunction, then an auxiliary and a participle); its subject is the first conjunct's, the
measure noun that opens the previous clause.  Clauses split at "but" / "and" (``sentences.split_clauses``), so
the act of the second conjunct would find no measure.  :func:`shared_subject` gives it back.
Cases in ``tests/unit/test_aspect_classes.py``.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from policykg.extract.triggers import Hit

# a subjectless passive conjunct: ", but was later extended", "and were then suspended", "but has since been lifted"
CONJUNCT = re.compile(
    r"\W*(?:but|and|yet)\s+(?:was|were|is|are|has\s+been|have\s+been|had\s+been)\s+(?:\w+\s+)?"
    r"[a-z]+(?:ed|en)\b",
    re.IGNORECASE,
)


def shared_subject(text: str, clauses: Sequence[tuple[int, int]], c: int, types: Sequence[Hit]) -> list[Hit]:
    """The measure nouns the ``c``-th clause shares with the clause before it, when it is a subjectless passive
    conjunct; else nothing.  The subject is the first measure noun of the previous clause."""
    if c == 0 or not CONJUNCT.match(text, clauses[c][0], clauses[c][1]):
        return []
    lo, hi = clauses[c - 1]
    before = [t for t in types if lo <= t.start < hi]
    return before[:1]
