"""Truces stated with a plural noun (``extract/deal_rules.py``) and the verb that closes a deal phrase
(``pairing``: "agreed to pause" acts on the measure after it), on invented sentences through the pipeline.

Each case asserts the exact set of (type, action, sorted actors) of the article's events.
"""

from __future__ import annotations

import pytest

from policykg.extract.deal_rules import unnamed_parties
from policykg.extract.models import Entity, Mention
from tests.rule_cases import case_ids as _ids
from tests.rule_cases import rule_events


def events(body: str) -> set[tuple[str, str, tuple[str, ...]]]:
    return {(e.type, e.action, tuple(sorted(e.actors))) for e in rule_events(body)}


TRUCES = [
    # the verb closing "agreed to suspend" pairs with the tariffs; "both countries" are the states named last
    (
        "Peru and Chile held talks in Lima on Monday. Both countries agreed to suspend their tariffs on each "
        "other's wine.",
        {
            ("TRADE_DEAL", "impose", ("CHL", "PER")),
            ("TARIFF", "suspend", ("PER",)),
            ("TARIFF", "suspend", ("CHL",)),
        },
    ),
    # the antecedents are the last two states named, not the article's most named ones
    (
        "Peru imposed tariffs on Bolivian gas on Friday. Bolivia and Bolivian firms protested. Peru's minister met "
        "Chile's minister on Monday. The two sides agreed to pause their tariffs on each other's goods.",
        {
            ("TARIFF", "impose", ("PER",)),
            ("TRADE_DEAL", "impose", ("CHL", "PER")),
            ("TARIFF", "suspend", ("PER",)),
            ("TARIFF", "suspend", ("CHL",)),
        },
    ),
    # agreed_by_several: a pause agreed by two named states is each one's own suspend
    (
        "Peru and Chile agreed on Monday to suspend tariffs on wine.",
        {("TRADE_DEAL", "impose", ("CHL", "PER")), ("TARIFF", "suspend", ("PER",)), ("TARIFF", "suspend", ("CHL",))},
    ),
    # a named party's own term of a deal stays its own (lift: a removal)
    (
        "Peru and Chile signed a trade deal on Monday. Peru agreed to remove its tariff on Chilean wine.",
        {("TRADE_DEAL", "impose", ("CHL", "PER")), ("TARIFF", "lift", ("PER",))},
    ),
    # the closing verb does not act on a measure named before it
    (
        "Peru confirmed the deal, saying it had agreed with Chile to pause the dispute.",
        {("TRADE_DEAL", "impose", ("CHL", "PER"))},
    ),
]


@pytest.mark.parametrize("body, expected", TRUCES, ids=_ids(TRUCES))
def test_truces_of_unnamed_parties(body: str, expected: set[tuple]) -> None:
    assert events(body) == expected


def test_unnamed_parties_reads_back_from_the_clause() -> None:
    entities = {
        "PER": Entity("PER", "Country", "Peru"),
        "CHL": Entity("CHL", "Country", "Chile"),
        "person:x": Entity("person:x", "Person", "X"),
    }
    mentions = [Mention("PER", 0, 4, "Peru"), Mention("person:x", 20, 21, "X")]
    assert unnamed_parties(mentions, entities, {"person:x": "CHL"}, (40, 60)) == ["PER", "CHL"]
    assert unnamed_parties(mentions[:1], entities, {}, (40, 60)) == []
