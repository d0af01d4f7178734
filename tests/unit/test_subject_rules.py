"""Who is the clause's subject (extract/roles.py ``subjects``), on sentences of our own wording.

Each case goes through the whole pipeline and asserts the exact events, then puts
back the pattern its rule replaced and asserts that the answer changes, so every
case pins its rule:

* ``private_nouns`` — a state before a noun of private business (企业, 果农, "farmers")
  names firms or people of that state, not the state: 经评估智利果农整改措施 is not
  Chile acting.  The Chinese nouns are matched without a word boundary (Chinese
  text runs on without spaces, so ``\\b`` after 企业 never held inside a sentence);
* ``request_of`` — 应X申请 / 应X请求 ("at the request of X"): X asked, the
  clause's subject acts; 应 joins the prepositions that put a mention out of the
  subject.
"""

from __future__ import annotations

import re

import pytest

from policykg.extract import roles
from policykg.extract.models import Article
from policykg.extract.pipeline import extract_article, load_pipeline

PUBLISHED = "2025-11-25T09:00:00"


def events(body: str) -> set[tuple]:
    """(type, action, actors, items, targets, date) of every event of the article."""
    record = extract_article(Article(title="x", body=body, published=PUBLISHED), load_pipeline())
    return {(e.type, e.action, e.actors, e.items, e.targets, e.date) for e in record.events}


# the patterns the rules replaced
REPLACED = {
    "private_nouns": (
        "_PRIVATE",
        re.compile(
            r"\s*(?:[\w-]+\s+)?(?:companies|company|firms|firm|enterprises|farmers|企业|公司|厂商|车企|商家)\b",
            re.IGNORECASE,
        ),
    ),
    "request_of": (
        "_NON_SUBJECT_PREP",
        re.compile(roles._NON_SUBJECT_PREP.pattern.replace(r"|(?:应\s*$)", ""), re.IGNORECASE),
    ),
}

NOTICE = ("IMPORT_RESTRICTION", "impose", ("CHN", "org:gac"), (), (), "2025-11-03")

CASES = [
    (
        "private_nouns",
        "海关总署3日发布公告。经评估智利果农整改措施，决定自12月1日起恢复智利樱桃输入。",
        {NOTICE, ("IMPORT_RESTRICTION", "lift", ("CHN", "org:gac"), (), (), "2025-12-01")},
    ),
    (
        "private_nouns",
        "海关总署3日发布公告。经评估越南企业整改情况，现决定恢复越南榴莲输入。",
        {NOTICE, ("IMPORT_RESTRICTION", "lift", ("CHN", "org:gac"), (), (), None)},
    ),
    (
        "request_of",
        "2025年11月3日，商务部应日本钢铁协会申请，对原产于韩国的不锈钢发起反倾销调查。",
        {
            ("INVESTIGATION", "impose", ("CHN", "org:mofcom"), ("item:stainless_steel",), ("KOR",), "2025-11-03"),
            ("INVESTIGATION", "request", ("JPN",), ("item:stainless_steel",), ("KOR",), None),
        },
    ),
    (
        "request_of",
        "11月3日，商务部应欧盟请求，决定暂停对欧盟白兰地征收反倾销税。",
        {
            ("TARIFF", "request", ("EU",), ("item:brandy",), ("CHN",), None),
            ("TARIFF", "suspend", ("CHN", "org:mofcom"), ("item:brandy",), (), "2025-11-03"),
        },
    ),
]


@pytest.mark.parametrize(("rule", "body", "expected"), CASES, ids=[f"{c[0]}-{i}" for i, c in enumerate(CASES)])
def test_subject_rules(rule: str, body: str, expected: set[tuple], monkeypatch: pytest.MonkeyPatch) -> None:
    assert events(body) == expected
    name, old = REPLACED[rule]
    monkeypatch.setattr(roles, name, old)
    assert events(body) != expected
