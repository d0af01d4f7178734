"""Acts a hedge does not reach: presupposed facts inside a hedged sentence (pure; issue 11, engineer xrecall9).

A hedge ("may", 认为, 可能) makes its own proposition uncertain, not the facts that proposition takes for
granted.  Three constructions state such a fact (the train split's hedged misses, read by class):

* :func:`recalled_formula`: "It may be recalled / noted / mentioned that …" is a discourse formula that
  introduces a past fact; its "may" is no hedge.
* :func:`answered_act`: the act a retaliation or response answers, "seen as retaliation for the EU's decision
  to impose duties", 被认为是对欧盟此前决定征收关税的报复: the uncertain part is the motive, the act answered is
  given.
* :func:`past_relative`: a Chinese relative clause marked as past, 新签署的贸易协定, 此前实施的禁令, 已加征的关税:
  the measure it describes exists ("可能危及…新签署的贸易协定": the deal is signed, the danger is uncertain).

Each is a predicate over the text, the hedge and the act's anchor, read by ``SlotReader._hedged``.
Cases in ``tests/unit/test_recall9_forms.py``.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence

from policykg.extract.models import Entity, Mention
from policykg.extract.roles import STATE_TYPES, entity_type
from policykg.extract.triggers import Hit

_FORMULA = re.compile(r"\s+be\s+(?:recalled|noted|mentioned|remembered|pointed\s+out)\b", re.IGNORECASE)
_RESPONSE_EN = re.compile(
    r"\b(?:retaliation|response|reprisal|riposte|answer|reaction|revenge)\s+(?:for|to|against)\b", re.IGNORECASE
)
_FOR_ZH = re.compile(r"(?:是|作为)?(?:对|针对)")
_RESPONSE_ZH = re.compile(r"[^。！？；;，,]{0,60}?的(?:明确|直接|报复性|强硬|有力)?(?:报复|回应|反制|反击|反应|回击)")
# between the answered party and its act: a time word, a verb of deciding, the act's own 对-target
_ANSWERED_GAP = re.compile(r"(?:此前|早前|先前|日前|已|曾)?(?:决定|宣布)?(?:对[^,，。;；]{1,16})?")
_PAST_MARK = re.compile(r"(?:新|已|已经|此前|曾|曾经|早前|先前|去年|前期)$")


def recalled_formula(text: str, hedge: Hit) -> bool:
    """ "It may be recalled that the investigation was initiated on July 8": the formula's modal is no hedge."""
    return bool(_FORMULA.match(text, hedge.end))


def answered_act(text: str, hedge: Hit, anchor: int, sentence_end: int) -> bool:
    """The act at ``anchor`` is what a retaliation or response answers, stated after the hedge."""
    between = text[hedge.end : anchor]
    if _RESPONSE_EN.search(between):
        return True
    return bool(_FOR_ZH.search(between)) and bool(_RESPONSE_ZH.match(text, anchor, sentence_end))


def past_relative(text: str, action: Hit | None, hit: Hit) -> bool:
    """The act is a past-marked Chinese relative clause on its measure noun: 新签署的贸易协定, 此前实施的禁令."""
    if action is None or not action.end < hit.start <= action.end + 14:
        return False
    if not text.startswith("的", action.end) and "的" not in text[action.end : hit.start]:
        return False
    return bool(_PAST_MARK.search(text[max(0, action.start - 4) : action.start]))


def answered_doer(
    text: str, mentions: Sequence[Mention], clause: tuple[int, int], action: Hit | None, entities: Mapping[str, Entity]
) -> list[str]:
    """The state that did the act a Chinese retaliation answers, named right after 对 / 针对:
    此举是对欧盟此前决定对中国电动汽车征收关税的报复 (the EU imposed); else nothing."""
    if action is None or not _RESPONSE_ZH.match(text, action.end, len(text)):
        return []
    for m in mentions:
        if (
            clause[0] <= m.start
            and m.end <= action.start
            and entity_type(m.entity_id, entities) in STATE_TYPES
            and _FOR_ZH.fullmatch(text, max(clause[0], m.start - 2), m.start)
            and _ANSWERED_GAP.fullmatch(text, m.end, action.start)
        ):
            return [m.entity_id]
    return []
