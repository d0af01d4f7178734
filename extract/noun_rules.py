"""Named rules for the type of a generic measure noun from its own complement (pure).

A generic noun ("regulations", "rules", "measures", 措施) takes its type from
the context (``events._Finder._type_of``).  Its own prepositional complement is
the nearest context of all: "tighter regulations on exports to Korea" are
export controls, "new rules on imports of beef" an import restriction, whatever
the article is mostly about.  ("ban" and "restriction" keep their own reading
by the direction of trade: a ban on exports is an EXPORT_BAN.)  The cases are in ``tests/unit/test_noun_rules.py``.
"""

from __future__ import annotations

import re

# the complement right after the noun: "on exports", "on the export of", "over imports of", "governing exports"
_ON_TRADE = re.compile(
    r"\s+(?:on|over|for|governing|covering)\s+(?:the\s+|all\s+|certain\s+|some\s+)?(?:[\w-]+\s+)?"
    r"(?P<flow>exports?|exporting|imports?|importing)\b",
    re.IGNORECASE,
)


def complement_type(text: str, end: int) -> str | None:
    """The type a generic measure noun ending at ``end`` takes from its complement: ``EXPORT_CONTROL`` for a
    complement on exports, ``IMPORT_RESTRICTION`` on imports, else None.

    >>> complement_type("tighter regulations on exports to Korea", 19)
    'EXPORT_CONTROL'
    >>> complement_type("new rules on imports of beef", 9)
    'IMPORT_RESTRICTION'
    >>> complement_type("new rules for banks", 9) is None
    True
    """
    m = _ON_TRADE.match(text, end)
    if m is None:
        return None
    return "EXPORT_CONTROL" if m.group("flow").lower().startswith("export") else "IMPORT_RESTRICTION"
