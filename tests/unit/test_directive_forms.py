"""A directive to another party states no act (hedges.jsonl): "urged producers to stop exports", 敦促生产商停止出口.

Verbs of urging, calling on, pressing and requesting another party to act (English "urge", "call on", Chinese 敦促,
促请, 呼吁, 督促, 力促, 吁请, 要求…加入 / 跟进) put the complement's act in the addressee's future: it is asked for, not
stated as done (labelling conventions: opinions and calls are not events).  Rows: invented sentences, English and
Chinese (Simplified and Traditional), several verbs, addressees and acts; negative controls: a regulation's
act done under pressure, the speaker's own act in a clause before its directive.

Each row: the expected (type, action, main actor) of every event of the article.
"""

from __future__ import annotations

import pytest

from tests.rule_cases import main_actor_events

EC = ("EXPORT_CONTROL", "impose", "NLD")


def row(body: str, want: set[tuple[str, str, str]], *, xfail: str = "") -> object:
    """One invented sentence and the (type, action, main actor) of its events."""
    marks = [pytest.mark.xfail(reason=xfail, strict=True)] if xfail else []
    return pytest.param(body, want, marks=marks, id=body[:40])


FORMS = [
    # English (covered before: "urg*", "call* for", "called on X to")
    row("The trade minister urged producers to stop exports of face masks.", set()),
    row("Farmers called on the government to ban rice imports.", set()),
    row("Lawmakers urged the White House to impose tariffs on Chinese steel.", set()),
    # Chinese directives (new)
    row("印尼贸易部长早前曾敦促生产商停止口罩出口。", set()),
    row("农民团体呼吁政府禁止进口大米。", set()),
    row("美国促请日本限制半导体设备出口。", set()),
    row("美國促請日本限制半導體設備出口。", set()),
    row("欧盟议员吁请欧委会对中国电动汽车加征关税。", set()),
    row("钢铁协会力促政府对进口钢材征收反倾销税。", set()),
    row("工会督促政府暂停进口廉价钢材。", set()),
    row("美国要求荷兰和日本加入针对中国芯片设备的出口管制。", set()),
    row("華府要求盟友跟進對中國晶片的出口管制。", set()),
    row(
        "美国施压荷兰限制光刻机出口。",
        set(),
        xfail="施压 as a directive cost dev a true positive (an act done under pressure), left out",
    ),
    # controls: the act stands
    row("在美国施压下,荷兰9月6日宣布限制光刻机出口。", {EC}),
    row("荷兰政府9月6日宣布限制光刻机出口,并呼吁企业遵守新规。", {EC}),
    row("中国商务部周一宣布对镓实施出口管制,并呼吁各国遵守。", {("EXPORT_CONTROL", "impose", "CHN")}),
]


@pytest.mark.parametrize(("body", "want"), FORMS)
def test_directive_form(body: str, want: set[tuple[str, str, str]]) -> None:
    assert main_actor_events(body) == want
