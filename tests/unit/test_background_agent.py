"""A background act with its doer in a by-phrase (``extract/background.py``, ``named_agent``).

"the chip rule, introduced by President Joe Biden" states a past act and names who took it: the doer is the
event's actor (not the subject of the main clause, which acts on the measure), and the statement needs no date
of its own.  Invented sentences, one per form of the class: participles of the impose class (introduced,
imposed, levied, adopted, announced, put in place), with and without commas, leaders with their titles,
agencies, capitals standing for their state; and the forms that name no doer ("imposed on steel", "by the end
of the year").
"""

from __future__ import annotations

import pytest

from tests.rule_cases import case_ids, main_actor_events

CASES = [
    (
        "The Commerce Department on Monday scrapped the chip export rule, introduced by President Joe Biden.",
        {("EXPORT_CONTROL", "impose", "USA"), ("EXPORT_CONTROL", "lift", "USA")},
    ),
    ("Seoul welcomed the end of the export curbs, imposed by Japan in 2019.", {("EXPORT_CONTROL", "impose", "JPN")}),
    ("Brazil criticised the duties levied by the European Commission on its steel.", {("TARIFF", "impose", "EU")}),
    ("Canada protested against the steel tariffs, imposed by President Donald Trump.", {("TARIFF", "impose", "USA")}),
    ("The export ban, introduced by the Ministry of Commerce, hurt exporters.", {("EXPORT_BAN", "impose", "CHN")}),
    (
        "Australian exporters welcomed the removal of the barley duties, first imposed by Beijing.",
        {("TARIFF", "impose", "CHN"), ("TARIFF", "lift", "CHN")},
    ),
    (
        "Farmers protested against the import quota adopted by the European Union.",
        {("IMPORT_RESTRICTION", "impose", "EU")},
    ),
    ("The sanctions, announced by Washington, target five banks.", {("SANCTION", "impose", "USA")}),
    ("Germany criticised the export controls put in place by the Netherlands.", {("EXPORT_CONTROL", "impose", "NLD")}),
    ("Exporters were hit by the rice export restrictions announced by India.", {("EXPORT_CONTROL", "impose", "IND")}),
    # no doer named: a mere mention of the measure, or "by" a date
    ("The tariffs imposed on steel hurt exporters.", set()),
    ("The tariffs must be imposed by the end of the year, analysts said.", set()),
]


@pytest.mark.parametrize(("body", "expected"), CASES, ids=case_ids(CASES))
def test_background_agent(body: str, expected: set[tuple[str, str, str]]) -> None:
    assert main_actor_events(body) == expected
