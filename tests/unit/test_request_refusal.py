"""Refusing an application or a request (``aspect_classes.jsonl``, ``request_refusal``).

The contract: "the authority's refusal is ``reject``".  A refusal verb (reject, refuse, deny, turn down, dismiss)
whose object is an application, a request or a petition states the refusal (the active form by the pairing of the
verb with an application noun, the passive by a row of its own); its type comes from the context (a licence application: EXPORT_CONTROL; an exclusion from tariffs: TARIFF).  Invented sentences, one per
form; forms the rules still miss are marked ``xfail`` with the reason.
"""

from __future__ import annotations

from typing import Any

import pytest

from tests.rule_cases import main_actor_events


def row(text: str, expected: set[tuple[str, str, str]], xfail: str = "") -> Any:
    marks = [pytest.mark.xfail(reason=xfail, strict=True)] if xfail else []
    return pytest.param(text, expected, marks=marks, id=text[:40])


CASES = [
    row(
        "The US imposed steel tariffs in March. Exclusion requests from Canada and Brazil have been rejected.",
        {("TARIFF", "impose", "USA"), ("TARIFF", "reject", "USA")},
    ),
    row(
        "The US imposed steel tariffs in March. Requests from Canada for exclusions from the tariffs were rejected on "
        "Monday.",
        {("TARIFF", "impose", "USA"), ("TARIFF", "reject", "USA")},
    ),
    row(
        "The Commerce Department has denied most licence applications for exports to Huawei.",
        {("EXPORT_CONTROL", "reject", "USA")},
    ),
    row(
        "The US imposed steel tariffs in March. The Commerce Department turned down exclusion requests from Canada on "
        "Monday.",
        {("TARIFF", "impose", "USA"), ("TARIFF", "reject", "USA")},
        xfail="the active refusal of a request noun with no measure noun in its clause: no row (an active row took the "
        "pairing of 'rejected export licence applications' away, so only the passive is a row)",
    ),
    row(
        "The EU imposed duties on Chinese EVs. The European Commission dismissed exemption requests from Chinese "
        "carmakers.",
        {("TARIFF", "impose", "EU"), ("TARIFF", "reject", "EU")},
        xfail="the active refusal of a request noun with no measure noun in its clause: no row",
    ),
    row(
        "India imposed anti-dumping duties on Chinese steel. India rejected the petitions for exemption from the duties.",
        {("TARIFF", "impose", "IND"), ("TARIFF", "reject", "IND")},
    ),
    row(
        "The Commerce Department said it will reject licence applications for exports to Huawei.",
        {("EXPORT_CONTROL", "reject", "USA")},
    ),
    # the applications themselves: the applicant's request, no refusal
    row(
        "Huawei's suppliers have filed licence applications with the Commerce Department.",
        {("EXPORT_CONTROL", "request", "org:huawei")},
    ),
    row(
        "The Commerce Department refused export licence applications for chips to Huawei on Monday.",
        {("EXPORT_CONTROL", "reject", "USA")},
    ),
    row(
        "商务部驳回了该企业的出口许可申请。",
        {("EXPORT_CONTROL", "reject", "CHN")},
    ),
]


@pytest.mark.parametrize(("body", "expected"), CASES)
def test_request_refusal(body: str, expected: set[tuple[str, str, str]]) -> None:
    assert main_actor_events(body) == expected
