"""Soft candidates (extract/soft_candidates.py): statements a named rule rejected, kept for the re-scorer.

Each row is an invented sentence, the rejection points that may keep soft candidates, and the soft events
expected (type, action, main actor, the trace's soft flags).  The rules alone (no point listed, the re-scorer
off) give no soft event and the same hard events as with soft candidates on.
"""

from __future__ import annotations

from dataclasses import replace

import pytest

from policykg.extract.models import Article, Event
from policykg.extract.pipeline import Pipeline, extract_article, extract_articles, load_pipeline
from policykg.extract.rescore import Rescorer, event_features, hard_events, parse_rescorer, rescore_events
from policykg.extract.soft_candidates import FIXED_POINTS, is_soft, rejection_points
from tests.rule_cases import PUBLISHED, case_ids

ALL = rejection_points()

Soft = tuple[str, str, str, tuple[str, ...]]

CASES: list[tuple[str, tuple[str, ...], set[Soft]]] = [
    # a hedge before the act: a possibility, kept soft
    (
        "Japan may impose tariffs on steel imports from South Korea.",
        ALL,
        {("TARIFF", "impose", "JPN", ("soft", "soft:hedged"))},
    ),
    (
        "Japan could ban exports of rice to China next year.",
        ALL,
        {("EXPORT_BAN", "impose", "JPN", ("soft", "soft:hedged"))},
    ),
    (
        "Analysts suggest that India might restrict exports of sugar.",
        ("hedged",),
        {("EXPORT_CONTROL", "impose", "IND", ("soft", "soft:hedged"))},
    ),
    (
        "Brazil is considering a ban on imports of Chinese tyres.",
        ALL,
        {("IMPORT_RESTRICTION", "impose", "BRA", ("soft", "soft:hedged"))},
    ),
    ("日本可能对韩国钢铁加征关税。", ALL, {("TARIFF", "impose", "JPN", ("soft", "soft:hedged"))}),
    # a point not listed keeps nothing
    ("Japan may impose tariffs on steel imports from South Korea.", ("requirements",), set()),
    ("Japan may impose tariffs on steel imports from South Korea.", (), set()),
    # a candidate two rules reject is soft only when both points keep soft ones, and names both
    (
        "Mexico did not impose tariffs on Chinese cars.",
        ALL,
        {("TARIFF", "impose", "MEX", ("soft", "soft:veto:negated", "soft:hedged"))},
    ),
    ("Mexico did not impose tariffs on Chinese cars.", ("veto:negated",), set()),
    # the other fixed points
    (
        "Japan announced it would invest heavily in semiconductor plants.",
        ALL,
        {("INDUSTRIAL_POLICY", "impose", "JPN", ("soft", "soft:requirements"))},
    ),
    (
        "President Trump signed an executive order that bars exports of chips to China.",
        ("vehicle",),
        {("INDUSTRIAL_POLICY", "impose", "USA", ("soft", "soft:vehicle"))},
    ),
    (
        "Korea rejected the tariffs imposed by Japan.",
        ALL,
        {("TARIFF", "reject", "JPN", ("soft", "soft:dropped_action"))},
    ),
    (
        "Korea lifted restrictions that Japan had introduced.",
        ALL,
        {("EXPORT_CONTROL", "impose", "JPN", ("soft", "soft:undated_background"))},
    ),
    # a soft statement restating a hard event is merged into it: no soft event
    ("China banned exports of gallium on Monday. China may ban exports of gallium.", ALL, set()),
    # a plain act is hard: no soft event
    ("The European Union imposed tariffs on Chinese electric vehicles on Monday.", ALL, set()),
]


def _events(body: str, soft: tuple[str, ...]) -> tuple[Event, ...]:
    pipe = replace(load_pipeline(rescore=False), soft=soft)
    return extract_article(Article(title="Trade news", body=body, published=PUBLISHED), pipe).events


def _soft_rows(events: tuple[Event, ...]) -> set[Soft]:
    return {
        (e.type, e.action, e.actors[0], tuple(t for t in e.trace if t.startswith("soft"))) for e in events if is_soft(e)
    }


