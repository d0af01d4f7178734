"""Verbs of launching a measure (``aspect_classes.jsonl``): the Chinese verbs of launching or carrying out
(展开 / 开展 / 开启) and the English aspect verbs before a probing gerund ("started investigating the products").

Invented sentences, one per form: each verb, with the aspect particle 了 and a measure word between verb and noun
(一项, 两项, 一系列, 多项), Simplified and Traditional script, ministries and states as subjects, a date between
subject and verb, the future 将 / "will" (an announced act); start / begin / commence with investigating / probing,
in the past, perfect and future, with any object; and the forms that state no measure (开展合作, 开启磋商) or hedge
it (可能, "could").
"""

from __future__ import annotations

import pytest

from tests.rule_cases import case_ids, main_actor_events

CASES = [
    ("中方随后对欧盟的白兰地、猪肉以及乳制品展开了一系列调查。", {("INVESTIGATION", "impose", "CHN")}),
    ("商务部对原产于美国的模拟芯片展开反倾销调查。", {("INVESTIGATION", "impose", "CHN")}),
    ("欧盟委员会对中国电动汽车开启了一项反补贴调查。", {("INVESTIGATION", "impose", "EU")}),
    ("印度商工部对中国太阳能玻璃开展两项反倾销调查。", {("INVESTIGATION", "impose", "IND")}),
    ("商务部9月13日对美国模拟芯片开展了反倾销调查。", {("INVESTIGATION", "impose", "CHN")}),
    ("商务部对美国芯片开展了多项调查。", {("INVESTIGATION", "impose", "CHN")}),
    ("商务部将对美国模拟芯片展开反倾销调查。", {("INVESTIGATION", "impose", "CHN")}),
    ("中國對歐盟白蘭地展開反傾銷調查。", {("INVESTIGATION", "impose", "CHN")}),
    ("The Ministry of Commerce started investigating the products.", {("INVESTIGATION", "impose", "CHN")}),
    (
        "The European Commission began investigating Chinese electric vehicles on Monday.",
        {("INVESTIGATION", "impose", "EU")},
    ),
    ("The European Commission began probing Chinese electric vehicles on Monday.", {("INVESTIGATION", "impose", "EU")}),
    ("The European Commission will begin investigating Chinese steel next month.", {("INVESTIGATION", "impose", "EU")}),
    (
        "India's trade ministry has commenced investigating solar glass from China.",
        {("INVESTIGATION", "impose", "IND")},
    ),
    (
        "The US Commerce Department is starting investigating imports of Chinese cranes.",
        {("INVESTIGATION", "impose", "USA")},
    ),
    # no measure, or a hedged one
    ("中国与欧盟将开展合作。", set()),
    ("两国企业开展了贸易合作。", set()),
    ("中美双方开启了新一轮经贸磋商。", set()),
    ("商务部可能对美国芯片展开调查。", set()),
    ("The European Commission could begin investigating Chinese steel next month.", set()),
]


@pytest.mark.parametrize(("body", "expected"), CASES, ids=case_ids(CASES))
def test_launch_verbs(body: str, expected: set[tuple[str, str, str]]) -> None:
    assert main_actor_events(body) == expected
