"""Acts on a tariff relief: ending a concession raises the tariff (pure; an action rule for :mod:`event_rules`).

Cases: ``tests/unit/test_relief_rules.py``.

* :func:`ended_relief` — "terminated the tariff concessions on 134 products", 终止…关税减让,
  "suspended preferential tariffs for Taiwan", "revoked the duty-free treatment", 中止适用协定税率 (the agreed,
  preferential rates; xfp8): the
  measure operated on is a relief from tariffs, so ending or suspending it imposes the
  tariff again (``impose``); the relief itself is not the measure;
* :func:`negated_levy` — 临时关税将不予征收, 不再加征: deciding not to collect a duty lifts it;
  a bare 不征收 in a provision ("符合条件的产品不征收反倾销税") states no act.
"""

from __future__ import annotations

import re
from typing import Any

# a relief from tariffs named right after (or as) the tariff noun
_RELIEF_AFTER = re.compile(
    r"^\s*(?:减让|优惠|减免|豁免|concessions?|reductions?|preferences?|exemptions?|relief|cuts?)\b"
    r"|^(?:减让|优惠|减免|豁免)",
    re.IGNORECASE,
)
_RELIEF_BEFORE = re.compile(
    r"\b(?:preferential|duty-free|tariff-free|zero-tariff|concessional)\s+(?:[\w-]+\s+)?$|(?:优惠|零|协定|特惠|普惠)\s*$",
    re.IGNORECASE,
)

_LOWERED = re.compile(r"^(?:cut|lower|reduc|slash|下调|降低|削减|下調|調降|调降)", re.IGNORECASE)
_RATE = re.compile(r"税率|稅率|\brates?\b", re.IGNORECASE)
# a relief inside the (fused) tariff noun itself: 协议》协定税率, 优惠关税, the de minimis exemption, 小额免税
_RELIEF_INSIDE = re.compile(
    r"(?:优惠|协定|協定|特惠|普惠)(?:关税|關稅|税率|稅率)|de\s+minimis|小额(?:包裹)?免税", re.IGNORECASE
)


def ended_relief(s: Any) -> str | None:
    """ "中国宣布终止ECFA内134个产品的关税减让": ending or suspending a tariff relief is a TARIFF ``impose``."""
    if s.ev_type != "TARIFF" or s.act not in ("lift", "suspend") or s.action is None:
        return None
    hit = s.hit
    if _LOWERED.match(s.action.text) and _RATE.search(hit.text):
        return None  # 下调协定税率, "cut the preferential rates": a lower rate deepens the relief
    relief = (
        _RELIEF_AFTER.match(s.text[hit.end : hit.end + 14])
        or _RELIEF_BEFORE.search(s.text[max(s.start, hit.start - 24) : hit.start])
        or _RELIEF_INSIDE.search(hit.text)  # a fused noun: 《…协议》协定税率
    )
    return "impose" if relief else None


# 不予征收 / 不再加征: a decision not to collect, or to collect no more; 不征收: a provision's "is not levied"
_NOT_LEVIED = re.compile(r"(?:(?P<decided>不予|不再)(?:对[^,，。;；]{1,24})?|不)\s*$")
_LEVY = re.compile(r"^(?:征收|加征|征|课征|开征|课)")


def negated_levy(s: Any) -> str | None:
    """ "临时关税将不予征收", 不再对…加征关税: deciding not to collect a duty (any more) lifts it; a bare 不征收
    ("…的产品不征收反倾销税") is a provision of another measure, no act (dropped)."""
    a = s.action
    if s.ev_type != "TARIFF" or s.act != "impose" or a is None or not _LEVY.match(a.text):
        return None
    neg = _NOT_LEVIED.search(s.text[max(s.start, a.start - 30) : a.start])
    if neg is None:
        return None
    return "lift" if neg.group("decided") else DROP


DROP = "drop"  # as event_rules.DROP: the statement is no act
