"""Threats and vows (``extract/threat_rules.py`` and the zh ``countermeasure_vow`` rows), on invented sentences.

Every case goes through the whole pipeline (``extract_article``, rules only) and
asserts the exact set of (type, action, main actor) of the article's events.
"""

from __future__ import annotations

import pytest

from policykg.extract import event_rules, threat_rules
from tests.rule_cases import case_ids as _ids
from tests.rule_cases import main_actor_events as events

PRESUPPOSED = [
    # presupposed_threat: a possessed threat noun states the threat although its clause is conditional
    (
        "Mexico raised tariffs on Peruvian copper on Monday. Peru has threatened to retaliate if Mexico goes ahead "
        "with its threat to raise those tariffs again.",
        {("TARIFF", "impose", "MEX"), ("TARIFF", "threaten", "PER"), ("TARIFF", "threaten", "MEX")},
    ),
    # an unpossessed conditional stays hedged
    ("If Mexico raises tariffs on Peruvian copper, Peru could retaliate.", set()),
]


@pytest.mark.parametrize("body, expected", PRESUPPOSED, ids=_ids(PRESUPPOSED))
def test_presupposed_threat(body: str, expected: set[tuple[str, str, str]]) -> None:
    assert events(body) == expected


VOWS = [
    # countermeasure_vow (zh): 坚决反制 and 警告…报复 are threats; the subjectless vow is the speaker's (vow_speakers)
    (
        "巴西24日宣布对阿根廷商品加征关税。阿根廷经济部当天发表声明,谴责巴方单边主义,坚决反制。",
        {("TARIFF", "impose", "BRA"), ("TARIFF", "threaten", "ARG")},
    ),
    (
        "巴西24日宣布对阿根廷商品加征关税。阿根廷外长此前警告巴方,若再用关税施压,将面临报复。",
        {("TARIFF", "impose", "BRA"), ("TARIFF", "threaten", "ARG")},
    ),
    # measures already taken are no vow
    ("巴西24日宣布对阿根廷商品加征关税。阿方已采取反制措施。", {("TARIFF", "impose", "BRA")}),
]


@pytest.mark.parametrize("body, expected", VOWS, ids=_ids(VOWS))
def test_vows_of_retaliation(body: str, expected: set[tuple[str, str, str]]) -> None:
    assert events(body) == expected


FRAMES = [
    # readiness_threat: readiness to act, announced, is a threat (its "would" / "prepared" hedge is the frame)
    (
        "readiness_threat",
        "Peru would be prepared to cut off copper exports to Chile, the president said on Monday.",
        {("EXPORT_BAN", "threaten", "PER")},
    ),
    ("readiness_threat", "Peru stands ready to impose tariffs on Chilean wine.", {("TARIFF", "threaten", "PER")}),
    # conditioned_act: a future act with its condition after it is a threat
    (
        "conditioned_act",
        "Peru will impose tariffs on Chilean wine if no deal is reached by July 21.",
        {("TARIFF", "threaten", "PER")},
    ),
    (
        "conditioned_act",
        "Peru would impose tariffs on Chilean wine unless Chile drops its levies, the minister said.",
        {("TARIFF", "threaten", "PER")},
    ),
    # ... in Chinese: 将 / 会 before the act, 若 / 如果 / 除非 after it (issue 11, engineer xforms)
    ("conditioned_act", "秘鲁将对智利葡萄酒加征关税，若智利坚持其立场。", {("TARIFF", "threaten", "PER")}),
    # ... the condition fronted in a clause of its own before the future act (issue 11, xaction8)
    (
        "conditioned_act",
        "If the talks fail, Peru will impose tariffs on Chilean wine, the minister said on Monday.",
        {("TARIFF", "threaten", "PER")},
    ),
    (
        "conditioned_act",
        "Unless Chile drops its levies, Peru would raise tariffs on Chilean wine.",
        {("TARIFF", "threaten", "PER")},
    ),
    ("conditioned_act", "秘鲁周一表示，若谈判破裂，将对智利葡萄酒加征关税。", {("TARIFF", "threaten", "PER")}),
    ("conditioned_act", "秘鲁表示，除非智利让步，否则将对智利葡萄酒加征关税。", {("TARIFF", "threaten", "PER")}),
    # ... the base form of the verbs answering with a measure ("would retaliate with", actions.jsonl impose)
    (
        "conditioned_act",
        "Peru said it would retaliate with tariffs on Chilean wine if the talks fail.",
        {("TARIFF", "threaten", "PER")},
    ),
    # limits: a done act, and a future act with no condition, keep impose;
    (None, "秘鲁对智利葡萄酒加征了关税，若智利坚持其立场，还将加码。", {("TARIFF", "impose", "PER")}),
    (None, "秘鲁将对智利葡萄酒加征关税。", {("TARIFF", "impose", "PER")}),
    (None, "Peru imposed tariffs on Chilean wine on Monday.", {("TARIFF", "impose", "PER")}),
    (None, "Peru said it will impose tariffs on Chilean wine from July 21.", {("TARIFF", "impose", "PER")}),
]


