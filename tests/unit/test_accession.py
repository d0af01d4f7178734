"""Applying to join a trade agreement or trade body (``aspect_classes.jsonl``, ``accession_request``).

"The United Kingdom applied to join the CPTPP" is the applicant's TRADE_DEAL ``request`` (the phrase names both
type and action, so it needs no pairing with a deal noun, and the applicant acts alone).  Invented sentences, one
per form: apply (past, perfect, present), an application / a request / a bid to join, accession to, membership
of, English and Chinese (申请加入, 提出申请加入《…协定》); and the forms that are no application to a trade
body (an alliance, a hedged plan).
"""

from __future__ import annotations

import pytest

from tests.rule_cases import case_ids, main_actor_events

REQ = "TRADE_DEAL", "request"
CASES = [
    ("The United Kingdom applied to join the CPTPP on Monday.", {(*REQ, "GBR")}),
    ("China has formally applied to join the CPTPP.", {(*REQ, "CHN")}),
    ("Costa Rica applies to join the CPTPP.", {(*REQ, "CRI")}),
    ("South Korea submitted an application to join the CPTPP on Monday.", {(*REQ, "KOR")}),
    ("Uzbekistan filed a request for accession to the World Trade Organization on Monday.", {(*REQ, "UZB")}),
    ("Bolivia applied for membership of Mercosur on Monday.", {(*REQ, "BOL")}),
    ("Indonesia has applied to join RCEP.", {(*REQ, "IDN")}),
    ("Indonesia has applied to join the RCEP free trade agreement.", {(*REQ, "IDN")}),
    ("中国正式申请加入CPTPP。", {(*REQ, "CHN")}),
    ("中国已正式提出申请加入《数字经济伙伴关系协定》。", {(*REQ, "CHN")}),
    # no trade body, or no application made
    ("Finland applied to join NATO on Monday.", set()),
    ("Taiwan could apply to join the CPTPP next year.", set()),
]


@pytest.mark.parametrize(("body", "expected"), CASES, ids=case_ids(CASES))
def test_accession_request(body: str, expected: set[tuple[str, str, str]]) -> None:
    assert main_actor_events(body) == expected
