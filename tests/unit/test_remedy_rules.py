"""The slot rules of the trade-remedy vocabulary (extract/remedy_rules.py), on invented cases.

``addressed_authority`` directly over a small entity table, and through the pipeline on sentences of our own
wording (an undertaking or a petition addressed to an authority is aimed at the authority's state).
"""

from __future__ import annotations

from collections import Counter

import pytest

from policykg.extract import action_rules
from policykg.extract.models import Entity
from policykg.extract.remedy_rules import addressed_authority, approver_not_applicant
from tests.rule_cases import rule_events

ENTITIES = {
    "EU": Entity("EU", "Bloc", "European Union"),
    "CHN": Entity("CHN", "Country", "China"),
    "org:european_commission": Entity("org:european_commission", "Agency", "European Commission", country="EU"),
    "org:mofcom": Entity("org:mofcom", "Agency", "Ministry of Commerce", country="CHN"),
    "org:byd": Entity("org:byd", "Firm", "BYD", country="CHN"),
}

CASES = [
    # (type, action, targets, expected targets)
    ("TARIFF", "request", ["org:european_commission"], ["EU"]),
    ("TARIFF", "request", ["org:mofcom", "CHN"], ["CHN"]),
    ("INVESTIGATION", "request", ["CHN", "org:mofcom"], ["CHN"]),
    ("INVESTIGATION", "request", ["org:byd"], ["org:byd"]),  # a firm stays: the petition is aimed at it
    ("SANCTION", "impose", ["org:mofcom"], ["org:mofcom"]),  # a sanctioned agency is a target
    ("TARIFF", "impose", ["org:european_commission"], ["org:european_commission"]),
    ("TARIFF", "request", [], []),
]


@pytest.mark.parametrize(("type_", "action", "targets", "want"), CASES)
def test_addressed_authority(type_: str, action: str, targets: list[str], want: list[str]) -> None:
    assert addressed_authority(type_, action, targets, ENTITIES) == want


PIPELINE = [
    (
        "Chinese exporters of solar panels offered price undertakings to the European Commission.",
        ("TARIFF", "request", ("CHN",), ("EU",)),
    ),
    ("欧盟出口商向商务部提交了价格承诺申请。", ("TARIFF", "request", ("EU",), ("CHN",))),
]


@pytest.mark.parametrize(("text", "want"), PIPELINE)
def test_addressed_authority_in_pipeline(text: str, want: tuple) -> None:
    assert want in {(e.type, e.action, e.actors, e.targets) for e in rule_events(text)}


WIDER = [
    (
        "The European Commission extended the anti-dumping duties on Chinese solar panels to imports consigned from "
        "Malaysia on Monday.",
        "impose",
    ),
    ("Turkey extended the safeguard duties on steel from China to imports shipped from Vietnam.", "impose"),
    ("The European Commission extended the anti-dumping duties on Chinese solar panels to the end of 2026.", "extend"),
    ("The European Commission extended the anti-dumping duties on Chinese solar panels for five years.", "extend"),
]


@pytest.mark.parametrize(("text", "want"), WIDER)
def test_circumvention_extension(text: str, want: str) -> None:
    assert {e.action for e in rule_events(text) if e.type == "TARIFF"} == {want}


def test_circumvention_extension_is_registered() -> None:
    assert "circumvention_extension" in dict(action_rules.ACTIONS)


QUOTAS = [
    ("Indonesia cut its sugar import quota on Monday.", ("IMPORT_RESTRICTION", "impose")),
    ("Indonesia raised its sugar import quota on Monday.", ("IMPORT_RESTRICTION", "lift")),
    ("Indonesia scrapped import quotas on beef on Monday.", ("IMPORT_RESTRICTION", "lift")),
    ("Vietnam cut its rice export quota on Monday.", ("EXPORT_CONTROL", "impose")),
    ("South Korea expanded the tariff-rate quota for US beef on Monday.", ("TARIFF", "suspend")),
    ("印尼决定削减食糖进口配额。", ("IMPORT_RESTRICTION", "impose")),
    ("印尼决定扩大食糖进口配额。", ("IMPORT_RESTRICTION", "lift")),
    ("The United States cut tariffs on Japanese cars to 15% on Monday.", ("TARIFF", "suspend")),  # not a quota
]


@pytest.mark.parametrize(("text", "want"), QUOTAS)
def test_quota_polarity(text: str, want: tuple[str, str]) -> None:
    assert {(e.type, e.action) for e in rule_events(text)} == {want}


# an approval whose subject is no entity (调查机关, "the investigating authority") would inherit the applicant
APPROVALS = [
    (
        "商务部对原产于欧盟的进口白兰地征收反倾销税。欧盟有关企业向调查机关提交了价格承诺申请。调查机关在审查后，决定接受价格承诺。",
        ("TARIFF", "approve", "CHN"),
    ),
    (
        "欧盟出口商向商务部提交了价格承诺申请。调查机关在审查后，决定接受价格承诺。",
        ("TARIFF", "approve", "CHN"),
    ),
    (
        "The European Commission imposed duties on tyres from China. Chinese exporters offered price undertakings on "
        "Monday. The investigating authority accepted the price undertakings.",
        ("TARIFF", "approve", "EU"),
    ),
]


@pytest.mark.parametrize(("text", "want"), APPROVALS)
def test_approver_not_applicant(text: str, want: tuple[str, str, str]) -> None:
    got = {(e.type, e.action, e.actors[0]) for e in rule_events(text)}
    assert want in got, got
    assert (want[0], want[1], "EU" if want[2] == "CHN" else "CHN") not in got


def test_approver_not_applicant_keeps_explicit_and_other_acts() -> None:
    class Req:
        type, action, actors, how = "TARIFF", "request", ["EU"], "explicit"

    states = Counter({"EU": 3, "CHN": 2})
    assert approver_not_applicant("approve", "TARIFF", ["EU"], "inherited", [Req()], states) == ["CHN"]
    assert approver_not_applicant("approve", "TARIFF", ["EU"], "explicit", [Req()], states) is None
    assert approver_not_applicant("impose", "TARIFF", ["EU"], "inherited", [Req()], states) is None
    assert approver_not_applicant("approve", "TARIFF", ["CHN"], "inherited", [Req()], states) is None
