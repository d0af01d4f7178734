"""Verb and noun classes added for recall by engineer xmiss (``extract/data/triggers/recall_classes.jsonl``).

One table per class, on sentences of our own wording (not article sentences): each
case goes through the whole rules-only pipeline and asserts the exact set of
(type, action, main actor) of the article's events, or their absence.  Each table
also holds the near misses its class must not catch.
"""

from __future__ import annotations

import pytest

from tests.rule_cases import case_ids, main_actor_events

Case = tuple[str, set[tuple[str, str, str]]]

IMPOSE_FORMS: list[Case] = [
    # "hit / targeted X with <measure>"
    ("Beijing hit Canadian canola imports with anti-dumping duties last month.", {("TARIFF", "impose", "CHN")}),
    ("Canada targeted Chinese steel with a 25% surtax.", {("TARIFF", "impose", "CAN")}),
    ("The tariffs hit Chinese exporters hard.", set()),  # "hit" as "affect": no measure after "with"
    (
        "The following month, China hit European brandy imports—particularly French cognac—with anti-dumping duties.",
        {("TARIFF", "impose", "CHN")},
    ),
    # a tax named by its rate or its verb
    ("President Trump threatened to tax all Mexican imports.", {("TARIFF", "threaten", "USA")}),
    (
        "Brazil on Tuesday decided to impose import quotas on 11 steel products and a 25% tax on them when "
        "those volumes are exceeded.",
        {("IMPORT_RESTRICTION", "impose", "BRA"), ("TARIFF", "impose", "BRA")},
    ),
    ("Ghana closed its land borders with Togo.", {("IMPORT_RESTRICTION", "impose", "GHA")}),
]


@pytest.mark.parametrize(("body", "expected"), IMPOSE_FORMS, ids=case_ids(IMPOSE_FORMS))
def test_impose_forms(body: str, expected: set[tuple[str, str, str]]) -> None:
    assert main_actor_events(body) == expected


ZH_DEALS: list[Case] = [
    ("巴基斯坦与美国签订的MOU包括关键矿物供应。", {("TRADE_DEAL", "impose", "PAK")}),
    ("中日双方就恢复水产品贸易的技术条件达成一致。", {("TRADE_DEAL", "impose", "CHN")}),
    ("企业与工厂签订合同并收取保证金。", set()),  # signing a contract is no deal between states
]


@pytest.mark.parametrize(("body", "expected"), ZH_DEALS, ids=case_ids(ZH_DEALS))
def test_chinese_deals(body: str, expected: set[tuple[str, str, str]]) -> None:
    assert main_actor_events(body) == expected


COMPLAINTS: list[Case] = [
    (
        "South Korean steelmaker POSCO filed an anti-dumping complaint with the trade commission a year ago.",
        {("INVESTIGATION", "request", "org:posco")},
    ),
    ("China filed a complaint with the WTO over the tariffs.", set()),  # a dispute, not a trade-remedy petition
    ("The DRC filed criminal complaints against Apple in Europe.", set()),
]


@pytest.mark.parametrize(("body", "expected"), COMPLAINTS, ids=case_ids(COMPLAINTS))
def test_trade_remedy_complaints_are_requests(body: str, expected: set[tuple[str, str, str]]) -> None:
    assert main_actor_events(body) == expected


BACKGROUND_MONTHS: list[Case] = [
    # a background act dated by a month only is a past act of its own, not dropped for want of a day
    (
        "On Thursday the United States lowered Trump's additional 25 percent tariffs on British cars imposed in "
        "early April.",
        {("TARIFF", "suspend", "USA"), ("TARIFF", "impose", "USA")},
    ),
    (
        "On Thursday the United States lowered Trump's additional 25 percent tariffs on British cars imposed in 2018.",
        {("TARIFF", "suspend", "USA"), ("TARIFF", "impose", "USA")},
    ),
]


@pytest.mark.parametrize(("body", "expected"), BACKGROUND_MONTHS, ids=case_ids(BACKGROUND_MONTHS))
def test_background_acts_dated_by_a_month(body: str, expected: set[tuple[str, str, str]]) -> None:
    assert main_actor_events(body) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (" in early April", True),
        (" in May to", True),
        (" last month", True),
        (" on April 3", False),
        (" in Beijing", False),
    ],
)
def test_past_month(text: str, expected: bool) -> None:
    from policykg.extract.background import past_month

    assert past_month("imposed" + text, 7, len(text) + 7) is expected


LIGHT_VERBS: list[Case] = [
    ("China's CMOC Group declared force majeure on deliveries after the ban took effect.", set()),
    ("The United States is increasing tariffs on Chinese steel.", {("TARIFF", "impose", "USA")}),
]


@pytest.mark.parametrize(("body", "expected"), LIGHT_VERBS, ids=case_ids(LIGHT_VERBS))
def test_progressive_impose(body: str, expected: set[tuple[str, str, str]]) -> None:
    assert main_actor_events(body) == expected


def test_accession_is_a_deal_noun() -> None:
    assert main_actor_events("On July 16, the CPTPP Ministerial Meeting formally approved the UK's accession.") == {
        ("TRADE_DEAL", "impose", "CPTPP")
    }


ZH_IMPOSE: list[Case] = [
    ("美国对俄罗斯施加了新的制裁。", {("SANCTION", "impose", "USA")}),
    ("印度政府祭出最高30%的反倾销税,针对中国钢铁。", {("TARIFF", "impose", "IND")}),
]


@pytest.mark.parametrize(("body", "expected"), ZH_IMPOSE, ids=case_ids(ZH_IMPOSE))
def test_chinese_impose_verbs(body: str, expected: set[tuple[str, str, str]]) -> None:
    assert main_actor_events(body) == expected


def test_price_undertaking_application_is_a_tariff_request() -> None:
    """提交…价格承诺申请 asks for a tariff relief (types.jsonl ``export_application`` leaves 承诺 / 具结 out), not a licence."""
    body = "中国商务部对欧盟白兰地征收反倾销税。欧盟有关行业协会和企业向调查机关提交了价格承诺申请。"
    assert main_actor_events(body) == {("TARIFF", "impose", "CHN"), ("TARIFF", "request", "EU")}


QUOTAS: list[Case] = [
    ("Vietnam imposed export quotas on rice on Monday.", {("EXPORT_CONTROL", "impose", "VNM")}),
    ("Indonesia set a quota on nickel ore exports on Monday.", {("EXPORT_CONTROL", "impose", "IDN")}),
    ("中国对稀土实行出口配额管理。", {("EXPORT_CONTROL", "impose", "CHN")}),
    ("Russia imposed an import quota on Turkish tomatoes on Monday.", {("IMPORT_RESTRICTION", "impose", "RUS")}),
]


@pytest.mark.parametrize(("body", "expected"), QUOTAS, ids=case_ids(QUOTAS))
def test_export_quotas_are_export_controls(body: str, expected: set[tuple[str, str, str]]) -> None:
    assert main_actor_events(body) == expected


def test_future_passive_permission_is_an_approval() -> None:
    """ "will be allowed to export" (``verb_classes.jsonl`` ``licence_grant`` with "be"): the authority's approve."""
    body = (
        "Russia banned tomato imports from Turkey in 2016. Five more Turkish firms will be allowed to export "
        "tomatoes to Russia, the agriculture ministry said."
    )
    assert main_actor_events(body) == {
        ("IMPORT_RESTRICTION", "impose", "RUS"),
        ("IMPORT_RESTRICTION", "approve", "RUS"),
    }
