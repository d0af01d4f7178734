"""An operation named by an attributive participle (pure): a named veto run from ``event_rules.VETOES``.

* :func:`attributive_operation` — "The extended export bans further contribute to …", "the suspended tariffs",
  "these lifted restrictions": a participle between a determiner and the measure noun describes the measure as
  already operated on (the act was stated before, or is background); it states no act of its own.  The verb form
  ("extended the export bans", "were suspended") is unaffected.  So is "threatened" after a determiner or a
  preposition ("persuading Trump to back off threatened steep tariffs"): someone else's threat, named.  Cases in ``tests/unit/test_aspect_classes.py``.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from policykg.extract.event_rules import Site

# a determiner right before the participle: "the extended", "these suspended", "its lifted"
DETERMINER = re.compile(r"\b(?:the|these|those|this|that|its|their|such)\s+$", re.IGNORECASE)
# a preposition right before "threatened": "back off threatened tariffs", "over threatened duties"
PREPOSITION = re.compile(r"\b(?:off|over|against|about|of|on|with|from|amid)\s+$", re.IGNORECASE)
PARTICIPLE = re.compile(r"^[A-Za-z-]+(?:ed|en)$")
OPERATIONS = frozenset({"extend", "suspend", "lift"})


def attributive_operation(s: Site) -> bool:
    """ "The extended export bans further contribute …": a participle of extending, pausing or lifting used as an
    adjective of the measure restates it; "to back off threatened tariffs" names a threat; no act."""
    a = s.action
    if a is None or s.sent.lang != "en" or not PARTICIPLE.match(a.text.strip()):
        return False
    lead = s.text[max(s.start, a.start - 12) : a.start]
    if s.act == "threaten":  # "to back off threatened steep tariffs": someone else's threat, named
        between = s.text[a.end : s.hit.start] if a.end <= s.hit.start else "-"
        return bool(re.fullmatch(r"\s+(?:[a-z-]+\s+)?", between)) and bool(
            PREPOSITION.search(lead) or DETERMINER.search(lead)
        )
    if s.act not in OPERATIONS:
        return False
    adjacent = a.end <= s.hit.start and not s.text[a.end : s.hit.start].strip()
    return adjacent and bool(DETERMINER.search(lead))
