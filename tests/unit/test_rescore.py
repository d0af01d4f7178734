"""The learned re-scorer of the rules' events (issue 11, item 2): features, fitting, the training chain.

data/labelled/ is never read here: the chain is tested on our own held-out sets b (train) and c (dev);
the sentences below are invented.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from policykg.extract.models import Article, Event
from policykg.extract.pipeline import extract_article, extract_articles, load_pipeline
from policykg.extract.read import read_paths
from policykg.extract.rescore import Rescorer, event_features, load_rescorer, parse_rescorer, rescore_events
from policykg.extract.rescore_fit import Example, fit, folds, out_of_fold, predict
from policykg.extract.rescore_train import main

HELDOUT = Path(__file__).resolve().parents[1] / "data" / "heldout"
TEXT = (
    "Ruritania bans tin exports\n"
    "Ruritania banned exports of tin on Monday. "
    'Officials said the ministry "could impose tariffs" if talks fail.'
)


def _event(evidence: str, **kw) -> Event:
    start = TEXT.index(evidence)
    return Event(
        type=kw.pop("type", "EXPORT_BAN"),
        action=kw.pop("action", "impose"),
        actors=kw.pop("actors", ("RUR",)),
        evidence=evidence,
        evidence_start=start,
        evidence_end=start + len(evidence),
        **kw,
    )


def test_features_name_position_slots_and_trace() -> None:
    ev = _event("Ruritania bans tin exports", items=("item:tin",), trace=("how=explicit", "statements=2"))
    got = event_features(TEXT, ev, [ev], {"RUR": "Country"}, ("trace", "slots", "position", "article"))
    assert got == [
        "how=explicit",
        "statements=2",
        "type=EXPORT_BAN",
        "action=impose",
        "ta=EXPORT_BAN|impose",
        "actor=Country",
        "actors=1",
        "items=1",
        "targets=0",
        "lang=en",
        "pos=title",
        "events=1",
    ]


@pytest.mark.parametrize(
    ("evidence", "groups", "expected"),
    [
        ("Ruritania banned exports of tin on Monday", ("position",), ["lang=en", "pos=lead"]),
        ("could impose tariffs", ("position",), ["lang=en", "pos=later"]),
        ("could impose tariffs", ("cues",), ["in:modal", "pre:speech", "quoted"]),
        ("Ruritania banned exports of tin on Monday", ("cues",), []),
    ],
)
def test_features_of_position_and_cues(evidence: str, groups: tuple[str, ...], expected: list[str]) -> None:
    ev = _event(evidence)
    assert event_features(TEXT, ev, [ev], {}, groups) == expected


def test_word_features_are_unigrams_bigrams_and_chinese_character_bigrams() -> None:
    ev = Event("TARIFF", "impose", ("CHN",), evidence="加征关税 on pork", evidence_start=0, evidence_end=12)
    got = event_features("加征关税 on pork\n", ev, [ev], {}, ("words",))
    assert got == ["w:on", "w:on_pork", "w:pork", "w:关税", "w:加征", "w:征关"]


def test_article_features_see_other_events_of_the_type() -> None:
    a = _event("Ruritania bans tin exports")
    b = _event("Ruritania banned exports of tin on Monday", action="lift")
    assert event_features(TEXT, a, [a, b], {}, ("article",)) == ["events=2", "type_other_action"]


def test_rescore_events_keeps_events_at_or_above_the_threshold() -> None:
    title = _event("Ruritania bans tin exports")
    quoted = _event("could impose tariffs", type="TARIFF")
    model = Rescorer(weights={"quoted": -5.0}, bias=1.0, threshold=0.5, enabled=True, groups=("cues",))
    assert rescore_events(TEXT, (title, quoted), {}, model) == (title,)
    assert model.probability(["quoted"]) == pytest.approx(1 / (1 + 2.718281828459045**4))


def test_fit_is_deterministic_and_learns_the_sign_of_a_feature() -> None:
    examples = [Example(n, ("good",) if n % 2 else ("bad",), n % 2) for n in range(20)]
    examples += [Example(20, ("good", "rare"), 0)]
    first, second = fit(examples, c=1.0), fit(examples, c=1.0)
    assert first == second
    assert set(first.weights) == {"good", "bad"}  # "rare" is seen once (min_count 2)
    assert first.weights["good"] > 0 > first.weights["bad"]
    assert predict(first, ["good"]) > 0.5 > predict(first, ["bad"])


def test_weight_zero_examples_are_left_out() -> None:
    examples = [Example(n, ("a",) if n % 2 else ("c",), n % 2, 1.0) for n in range(6)]
    examples += [Example(9, ("b",), 0, 0.0)] * 3
    assert set(fit(examples, c=1.0).weights) == {"a", "c"}


def test_out_of_fold_predicts_each_example_from_the_other_articles() -> None:
    assert folds(7, 3) == [0, 1, 2, 0, 1, 2, 0]
    examples = [Example(n, ("x",), 1) for n in range(4)] + [Example(n, ("y",), 0) for n in range(4)]
    probs = out_of_fold(examples, folds(4, 2), 1.0, 1)
    assert len(probs) == 8
    assert all(p > 0.5 for p in probs[:4]) and all(p < 0.5 for p in probs[4:])


def _config(tmp_path: Path) -> Path:
    cfg = {
        "groups": ["trace", "slots", "position", "cues", "article"],
        "folds": 3,
        "c_grid": [0.1, 1.0],
        "min_count": 2,
        "thresholds": [0.05, 0.3, 0.5],
        "unfitted_batches": [],
        "fitted_weight": 1.0,
        "unfitted_weight": 1.0,
        "select_on": "all",
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
    assert set(artefact) == {"enabled", "threshold", "bias", "groups", "figures", "weights"}
    figures = artefact["figures"]
    assert artefact["enabled"] == (figures["dev_model"]["all"]["f1"] > figures["dev_rules"]["all"]["f1"])
    assert len(figures["grid"]) == 6
    assert "train_cv_model" in capsys.readouterr().out
    parse_rescorer(artefact)


def test_a_missing_split_is_one_line_error(tmp_path: Path, capsys) -> None:
    assert main([str(tmp_path), "--config", str(_config(tmp_path)), "--out", str(tmp_path / "x.json")]) == 1
    assert capsys.readouterr().err.startswith("policykg: error: ")


def test_the_pipeline_follows_the_shipped_setting() -> None:
    shipped = load_rescorer()
    assert shipped is not None
    assert load_pipeline(None, rescore=False).rescorer is None
    assert load_pipeline(None, rescore=True).rescorer == shipped
    assert load_pipeline(None).rescorer == (shipped if shipped.enabled else None)


def test_rescored_records_are_the_same_alone_and_in_a_batch() -> None:
    result = read_paths([str(HELDOUT / "articles.jsonl"), str(HELDOUT / "d" / "articles.jsonl")])
    articles: list[Article] = list(result.articles)
    pipe = load_pipeline(None, rescore=True)
    batch = [r.to_json() for r in extract_articles(list(reversed(articles)), pipe)]
    alone = [extract_article(a, pipe).to_json() for a in reversed(articles)]
    assert batch == alone


def test_the_cli_setting_forces_the_rescorer(tmp_path: Path) -> None:
    from policykg.cli import main as cli

    src = str(HELDOUT / "articles.jsonl")  # set a: the shipped re-scorer drops one of its events
    for setting in ("on", "off"):
        assert (
            cli(["extract", src, "--rescore", setting, "--jobs", "1", "--out", str(tmp_path / f"{setting}.jsonl")]) == 0
        )
    pipes = {"on": load_pipeline(None, rescore=True), "off": load_pipeline(None, rescore=False)}
    articles = list(read_paths([src]).articles)
    for setting, pipe in pipes.items():
        lines = (tmp_path / f"{setting}.jsonl").read_text(encoding="utf-8").splitlines()
        assert [json.loads(x) for x in lines] == [extract_article(a, pipe).to_json() for a in articles]


def test_soft_candidates_get_their_own_model_and_leave_the_hard_one_as_it_was(tmp_path: Path) -> None:
    cfg = json.loads(_config(tmp_path).read_text())
    args = [str(HELDOUT / "b"), "--dev", str(HELDOUT / "c"), "--config"]
    assert main([*args, str(_config(tmp_path)), "--out", str(tmp_path / "hard.json")]) == 0
    soft_cfg = tmp_path / "soft.json"
    soft_cfg.write_text(json.dumps(cfg | {"soft_rules": ["hedged", "veto:negated"], "soft_thresholds": [0.3, 0.6]}))
    assert main([*args, str(soft_cfg), "--out", str(tmp_path / "soft.json")]) == 0
    hard, soft = (json.loads((tmp_path / f"{n}.json").read_text()) for n in ("hard", "soft"))
    assert set(soft) - set(hard) == {"soft_rules", "soft_threshold", "soft_c", "soft_bias", "soft_weights"}
    assert (soft["weights"], soft["bias"], soft["threshold"]) == (hard["weights"], hard["bias"], hard["threshold"])
    assert soft["figures"]["dev_model_hard"] == hard["figures"]["dev_model"]
    assert len(soft["figures"]["soft_grid"]) == 2 * 2  # c_grid x soft_thresholds
    assert soft["soft_rules"] == ([] if soft["soft_threshold"] > 1 else ["hedged", "veto:negated"])
