"""Statements about a measure that state no act (``extract/statement_rules.py``), and the control lists other than
the Entity List (lexicon row ``control_list``), on invented sentences through the whole pipeline.

Each case asserts the exact set of (type, action, main actor) of the article's events.
"""

from __future__ import annotations

import pytest

from tests.rule_cases import case_ids as _ids
from tests.rule_cases import main_actor_events as events

STATEMENTS = [
    # generic_procedure: a bare plural, a present passive and a condition say how a list works
    ("Companies are added to the unverified list if US officials cannot inspect their plants.", set()),
    # ... an episode with a determiner is an act
    (
        "The US Commerce Department added 30 Peruvian firms to its unverified list on Monday.",
        {("EXPORT_CONTROL", "impose", "USA")},
    ),
    # control_list: taking parties off such a list is its lift
    (
        "The US Commerce Department removed 27 Peruvian entities from the unverified list on Monday.",
        {("EXPORT_CONTROL", "lift", "USA")},
    ),
    # evaluated_measure: a measure judged, in English and in Chinese
    (
        "Chile said on Monday that Peru's export ban on copper ore is inconsistent with WTO rules.",
        set(),
    ),
    ("秘鲁强调,智利对秘鲁铜征收高额关税并不会增强智利本土产业的韧性。", set()),
    # ... the same measure stated as an act
    ("智利24日宣布对秘鲁铜征收高额关税。", {("TARIFF", "impose", "CHL")}),
    # a hope is no act: "hoping" is the hedge "hope*" with its e dropped (hedges.jsonl)
    ("Peru will accept public comments until May 2, hoping to introduce export restrictions on copper in July.", set()),
    # requested_talks: a request for talks is no request of a licence or an exemption
    (
        "Chile imposed tariffs on Peruvian copper on Monday. Peru said it had requested negotiations on the tariffs.",
        {("TARIFF", "impose", "CHL")},
    ),
    # standing_measure: a measure in place, named with an adjective of standing and no action word
    (
        "Peru imposed duties of up to 30% on Chilean wine on Monday, on top of Peru's standard 6% wine import duty.",
        {("TARIFF", "impose", "PER")},
    ),
]


OWNERS = [
    # roles.possessor: a true possessive ('s) owns the measure through up to four modifiers, after a preposition too
    # (this case was coref.owner's: "the verb inside the owner's noun phrase"; both rules now read it)
    (
        "Chile said on Monday it will reopen its complaint at the WTO over Peru's tightened export controls.",
        {("EXPORT_CONTROL", "impose", "PER")},
    ),
    ("Chile criticised Peru's provisional imposition of tariffs on Chilean wine.", {("TARIFF", "impose", "PER")}),
    (
        "Chile will retaliate against Peru's additional 25 percent tariffs on Chilean steel imposed in early April.",
        {("TARIFF", "impose", "PER")},
    ),
]


@pytest.mark.parametrize("body, expected", OWNERS, ids=_ids(OWNERS))
def test_a_possessive_owns_the_measure(body: str, expected: set[tuple[str, str, str]]) -> None:
    assert events(body) == expected


@pytest.mark.parametrize("body, expected", STATEMENTS, ids=_ids(STATEMENTS))
def test_statements_about_measures(body: str, expected: set[tuple[str, str, str]]) -> None:
    assert events(body) == expected
