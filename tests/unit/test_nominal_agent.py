"""``roles.nominal_agent``: the ``by`` agent of an action noun ("the imposition of X by Y"), invented sentences."""

from __future__ import annotations

import pytest

from tests.rule_cases import case_ids, main_actor_events

CASES = [
    (
        "The imposition of tariffs of 25% on steel from Turkey by Australia angered exporters.",
        ("TARIFF", "impose", "AUS"),
    ),
    ("The lifting of its ban on nickel ore exports by Mexico angered exporters.", ("EXPORT_BAN", "lift", "MEX")),
    (
        "The launch of an anti-dumping investigation into steel from Vietnam by Brazil angered exporters.",
        ("INVESTIGATION", "impose", "BRA"),
    ),
    ("The suspension of its tariffs on Turkish steel by Canada surprised traders.", ("TARIFF", "suspend", "CAN")),
    ("The removal of sanctions on Rosneft by the European Union was welcomed.", ("SANCTION", "lift", "EU")),
]
# a participle or a form of "be" before "by" makes it the agent of that verb, not of the action noun
NOT_AGENT = [
    ("The imposition of tariffs on steel that was made by Turkey angered exporters.", "TUR"),
]


@pytest.mark.parametrize(("text", "want"), CASES, ids=case_ids(CASES))
def test_nominal_agent(text: str, want: tuple[str, str, str]) -> None:
    assert want in main_actor_events(text)


@pytest.mark.parametrize(("text", "actor"), NOT_AGENT, ids=case_ids(NOT_AGENT))
def test_not_nominal_agent(text: str, actor: str) -> None:
    assert all(e[2] != actor for e in main_actor_events(text))
