"""A Chinese topic clause and its comment: the measure named before a comma, its act after it (pure).

Chinese states a measure as the topic of the sentence and its change as the comment,
across a comma: "对欧盟进口猪肉的反倾销调查期限，由6月17日延长至12月16日" (the time limit
of the anti-dumping investigation — extended from June 17 to December 16).  The
clauses are cut at every Chinese comma, so the measure noun and the verb fall in two
clauses and neither states an act alone.  :func:`joined_clause` joins them back when
the first clause is a bare topic (a specific measure noun as its head, no action word)
and the next one is a bare comment (an action word, no measure noun).
Cases: ``tests/unit/test_topic_chain.py``.
"""

from __future__ import annotations

import re
from typing import Any

# the topic's head is the measure itself or an attribute of it: 调查期限, 反倾销措施的实施期限, 关税税率
_TOPIC_TAIL = re.compile(r"^(?:的)?(?:实施)?(?:期限|有效期|期|措施|范围|税率|幅度|清单|名单)?\s*$")
# the comment opens with its predicate, not a new subject: 由…延长, 自…起暂停, 将…取消, 予以延长, 决定延长
_COMMENT_LEAD = re.compile(
    r"^\s*(?:(?:由|自|从|于|将|已经?|再|均|并|继续|予以|正式|决定|宣布|同意)[^,，。;；]{0,16})?$"
)


def joined_clause(text: str, sent: Any, c: int) -> tuple[int, int] | None:
    """The span of clauses ``c - 1`` and ``c`` when the first is a bare topic and the second its comment."""
    if sent.lang != "zh" or c == 0:
        return None
    (lo, mid), (start, end) = sent.clauses[c - 1], sent.clauses[c]
    topic = [t for t in sent.types if lo <= t.start < mid]
    comment = [a for a in sent.actions if start <= a.start < end and not a.trigger.weak]
    if not comment or any(start <= t.start < end for t in sent.types):
        return None
    if any(lo <= a.start < mid for a in sent.actions) or not topic:
        return None
    head = topic[-1]
    if head.trigger.kind == "generic" or not head.trigger.type or not _TOPIC_TAIL.match(text[head.end : mid]):
        return None
    if not _COMMENT_LEAD.match(text[start : comment[0].start]):
        return None  # 交付周期延长, 特殊情况可延长: a new subject opens the clause
    return lo, end
