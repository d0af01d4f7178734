"""Object control (``extract/control_rules.py``): the object of a judging verb or of a noun of response is the agent
of the gerund after "for", on invented sentences through the whole pipeline."""

from __future__ import annotations

import pytest

from policykg.extract.models import Article
from policykg.extract.pipeline import extract_article, load_pipeline

PUBLISHED = "2025-11-25T09:00:00"


def events(body: str) -> set[tuple[str, str, str]]:
    record = extract_article(Article(title="Trade news", body=body, published=PUBLISHED), load_pipeline())
    return {(e.type, e.action, e.actors[0]) for e in record.events}


CONTROL = [
    (
        "Peru condemned the US and its allies for imposing chip restrictions on Chile.",
        {("EXPORT_CONTROL", "impose", "USA")},
    ),
    ("Chile criticised Peru for imposing tariffs on Chilean wine.", {("TARIFF", "impose", "PER")}),
    # an accusation is an allegation, no stated act (event_rules.alleged)
    ("Chile accused Peru of imposing tariffs on Chilean wine.", set()),
    (
        "The duties are seen as Chile's retaliation against Peru for imposing tariffs on Chilean wine.",
        {("TARIFF", "impose", "PER")},
    ),
    # no judging verb: the clause subject acts
    ("Peru is imposing tariffs on Chilean wine.", {("TARIFF", "impose", "PER")}),
]


@pytest.mark.parametrize("body, expected", CONTROL, ids=[c[0][:40] for c in CONTROL])
def test_object_control(body: str, expected: set[tuple[str, str, str]]) -> None:
    assert events(body) == expected
