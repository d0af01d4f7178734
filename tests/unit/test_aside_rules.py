"""``aside_rules``: a hedge inside a fronted adjunct does not hedge the main clause; the adjunct names no subject.

Invented sentences; the controls keep the hedge when its comma has not closed before the trigger.
"""

from __future__ import annotations

import pytest

from policykg.extract.aside_rules import after_fronted_adjunct, aside_hedge
from tests.rule_cases import case_ids, main_actor_events

ACTS = [
    (
        "In a move likely to escalate trade tensions, Japan on Monday imposed tariffs of 25% on Turkish steel.",
        ("TARIFF", "impose", "JPN"),
    ),
    (
        "In what could become a trade war, Canada imposed tariffs on Chinese steel on Monday.",
        ("TARIFF", "impose", "CAN"),
    ),
    ("Amid fears of possible shortages, India banned exports of onions on Monday.", ("EXPORT_BAN", "impose", "IND")),
    ("In a step that may anger Ankara, Japan imposed tariffs of 25% on Turkish steel.", ("TARIFF", "impose", "JPN")),
    ("Despite warnings that it could hurt farmers, Mexico lifted its tariffs on US corn.", ("TARIFF", "lift", "MEX")),
    # the adjunct's own verb ("escalate", an impose verb) does not act on the measure after it
    (
        "In a move likely to escalate trade tensions, Japan introduced tariffs of 25% on Turkish steel.",
        ("TARIFF", "impose", "JPN"),
    ),
    (
        "In a step that could escalate the dispute, Canada unveiled export controls on graphite.",
        ("EXPORT_CONTROL", "impose", "CAN"),
    ),
    ("In retaliation for US tariffs, China imposed tariffs on American soybeans.", ("TARIFF", "impose", "CHN")),
]
NON_ACTS = [
    "In a statement, Japan said it could impose tariffs of 25% on Turkish steel.",
    "With an election looming, Japan may impose tariffs of 25% on Turkish steel.",
    "If Japan imposes tariffs of 25% on Turkish steel, exporters will suffer.",
    "In a note, analysts said India could ban exports of onions.",
]


@pytest.mark.parametrize(("text", "want"), ACTS, ids=case_ids(ACTS))
def test_act_after_hedged_adjunct(text: str, want: tuple[str, str, str]) -> None:
    assert want in main_actor_events(text)


@pytest.mark.parametrize("text", NON_ACTS, ids=[t[:40] for t in NON_ACTS])
def test_hedge_still_hedges(text: str) -> None:
    assert not main_actor_events(text)


@pytest.mark.parametrize(
    ("text", "hedge", "anchor", "want"),
    [
        ("In a move likely to anger Ankara, Japan imposed tariffs.", "likely", "imposed", True),
        ("Japan, which could face retaliation, imposed tariffs.", "could", "imposed", True),
        ("In a statement, Japan said it could impose tariffs.", "could", "impose", False),
        ("Japan could, in theory, impose tariffs.", "could", "impose", False),
    ],
)
def test_aside_hedge(text: str, hedge: str, anchor: str, want: bool) -> None:
    h = text.index(hedge)
    assert aside_hedge(text, 0, h, h + len(hedge), text.index(anchor)) is want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("In a step that may anger Ankara, Japan imposed tariffs.", "Japan imposed tariffs."),
        (
            "After Canberra barred Huawei, China imposed tariffs.",
            "After Canberra barred Huawei, China imposed tariffs.",
        ),
        (
            "Japan imposed tariffs, in a step that may anger Ankara.",
            "Japan imposed tariffs, in a step that may anger Ankara.",
        ),
    ],
)
def test_after_fronted_adjunct(text: str, want: str) -> None:
    assert text[after_fronted_adjunct(text, 0, text.index("tariffs")) :].lstrip() == want
