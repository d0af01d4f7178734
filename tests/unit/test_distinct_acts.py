"""Another act of the same actor, type and action, kept apart from the measure (extract/distinct_acts.py).

Each case goes through the whole pipeline on sentences of our own wording and
asserts the (type, action, main actor) count of the events; a case that names its
rule then replaces the rule by "never" (the merge it replaced) and asserts that the
two acts merge, so every such case pins its rule.  Cases with no rule name are the
limits: restatements of one measure stay one event.
"""

from __future__ import annotations

import pytest

from policykg.extract import distinct_acts
from policykg.extract.models import Article
from policykg.extract.pipeline import extract_article, load_pipeline

PUBLISHED = "2025-11-25T09:00:00"


def keys(body: str, title: str = "Trade news") -> list[tuple[str, str, str]]:
    """(type, action, main actor) of every event of the article, sorted (repeats kept)."""
    record = extract_article(Article(title=title, body=body, published=PUBLISHED), load_pipeline(rescore=False))
    return sorted((e.type, e.action, e.actors[0]) for e in record.events)


CHL_LIST = ("SANCTION", "impose", "CHL")
CHL_BAN = ("EXPORT_BAN", "impose", "CHL")
CHL_CONTROL = ("EXPORT_CONTROL", "impose", "CHL")
CHL_TARIFF = ("TARIFF", "impose", "CHL")


CASES = [
    # added_act: "also" / 还 right before the verb of a later sentence adds an act
    (
        "added_act",
        "Chile added Andes Minerals to its entity list on Monday. Chile also added ten Peruvian firms to the "
        "entity list for their trade with Bolivia.",
        [CHL_LIST, CHL_LIST],
    ),
    (
        "added_act",
        "智利周一宣布禁止锂出口。智利还宣布禁止对秘鲁出口相关产品。",
        [CHL_BAN, CHL_BAN],
    ),
    # ... also after a fronted time adjunct, and before a verb of issuing whose object names the act
    (
        "added_act",
        "智利周一对锂实施出口管制。当天稍早时,智利商务部还发布了一项关于加强锂和铜出口管制的公告。",
        [CHL_CONTROL, CHL_CONTROL],
    ),
    (
        "added_act",
        "Chile imposed export controls on lithium on Monday. Chile also issued rules imposing export controls on lithium and "
        "copper.",
        [CHL_CONTROL, CHL_CONTROL],
    ),
    # coordinated_act: a second act verb coordinated in the same sentence, aimed at other parties
    (
        "coordinated_act",
        "Chile put three Peruvian firms on its entity list and targeted Bolivia with sanctions.",
        [CHL_LIST, CHL_LIST],
    ),
    ("coordinated_act", "智利周一宣布对秘鲁实施制裁,并对玻利维亚实施制裁。", [CHL_LIST, CHL_LIST]),
    # widened_measure: widening a measure stated before is an act of its own
    (
        "widened_measure",
        "Chile imposed export controls on lithium after the vote. Chile expanded its export controls on lithium to "
        "cover copper.",
        [CHL_CONTROL, CHL_CONTROL],
    ),
    (
        "widened_measure",
        "智利为反制秘鲁关税而实施锂出口管制。智利上周五决定扩大锂出口管制。",
        [CHL_CONTROL, CHL_CONTROL, ("TARIFF", "impose", "PER")],
    ),
    # dated_modifier: a measure noun modified by a participle of enacting and an earlier time
    (
        "dated_modifier",
        "Chile tightened export restrictions on lithium on Monday. The rules expand Chile's restrictions announced "
        "in May.",
        [CHL_CONTROL, CHL_CONTROL],
    ),
    (
        "dated_modifier",
        "Chile imposed tariffs on Peruvian steel on Monday. The tariffs add to tariffs imposed last month on "
        "Peruvian copper.",
        [CHL_TARIFF, CHL_TARIFF],
    ),
    (
        "dated_modifier",
        "智利周一收紧对锂的出口管制。新规使其与上月智利发布的出口限制相一致。",
        [CHL_CONTROL, CHL_CONTROL],
    ),
    (
        "dated_modifier",
        "智利周一签署命令对秘鲁商品进一步提高关税。该命令将原本对秘鲁商品实施的10%关税提高为20%。",
        [CHL_TARIFF, CHL_TARIFF],
    ),
    # another_time: a sentence fronted by another time states the act of that time
    (
        "another_time",
        "Chile banned exports of lithium on Monday to support its refiners. In May 2023, Chile banned lithium "
        "exports to Peru.",
        [CHL_BAN, CHL_BAN],
    ),
    (
        "another_time",
        "Chile banned exports of lithium on Monday to support its refiners. Previously, Chile banned lithium "
        "exports to Peru.",
        [CHL_BAN, CHL_BAN],
    ),
    (
        "another_time",
        "智利周一禁止锂出口。此前,智利禁止对秘鲁出口锂。",
        [CHL_BAN, CHL_BAN],
    ),
    # earlier_act: a past adverb before the verb of a statement with its own actor
    (
        "earlier_act",
        "Chile banned exports of lithium on Monday to support its refiners. Chile previously banned lithium "
        "exports to Peru.",
        [CHL_BAN, CHL_BAN],
    ),
    (
        "earlier_act",
        "智利周一禁止锂出口。智利之前已经禁止对秘鲁出口锂。",
        [CHL_BAN, CHL_BAN],
    ),
    # limits: restatements stay one event
    (None, "Chile banned exports of lithium on Monday. The ban also covers lithium carbonate.", [CHL_BAN]),
    (
        None,
        "Chile banned exports of lithium on Monday. It is also stressed that the ban on lithium exports supports "
        "refiners.",
        [CHL_BAN],
    ),
    (None, "In May, Chile banned exports of lithium. In May, Chile's lithium export ban was welcomed.", [CHL_BAN]),
    (
        None,
        "Chile on Friday expanded its lithium export controls. The export controls take effect on Monday.",
        [CHL_CONTROL],
    ),
    (None, "Chile imposed sanctions on Peru on Monday and said the sanctions take effect at once.", [CHL_LIST]),
    (
        None,
        "Chile said on Thursday it would nationalise its lithium industry and create a state company to make "
        "batteries.",
        [("INDUSTRIAL_POLICY", "impose", "CHL")],
    ),
    (
        None,
        "Chile announced restrictions on lithium exports in May. The restrictions announced in May take effect on "
        "Monday.",
        [CHL_CONTROL],
    ),
]


