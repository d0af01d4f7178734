"""Training the learned merge decision from the train split in one command (``make train-merge``).

The chain: extract the train split with the rules, recording every merge
decision of one key the rules meet (:func:`recorder`) -> label each pair from
the gold events (:mod:`policykg.extract.merge_labels`) -> pair features
(:mod:`policykg.extract.merge_features`) -> the penalty by grouped
cross-validated log loss over train articles -> the scope, mode and
threshold by cross-validated events F1 (each fold's articles extracted again
with the model fitted on the other folds, so the figure is the scorer's,
not the pairs') -> fit on all of train -> check on dev once: rules alone
vs rules + model -> ``extract/data/merge_model.json``, ``enabled`` only if dev
events F1 rose by ``min_dev_gain`` with entities and dates no worse.

The committed config (``training/merge.json``) fixes folds, grids, minimum
feature count and the dev margin; there is no random state (L-BFGS from zero
weights, folds by file order), so the same data give the same weights.

Usage::

    python -m policykg.extract.merge_train TRAIN_DIR --dev DEV_DIR [--config CFG] [--out JSON]
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from policykg.extract import merge
from policykg.extract.evaluate import pair_records
from policykg.extract.merge import Candidate, MergeDecision
from policykg.extract.merge_features import Pair, pair_features, same_key
from policykg.extract.merge_labels import Statement, assign, pair_label, snapshot
from policykg.extract.merge_model import MergeModel, decision
from policykg.extract.merge_report import evaluation, report
from policykg.extract.models import Article
from policykg.extract.rescore_fit import Example, fit, folds, out_of_fold
from policykg.extract.train_cli import train_main

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_CONFIG = ROOT / "training" / "merge.json"
DEFAULT_OUT = ROOT / "extract" / "data" / "merge_model.json"


@dataclass(frozen=True)
class Met:
    """One merge decision of one key the rules met: the pair's features and both sides' slots then."""

    features: tuple[str, ...]
    m: Statement
    c: Statement
    apart: bool  # stated in different sentences
    ids: tuple[int, int]  # the two candidates' identities within the article's pass


@dataclass(frozen=True)
class Split:
    """A labelled split: its articles, the gold record of each (None when unlabelled), all gold records."""

    articles: list[Article]
    gold: list[dict[str, Any] | None]
    records: list[dict[str, Any]]


def recorder(out: list[Met]) -> MergeDecision:
    """The hand rule's decision, recording the pairs of one key (not headlines) it is asked about into ``out``."""

    def same(m: Candidate, c: Candidate, text: str) -> bool:
        if same_key(m, c) and not c.title:
            feats = pair_features(Pair(m, c, text))
            out.append(Met(feats, snapshot(m), snapshot(c), c.sentence != m.sentence, (id(m), id(c))))
        return merge._same(m, c, text)

    return same


def examples_of(split: Split, extract: Any, spread: bool) -> list[tuple[Example, bool]]:
    """Labelled pairs of the split (dropped pairs left out), each with whether it is stated apart."""
    out = []
    for n, (article, gold) in enumerate(zip(split.articles, split.gold)):
        met: list[Met] = []
        extract(article, recorder(met))
        first: dict[int, Statement] = {}  # each candidate as first met (an earlier event before it absorbs more)
        for p in met:
            first.setdefault(p.ids[1], p.c)
            first.setdefault(p.ids[0], p.m)
        ids = list(first)
        gold_of = dict(zip(ids, assign([first[i] for i in ids], (gold or {}).get("events") or [], spread)))
        for p in met:
            label = pair_label(gold_of[p.ids[0]], gold_of[p.ids[1]])
            if label is not None:
                out.append((Example(n, p.features, label), p.apart))
    return out


def scoped(examples: Sequence[tuple[Example, bool]], scope: str) -> list[Example]:
    """The examples the model of ``scope`` decides."""
    return [ex for ex, apart in examples if scope == "key" or apart]


def log_loss(examples: Sequence[Example], probs: Sequence[float]) -> float:
    """Mean log loss of the probabilities."""
    eps = 1e-9
    total = sum(-math.log(max(eps, p if ex.label else 1 - p)) for ex, p in zip(examples, probs))
    return total / max(1, len(examples))


def choose_c(examples: list[Example], n: int, cfg: dict[str, Any]) -> tuple[float, list[dict[str, Any]]]:
    """The penalty with the least grouped out-of-fold log loss (and each one's loss and accuracy)."""
    fold_of = folds(n, cfg["folds"])
    rows = []
    for c in cfg["c_grid"]:
        probs = out_of_fold(examples, fold_of, c, cfg["min_count"])
        acc = sum((p >= 0.5) == bool(ex.label) for ex, p in zip(examples, probs)) / max(1, len(examples))
        rows.append({"c": c, "log_loss": round(log_loss(examples, probs), 4), "accuracy": round(acc, 4)})
    best = min(rows, key=lambda r: (r["log_loss"], r["c"]))
    return best["c"], rows


