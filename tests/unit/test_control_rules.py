"""Object control (``extract/control_rules.py``): the object of a judging verb or of a noun of response is the agent
of the gerund after "for", on invented sentences through the whole pipeline."""

from __future__ import annotations

import pytest

from tests.rule_cases import main_actor_events as events

CONTROL = [
    (
        "Peru condemned the US and its allies for imposing chip restrictions on Chile.",
        {("EXPORT_CONTROL", "impose", "USA")},
    ),
    ("Chile criticised Peru for imposing tariffs on Chilean wine.", {("TARIFF", "impose", "PER")}),
    # an accusation is an allegation, no stated act (assertion_rules.alleged)
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
