"""Quoted statements of an act (``assertion_rules.quoted_remark``, ``event_cues.quoted_act``).

A quote of five words or more about a measure is a remark, not a statement of fact ("We will never accept these
export controls"), unless it states the act as done or under way: the perfect ("has renewed", "have been
introduced", "has decided to terminate") or the progressive ("is introducing") of an official statement quoted in
the article.  Invented sentences, one per form, and the remarks that stay no events (the copula, an effect).
"""

from __future__ import annotations

import pytest

from tests.rule_cases import case_ids, main_actor_events

CASES = [
    (
        'Norway adopted new sanctions on Monday. "Additional import restrictions have been introduced on Russian steel '
        'and timber," the government said.',
        {("SANCTION", "impose", "NOR"), ("IMPORT_RESTRICTION", "impose", "NOR")},
    ),
    (
        'Canada imposed new measures on Monday. "Tariffs have been imposed on Chinese electric vehicles," the finance '
        "minister said.",
        {("TARIFF", "impose", "CAN")},
    ),
    (
        '"Russia is introducing a temporary ban on the export of grain," the Russian government said on Monday.',
        {("EXPORT_BAN", "impose", "RUS")},
    ),
    (
        '"The Secretary has renewed the sanctions waiver for Iraq," the State Department said on Monday.',
        {("SANCTION", "extend", "USA")},
    ),
    (
        '"China has decided to terminate the anti-dumping duties on Australian wine," the ministry said on Monday.',
        {("TARIFF", "lift", "CHN")},
    ),
    ('"India has lifted the ban on onion exports," the food minister said on Monday.', {("EXPORT_BAN", "lift", "IND")}),
    # remarks about a measure: no act stated
    ('"We will never accept these unfair export controls on our graphite," the Korean minister told reporters.', set()),
    ('"These tariffs are carefully calibrated to protect our workers," the US trade representative said.', set()),
    ('"The tariffs have been a disaster for our farmers," the senator said.', set()),
    ('"Export controls are hurting American chipmakers," the company said.', set()),
]


@pytest.mark.parametrize(("body", "expected"), CASES, ids=case_ids(CASES))
def test_quoted_acts(body: str, expected: set[tuple[str, str, str]]) -> None:
    assert main_actor_events(body) == expected
