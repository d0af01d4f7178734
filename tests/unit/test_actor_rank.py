"""The learned main-actor ranker (extract/actor_rank.py, extract/actor_train.py) on invented records.

The candidates and features are checked on sentences of our own wording (one row a
class: agent after "by", a target after a preposition, a possessive, an office of
the rules' state, the state of the rules' agency, the headline, the sentence before);
the training chain on the invented held-out splits of tests/data/heldout.
"""

from __future__ import annotations

import json
from collections import Counter
from dataclasses import replace
from pathlib import Path

import pytest

from policykg.extract.actor_rank import (
    ActorRanker,
    Context,
    candidate_features,
    candidates,
    choose_main,
    load_ranker,
    parse_ranker,
    rerank_events,
    sentence_bounds,
    with_main,
)
from policykg.extract.actor_train import main, targets_of
from policykg.extract.models import Article, Entity, Event, Mention
from policykg.extract.pipeline import extract_article, load_pipeline

HELDOUT = Path(__file__).resolve().parents[1] / "data" / "heldout"
ENTITIES = {
    "USA": Entity("USA", "Country", "United States"),
    "CHN": Entity("CHN", "Country", "China"),
    "JPN": Entity("JPN", "Country", "Japan"),
    "EU": Entity("EU", "Bloc", "European Union"),
    "org:mofcom": Entity("org:mofcom", "Agency", "Ministry of Commerce", country="CHN"),
    "org:acme": Entity("org:acme", "Firm", "Acme"),
}
NAMES = {"the United States": "USA", "China": "CHN", "Japan": "JPN", "the EU": "EU", "Beijing": "CHN"}
NAMES |= {"the Ministry of Commerce": "org:mofcom", "Acme": "org:acme", "U.S.": "USA", "中国": "CHN", "美国": "USA"}


def context(title: str, body: str, home: str | None = None) -> Context:
    """A context whose mentions are every occurrence of the names of :data:`NAMES` (longest first, any case),
    and whose entities are the mentioned ones (as in a record)."""
    text = title + "\n" + body
    spans: list[Mention] = []
    for name in sorted(NAMES, key=len, reverse=True):
        start = text.lower().find(name.lower())
        while start >= 0:
            if not any(m.start <= start < m.end for m in spans):
                spans.append(Mention(NAMES[name], start, start + len(name), name))
            start = text.lower().find(name.lower(), start + 1)
    mentioned = {m.entity_id: ENTITIES[m.entity_id] for m in spans}
    return Context(text, tuple(sorted(spans, key=lambda m: m.start)), mentioned, home)


def event_in(ctx: Context, sentence: str, actors: tuple[str, ...], targets: tuple[str, ...] = ()) -> Event:
    start = ctx.text.index(sentence)
    return Event("TARIFF", "impose", actors, targets=targets, evidence=sentence, evidence_start=start,
                 evidence_end=start + len(sentence), trace=("how=explicit",))  # fmt: skip


def features_of(body: str, actors: tuple[str, ...], eid: str, targets: tuple[str, ...] = ()) -> set[str]:
    ctx = context("Trade news", body)
    ev = event_in(ctx, body.split(". ")[-1], actors, targets)
    return set(candidate_features(ctx, ev, eid, Counter(m.entity_id for m in ctx.mentions)))


FEATURE_CASES = [
    # agent after "by" (passive) and 被
    ("New duties on steel were imposed by the United States", ("CHN",), "USA", {"prep=by", "rank=-1"}),
    ("Duties were announced by Japan on Monday", ("CHN",), "JPN", {"prep=by", "where=evidence_0"}),
    ("钢材被美国加征关税", ("CHN",), "USA", {"zh_prep=被", "kind=Country"}),
    # a target after a preposition, and the event's own target
    ("Then the United States imposed duties on China", ("USA",), "CHN", {"prep=on", "where=evidence_1"}),
    ("Japan raised tariffs against China", ("JPN",), "CHN", {"prep=against"}),
    ("Japan cut duties for goods from China", ("JPN",), "CHN", {"prep=from"}),
    ("美国对中国加征关税", ("USA",), "CHN", {"zh_prep=对"}),
    # possessive and a subject's verb
    ("China's tariffs on Japan took effect", ("JPN",), "CHN", {"possessive", "where=evidence_0"}),
    ("中国的关税生效", ("USA",), "CHN", {"possessive"}),
    ("Japan has raised its tariffs", ("CHN",), "JPN", {"subject_verb"}),
    ("Japan will raise its tariffs", ("CHN",), "JPN", {"subject_verb"}),
    # the rules' own choice, its rank and the how of the rules
    ("Japan raised tariffs", ("JPN",), "JPN", {"rank=0", "how=explicit|rank=0", "rules|where=evidence_0", "bare"}),
    ("美国加征关税", ("USA",), "USA", {"bare", "where=evidence_0"}),
    ("Japan and China raised tariffs", ("JPN", "CHN"), "CHN", {"rank=1", "where=evidence_1"}),
    # an office of the rules' state, the state of the rules' agency
    ("The Ministry of Commerce raised tariffs", ("CHN",), "org:mofcom", {"office_of_first", "kind=Agency"}),
    ("The Ministry of Commerce raised tariffs", ("org:mofcom",), "CHN", {"state_of_first", "where=outside"}),
    # the sentence before, and a candidate not in the window
    ("China spoke. Tariffs were raised", ("JPN",), "CHN", {"where=previous"}),
    ("Tariffs were raised", ("JPN",), "USA", {"where=outside", "freq=0"}),
    # a firm is a candidate of its own kind
    ("Acme said Japan raised tariffs", ("JPN",), "org:acme", {"kind=Firm", "where=evidence_0"}),
]


