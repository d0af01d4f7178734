"""The learned merge decision: pair features, labels from gold, the decision's scope and modes, reproducible fits.

Pairs are invented candidates (:class:`policykg.extract.merge.Candidate`) of
invented texts; each row names the features the pair must have and must not.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

import pytest

from policykg.extract.merge import Candidate
from policykg.extract.merge_features import Pair, distance, equality, overlap, pair_features
from policykg.extract.merge_labels import NO_GOLD, UNFIT, Statement, assign, gold_event, pair_label
from policykg.extract.merge_model import MergeModel, decide, in_scope, parse_merge_model
from policykg.extract.models import Article
from policykg.extract.rescore_fit import fit


def cand(sentence: int = 0, clause: int = 0, **kw: Any) -> Candidate:
    """A TRADE_CONTROL impose candidate of CHN, with the given position and slots."""
    base: dict[str, Any] = dict(
        type="EXPORT_CONTROL",
        action="impose",
        concept="export_control",
        start=0,
        end=10,
        anchor=5,
        sentence=sentence,
        clause=clause,
        actors=["CHN"],
        how="explicit",
        items=[],
        targets=[],
        value={},
    )
    base.update(kw)
    c = Candidate(**base)
    c.concepts = {c.concept}
    return c


FEATURE_CASES = [
    # (name, m, c, features it has, features it lacks)
    ("same clause", cand(), cand(), {"where=clause", "items=none", "date=none"}, {"where=next"}),
    ("next sentence", cand(0), cand(1), {"where=next", "concepts=shared"}, {"where=clause"}),
    ("far apart", cand(0), cand(6), {"where=far"}, {"where=near"}),
    ("headline", cand(0), cand(9, title=True), {"where=title", "same=True"}, set()),
    ("shared goods", cand(0, items=["gallium"]), cand(1, items=["gallium", "germanium"]), {"items=shared"}, set()),
    ("other goods", cand(0, items=["gallium"]), cand(2, items=["graphite"]), {"items=disjoint"}, {"items=shared"}),
    ("later names goods", cand(0), cand(1, items=["graphite"]), {"items=m_empty"}, set()),
    ("targets apart", cand(0, targets=["USA"]), cand(1, targets=["JPN"]), {"targets=disjoint"}, set()),
    (
        "two days",
        cand(0, date="2025-11-24", date_rank=4),
        cand(3, date="2025-10-01", date_rank=4),
        {"date=differ", "ranks=4-4", "same=False"},
        {"same=True"},
    ),
    ("one dated", cand(0, date="2025-11-24", date_rank=4), cand(1), {"date=c_missing", "ranks=4-0"}, set()),
    ("two years", cand(0, year="2019"), cand(2, year="2025"), {"year=differ", "same=False"}, set()),
    ("two rates", cand(0, value={"rate": 10}), cand(1, value={"rate": 25}), {"value=conflict"}, set()),
    ("past and present", cand(0), cand(1, past=True), {"past=0-1"}, {"past=0-0"}),
    ("an added act", cand(0), cand(1, also=True), {"flag=also"}, {"flag=past"}),
    ("referent", cand(0), cand(1, how="referent"), {"how=explicit-referent", "same=True"}, set()),
    ("other concept", cand(0), cand(1, concept="licence"), {"concepts=other"}, {"concepts=shared"}),
    ("generic noun", cand(0), cand(1, concept="measure"), {"c_generic=True"}, set()),
]


@pytest.mark.parametrize(("name", "m", "c", "has", "lacks"), FEATURE_CASES, ids=[r[0] for r in FEATURE_CASES])
def test_pair_features(name: str, m: Candidate, c: Candidate, has: set[str], lacks: set[str]) -> None:
    feats = set(pair_features(Pair(m, c, "")))
    assert has <= feats, name
    assert not lacks & feats, name


@pytest.mark.parametrize(
    ("a", "b", "want"),
    [
        ([], [], "none"),
        ([], ["x"], "m_empty"),
        (["x"], [], "c_empty"),
        (["x"], ["x", "y"], "shared"),
        (["x"], ["y"], "disjoint"),
    ],
)
def test_overlap(a: list[str], b: list[str], want: str) -> None:
    assert overlap(a, b) == want


@pytest.mark.parametrize(
    ("a", "b", "want"),
    [(None, None, "none"), (None, 1, "m_missing"), (1, None, "c_missing"), (1, 1, "equal"), (1, 2, "differ")],
)
def test_equality(a: object, b: object, want: str) -> None:
    assert equality(a, b) == want


@pytest.mark.parametrize(("gap", "want"), [(0, "sentence"), (1, "next"), (2, "near"), (3, "near"), (4, "far")])
def test_distance(gap: int, want: str) -> None:
    assert distance(Pair(cand(0, 0), cand(gap, 1), "")) == want


def stmt(items: tuple[str, ...] = (), date: str | None = None, actor: str = "CHN") -> Statement:
    return Statement("EXPORT_CONTROL", "impose", (actor,), items, (), date)


def gold(items: list[str], date: str | None = None, actor: str = "CHN") -> dict[str, Any]:
    return {"type": "EXPORT_CONTROL", "action": "impose", "actors": [actor], "items": items, "date": date}


GOLD = [gold(["gallium"]), gold(["graphite"], "2025-11-24")]

LABEL_CASES = [
    # (name, statement, gold events, gold event)
    ("no gold of the key", stmt(("gallium",), actor="USA"), GOLD, NO_GOLD),
    ("the only one", stmt(("antimony",)), GOLD[:1], 0),
    ("fits by goods", stmt(("graphite",)), GOLD, 1),
    ("fits by day", stmt((), "2025-11-24"), GOLD, 1),
    ("fits none of two", stmt(("antimony",)), GOLD, UNFIT),
]


@pytest.mark.parametrize(("name", "s", "events", "want"), LABEL_CASES, ids=[r[0] for r in LABEL_CASES])
def test_gold_event(name: str, s: Statement, events: list[dict[str, Any]], want: int) -> None:
    assert gold_event(s, events) == want


def test_assign_spread_covers_gold_events_one_to_one() -> None:
    two = [stmt(("gallium",)), stmt(("gallium",))]
    assert assign(two, GOLD, spread=False) == [0, 0]
    assert sorted(assign(two, GOLD, spread=True)) == [0, 1]


@pytest.mark.parametrize(
    ("m", "c", "want"), [(NO_GOLD, NO_GOLD, 1), (0, 0, 1), (0, 1, 0), (UNFIT, 0, None), (NO_GOLD, 0, None)]
)
def test_pair_label(m: int, c: int, want: int | None) -> None:
    assert pair_label(m, c) == want


SPLIT_ALL = MergeModel({}, bias=-5.0, threshold=0.5, scope="key", mode="replace", enabled=True)


def test_scope_and_modes() -> None:
    m, c = cand(0), cand(1)  # the hand rule merges these (one concept)
    assert in_scope("key", m, c) and in_scope("apart", m, c)
    assert not in_scope("apart", m, cand(0, 1))
    assert not in_scope("key", m, cand(1, actors=["USA"]))
    assert not in_scope("key", m, cand(9, title=True))
    assert decide(SPLIT_ALL, m, c, "") is False
    assert decide(replace(SPLIT_ALL, mode="join"), m, c, "") is True
    assert decide(SPLIT_ALL, m, cand(1, actors=["USA"]), "") is False  # out of scope: the rule
    assert decide(replace(SPLIT_ALL, bias=5.0, mode="join"), m, cand(3, year="2019"), "") is True


def test_parse_merge_model_round_trip() -> None:
    data = {"weights": {"same=True": 2.0}, "bias": -1.0, "threshold": 0.6, "scope": "apart", "mode": "split"}
    model = parse_merge_model(data)
    assert (model.scope, model.mode, model.enabled) == ("apart", "split", False)
    assert round(model.probability(("same=True",)), 4) == 0.7311


ARTICLES = [
    (
        "China restricts exports",
        "China on Monday imposed export controls on gallium. China also imposed export controls on graphite. "
        "The export controls take effect on Dec. 1.",
        [gold(["gallium"], "2025-11-24"), gold(["graphite"], "2025-11-24")],
    ),
    (
        "Beijing widens controls",
        "China on Monday banned exports of antimony to the United States. The ban covers antimony ores.",
        [gold(["antimony"], "2025-11-24")],
    ),
]


def test_training_twice_gives_the_same_weights() -> None:
    from policykg.extract.merge_train import Split, examples_of, extractor

    articles = [Article(title=t, body=b, published="2025-11-25T09:00:00") for t, b, _ in ARTICLES]
    golds: list[dict[str, Any] | None] = [{"title": t, "events": g} for t, _, g in ARTICLES]
    split = Split(articles, golds, [g for g in golds if g])
    runs = []
    for _ in range(2):
        examples = [ex for ex, _ in examples_of(split, extractor(), spread=True)]
        model = fit(examples, 0.3, min_count=1)
        runs.append((examples, model.weights, model.bias))
    assert runs[0] == runs[1]
    assert runs[0][0], "the invented articles give pairs to learn from"


def test_pipeline_follows_the_shipped_artefact() -> None:
    from policykg.extract.merge_model import load_merge_model
    from policykg.extract.pipeline import load_pipeline

    shipped = load_merge_model()
    assert shipped is not None and shipped.scope in ("key", "apart")
    assert (load_pipeline(None, rescore=False).same is None) == (not shipped.enabled)


def test_a_decision_that_never_merges_keeps_each_statement() -> None:
    from policykg.extract.pipeline import extract_article, load_pipeline

    body = "China on Monday imposed export controls on gallium. The export controls take effect on Dec. 1."
    article = Article(title="Trade news", body=body, published="2025-11-25T09:00:00")
    pipe = load_pipeline(None, rescore=False)
    rules = extract_article(article, pipe).events
    never = extract_article(article, replace(pipe, same=lambda m, c, text: False)).events
    assert [(e.type, e.action, e.actors[0]) for e in rules] == [("EXPORT_CONTROL", "impose", "CHN")]
    assert len(never) == 2
