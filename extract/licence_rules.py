"""Licence requirements (pure): named type and action rules run from ``action_rules``.

The contract splits a notice by type: an outright ban is ``EXPORT_BAN``, a licence requirement
``EXPORT_CONTROL`` (cases in ``tests/unit/test_licence_rules.py``):

* :func:`licence_exception` — "may not be exported without a licence", 未获得许可前，均不得出口: a prohibition
  lifted by a licence is a licence requirement, ``EXPORT_CONTROL``;
* :func:`required_licence` — 必须获得商务部颁发的出口许可, "must obtain a licence issued by the ministry": the
  issuing verb modifies the licence noun; the act is the requirement (``impose``), not an approval.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from policykg.extract.event_rules import Site

EXCEPTION = re.compile(
    r"\b(?:without|unless\s+(?:granted|given|issued)?|except\s+(?:with|under))\s+(?:(?:a|an|the|prior|special|"
    r"valid|an?\s+export)\s+)*(?:licen[cs]es?|permits?|permission|approval|authori[sz]ation)\b"
    r"|unless\s+licen[cs]ed|未(?:经|获|获得|取得)[^,，。;；]{0,20}?(?:许可|批准)",
    re.IGNORECASE,
)
DEONTIC = re.compile(
    r"\b(?:must|need\s+to|needs\s+to|required\s+to|have\s+to|has\s+to)\s+(?:first\s+)?(?:obtain|get|secure|apply\s+for)\b"
    r"[^.;]*$|(?:必须|须|需|需要|应当|应)(?:先|事先)?(?:获得|取得|申领|申请|获)[^。；;]*$",
    re.IGNORECASE,
)


def licence_exception(s: Site) -> str | None:
    """ "不得出口 … 未获得许可前", "may not be exported without a licence": ``EXPORT_CONTROL``, not a ban."""
    if s.ev_type != "EXPORT_BAN":
        return None
    lo, hi = s.sent.span
    return "EXPORT_CONTROL" if EXCEPTION.search(s.text, lo, hi) else None


def required_licence(s: Site) -> str | None:
    """ "must obtain a licence issued by the ministry", 必须获得…颁发的许可: a requirement, ``impose``."""
    a = s.action
    if s.ev_type != "EXPORT_CONTROL" or s.act != "approve" or a is None:
        return None
    return "impose" if DEONTIC.search(s.text[max(s.sent.span[0], a.start - 60) : a.start]) else None
