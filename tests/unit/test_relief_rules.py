"""Acts on a tariff relief (extract/relief_rules.py), on sentences of our own wording.

Each case names its expected events; a case marked as pinning its rule then removes
``ended_relief`` from the action table and asserts that the answer changes.
"""

from __future__ import annotations

import pytest

from policykg.extract import event_rules
from policykg.extract.models import Article
from policykg.extract.pipeline import extract_article, load_pipeline

PUBLISHED = "2025-11-25T09:00:00"  # a Tuesday: "on Monday" is 2025-11-24


def events(body: str) -> set[tuple]:
    """(type, action, actors, targets, date) of every event of the article."""
    record = extract_article(Article(title="x", body=body, published=PUBLISHED), load_pipeline())
    return {(e.type, e.action, e.actors, e.targets, e.date) for e in record.events}


CASES = [
    (True, "中国24日宣布终止ECFA内134个产品的关税减让。", {("TARIFF", "impose", ("CHN",), (), "2025-11-24")}),
    (
        True,
        "Beijing on Monday suspended preferential tariffs for 34 products from Taiwan.",
        {("TARIFF", "impose", ("CHN",), ("TWN",), "2025-11-24")},
    ),
    (
        True,
        "The US on Monday revoked the tariff exemptions for Canadian steel.",
        {("TARIFF", "impose", ("USA",), ("CAN",), "2025-11-24")},
    ),
    # the tariff itself lifted: no relief in sight
    (
        False,
        "Chile lifted tariffs on Peruvian copper on Monday.",
        {("TARIFF", "lift", ("CHL",), ("PER",), "2025-11-24")},
    ),
]


@pytest.mark.parametrize(("pinned", "body", "expected"), CASES, ids=[c[1][:30] for c in CASES])
def test_ended_relief(pinned: bool, body: str, expected: set[tuple], monkeypatch: pytest.MonkeyPatch) -> None:
    assert events(body) == expected
    if pinned:
        monkeypatch.setattr(event_rules, "ACTIONS", tuple(a for a in event_rules.ACTIONS if a[0] != "ended_relief"))
        assert events(body) != expected
