"""The licensing rules of ``extract/approval_rules.py`` and the ``licence_grant`` rows, on invented sentences.

Every case goes through the whole pipeline (``extract_article``, rules only) and
asserts the exact set of (type, action, main actor) of the article's events.
"""

from __future__ import annotations

import pytest

from tests.rule_cases import case_ids as _ids
from tests.rule_cases import main_actor_events as events

GRANTS = [
    # licence_grant: issuing or granting permits is the authority's approve, typed by the measure it answers
    (
        "Peru banned imports of Chilean grapes in 2023. Peru's customs agency has issued import permits for 12 "
        "Chilean grape growers.",
        {("IMPORT_RESTRICTION", "impose", "PER"), ("IMPORT_RESTRICTION", "approve", "PER")},
    ),
    (
        "Vietnam imposed export controls on tungsten on Monday. The ministry granted export licences to two firms "
        "on Tuesday.",
        {("EXPORT_CONTROL", "impose", "VNM"), ("EXPORT_CONTROL", "approve", "VNM")},
    ),
    # grantors: the permitted party is the subject; the grantor is the state whose measure the permit relaxes
    (
        "Peru banned imports of Chilean grapes in 2023. Only four Chilean growers were approved to export so far.",
        {("IMPORT_RESTRICTION", "impose", "PER"), ("IMPORT_RESTRICTION", "approve", "PER")},
    ),
    (
        "越南去年禁止进口泰国大米。泰方申请注册的50家工厂中,仅有2家获准出口。",
        {("IMPORT_RESTRICTION", "impose", "VNM"), ("IMPORT_RESTRICTION", "approve", "VNM")},
    ),
    # ... or the agent named inside the phrase (获美方放行)
    (
        "美国去年对芯片实施出口管制。韩方称,该批设备已获美方重新放行。",
        {("EXPORT_CONTROL", "impose", "USA"), ("EXPORT_CONTROL", "approve", "USA")},
    ),
    # "issued" without a licence noun keeps its own reading
    ("Vietnam issued new export controls on tungsten on Monday.", {("EXPORT_CONTROL", "impose", "VNM")}),
]


@pytest.mark.parametrize("body, expected", GRANTS, ids=_ids(GRANTS))
def test_licence_grants_are_the_authoritys_approve(body: str, expected: set[tuple[str, str, str]]) -> None:
    assert events(body) == expected


APPLICATIONS = [
    # approved_application: an application noun with an approval verb states the approval, when it is done
    (
        "越南24日宣布对钨实施出口管制。越南工贸部表示,对合规的出口申请已经予以批准。",
        {("EXPORT_CONTROL", "impose", "VNM"), ("EXPORT_CONTROL", "approve", "VNM")},
    ),
    # ... in a later clause when the application is a fronted topic (只要是…申请, …都予以了批准)
    (
        "越南24日宣布对钨实施出口管制。越南工贸部表示,只要是合规的出口申请,越南政府都及时予以了批准。",
        {("EXPORT_CONTROL", "impose", "VNM"), ("EXPORT_CONTROL", "approve", "VNM")},
    ),
    # a class of applications approved as a rule is a policy statement (generic_application)
    ("越南24日宣布对钨实施出口管制。越南工贸部表示,对合规申请将予以批准。", {("EXPORT_CONTROL", "impose", "VNM")}),
    # the verb of filing is the applicant's request, the approval a separate act
    (
        "Vietnam imposed export controls on tungsten on Monday. Samsung said it had applied to sell the metal abroad.",
        {("EXPORT_CONTROL", "impose", "VNM"), ("EXPORT_CONTROL", "request", "org:samsung_electronics")},
    ),
]


@pytest.mark.parametrize("body, expected", APPLICATIONS, ids=_ids(APPLICATIONS))
def test_approved_applications(body: str, expected: set[tuple[str, str, str]]) -> None:
    assert events(body) == expected


LICENCE_REQUIREMENTS = [
    # licence_requirement: trade allowed only with permission is the seller state's export control
    (
        "Peru's trade ministry said on Monday 12 Chilean companies would no longer be allowed to buy copper from "
        "Peru except with special permission.",
        {("EXPORT_CONTROL", "impose", "PER")},
    ),
    # no longer allowed, with no permission named: not a licence requirement
    ("Peru said on Monday Chilean firms will no longer be allowed to buy copper.", set()),
]


@pytest.mark.parametrize("body, expected", LICENCE_REQUIREMENTS, ids=_ids(LICENCE_REQUIREMENTS))
def test_trade_allowed_only_with_permission(body: str, expected: set[tuple[str, str, str]]) -> None:
    assert events(body) == expected


RELIEFS = [
    # relief_request: asking for a delay, an exemption or an extension is the asker's request, typed by the measure
    (
        "The US raised tariffs on Peruvian goods on Friday. Peru's trade minister requested the delay on Monday.",
        {("TARIFF", "impose", "USA"), ("TARIFF", "request", "PER")},
    ),
    (
        "Vietnam imposed export controls on tungsten on Monday. Samsung asked for an exemption on Tuesday.",
        {("EXPORT_CONTROL", "impose", "VNM"), ("EXPORT_CONTROL", "request", "org:samsung_electronics")},
    ),
]


@pytest.mark.parametrize("body, expected", RELIEFS, ids=_ids(RELIEFS))
def test_requests_of_a_relief(body: str, expected: set[tuple[str, str, str]]) -> None:
    assert events(body) == expected
