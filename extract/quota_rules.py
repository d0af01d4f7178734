"""Which measure a quota is (pure): named type rules run from ``action_rules.TYPES``.

The lexicon reads a bare "quota" as an import quota (``IMPORT_RESTRICTION``); the words around it
can say otherwise (cases in ``tests/unit/test_quota_rules.py``):

* :func:`export_quota` — "rice export quotas", "quotas on exports of rare earths", 出口配额: a quantity
  licensed for export is export management, ``EXPORT_CONTROL`` (licence regimes, contract).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from policykg.extract.event_rules import Site

QUOTA = re.compile(r"quotas?$|配额$", re.IGNORECASE)
EXPORT_BEFORE = re.compile(r"\bexports?\s+(?:[\w-]+\s+)?$|出口\s*$", re.IGNORECASE)
EXPORT_AFTER = re.compile(r"^\s+(?:on|for)\s+(?:the\s+)?exports?\b", re.IGNORECASE)


def export_quota(s: Site) -> str | None:
    """ "abolish rice export quotas", "quotas on exports of coal", 出口配额: an export quota is ``EXPORT_CONTROL``."""
    if s.ev_type != "IMPORT_RESTRICTION" or not QUOTA.search(s.hit.text):
        return None
    if EXPORT_BEFORE.search(s.text[max(0, s.hit.start - 24) : s.hit.start]) or EXPORT_AFTER.match(
        s.text[s.hit.end : s.hit.end + 24]
    ):
        return "EXPORT_CONTROL"
    return None
