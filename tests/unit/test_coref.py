"""Who acts (extract/coref.py), on sentences of our own wording.

Each case goes through the whole pipeline and asserts the exact events, then
replaces its rule by the behaviour it replaced and asserts that the answer changes,
so every case pins its rule.
"""

from __future__ import annotations

import re

import pytest

from policykg.extract import coref, merge, roles, subject_filters
from policykg.extract.models import Article
from policykg.extract.pipeline import extract_article, load_pipeline

PUBLISHED = "2025-11-25T09:00:00"  # a Tuesday: "on Monday" is 2025-11-24


def events(body: str, title: str = "x") -> set[tuple]:
    """(type, action, actors, items, targets, date, until, rate_pct) of every event of the article."""
    record = extract_article(Article(title=title, body=body, published=PUBLISHED), load_pipeline(rescore=False))
    return {
        (e.type, e.action, e.actors, e.items, e.targets, e.date, e.until, dict(e.value).get("rate_pct"))
        for e in record.events
    }


def _first_headline_state(text, mentions, title_end, entities) -> list[str]:
    """The rule ``headline_actor`` replaced: the headline's first state, target or not."""
    return [
        m.entity_id
        for m in mentions
        if m.end <= title_end and roles.entity_type(m.entity_id, entities) in roles.STATE_TYPES
    ][:1]


REPLACED = {
    "owner": lambda *args, **kwargs: [],
    "headline_actor": _first_headline_state,
    "not_a_target": lambda actors, targets: list(actors),
    "requester": lambda *args: [],
    "definite_body": lambda *args: [],
    "in_credit": lambda text, mention: False,
    "buyer": lambda *args: [],
}

# "the ministry" takes the ministry last named; "imposed a licensing system to restrict exports" is one act
LICENSING_BODY = (
    "Peru imposed tariffs on Chilean wine on Monday. Chile's Ministry of Commerce said it will respond. "
    "The ministry imposed a licensing system to restrict exports of copper."
)
LICENSING_EVENTS = {
    ("TARIFF", "impose", ("PER",), ("item:wine",), ("CHL",), "2025-11-24", None, None),
    ("EXPORT_CONTROL", "impose", ("CHL", "org:chilean_ministry_of_commerce"), ("element:Cu",), (), None, None, None),
}

CASES = [
    # owner: an act on an existing measure is its owner's, even after "on"
    (
        "owner",
        "x",
        "Canada lowered tariffs on steel on Monday. The deal is the first during the 90-day pause on "
        'Trump\'s "Reciprocal" tariffs.',
        {
            ("TARIFF", "suspend", ("CAN",), ("item:steel",), (), "2025-11-24", None, None),  # a cut (contract)
            ("TARIFF", "suspend", ("USA", "person:donald_trump"), (), (), None, None, None),
        },
    ),
    (
        "owner",
        "x",
        "Peru and Chile signed a pact on Monday. But it lowers Chile's additional 25 percent tariffs on Peruvian copper.",
        # a cut is suspend; dated by the pact's day (date_clauses.lead_day: the opening's news day)
        {("TARIFF", "suspend", ("CHL",), ("element:Cu",), ("PER",), "2025-11-24", None, 25)},
    ),
    # headline_actor: the headline's state in a target phrase is not the article's acting state
    (
        "headline_actor",
        "Export curbs on South Korea worry Japanese makers",
        "The government announced on Monday that it will tighten controls on exports of resists to South Korea.",
        {("EXPORT_CONTROL", "impose", ("JPN",), (), ("KOR",), "2025-11-24", None, None)},
    ),
    (
        "headline_actor",
        "Tariffs on Mexico anger Canadian farmers",
        "The government said on Monday it will impose tariffs on avocados.",
        {("TARIFF", "impose", ("CAN",), ("item:avocados",), (), "2025-11-24", None, None)},
    ),
    # ... and when every headline state is a target, the state the body names outside target phrases (xrole)
    (
        "headline_actor",
        "Minister rejects anti-dumping duties on Chinese steel",
        "New Zealand opened an anti-dumping investigation into Chinese steel last year. Trade Minister Kris Faafoi"
        " rejected the steelmaker's second application for duties on steel imports on Monday.",
        # (duties on steel imports, not on Chinese steel: a target state is never an office holder's state either,
        # coref.person_state)
        {
            ("INVESTIGATION", "impose", ("NZL",), ("item:steel",), ("CHN",), None, None, None),
            ("TARIFF", "reject", ("NZL", "person:kris_faafoi"), ("item:steel",), (), "2025-11-24", None, None),
        },
    ),
    # not_a_target: the deal's parties inherited by a tariff cut less the cut's target
    (
        "not_a_target",
        "x",
        "Peru and Chile signed a trade deal on Monday. The agreement will lower Chilean tariffs on Peruvian copper.",
        {("TRADE_DEAL", "impose", ("PER", "CHL"), (), (), "2025-11-24", None, None)},
    ),
    # requester: the party named after a request noun made the request (an industry association)
    # definite_body: "The ministry" is the latest ministry named, not the last actor
    (
        "definite_body",
        "x",
        LICENSING_BODY,
        LICENSING_EVENTS,
    ),
    # buyer: a purchase commitment is the buyer's deal, the seller is its target
    (
        "buyer",
        "x",
        "An official told reporters on Monday that Peru had agreed to increase its purchases of goods from Chile "
        "under a trade deal.",
        {("TRADE_DEAL", "impose", ("PER",), (), ("CHL",), "2025-11-24", None, None)},
    ),
    # in_credit: a state inside the outlet's bracketed credit is no actor
    (
        "in_credit",
        "x",
        "（德国之声中文网）智利关税委员会24日发布公告,调整对原产于秘鲁的进口商品加征关税措施。",
        {("TARIFF", "impose", ("CHL",), (), ("PER",), "2025-11-24", None, None)},
    ),
]


