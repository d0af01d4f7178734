"""Training the learned re-scorer from the train split in one command (``make train``).

The chain: extract the train split with the rules alone -> label each rule
event by whether it matches a gold event (the scorer's own one-to-one
matching, :func:`policykg.extract.evaluate.match_events`) -> features
(:func:`policykg.extract.rescore.event_features`) -> choose the penalty and
the threshold by cross-validation over train articles -> fit on all of train
-> check on dev once: rules alone vs rules + re-scorer -> write the artefact
``extract/data/rescorer.json`` with ``enabled`` true only if dev F1 rose by more than
``min_dev_gain`` (a rise of one or two events on dev is noise, not a gain).

The committed config (``training/rescorer.json``) fixes everything that
decides the result: folds, the penalty grid, the threshold grid, the
minimum feature count, the margin over the rules on dev, the batches whose articles the rules were not fitted
to (weighted ``unfitted_weight`` in training, and the cross-validation
criterion when ``select_on`` is ``"unfitted"``).  There is no random state.

Soft candidates (:mod:`policykg.extract.soft_candidates`): when the config lists ``soft_rules`` (rejection
points), the rules' extraction keeps the statements those points rejected as soft events; each is labelled 1 when
it matches a gold event no hard event matched (a recall gain), and gets its own threshold (``soft_thresholds``,
chosen by the same cross-validation once the hard one is fixed; none passing: no soft event is kept and the
artefact lists no soft rule).

Usage::

    python -m policykg.extract.rescore_train TRAIN_DIR --dev DEV_DIR [--config CFG] [--out JSON]
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from policykg.extract.evaluate import Counts, match_events, norm_title, score
from policykg.extract.models import ArticleRecord, Event
from policykg.extract.rescore import event_features, hard_events
from policykg.extract.rescore_fit import Example, Model, fit, folds, out_of_fold, predict
from policykg.extract.soft_candidates import is_soft
from policykg.extract.train_cli import train_main

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_CONFIG = ROOT / "training" / "rescorer.json"
DEFAULT_OUT = ROOT / "extract" / "data" / "rescorer.json"


@dataclass(frozen=True)
class Split:
    """A labelled split extracted by the rules: gold records, rule records (title-sorted), and which are unfitted."""

    gold: list[dict[str, Any]]
    records: list[ArticleRecord]
    unfitted: list[bool]

    def soft(self) -> list[bool]:
        """Is each event (in example order) a soft one?"""
        return [is_soft(e) for r in self.records for e in r.events]


def kept(probs: Sequence[float], soft: Sequence[bool], threshold: float, soft_threshold: float) -> list[bool]:
    """Which events pass their threshold (a soft event its own)."""
    return [p >= (soft_threshold if s else threshold) for p, s in zip(probs, soft)]


def examples_of(split: Split, weights: tuple[float, float], groups: Sequence[str]) -> list[Example]:
    """One example per rule event, labelled 1 when the scorer matches it to a gold event.

    ``weights``: the training weight of an event of a fitted and of an unfitted article.
    """
    gold_by_title = {norm_title(g["title"]): g for g in split.gold}
    out = []
    for n, rec in enumerate(split.records):
        gold = gold_by_title.get(norm_title(rec.article.title), {"events": []})
        hard = hard_events(rec.events)
        matched = _matched(gold.get("events") or [], rec.events, hard)
        types = {e.id: e.type for e in rec.entities}
        weight = weights[1] if split.unfitted[n] else weights[0]
        for j, ev in enumerate(rec.events):
            feats = tuple(event_features(rec.article.text, ev, hard, types, groups))
            out.append(Example(n, feats, int(j in matched), weight))
    return out


def _matched(gold: list[dict[str, Any]], events: Sequence[Event], hard: Sequence[Event]) -> set[int]:
    """The indices of the events that match gold: the hard ones among themselves, then each soft one that matches a
    gold event no hard one matched (the hard events come first in a record)."""
    pairs = match_events(gold, [e.to_json() for e in hard])
    left = [g for i, g in enumerate(gold) if i not in {i for i, _ in pairs}]
    soft = [e.to_json() for e in events[len(hard) :]]
    return {j for _, j in pairs} | {len(hard) + j for _, j in match_events(left, soft)}


def filtered_counts(split: Split, keep: Sequence[bool], articles: Sequence[int] | None = None) -> Counts:
    """Event counts of the rule records less the events whose ``keep`` is false (in example order)."""
    chosen = set(range(len(split.records)) if articles is None else articles)
    preds: list[dict[str, Any]] = []
    titles, i = set(), 0
    for n, rec in enumerate(split.records):
        events = [e.to_json() for j, e in enumerate(rec.events) if keep[i + j]]
        i += len(rec.events)
        if n in chosen:
            preds.append({"title": rec.article.title, "published": rec.article.published, "events": events})
            titles.add(norm_title(rec.article.title))
    return score([g for g in split.gold if norm_title(g["title"]) in titles], preds).events


NO_SOFT = 1.01  # the soft threshold that keeps no soft event


def choose(split: Split, examples: list[Example], cfg: dict[str, Any]) -> tuple[float, float, dict[str, Any]]:
    """The penalty and threshold with the best cross-validated F1 (on the ``select_on`` articles), over the hard
    events (every soft one dropped: the hard events are judged as if there were none)."""
    fold_of = folds(len(split.records), cfg["folds"])
    on = _selected(split, cfg)
    soft = split.soft()
    best: tuple[float, float, float] = (-1.0, 0.0, 0.0)
    table = []
    for c in cfg["c_grid"]:
        probs = _out_of_fold(examples, soft, False, fold_of, c, cfg["min_count"])
        for t in cfg["thresholds"]:
            counts = filtered_counts(split, kept(probs, soft, t, NO_SOFT), on)
            table.append({"c": c, "threshold": t, "f1": round(counts.f1, 4), "tp_fp_fn": _tpfpfn(counts)})
            if counts.f1 > best[0] + 1e-9:
                best = (counts.f1, c, t)
    return best[1], best[2], {"grid": table}


def choose_soft(
    split: Split, examples: list[Example], hard: tuple[float, float], cfg: dict[str, Any]
) -> tuple[float, float, dict[str, Any]]:
    """The soft events' own penalty and threshold beside the chosen hard ones (``hard``: penalty, threshold):
    the best cross-validated F1 above that of no soft event kept (else the threshold :data:`NO_SOFT`)."""
    fold_of = folds(len(split.records), cfg["folds"])
    on, soft = _selected(split, cfg), split.soft()
    hard_probs = _out_of_fold(examples, soft, False, fold_of, hard[0], cfg["min_count"])
    f1 = filtered_counts(split, kept(hard_probs, soft, hard[1], NO_SOFT), on).f1
    best: tuple[float, float, float] = (f1, cfg["c_grid"][0], NO_SOFT)
    table = []
    for c in cfg["c_grid"]:
        probs = _out_of_fold(examples, soft, True, fold_of, c, cfg["min_count"])
        probs = [p if s else h for p, h, s in zip(probs, hard_probs, soft)]
        for t in cfg["soft_thresholds"]:
            counts = filtered_counts(split, kept(probs, soft, hard[1], t), on)
            table.append({"c": c, "soft_threshold": t, "f1": round(counts.f1, 4), "tp_fp_fn": _tpfpfn(counts)})
            if counts.f1 > best[0] + 1e-9:
                best = (counts.f1, c, t)
    return best[1], best[2], {"soft_grid": table}


def _selected(split: Split, cfg: dict[str, Any]) -> list[int] | None:
    """The articles the cross-validation criterion counts (None: all)."""
    return [n for n, u in enumerate(split.unfitted) if u] if cfg["select_on"] == "unfitted" else None


def _out_of_fold(
    examples: list[Example], soft: Sequence[bool], side: bool, fold_of: Sequence[int], c: float, min_count: int
) -> list[float]:
    """Out-of-fold probabilities of the model of one side's events (hard or soft), 0 for the other side's."""
    probs = [0.0] * len(examples)
    idx = [i for i, s in enumerate(soft) if s == side]
    for i, p in zip(idx, out_of_fold([examples[i] for i in idx], fold_of, c, min_count) if idx else []):
        probs[i] = p
    return probs


def _fit(examples: list[Example], soft: Sequence[bool], side: bool, c: float, min_count: int) -> Model:
    """The model of one side's events (hard or soft)."""
    return fit([ex for ex, s in zip(examples, soft) if s == side], c, min_count)