def cross_validate(split: Split, examples: list[tuple[Example, bool]], cfg: dict[str, Any], extract: Any) -> list[Any]:
    """Events F1 of each (scope, mode, threshold), each fold extracted with the model of the other folds."""
    fold_of = folds(len(split.articles), cfg["folds"])
    rows = []
    for scope in cfg["scopes"]:
        exs = scoped(examples, scope)
        c, _ = choose_c(exs, len(split.articles), cfg)
        fitted = {k: fit([e for e in exs if fold_of[e.article] != k], c, cfg["min_count"]) for k in set(fold_of)}
        for mode in cfg["modes"]:
            for t in cfg["thresholds"]:
                models = {k: MergeModel(f.weights, f.bias, t, scope, mode, True) for k, f in fitted.items()}
                ev = evaluation(split, _fold_extract(extract, models, fold_of))
                rows.append({"scope": scope, "mode": mode, "threshold": t, "c": c, **ev})
    return rows


def _fold_extract(extract: Any, models: dict[int, MergeModel], fold_of: Sequence[int]) -> Any:
    """``extract(n, article)`` with the model of the article's fold."""
    return lambda n, article: extract(article, decision(models[fold_of[n]]))


# --- I/O: reading and extracting splits, writing the artefact -------------------------------------


def load_split(folder: Path) -> Split:
    """The articles of a labelled split (file order) with the gold record of each (the scorer's pairing)."""
    from policykg.extract.train import read_split

    articles, gold = read_split(folder)
    stubs = [{"title": a.title, "published": a.published, "n": n} for n, a in enumerate(articles)]
    of = {p["n"]: dict(g) for g, p in pair_records(gold, stubs) if p is not None and g is not None}
    return Split(articles, [of.get(n) for n in range(len(articles))], gold)


def extractor() -> Any:
    """``extract(article, same)``: the rules-only pipeline with the merge decision ``same``."""
    from policykg.extract.pipeline import extract_article, load_pipeline

    pipe = load_pipeline(None, rescore=False)
    return lambda article, same: extract_article(article, replace(pipe, same=same))


def run(train_dir: Path, dev_dir: Path | None, cfg: dict[str, Any]) -> dict[str, Any]:
    """The whole chain; returns the artefact (JSON form)."""
    extract = extractor()
    train = load_split(train_dir)
    examples = examples_of(train, extract, cfg["labels"] == "spread")
    rules = evaluation(train, lambda n, a: extract(a, None))
    grid = cross_validate(train, examples, cfg, extract)
    best = max(grid, key=lambda r: (r["events"]["f1"], -r["threshold"]))
    exs = scoped(examples, best["scope"])
    _, c_rows = choose_c(exs, len(train.articles), cfg)
    fitted = fit(exs, best["c"], cfg["min_count"])
    model = MergeModel(fitted.weights, fitted.bias, best["threshold"], best["scope"], best["mode"], True)
    figs: dict[str, Any] = {"pairs": _pair_counts(examples), "c_grid": c_rows, "train_rules": rules, "cv": grid}
    figs["train_cv_model"] = best
    enabled = False
    if dev_dir is not None:
        dev = load_split(dev_dir)
        figs["dev_rules"] = evaluation(dev, lambda n, a: extract(a, None))
        figs["dev_model"] = evaluation(dev, lambda n, a: extract(a, decision(model)))
        enabled = _better(figs["dev_rules"], figs["dev_model"], cfg["min_dev_gain"])
    return {
        "enabled": enabled,
        "threshold": model.threshold,
        "scope": model.scope,
        "mode": model.mode,
        "bias": model.bias,
        "figures": figs,
        "weights": dict(model.weights),
    }


def _pair_counts(examples: Sequence[tuple[Example, bool]]) -> dict[str, int]:
    same = sum(ex.label for ex, _ in examples)
    return {"pairs": len(examples), "same": same, "different": len(examples) - same}


def _better(rules: dict[str, Any], model: dict[str, Any], margin: float) -> bool:
    """Dev events F1 up by ``margin``, entities F1 and date accuracy no lower."""
    return (
        model["events"]["f1"] - rules["events"]["f1"] >= margin
        and model["entities"]["f1"] >= rules["entities"]["f1"]
        and model["date_acc"] >= rules["date_acc"]
    )


def main(argv: Sequence[str] | None = None) -> int:
    return train_main("policykg.extract.merge_train", __doc__, (DEFAULT_CONFIG, DEFAULT_OUT), run, report, argv)


if __name__ == "__main__":
    raise SystemExit(main())
