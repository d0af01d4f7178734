"""``effect_sentence`` (``extract/date_effect.py``): a sentence of no act of its own that states when a
measure takes effect dates the undated acts of the sentence before it.  Invented sentences, English
and Chinese, by the form of the effect predicate and of its subject (a measure noun, a pronoun, a
notice); each row gives the main actor and date of every event of a one-paragraph article published
on a Tuesday (2025-11-25)."""

from __future__ import annotations

import pytest

from tests.rule_cases import rule_events

CASES = [
    # the effect sentence's subject: a pronoun, a generic noun, a measure noun, the notice
    ("India will ban exports of onions. It will take effect on Dec. 1.", {"IND": "2025-12-01"}),
    ("India will ban exports of onions. The new rules will apply from Dec. 1.", {"IND": "2025-12-01"}),
    (
        "India will ban exports of onions to protect local consumers. The decision will be effective from Dec. 1.",
        {"IND": "2025-12-01"},
    ),
    (
        "The EU will impose anti-dumping duties on Chinese steel. The duties will apply from Dec. 1.",
        {"EU": "2025-12-01"},
    ),
    ("The EU will impose anti-dumping duties on Chinese steel. They will apply from Dec. 1.", {"EU": "2025-12-01"}),
    ("India will ban exports of onions. The ban will start on Dec. 1.", {"IND": "2025-12-01"}),
    ("商务部决定对镓实施出口管制。该措施将于12月1日生效。", {"CHN": "2025-12-01"}),
    ("商务部决定对镓实施出口管制。新规自12月1日起施行。", {"CHN": "2025-12-01"}),
    ("商务部决定对镓实施出口管制。上述措施自12月1日起执行。", {"CHN": "2025-12-01"}),
    ("商務部決定對鎵實施出口管制。新規自12月1日起施行。", {"CHN": "2025-12-01"}),
    # the act's own day (the announcement) beats its effective date
    ("India said on Monday it will ban exports of onions. The rules apply from Dec. 1.", {"IND": "2025-11-24"}),
    # a past or background act takes no effective date of a later sentence
    ("India had banned exports of onions in 2023. The new rules will apply from Dec. 1.", {"IND": None}),
    ("印度此前已禁止洋葱出口。新规自12月1日起施行。", {"IND": None}),
    # a sentence stating an act of its own is no effect sentence; nor is a start without a verb of taking effect
    (
        "India will ban exports of onions. Pakistan will impose duties on Indian cotton from Dec. 1.",
        {"IND": None, "PAK": "2025-12-01"},
    ),
    ("India will ban exports of onions. Exporters from Dec. 1 will need licences.", {"IND": None}),
    # a start since superseded is the day of the plan called off, not of the act before it
    (
        "India will suspend its export controls on onions. They were originally set to take effect on Dec. 1.",
        {"IND": None},
    ),
    (
        "India will suspend its export controls on onions. They had been due to apply from Dec. 1.",
        {"IND": None},
    ),
    ("商务部决定暂停实施对镓的出口管制。该措施原定于12月1日起实施。", {"CHN": None}),
    # at most two sentences back
    (
        "India will ban exports of onions. Prices rose sharply. Traders expect shortages. The rules apply from Dec. 1.",
        {"IND": None},
    ),
]


@pytest.mark.parametrize(("body", "days"), CASES, ids=[b[:60] for b, _ in CASES])
def test_effect_sentence(body: str, days: dict[str, str | None]) -> None:
    assert {e.actors[0]: e.date for e in rule_events(body)} == days