@pytest.mark.parametrize("rule, body, expected", FRAMES, ids=_ids([c[1:] for c in FRAMES]))
def test_threat_frames(
    rule: str | None, body: str, expected: set[tuple[str, str, str]], monkeypatch: pytest.MonkeyPatch
) -> None:
    assert events(body) == expected
    if rule is not None:  # without the rule the answer changes
        monkeypatch.setattr(event_rules, "ACTIONS", tuple(r for r in event_rules.ACTIONS if r[0] != rule))
        assert events(body) != expected


WARNED = [
    # warned_future: a threat verb reporting a future act; the backshifted "would" is the threat's frame
    ("Peru warned that it would impose tariffs on Chilean wine.", {("TARIFF", "threaten", "PER")}),
    ("Peru warned it would impose tariffs on Chilean wine.", {("TARIFF", "threaten", "PER")}),
    # ... with a time adverbial after the threat verb (issue 11, xaction8)
    ("Peru warned on Monday that it would impose tariffs on Chilean wine.", {("TARIFF", "threaten", "PER")}),
    ("Peru warned again that it would raise tariffs on Chilean wine.", {("TARIFF", "threaten", "PER")}),
    # ... the other party "could / would face" the measure: the warner's threat
    ("Peru warned on Monday that Chile could face tariffs of 25% on wine.", {("TARIFF", "threaten", "PER")}),
    ("Analysts said Chile could face tariffs of 25% on wine.", set()),
    # the reported act an event phrase with its verb inside ("restrict … exports")
    ("China warned it would restrict rare earth exports.", {("EXPORT_CONTROL", "threaten", "CHN")}),
    # limits: analysts' warnings stay hedged; a warning with no future act between names no measure of its own
    ("Analysts warned that Peru would impose tariffs on Chilean wine.", set()),
]


@pytest.mark.parametrize("body, expected", WARNED, ids=_ids(WARNED))
def test_warned_future(body: str, expected: set[tuple[str, str, str]], monkeypatch: pytest.MonkeyPatch) -> None:
    assert events(body) == expected
    if expected:  # without the rule the reported "would" hedges the threat away
        monkeypatch.setattr(threat_rules, "warned_future", lambda s: False)
        assert events(body) != expected


SPEAKERS = [
    # conditional_speakers: the subjectless consequent of a fronted Chinese condition is the speaker's, not the
    # party named in the condition
    ("秘鲁周一表示，除非智利让步，否则将对智利葡萄酒加征关税。", {("TARIFF", "threaten", "PER")}),
    ("秘鲁总统周一预告，若智利继续倾销，将扩大限制智利葡萄酒进口。", {("IMPORT_RESTRICTION", "threaten", "PER")}),
    ("Unless Chile drops its levies, Peru would raise tariffs on Chilean wine.", {("TARIFF", "threaten", "PER")}),
    # limits: a consequent naming its own subject keeps it
    ("若谈判破裂，秘鲁将对智利葡萄酒加征关税。", {("TARIFF", "threaten", "PER")}),
]


@pytest.mark.parametrize("body, expected", SPEAKERS, ids=_ids(SPEAKERS))
def test_conditional_speakers(body: str, expected: set[tuple[str, str, str]]) -> None:
    assert events(body) == expected
