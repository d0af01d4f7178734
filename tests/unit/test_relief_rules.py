"""Acts on a tariff relief and negated levies (extract/relief_rules.py), on sentences of our own wording.

Each case names its expected events; a case naming its rule then removes that rule
from the action table and asserts that the answer changes.
"""

from __future__ import annotations

import pytest

from policykg.extract import event_rules
from policykg.extract.models import Article
from policykg.extract.pipeline import extract_article, load_pipeline

PUBLISHED = "2025-11-25T09:00:00"  # a Tuesday: "on Monday" is 2025-11-24


def events(body: str) -> set[tuple]:
    """(type, action, actors, targets, date) of every event of the article."""
    record = extract_article(Article(title="x", body=body, published=PUBLISHED), load_pipeline(rescore=False))
    return {(e.type, e.action, e.actors, e.targets, e.date) for e in record.events}


CASES = [
    ("ended_relief", "中国24日宣布终止ECFA内134个产品的关税减让。", {("TARIFF", "impose", ("CHN",), (), "2025-11-24")}),
    (
        "ended_relief",
        "Beijing on Monday suspended preferential tariffs for 34 products from Taiwan.",
        {("TARIFF", "impose", ("CHN",), ("TWN",), "2025-11-24")},
    ),
    (
        "ended_relief",
        "The US on Monday revoked the tariff exemptions for Canadian steel.",
        {("TARIFF", "impose", ("USA",), ("CAN",), "2025-11-24")},
    ),
    # negated_levy: deciding not to collect (any more) lifts the duty; a provision's bare 不征收 is no act
    (
        "negated_levy",
        "欧盟委员会24日宣布,临时关税将不予征收。",
        {("TARIFF", "lift", ("EU", "org:european_commission"), (), "2025-11-24")},
    ),
    (
        "negated_levy",
        "商务部24日宣布不再对美国大豆加征关税。",
        {("TARIFF", "lift", ("CHN", "org:mofcom"), ("USA",), "2025-11-24")},
    ),
    ("negated_levy", "商务部24日宣布,对符合承诺条件的进口产品不征收反倾销税。", set()),
    # the topic's relative clause (…征收的临时关税) does not act on it; the comment's verb after it does (pairing.py)
    (
        "negated_levy",
        "欧盟委员会24日宣布,对中国电动汽车征收的临时关税将不予征收。",
        {("TARIFF", "lift", ("EU", "org:european_commission"), ("CHN",), "2025-11-24")},
    ),
    (None, "商务部24日宣布对美国大豆加征关税。", {("TARIFF", "impose", ("CHN", "org:mofcom"), ("USA",), "2025-11-24")}),
    # the tariff itself lifted: no relief in sight
    (
        None,
        "Chile lifted tariffs on Peruvian copper on Monday.",
        {("TARIFF", "lift", ("CHL",), ("PER",), "2025-11-24")},
    ),
]


@pytest.mark.parametrize(("rule", "body", "expected"), CASES, ids=[c[1][:30] for c in CASES])
def test_relief_rules(rule: str | None, body: str, expected: set[tuple], monkeypatch: pytest.MonkeyPatch) -> None:
    assert events(body) == expected
    if rule is not None:
        monkeypatch.setattr(event_rules, "ACTIONS", tuple(a for a in event_rules.ACTIONS if a[0] != rule))
        assert events(body) != expected
