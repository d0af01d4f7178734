"""Acts in the scope of a threat frame (pure): named action rules run from ``action_rules.ACTIONS``.

* :func:`reserved_right` — "reserves the right to impose …", 中方保留…的权利: a right kept for later;
  every act in its scope, however far the coordination runs, is threatened, not taken.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from policykg.extract.event_rules import Site

# "reserves the right to impose …", 保留…的权利: a right kept for later, the acts in its scope are threatened
RESERVED_EN = re.compile(
    r"\breserv(?:e|es|ed|ing)\s+(?:the|its|their|all)\s+(?:\w+\s+)?rights?\s+to\b"
    r"(?:(?!,\s*(?:but|while|whereas|as)\b)[^.;:!?])*$",
    re.IGNORECASE,
)
RESERVED_ZH = re.compile(r"保留[^。；;！!？?]*$")
RIGHT_ZH = re.compile(r"^[^。；;！!？?]*?的?权利")


def reserved_right(s: Site) -> str | None:
    """ "China reserves the right to file an anti-dumping application … and an anti-subsidy one", 中方保留对美国
    加征关税的权利: every act in the scope of a reserved right is a ``threaten`` (the contract's "vowed")."""
    if s.act not in ("impose", "request") or s.background:
        return None
    at, (lo, hi) = (s.action or s.hit).start, s.sent.span
    if RESERVED_EN.search(s.text[max(lo, at - 160) : at]):
        return "threaten"
    zh = RESERVED_ZH.search(s.text[max(lo, at - 40) : at]) and RIGHT_ZH.match(s.text[at:hi])
    return "threaten" if zh else None
