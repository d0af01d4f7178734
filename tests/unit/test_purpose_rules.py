"""Actions named as a purpose or advocated (extract/purpose_rules.py), on sentences of our own wording.

Each case goes through the whole pipeline and asserts the exact events; a case that
names its rule then removes that rule from the veto table and asserts that the answer
changes, so every such case pins its rule.  Cases with no rule name are the limits.
"""

from __future__ import annotations

import pytest

from policykg.extract import event_rules
from policykg.extract.models import Article
from policykg.extract.pipeline import extract_article, load_pipeline

PUBLISHED = "2025-11-25T09:00:00"  # a Tuesday: "on Monday" is 2025-11-24


def events(body: str) -> set[tuple]:
    """(type, action, actors, items, targets, date) of every event of the article."""
    record = extract_article(Article(title="x", body=body, published=PUBLISHED), load_pipeline(rescore=False))
    return {(e.type, e.action, e.actors, e.items, e.targets, e.date) for e in record.events}


PERU_WINE = ("TARIFF", "impose", ("PER",), ("item:wine",), ("CHL",), "2025-11-24")
CHILE_BAN = ("EXPORT_BAN", "extend", ("CHL",), ("element:Cu",), (), "2025-11-24")

CASES = [
    # purpose_infinitive: what the measure is for is no further act
    (
        "purpose_infinitive",
        "Peru raised tariffs on Chilean wine on Monday. The aim is to cut imports of wine.",
        {PERU_WINE},
    ),
    (
        "purpose_infinitive",
        "Peru raised tariffs on Chilean wine on Monday in order to halt imports of wine.",
        {PERU_WINE},
    ),
    (
        "purpose_infinitive",
        "The European Commission proposed tariffs on Russian fertiliser on Monday. The Commission said the aim of "
        "the new tariffs is to reduce dependence on imports from Russia.",
        {("TARIFF", "impose", ("EU", "org:european_commission"), ("item:fertilizers",), ("RUS",), "2025-11-24")},
    ),
    # advocated_act: pushing or pressing for an act is not the act
    (
        "advocated_act",
        "Chile extended its ban on copper exports on Monday. Chilean President Gabriel Boric's government had "
        "previously pushed to lift the ban.",
        {CHILE_BAN},
    ),
    (
        "advocated_act",
        "Chile extended its ban on copper exports on Monday. Peru's government has pressed for lifting the ban.",
        {CHILE_BAN},
    ),
    # pursued_removal: a nominalised act as the object of a verb of pursuit or demand (other verbs, aspects, nouns)
    ("pursued_removal", "Peru is seeking the removal of Chile's tariffs on copper.", set()),
    (
        "pursued_removal",
        "The pause gave Peru the space to seek the full removal of the tariffs that Chile imposed on Peruvian copper.",
        set(),
    ),
    ("pursued_removal", "Peru pushed for an end to Chile's tariffs on copper.", set()),
    ("pursued_removal", "Peru is lobbying for the removal of Chile's copper tariffs.", set()),
    ("pursued_removal", "Peru will work toward the elimination of Chile's tariffs on copper.", set()),
    ("pursued_removal", "Peru demanded the withdrawal of Chile's export controls on lithium.", set()),
    # limits: the act itself, and an act followed by its purpose
    (
        None,
        "Chile lifted the ban on copper exports on Monday.",
        {("EXPORT_BAN", "lift", ("CHL",), ("element:Cu",), (), "2025-11-24")},
    ),
    (None, "Peru imposed duties on Chilean wine on Monday so as to protect growers.", {PERU_WINE}),
]


@pytest.mark.parametrize(("rule", "body", "expected"), CASES, ids=[f"{c[0]}-{i}" for i, c in enumerate(CASES)])
def test_purpose_rules(rule: str | None, body: str, expected: set[tuple], monkeypatch: pytest.MonkeyPatch) -> None:
    assert events(body) == expected
    if rule is not None:
        monkeypatch.setattr(event_rules, "VETOES", tuple(v for v in event_rules.VETOES if v[0] != rule))
        assert events(body) != expected
