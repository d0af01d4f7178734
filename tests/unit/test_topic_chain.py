"""A Chinese topic clause and its comment (extract/topic_chain.py), on sentences of our own wording.

Each positive case asserts the exact events, then disables :func:`joined_clause` and
asserts that the answer changes; the limits (a new subject opens the second clause,
the measure is not the topic's head) give no event either way.
"""

from __future__ import annotations

import pytest

from policykg.extract import topic_chain
from policykg.extract.models import Article
from policykg.extract.pipeline import extract_article, load_pipeline

PUBLISHED = "2025-11-25T09:00:00"


def events(body: str) -> set[tuple]:
    """(type, action, actors, targets, until) of every event of the article."""
    record = extract_article(Article(title="x", body=body, published=PUBLISHED), load_pipeline(rescore=False))
    return {(e.type, e.action, e.actors, e.targets, e.until) for e in record.events}


CASES = [
    (
        True,
        "商务部24日发布公告,对原产于日本的不锈钢反倾销调查期限,由12月1日延长至2026年6月1日。",
        {
            ("INVESTIGATION", "extend", ("CHN", "org:mofcom"), ("JPN",), "2026-06-01"),
            ("INVESTIGATION", "impose", ("CHN", "org:mofcom"), (), None),
        },
    ),
    (
        True,
        "海关总署24日宣布,对日本水产品的进口禁令,自12月1日起暂停实施。",
        {
            ("IMPORT_RESTRICTION", "impose", ("CHN", "org:gac"), ("JPN",), None),
            ("IMPORT_RESTRICTION", "suspend", ("CHN", "org:gac"), ("JPN",), None),
        },
    ),
    # a new subject opens the second clause; the measure is not the head of the first
    (False, "商务部24日表示,多数企业受到出口管制的影响,交付周期延长。", set()),
    (False, "商务部24日表示,对日本的反倾销调查,特殊情况可延长6个月。", set()),
]


@pytest.mark.parametrize(("pinned", "body", "expected"), CASES, ids=[c[1][:20] for c in CASES])
def test_topic_and_comment(pinned: bool, body: str, expected: set[tuple], monkeypatch: pytest.MonkeyPatch) -> None:
    assert events(body) == expected
    if pinned:
        monkeypatch.setattr(topic_chain, "joined_clause", lambda *args: None)
        assert events(body) != expected