def _tpfpfn(c: Counts) -> list[int]:
    return [c.tp, c.fp, c.fn]


def figures(split: Split, keep: Sequence[bool]) -> dict[str, Any]:
    """P / R / F1 and counts on all articles and on the unfitted ones."""
    out = {}
    unfitted = [n for n, u in enumerate(split.unfitted) if u]
    for name, arts in (("all", None), ("unfitted", unfitted)):
        c = filtered_counts(split, keep, arts)
        out[name] = {"p": round(c.precision, 4), "r": round(c.recall, 4), "f1": round(c.f1, 4), "tp_fp_fn": _tpfpfn(c)}
    return out


# --- I/O: reading and extracting splits, writing the artefact -------------------------------------


def load_split(folder: Path, unfitted_urls: set[str], soft: Sequence[str] = ()) -> Split:
    """Extract a labelled split with the rules alone (no re-scorer), keeping soft candidates at the ``soft`` points."""
    from policykg.extract.pipeline import extract_article, load_pipeline
    from policykg.extract.train import read_split

    articles, gold = read_split(folder)
    pipe = replace(load_pipeline(None, rescore=False), soft=tuple(soft))
    records = sorted((extract_article(a, pipe) for a in articles), key=lambda r: norm_title(r.article.title))
    return Split(gold, records, [r.article.url in unfitted_urls for r in records])