@pytest.mark.parametrize(("body", "actors", "eid", "expected"), FEATURE_CASES, ids=[c[0][:40] for c in FEATURE_CASES])
def test_candidate_features(body: str, actors: tuple[str, ...], eid: str, expected: set[str]) -> None:
    assert expected <= features_of(body, actors, eid)


def test_a_target_of_the_event_is_marked_on_either_side() -> None:
    assert {"role=target", "other|role=target"} <= features_of("The EU put tariffs on China", ("EU",), "CHN", ("CHN",))
    assert "rules|role=target" in features_of("The EU put tariffs on China", ("CHN",), "CHN", ("CHN",))


def test_cross_features_pair_a_candidate_with_the_rules_choice() -> None:
    body = "New duties were imposed by the United States on China"
    ctx = context("Trade news", body)
    ev = event_in(ctx, body, ("CHN",), ("CHN",))
    counts = Counter(m.entity_id for m in ctx.mentions)
    usa = set(candidate_features(ctx, ev, "USA", counts, ("base", "cross")))
    assert {"x:where:where=evidence_0|where=evidence_1", "x:role:-|role=target", "x:bare:-|-"} <= usa
    assert not any(f.startswith("x:") for f in candidate_features(ctx, ev, "CHN", counts, ("base", "cross")))
    assert not any(f.startswith(("x:", "other|", "TARIFF|")) for f in candidate_features(ctx, ev, "USA", counts, ()))


def test_a_blind_reader_sees_nothing_of_the_rules_choice() -> None:
    ctx = context("Trade news", "The Ministry of Commerce raised tariffs")
    ev = event_in(ctx, "The Ministry of Commerce raised tariffs", ("CHN",))
    feats = candidate_features(ctx, ev, "org:mofcom", Counter(), ("base", "type", "blind"))
    assert "kind=Agency" in feats and "TARIFF|where=evidence_0" in feats
    assert not any("rank=" in f or f.endswith("_of_first") for f in feats)


def test_other_events_of_the_record_mark_a_shared_actor() -> None:
    ctx = context("Japan raises duties", "Japan raised duties on China. Tariffs were raised again")
    title = Event("TARIFF", "impose", ("JPN",), targets=("CHN",), evidence="Japan raises duties", evidence_end=19)
    ev = event_in(ctx, "Tariffs were raised again", ("CHN",))
    ctx = replace(ctx, events=(title, ev))
    counts = Counter(m.entity_id for m in ctx.mentions)
    jpn = set(candidate_features(ctx, ev, "JPN", counts, ("base", "events")))
    assert {"main_elsewhere", "main_same_type", "main_title_event"} <= jpn
    assert "target_elsewhere" in candidate_features(ctx, ev, "CHN", counts, ("base", "events"))
    assert "main_elsewhere" not in candidate_features(ctx, ev, "CHN", counts, ("base", "events"))


def test_features_carry_the_event_type_and_no_words() -> None:
    feats = features_of("Japan raised tariffs on steel from China", ("JPN",), "CHN")
    assert "TARIFF|rank=-1" in feats
    assert not any("steel" in f or "tariff" in f.lower().split("|")[-1] for f in feats)


def test_candidates_are_rules_first_then_window_headline_top_state_and_agency_states() -> None:
    ctx = context("Japan hits back", "The EU spoke. The Ministry of Commerce raised tariffs on Acme", home="USA")
    ev = event_in(ctx, "The Ministry of Commerce raised tariffs on Acme", ("org:mofcom",))
    cands = candidates(ctx, ev, Counter(m.entity_id for m in ctx.mentions))
    assert cands[0] == "org:mofcom"
    assert set(cands) == {"org:mofcom", "EU", "org:acme", "JPN", "CHN"}  # USA: home, but not mentioned


