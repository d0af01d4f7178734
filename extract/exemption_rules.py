"""Tariff exemptions (pure): a named action rule run from ``action_rules.ACTIONS``.

* :func:`tariff_exemption` — "exempted Canada and Mexico from the steel tariffs", "granted exemptions from
  its tariffs", 对部分商品予以豁免 / 排除: the tariff stays in force and some goods or countries are let off,
  so the labelled sets write ``suspend`` (as for rate cuts in a truce), not ``lift`` (the tariff ended) nor
  ``approve``; a request for an exemption stays ``request``. Cases in ``tests/unit/test_exemption_rules.py``.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from policykg.extract.event_rules import Site

EXEMPT = re.compile(r"\bexempt\w*|\bexclu(?:de|ded|des|ding|sions?)\b|\bwaiv\w*|豁免|排除", re.IGNORECASE)


# a removal verb whose object is the exemption ends the relief (relief_rules.ended_relief), no suspend
REMOVAL = re.compile(
    r"^(?:remov|revok|revoc|end|cancel|scrap|withdr|rescind|abolish|eliminat|取消|撤销|终止)", re.IGNORECASE
)


def tariff_exemption(s: Site) -> str | None:
    """ "exempted Canada and Mexico from the steel tariffs": an exemption from a tariff is ``suspend``."""
    a = s.action
    if s.ev_type != "TARIFF" or s.act not in ("lift", "approve") or a is None or REMOVAL.search(a.text):
        return None
    lo, hi = min(a.start, s.hit.start), max(a.end, s.hit.end)  # within the clause the site stands in
    return "suspend" if EXEMPT.search(s.text[lo:hi]) else None