def batch_urls(root: Path, batches: Sequence[str]) -> set[str]:
    """The URLs of the articles of the given labelled batches."""
    urls = set()
    for batch in batches:
        with open(root / batch / "articles.jsonl", encoding="utf-8") as f:
            urls |= {json.loads(line).get("url") for line in f if line.strip()}
    return urls


def run(train_dir: Path, dev_dir: Path | None, cfg: dict[str, Any]) -> dict[str, Any]:
    """The whole chain; returns the artefact (JSON form)."""
    unfitted = batch_urls(train_dir.parent, cfg["unfitted_batches"])
    soft_rules = cfg.get("soft_rules", [])
    train = load_split(train_dir, unfitted, soft_rules)
    examples = examples_of(train, (cfg["fitted_weight"], cfg["unfitted_weight"]), cfg["groups"])
    c, threshold, grid = choose(train, examples, cfg)
    soft_c, soft_t, soft_grid = choose_soft(train, examples, (c, threshold), cfg) if soft_rules else (c, NO_SOFT, {})
    fold_of, soft = folds(len(train.records), cfg["folds"]), train.soft()
    probs = _out_of_fold(examples, soft, False, fold_of, c, cfg["min_count"])
    soft_probs = _out_of_fold(examples, soft, True, fold_of, soft_c, cfg["min_count"])
    model = _fit(examples, soft, False, c, cfg["min_count"])
    soft_model = _fit(examples, soft, True, soft_c, cfg["min_count"]) if soft_rules else None
    figs: dict[str, Any] = {
        "train_rules": figures(train, [not s for s in soft]),
        "train_cv_model": figures(
            train, kept([q if s else p for p, q, s in zip(probs, soft_probs, soft)], soft, threshold, soft_t)
        ),
        "c": c,
        **grid,
        **soft_grid,
    }
    enabled = False
    if dev_dir is not None:
        dev = load_split(dev_dir, unfitted, soft_rules)
        dev_ex = examples_of(dev, (1.0, 1.0), cfg["groups"])
        dev_probs = [
            predict(soft_model or model, x.features) if s else predict(model, x.features)
            for x, s in zip(dev_ex, dev.soft())
        ]
        figs["dev_rules"] = figures(dev, [not s for s in dev.soft()])
        figs["dev_model"] = figures(dev, kept(dev_probs, dev.soft(), threshold, soft_t))
        if soft_rules:  # the soft events' own share: the model with every soft event dropped
            figs["dev_model_hard"] = figures(dev, kept(dev_probs, dev.soft(), threshold, NO_SOFT))
        gain = figs["dev_model"]["all"]["f1"] - figs["dev_rules"]["all"]["f1"]
        enabled = gain > cfg.get("min_dev_gain", 0.0)
    return {
        "enabled": enabled,
        "threshold": threshold,
        **_soft_part(soft_rules, soft_t, soft_c, soft_model),
        "bias": model.bias,
        "groups": list(cfg["groups"]),
        "figures": figs,
        "weights": model.weights,
    }


def _soft_part(rules: list[str], threshold: float, c: float, model: Model | None) -> dict[str, Any]:
    """The artefact's soft keys: the points, the soft model and its threshold (no point listed when no soft event
    passes; none at all when the config lists no soft rule, so the artefact is the same as before)."""
    if model is None:
        return {}
    kept_rules = rules if threshold < NO_SOFT else []
    return {
        "soft_rules": kept_rules,
        "soft_threshold": threshold,
        "soft_c": c,
        "soft_bias": model.bias,
        "soft_weights": model.weights,
    }


def _line(name: str, f: dict[str, Any]) -> str:
    a, u = f["all"], f["unfitted"]
    return (
        f"{name:<22} P {a['p']:.3f} R {a['r']:.3f} F1 {a['f1']:.3f} {tuple(a['tp_fp_fn'])}"
        f"   unfitted F1 {u['f1']:.3f} {tuple(u['tp_fp_fn'])}"
    )


def report(artefact: dict[str, Any], model: Model | None = None) -> str:
    """The figures of a training run, one line per design and split."""
    f = artefact["figures"]
    soft = f"  soft threshold {artefact['soft_threshold']}" if "soft_threshold" in artefact else ""
    soft += f" (c {artefact['soft_c']}, points {len(artefact['soft_rules'])})" if soft else ""
    lines = [f"c {f['c']}  threshold {artefact['threshold']}{soft}  features {len(artefact['weights'])}"]
    for key in ("train_rules", "train_cv_model", "dev_rules", "dev_model", "dev_model_hard"):
        if key in f:
            lines.append(_line(key, f[key]))
    lines.append(f"enabled: {artefact['enabled']}")
    return "\n".join(lines)


def main(argv: Sequence[str] | None = None) -> int:
    return train_main("policykg.extract.rescore_train", __doc__, (DEFAULT_CONFIG, DEFAULT_OUT), run, report, argv)


if __name__ == "__main__":
    raise SystemExit(main())
