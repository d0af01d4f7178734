"""Named vetoes for a measure named in a figure or in an unbracketed law name (pure; see :mod:`event_rules`).

Issue 11, engineer xfp8, event precision.  The labelling conventions count no event for a measure only named.
Two classes of unpaired false positives on train name a duty without anyone imposing it:

* a sum collected, the duty's revenue: 今年1月至11月征收反倾销税共5.5亿余元, "tariffs brought in $30 billion",
  美国共征收关税2000亿美元 (:func:`collected_sum`; "tariff revenue", 关税收入 are the head nouns of
  ``modality.modifier_of_other_noun``).  A sum of the goods covered ("对2000亿美元商品加征关税", 对华征收500亿美元
  关税, "tariffs on $200 billion of goods") is the measure's coverage, an act: a Chinese sum is read as revenue
  only with a total or a period of collection (共, 累计, 今年前11月);
* a law named without 《》 as the basis of an act: 依据平衡税及反倾销税课征实施办法, 根据出口管制法 (the bracketed
  form is ``document_rules.zh_law_as_basis``) (:func:`zh_unbracketed_law`).

Each rule is a predicate over a :class:`policykg.extract.event_rules.Site` (typed ``Any``: no import cycle)
registered by name in ``event_rules.VETOES``; cases in ``tests/unit/test_precision_forms.py``.
"""

from __future__ import annotations

import re
from typing import Any

_ZH_SUM = r"[\d.,]+\s*(?:余|多)?(?:万|亿|億)?(?:余|多)?(?:美元|元|欧元|歐元|日元|卢布|盧布|英镑|英鎊|港元|港币)"
# the sum right after the duty noun, its amount collected: 征收反倾销税共5.5亿余元, 征收关税2000亿美元
_SUM_AFTER = re.compile(
    r"^[^,，。;；对對]{0,3}?(?:共|达|達|约|約|近|逾|超过|超過|合计|合計|累计|累計|总计|總計)?" + _ZH_SUM
)
# the sum collected before it: 收取了500亿美元的关税, 共征收了3000亿元关税
_SUM_BEFORE = re.compile(r"(?:征收|徵收|收取|课征|課徵|征得|徵得)了?[^,，。;；对對]{0,4}?" + _ZH_SUM + r"的?$")
# a total or a collection, without which 对华征收500亿美元关税 is the act on $50bn of goods: 共, 累计, 今年前11月
_TOTAL = re.compile(
    r"共|累计|累計|合计|合計|总计|總計|总额|總額|收取|征得|徵得|(?:今年|去年|前|头|頭)[\d一二三四五六七八九十]*个?月|至\d+月"
)
# an English duty noun as the subject of a verb of yielding money: "tariffs brought in $30 billion"
_YIELDED = re.compile(
    r"^\s+(?:have\s+|has\s+|had\s+)?(?:brought\s+in|raised|generated|yielded|netted|collected)\s+"
    r"(?:about\s+|some\s+|nearly\s+|almost\s+|more\s+than\s+|over\s+)?(?:US)?\$",
    re.IGNORECASE,
)


def collected_sum(s: Any) -> bool:
    """今年1月至11月征收反倾销税共5.5亿余元, 收取了500亿美元的关税, "tariffs brought in $30 billion": a sum
    collected is the duty's revenue, a figure, not its imposition."""
    if s.ev_type != "TARIFF":
        return False
    after = s.text[s.hit.end : s.end]
    if _YIELDED.match(after):
        return True
    before = s.text[max(s.start, s.hit.start - 24) : s.hit.start]
    summed = bool(_SUM_AFTER.match(after) or _SUM_BEFORE.search(before))
    return summed and bool(_TOTAL.search(s.text[s.start : s.end]))


# a law's name opened after a word of basis and not yet closed at the measure noun: 依据平衡税及反倾销税课征实施办法
_BASIS_OPEN = re.compile(r"(?:根据|根據|依据|依據|按照|依照|遵照)[^,，。;；:：《》「」对對向]{0,12}$")
_LAW_HEAD = re.compile(
    r"^[^,，。;；:：《》「」对對向的]{0,8}?(?:实施办法|實施辦法|管理办法|管理辦法|条例|條例|细则|細則|办法|辦法|法)"
    r"(?![人院官庭律])"
)


def zh_unbracketed_law(s: Any) -> bool:
    """依据平衡税及反倾销税课征实施办法, 根据出口管制法: a measure noun inside the name of a law (no 《》) opened
    by a word of basis names the law, not an act (根据相关规定对…加征关税 keeps its act: the noun is no part of
    the law's name)."""
    if s.sent.lang != "zh":
        return False
    lead = s.text[max(s.start, s.hit.start - 12) : s.hit.start]
    return bool(_BASIS_OPEN.search(lead)) and bool(_LAW_HEAD.match(s.text[s.hit.end : s.end]))
