"""Named vetoes for laws, provisions and document titles named where a measure noun stands (pure).

Issue 11, event precision.  A measure noun inside the name of a law or a
notice names a document or a legal basis, not an act: "under the Defense
Production Act", "under Section 232 of …", 根据《中华人民共和国出口管制法》,
《关于实施出口管制措施的公告》仍然有效.  Kept: a clause that issues the titled
document (商务部发布《关于暂停…的公告》) and a quote that opens with the act
itself (通知决定…「暂停台湾地区菠萝输入大陆」).

Each rule is a predicate over a :class:`policykg.extract.event_rules.Site`
(typed ``Any``: no import cycle) registered by name in ``event_rules.VETOES``;
cases in ``tests/unit/test_event_rules.py`` and ``tests/unit/test_claim_rules.py``.
"""

from __future__ import annotations

import re
from typing import Any

from policykg.extract import event_cues as cues
from policykg.extract.triggers import Hit


def named_law_as_basis(s: Any) -> bool:
    """ "under the Defense Production Act", "of the US' Trade Expansion Act", "under Section 232 of …": a law or a
    numbered provision named as the basis of another measure."""
    law = s.hit.trigger.id == "industrial_act" and bool(cues.LEGAL_BASIS.search(s.before(s.hit.start, 30)))
    provision = bool(cues.NUMBERED_PROVISION.match(s.text, s.hit.start)) and bool(
        cues.PROVISION_BASIS.search(s.before(s.hit.start, 30))
    )
    return law or provision


def zh_law_as_basis(s: Any) -> bool:
    """根据《中华人民共和国出口管制法》: the law (a notice title in 《》) is the legal basis, not a measure."""
    return bool(cues.ZH_LEGAL_BASIS.search(s.text[s.start : s.hit.start]))


def titled_notice(s: Any) -> bool:
    """《关于实施出口管制措施的公告》仍然有效, 依据「出口管制清单」: a measure noun inside a title in 《》 or 「」
    names a document, not an act; unless the clause issues that document (商务部发布《关于暂停…的公告》)."""
    lo = s.sent.span[0]
    opening = _open_title(s.text, lo, s.hit.start)
    if opening < 0 or (s.action is not None and _open_title(s.text, lo, s.action.start) < 0):
        return False
    if _quoted_decision(s.text, opening, s.hit):
        return False
    return not ISSUED_TITLE.search(s.text[max(lo, opening - 6) : opening])


_DOCUMENTS = r"(?:公告|通知|办法|规定|决定|条例|清单|名单|目录|细则|措施|法|令)"
DOCUMENT_NOUN = re.compile(_DOCUMENTS + r"\s*$")
DOCUMENT_AFTER = re.compile(r"\s*(?:的|等)?\s*" + _DOCUMENTS)


def _quoted_decision(text: str, opening: int, hit: Hit) -> bool:
    """通知决定…「暂停台湾地区菠萝输入大陆」: a quote that opens with the act itself (an event phrase)
    and ends in no document noun quotes the decision, it names no document."""
    close = text.find("」" if text[opening] == "「" else "》", opening)
    if close < 0:
        return False
    inner = text[opening + 1 : close]
    named = DOCUMENT_NOUN.search(inner) or DOCUMENT_AFTER.match(text, close + 1)
    return hit.trigger.kind == "event" and hit.start == opening + 1 and not named


ISSUED_TITLE = re.compile(
    r"(?:发布|公布|印发|出台|颁布|发出|下发|issued|published|released)\s*(?:了)?\s*$", re.IGNORECASE
)


def _open_title(text: str, lo: int, pos: int) -> int:
    """The offset of the 《 or 「 still open at ``pos`` (in the sentence from ``lo``), else -1."""
    lead = text[lo:pos]
    for left, right in (("《", "》"), ("「", "」")):
        if lead.count(left) > lead.count(right):
            return lo + lead.rfind(left)
    return -1
