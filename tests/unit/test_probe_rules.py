"""Plural probes (``extract/probe_rules.py``), on invented sentences through the whole pipeline.

Each case asserts the exact set of (type, action, main actor, items) of the article's events.
"""

from __future__ import annotations

import pytest

from tests.rule_cases import case_ids as _ids
from tests.rule_cases import rule_events


def events(body: str) -> set[tuple[str, str, str, tuple[str, ...]]]:
    return {(e.type, e.action, e.actors[0], e.items) for e in rule_events(body)}


PLURAL_PROBES = [
    # split_plural_probe: investigations into coordinated goods are one probe per good
    (
        "Brazil has launched investigations into the imports of steel and semiconductors.",
        {
            ("INVESTIGATION", "impose", "BRA", ("item:steel",)),
            ("INVESTIGATION", "impose", "BRA", ("item:semiconductors",)),
        },
    ),
    # ... whatever the preposition of the object ("probes against", "investigations on", "probes targeting")
    (
        "Brazil has already launched probes against Chinese steel and semiconductors.",
        {
            ("INVESTIGATION", "impose", "BRA", ("item:steel",)),
            ("INVESTIGATION", "impose", "BRA", ("item:semiconductors",)),
        },
    ),
    # a restatement merges with its own part, not with the other
    (
        "Brazil has launched investigations into the imports of steel and semiconductors. "
        "Brazil opened the probes into steel and semiconductors on Monday.",
        {
            ("INVESTIGATION", "impose", "BRA", ("item:steel",)),
            ("INVESTIGATION", "impose", "BRA", ("item:semiconductors",)),
        },
    ),
    # a singular investigation of several goods stays one
    (
        "Brazil has launched an investigation into the imports of steel and semiconductors.",
        {("INVESTIGATION", "impose", "BRA", ("item:steel", "item:semiconductors"))},
    ),
    # a plural without coordinated goods stays one
    (
        "Brazil has opened two investigations into Chinese steel bids for a port project.",
        {("INVESTIGATION", "impose", "BRA", ("item:steel",))},
    ),
]


@pytest.mark.parametrize("body, expected", PLURAL_PROBES, ids=_ids(PLURAL_PROBES))
def test_plural_probes_are_one_event_per_item(body: str, expected: set[tuple]) -> None:
    assert events(body) == expected


def test_parts_do_not_merge_into_an_earlier_probe_of_other_goods() -> None:
    """The parts of a plural probe are new measures, not restatements of an earlier probe of other goods."""
    body = (
        "Brazil launched a probe into the need for tariffs on copper on Monday. On Tuesday, Brazil also said that "
        "it had initiated investigations into steel and semiconductor imports."
    )
    found = {e for e in events(body) if e[0] == "INVESTIGATION"}
    assert {e[3] for e in found} == {(), ("item:steel",), ("item:semiconductors",)}
