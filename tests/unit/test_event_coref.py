"""Event coreference by slots and anaphora (extract/event_coref.py), on invented sentences.

Each case goes through the whole pipeline and counts the events of one (type, action, main actor); a case that
names its rule then replaces the rule by "never" (the behaviour it replaced) and asserts that the count changes,
so every such case pins its rule.  Cases with no rule name are the limits: acts of other goods, other days or
other targets stay apart.
"""

from __future__ import annotations

import pytest

from policykg.extract import event_coref
from tests.rule_cases import rule_events

JC = ("EXPORT_CONTROL", "impose", "JPN")
EB = ("EXPORT_BAN", "impose", "ZWE")
EC = ("EXPORT_CONTROL", "impose", "CHN")

CASES = [
    # same_day_slots: the same written day and shared goods, two nouns for one act
    (
        "same_day_slots",
        "Japan tightened export restrictions on chipmaking equipment on Friday. "
        "Japan on Friday imposed export controls on 23 types of chipmaking equipment.",
        JC,
        1,
    ),
    (
        "same_day_slots",
        "Chile tightened export restrictions on lithium on Friday. "
        "Chile on Friday imposed export controls on lithium carbonate and lithium.",
        ("EXPORT_CONTROL", "impose", "CHL"),
        1,
    ),
    # definite_anaphor: a definite generic measure noun as the subject refers to the act just stated
    (
        "definite_anaphor",
        "Zimbabwe banned exports of raw lithium on Tuesday. "
        "The ban, issued by Mines Minister Tendai Moyo, does not cover lithium concentrates.",
        EB,
        1,
    ),
    (
        "definite_anaphor",
        "Zimbabwe banned exports of raw lithium on Tuesday. "
        "This ban, signed by Mines Minister Tendai Moyo, exempts lithium concentrates.",
        EB,
        1,
    ),
    # demonstrative_anaphor: a notice in a sentence naming the measure by a demonstrative is that measure's document
    (
        "demonstrative_anaphor",
        "China imposed export controls on gallium on July 3. Beijing insisted on these measures and issued a notice "
        "on October 3 setting out the licence rules.",
        EC,
        1,
    ),
    (
        "demonstrative_anaphor",
        "中国7月3日宣布对镓实施出口管制。商务部10月3日发布公告,明确上述管制的具体要求。",
        EC,
        1,
    ),
    # named_reference: a later possessive measure noun, object of another verb, takes that verb's day
    (
        "named_reference",
        "Japan imposed export controls on chip materials to South Korea on July 4. South Korea protested Japan's "
        "export controls on Friday.",
        JC,
        1,
    ),
    # limits: other goods on the same day, other days, other targets
    (
        None,
        "China on Monday imposed export controls on gallium. China on Monday imposed export controls on drones.",
        EC,
        2,
    ),
    (
        None,
        "China imposed export controls on gallium on July 3. China imposed export controls on gallium and graphite "
        "on October 9.",
        EC,
        2,
    ),
]


def count(body: str, key: tuple[str, str, str]) -> int:
    """How many events of the key the article of ``body`` has."""
    return sum((e.type, e.action, e.actors[0] if e.actors else None) == key for e in rule_events(body))


@pytest.mark.parametrize(("rule", "body", "key", "expected"), CASES, ids=[f"{c[0]}-{i}" for i, c in enumerate(CASES)])
def test_event_coref_rules(
    rule: str | None, body: str, key: tuple[str, str, str], expected: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert count(body, key) == expected
    if rule is not None:
        monkeypatch.setattr(event_coref, rule, lambda *args: False)
        assert count(body, key) != expected