@pytest.mark.parametrize(("body", "points", "expected"), CASES, ids=case_ids(CASES))
def test_soft_candidates(body: str, points: tuple[str, ...], expected: set[Soft]) -> None:
    assert _soft_rows(_events(body, points)) == expected


@pytest.mark.parametrize("body", sorted({c[0] for c in CASES}), ids=case_ids(sorted({c[0] for c in CASES})))
def test_the_rules_alone_are_unchanged(body: str) -> None:
    alone = _events(body, ())
    assert load_pipeline(rescore=False).soft == ()
    assert not any(is_soft(e) for e in alone)
    with_soft = _events(body, ALL)
    assert [e.to_json() for e in hard_events(with_soft)] == [e.to_json() for e in alone]
    assert with_soft[: len(alone)] == alone  # the soft events come after the hard ones


def test_rejection_points_name_every_fixed_point_and_veto() -> None:
    assert ALL[: len(FIXED_POINTS)] == FIXED_POINTS
    assert {"veto:negated", "veto:quoted_remark", "veto:modal_before_verb"} <= set(ALL)
    assert len(set(ALL)) == len(ALL)


def test_records_with_soft_candidates_are_the_same_alone_and_in_a_batch() -> None:
    pipe = replace(load_pipeline(rescore=False), soft=ALL)
    articles = [Article(title=f"News {n}", body=c[0], published=PUBLISHED) for n, c in enumerate(CASES)]
    batch = [r.to_json() for r in extract_articles(list(reversed(articles)), pipe)]
    assert batch == [extract_article(a, pipe).to_json() for a in reversed(articles)]


TEXT = "Ruritania bans tin exports\nRuritania banned exports of tin on Monday. Ruritania may ban tin imports."


def _event(evidence: str, trace: tuple[str, ...] = ()) -> Event:
    start = TEXT.index(evidence)
    return Event("EXPORT_BAN", "impose", ("RUR",), evidence=evidence, evidence_start=start, trace=trace)


def test_the_rescorer_judges_soft_events_by_their_own_model_and_threshold() -> None:
    hard = _event("Ruritania banned exports of tin", ("how=explicit",))
    soft = _event("Ruritania may ban tin imports", ("how=explicit", "soft", "soft:hedged"))
    model = Rescorer(
        weights={"how=explicit": 2.0},
        bias=0.0,
        threshold=0.5,
        enabled=True,
        groups=("trace",),
        soft_rules=("hedged",),
        soft_threshold=0.6,
        soft_weights={"soft:hedged": 0.3},
        soft_bias=0.0,
    )
    # the hard model would keep the soft event (0.88); its own gives 0.57: above the hard threshold, below its own
    assert (
        model.probability(["how=explicit", "soft:hedged"]) > 0.6 > model.probability(["soft:hedged"], soft=True) > 0.5
    )
    assert rescore_events(TEXT, (hard, soft), {}, model) == (hard,)
    assert rescore_events(TEXT, (hard, soft), {}, replace(model, soft_threshold=0.55)) == (hard, soft)


def test_article_features_count_the_hard_events_only() -> None:
    hard = _event("Ruritania banned exports of tin")
    soft = _event("Ruritania may ban tin imports", ("soft", "soft:hedged"))
    assert hard_events((hard, soft)) == [hard]
    assert event_features(TEXT, hard, hard_events((hard, soft)), {}, ("article",)) == ["events=1"]


def test_the_artefact_names_the_soft_points_and_the_pipeline_follows_it() -> None:
    data = {"weights": {}, "bias": 0.0, "threshold": 0.5, "soft_rules": ["hedged"], "soft_threshold": 0.6}
    data |= {"soft_weights": {"soft": -1.0}, "soft_bias": 0.5}
    model = parse_rescorer(data)
    assert (model.soft_rules, model.soft_threshold, model.soft_weights, model.soft_bias) == (
        ("hedged",),
        0.6,
        {"soft": -1.0},
        0.5,
    )
    shipped = parse_rescorer({"weights": {}, "bias": 0.0, "threshold": 0.5})
    assert (shipped.soft_rules, shipped.soft_weights) == ((), None)
    assert isinstance(load_pipeline(rescore=True), Pipeline)
    rescorer = load_pipeline(rescore=True).rescorer
    assert load_pipeline(rescore=True).soft == (rescorer.soft_rules if rescorer else ())