def test_one_act_named_twice_in_a_clause_is_one_event(monkeypatch: pytest.MonkeyPatch) -> None:
    """ "imposed a licensing system to restrict exports" is one act; coordinated measures stay two."""
    assert events(LICENSING_BODY) == LICENSING_EVENTS
    monkeypatch.setattr(merge, "_COORDINATED", re.compile("."))  # every pair coordinated: no clause merge
    assert len(events(LICENSING_BODY)) == 3


def test_temporal_zai_frame_keeps_its_subjects(monkeypatch: pytest.MonkeyPatch) -> None:
    """在美国、荷兰…实施限制后: 在…后 frames a time, so both coordinated states are the subject."""
    body = "而在美国、荷兰对先进芯片实施限制后,中国24日宣布对镓实施出口管制。"
    expected = {
        ("EXPORT_CONTROL", "impose", ("USA", "NLD"), ("item:semiconductors",), (), None, None, None),
        ("EXPORT_CONTROL", "impose", ("CHN",), ("element:Ga",), (), "2025-11-24", None, None),
    }
    assert events(body) == expected
    monkeypatch.setattr(subject_filters, "temporal_zai", lambda *args: False)
    assert events(body) != expected


@pytest.mark.parametrize(
    "rule, title, body, expected", CASES, ids=[f"{v[0]}:{v[2][:30]}" for v in (getattr(c, "values", c) for c in CASES)]
)
def test_actor_rules(rule: str, title: str, body: str, expected: set[tuple], monkeypatch: pytest.MonkeyPatch) -> None:
    assert events(body, title) == expected
    monkeypatch.setattr(coref, rule, REPLACED[rule])
    assert events(body, title) != expected


def test_a_petitioner_is_no_target_of_the_act_it_asked_for() -> None:
    """The probe is the ministry's act and the petition the association's request (extract/petitions.py); the
    association named after "a request from" is not among the probe's targets (it was a strict xfail)."""
    body = (
        "China opened an anti-dumping probe into Australian wine on Monday after a request from the "
        "China Wine Industry Association."
    )
    assert events(body) == {
        ("INVESTIGATION", "impose", ("CHN",), ("item:wine",), ("AUS",), "2025-11-24", None, None),
        (
            "INVESTIGATION",
            "request",
            ("org:china_wine_industry_association",),
            ("item:wine",),
            ("AUS",),
            None,
            None,
            None,
        ),
    }


SUBJECT_FLOORS = [
    # (text, the word the act is anchored at, the word the subject may start at)
    ("China's CMOC Group declared force majeure after the ban took effect", "ban", "the ban"),
    ("Canada said tariffs would rise once the duties expire", "duties", "the duties"),
    ("Canada imposed duties on steel", "duties", "Canada"),  # no subordinator: the clause start
]


@pytest.mark.parametrize("text, anchor_word, floor_word", SUBJECT_FLOORS, ids=[c[0][:30] for c in SUBJECT_FLOORS])
def test_subject_floor_after_a_subordinator(text: str, anchor_word: str, floor_word: str) -> None:
    """The subject of an act in "after the ban took effect" is not the main clause's subject."""
    assert coref.subject_floor(text, 0, text.index(anchor_word)) == text.index(floor_word)
