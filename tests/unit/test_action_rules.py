"""The action and type rules of ``extract/action_rules.py``, each on a table of invented sentences.

Every case goes through the whole pipeline (``extract_article``, rules only) and
asserts the exact set of (type, action, main actor) of the article's events, so a
rule that fires too widely (or not at all) is seen.
"""

from __future__ import annotations

import pytest

from policykg.extract.models import Article
from policykg.extract.pipeline import extract_article, load_pipeline

PUBLISHED = "2025-11-25T09:00:00"


def events(body: str) -> set[tuple[str, str, str]]:
    """(type, action, main actor) of every event of an article with a neutral title."""
    record = extract_article(Article(title="Trade news", body=body, published=PUBLISHED), load_pipeline())
    return {(e.type, e.action, e.actors[0]) for e in record.events}


def _ids(cases: list) -> list[str]:
    return [c[0][:40] for c in cases]


EASED_TARIFF = [
    ("Canada lowered its tariffs on American cars to 10% on Monday.", {("TARIFF", "suspend", "CAN")}),
    ("印度政府周一宣布下调对美国杏仁的关税。", {("TARIFF", "suspend", "IND")}),
    # removal, not easing: stays lift
    ("Canada ended its tariffs on American cars on Monday.", {("TARIFF", "lift", "CAN")}),
    ("印度政府周一宣布取消对美国杏仁加征的关税。", {("TARIFF", "lift", "IND")}),
    # easing an export-control regime is its lift (contract)
    ("Japan relaxed its export controls on photoresists to Korea on Monday.", {("EXPORT_CONTROL", "lift", "JPN")}),
]


@pytest.mark.parametrize("body, expected", EASED_TARIFF, ids=_ids(EASED_TARIFF))
def test_eased_tariff(body: str, expected: set[tuple[str, str, str]]) -> None:
    assert events(body) == expected


TEMPORARY_LIFT = [
    ("Brazil's ban on beef exports was temporarily lifted until March 31.", {("EXPORT_BAN", "suspend", "BRA")}),
    ("越南政府周一宣布暂时取消大米出口禁令。", {("EXPORT_BAN", "suspend", "VNM")}),
    ("Brazil lifted its ban on beef exports on Monday.", {("EXPORT_BAN", "lift", "BRA")}),
]


@pytest.mark.parametrize("body, expected", TEMPORARY_LIFT, ids=_ids(TEMPORARY_LIFT))
def test_temporary_lift(body: str, expected: set[tuple[str, str, str]]) -> None:
    assert events(body) == expected


CONTINUED_SUSPENSION = [
    ("财政部周一发布公告,自12月1日起继续对原产于加拿大的油菜籽暂停加征关税。", {("TARIFF", "extend", "CHN")}),
    ("Mexico said on Monday it will continue to suspend the tariffs on US pork.", {("TARIFF", "extend", "MEX")}),
    ("财政部周一发布公告,自12月1日起对原产于加拿大的油菜籽暂停加征关税。", {("TARIFF", "suspend", "CHN")}),
]


@pytest.mark.parametrize("body, expected", CONTINUED_SUSPENSION, ids=_ids(CONTINUED_SUSPENSION))
def test_continued_suspension(body: str, expected: set[tuple[str, str, str]]) -> None:
    assert events(body) == expected