@pytest.mark.parametrize(("rule", "body", "expected"), CASES, ids=[f"{c[0]}-{i}" for i, c in enumerate(CASES)])
def test_distinct_acts(rule: str | None, body: str, expected: list, monkeypatch: pytest.MonkeyPatch) -> None:
    assert keys(body) == expected
    if rule is not None:
        monkeypatch.setattr(distinct_acts, rule, lambda *args: False)
        assert keys(body) != expected


def test_a_headline_restates() -> None:
    """The headline restates the story's act even with "also" / another time in it."""
    body = "Chile banned exports of lithium on Monday to support its refiners."
    assert keys(body, title="Chile also bans lithium exports") == [CHL_BAN]


def test_past_marker_of_the_object_is_no_past_act(monkeypatch: pytest.MonkeyPatch) -> None:
    """past_statement: 此前 opening a relative clause on the object of 将 dates the object, so the act restates the
    notice stated before; with any 此前 read as a past act, it would be kept apart."""
    body = (
        "问:11月24日,商务部发布了关于石墨出口管制的公告。答:11月24日,商务部发布公告,"
        "将此前实施临时管制的球化石墨等3种石墨物项正式纳入两用物项出口管制清单。"
    )
    assert keys(body) == [("EXPORT_CONTROL", "impose", "CHN")]
    monkeypatch.setattr(distinct_acts, "past_statement", lambda t, s, e: bool(distinct_acts.PAST.search(t, s, e)))
    assert keys(body) == [("EXPORT_CONTROL", "impose", "CHN")] * 2


@pytest.mark.parametrize(
    ("body", "start", "expected"),
    [
        ("将此前实施临时管制的石墨物项纳入清单", 0, False),
        ("中国此前已禁止石墨出口", 0, True),
        ("Chile had banned copper exports", 0, True),
        ("去年实施的出口管制", 0, True),
    ],
)
def test_past_statement(body: str, start: int, expected: bool) -> None:
    assert distinct_acts.past_statement(body, start, len(body)) is expected
