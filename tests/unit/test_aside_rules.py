"""``aside_rules``: a hedge inside a fronted adjunct, a non-restrictive relative or a bracketed aside does not hedge
the main clause; the adjunct names no subject.

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
    # a non-restrictive relative (or a bracketed aside) on the subject, closed before the main verb
    ("Japan, which could face retaliation, imposed tariffs on Chinese steel on Monday.", ("TARIFF", "impose", "JPN")),
    ("Canada, which may face an election, imposed tariffs on Chinese steel on Monday.", ("TARIFF", "impose", "CAN")),
    ("India, which might run short of onions, banned exports of onions on Monday.", ("EXPORT_BAN", "impose", "IND")),
    ("Mexico, which is likely to lose revenue, lifted its tariffs on US corn on Monday.", ("TARIFF", "lift", "MEX")),
    (
        "Trump, who could face a court challenge, imposed tariffs on Chinese steel on Monday.",
        ("TARIFF", "impose", "USA"),
    ),
    ("Britain, whose banks may lose business, sanctioned Rosneft on Monday.", ("SANCTION", "impose", "GBR")),
    ("Japan (which may face retaliation) imposed tariffs on Chinese steel on Monday.", ("TARIFF", "impose", "JPN")),
    ("Japan (possibly fearing retaliation) imposed tariffs on Chinese steel on Monday.", ("TARIFF", "impose", "JPN")),
    ("日本（可能面临报复）对中国钢铁加征关税。", ("TARIFF", "impose", "JPN")),
    ("日本，可能面临报复，对中国钢铁加征关税。", ("TARIFF", "impose", "JPN")),
    ("日本雖然可能面臨報復，仍對中國鋼鐵加徵關稅。", ("TARIFF", "impose", "JPN")),
    ("印度（或将面临短缺）禁止洋葱出口。", ("EXPORT_BAN", "impose", "IND")),
    ("日本——可能面临报复——对中国钢铁加征关税。", ("TARIFF", "impose", "JPN")),
    ("印度——或将面临短缺——禁止洋葱出口。", ("EXPORT_BAN", "impose", "IND")),
]
NON_ACTS = [
    "In a statement, Japan said it could impose tariffs of 25% on Turkish steel.",
    "With an election looming, Japan may impose tariffs of 25% on Turkish steel.",
    "If Japan imposes tariffs of 25% on Turkish steel, exporters will suffer.",
    "In a note, analysts said India could ban exports of onions.",
    # the hedge is in the relative, and so is the trigger: the relative's own possibility
    "Japan, which could impose tariffs on Chinese steel, said on Monday it was ready to talk.",
    "Japan, which may ban exports of rice, said on Monday it was ready to talk.",
    "Japan said it could, if talks fail, impose tariffs on Chinese steel.",
    "Japan could (in theory) impose tariffs on Chinese steel.",
    "日本可能对中国钢铁加征关税。",
    "日本——可能对中国钢铁加征关税。",
    "日本可能——据报道——对中国钢铁加征关税。",
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
        ("Japan (which could face retaliation) imposed tariffs.", "could", "imposed", True),
        ("Japan (possibly fearing retaliation) imposed tariffs.", "possibly", "imposed", True),
        ("Japan could (in theory) impose tariffs.", "could", "impose", False),
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
