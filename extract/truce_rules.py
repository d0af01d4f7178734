"""A tariff truce (pure): named type and action rules run from ``action_rules``.

"extending by 90 days the US's tariff truce with China", 关税休战: a truce named by its tariffs is the
pause of those tariffs, each party's ``TARIFF`` (contract: rate cuts agreed in a truce are ``suspend``;
prolonging such a pause is ``extend``), not a ``TRADE_DEAL``. Cases in ``tests/unit/test_truce_rules.py``.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from policykg.extract.event_rules import Site

TRUCE = re.compile(r"truces?$|休战$|停战$", re.IGNORECASE)
TARIFF_BEFORE = re.compile(r"\b(?:tariffs?|duty|trade-war)\s+$|关税\s*$", re.IGNORECASE)


def is_tariff_truce(s: Site) -> bool:
    """Is the measure noun a truce named by its tariffs ("tariff truce", 关税休战)?"""
    truce = TRUCE.search(s.hit.text)
    if truce is None:
        return False
    head = s.hit.start + truce.start()  # "tariff truce" may be one fused measure noun
    return bool(TARIFF_BEFORE.search(s.text[max(0, head - 12) : head]))


def tariff_truce(s: Site) -> str | None:
    """ "the tariff truce", 关税休战: a ``TARIFF`` measure, not a ``TRADE_DEAL``."""
    return "TARIFF" if s.ev_type == "TRADE_DEAL" and is_tariff_truce(s) else None


PROLONGED = re.compile(r"\b(?:extend\w*|prolong\w*|renew\w*)\b[^.;]*$|(?:延长|延续)[^。；;]*$", re.IGNORECASE)


def truce_pause(s: Site) -> str | None:
    """A tariff truce agreed or announced is the tariffs' ``suspend``; prolonging it ("an order extending by 90
    days the tariff truce") is ``extend``."""
    if s.ev_type != "TARIFF" or s.act != "impose" or not is_tariff_truce(s):
        return None
    return "extend" if PROLONGED.search(s.before(s.hit.start, 60)) else "suspend"