@pytest.mark.parametrize(
    ("text", "span", "bounds"),
    [
        ("A said. B did it. C", (8, 17), (7, 16)),
        ("A said. B did it C. D", (8, 16), (7, 18)),
        ("中国宣布。美国加征关税。", (5, 11), (5, 11)),
        ("Title\nBody text", (6, 10), (6, 15)),
    ],
)
def test_sentence_bounds(text: str, span: tuple[int, int], bounds: tuple[int, int]) -> None:
    assert sentence_bounds(text, *span) == bounds


def test_the_ranker_overrides_only_past_the_margin() -> None:
    ctx = context("Trade news", "New duties were imposed by the United States on China")
    ev = event_in(ctx, "New duties were imposed by the United States on China", ("CHN",), ("CHN",))
    counts = Counter(m.entity_id for m in ctx.mentions)
    ranker = ActorRanker({"prep=by": 2.0, "role=target": -1.0}, 0.0, margin=1.0)
    assert choose_main(ctx, ev, ranker, counts) == "USA"
    assert choose_main(ctx, ev, ActorRanker(ranker.weights, 0.0, margin=3.5), counts) is None
    assert rerank_events(ctx, [ev], ranker)[0].actors == ("USA", "CHN")


def test_with_main_keeps_the_rules_other_actors_after_it() -> None:
    ev = Event("SANCTION", "impose", ("org:mofcom", "CHN", "USA"))
    assert with_main(ev, "CHN").actors == ("CHN", "org:mofcom", "USA")
    assert with_main(ev, "JPN").actors == ("JPN", "org:mofcom", "CHN", "USA")


def test_targets_are_the_scorer_partner_else_the_free_gold_event_of_the_type_and_action() -> None:
    gold = [
        {"type": "TARIFF", "action": "impose", "actors": ["USA"], "items": [], "targets": ["CHN"]},
        {"type": "TARIFF", "action": "impose", "actors": ["CHN"], "items": [], "targets": ["USA"]},
    ]
    pred = [
        {"type": "TARIFF", "action": "impose", "actors": ["USA"], "items": [], "targets": ["CHN"]},
        {"type": "TARIFF", "action": "impose", "actors": ["JPN"], "items": [], "targets": ["USA"]},
        {"type": "SANCTION", "action": "impose", "actors": ["JPN"], "items": [], "targets": []},
    ]
    assert targets_of(gold, pred) == [gold[0], gold[1], None]


def _config(tmp_path: Path) -> Path:
    cfg = {
        "groups": ["base", "side"],
        "folds": 3,
        "c_grid": [0.1, 1.0],
        "min_count": 1,
        "margins": [0.0, 1.0],
        "min_dev_tp": 4,
    }
    path = tmp_path / "cfg.json"
    path.write_text(json.dumps(cfg))
    return path


def test_the_training_chain_is_one_command_and_reproducible(tmp_path: Path, capsys) -> None:
    args = [str(HELDOUT / "b"), "--dev", str(HELDOUT / "c"), "--config", str(_config(tmp_path))]
    assert main([*args, "--out", str(tmp_path / "one.json")]) == 0
    assert main([*args, "--out", str(tmp_path / "two.json")]) == 0
    assert (tmp_path / "one.json").read_bytes() == (tmp_path / "two.json").read_bytes()
    artefact = json.loads((tmp_path / "one.json").read_text())
    assert set(artefact) == {"enabled", "margin", "bias", "groups", "figures", "weights"}
    figures = artefact["figures"]
    assert len(figures["grid"]) == 4
    (tp0, fp0, _), (tp1, fp1, _) = figures["dev_rules"]["tp_fp_fn"], figures["dev_model"]["tp_fp_fn"]
    assert artefact["enabled"] == (tp1 - tp0 >= 4 and fp1 <= fp0)
    assert figures["train_ceiling"]["tp_fp_fn"][0] >= figures["train_rules"]["tp_fp_fn"][0]
    assert "train_cv_model" in capsys.readouterr().out
    parse_ranker(artefact)


def test_the_pipeline_follows_the_shipped_setting() -> None:
    shipped = load_ranker()
    assert shipped is not None
    assert load_pipeline(None, rank_actors=False).actor_ranker is None
    assert load_pipeline(None, rank_actors=True).actor_ranker == shipped
    assert load_pipeline(None).actor_ranker == (shipped if shipped.enabled else None)


def test_ranked_records_are_the_same_alone_and_in_a_batch() -> None:
    pipe = load_pipeline(None, rank_actors=True)
    a = Article(title="Japan raises duties", body="New duties on steel from China were imposed by Japan on Monday.")
    b = Article(title="Other", body="The United States imposed tariffs on Chinese goods.")
    alone = extract_article(a, pipe)
    assert [extract_article(x, pipe) for x in (b, a)][1] == alone
