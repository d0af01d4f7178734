"""Training the main-actor ranker (:mod:`policykg.extract.actor_rank`) in one command (``make train-actor``).

The chain: extract the train split with the rules alone -> for each rule event
whose (type, action) matches a gold event of its article (the one the scorer
matches it to, else the unmatched gold event of the same type and action with
the most shared items and targets), every candidate that, put first, makes
the event compatible with that gold event is a positive, the others are
negatives (events without such a gold event, or whose candidates hold no
positive, teach nothing) -> choose the penalty and the margin by
cross-validated event F1 over train articles (grouped folds) -> fit on all of
train -> check on dev once -> write ``extract/data/actor_rank.json`` with
``enabled`` true only if dev events rose by at least ``min_dev_tp`` true
positives with false positives not up.  No random state.

Usage::

    python -m policykg.extract.actor_train TRAIN_DIR --dev DEV_DIR [--config CFG] [--out JSON]
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from policykg.extract.actor_rank import (
    ActorRanker,
    Context,
    article_counts,
    candidate_features,
    candidates,
    rerank_events,
    with_main,
)
from policykg.extract.evaluate import compatible, jaccard, match_events, norm_title, score
from policykg.extract.models import ArticleRecord
from policykg.extract.rescore_fit import Example, fit, folds
from policykg.extract.train_cli import train_main

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_CONFIG = ROOT / "training" / "actor_rank.json"
DEFAULT_OUT = ROOT / "extract" / "data" / "actor_rank.json"


@dataclass(frozen=True)
class Split:
    """A labelled split extracted by the rules: gold records, rule records (title-sorted), their contexts."""

    gold: list[dict[str, Any]]
    records: list[ArticleRecord]
    contexts: list[Context]


def gold_of(split: Split, rec: ArticleRecord) -> list[dict[str, Any]]:
    """The gold events of a record's article."""
    by_title = {norm_title(g["title"]): g for g in split.gold}
    return list(by_title.get(norm_title(rec.article.title), {}).get("events") or [])


def targets_of(gold: Sequence[dict[str, Any]], pred: Sequence[dict[str, Any]]) -> list[dict[str, Any] | None]:
    """For each predicted event, the gold event it should match: the scorer's partner, else the best
    unmatched gold event of the same type and action (most shared items and targets), else None."""
    pairs = dict((j, i) for i, j in match_events(gold, pred))
    free = [g for i, g in enumerate(gold) if i not in pairs.values()]
    out: list[dict[str, Any] | None] = []
    for j, p in enumerate(pred):
        if j in pairs:
            out.append(gold[pairs[j]])
            continue
        same = [g for g in free if (g["type"], g["action"]) == (p["type"], p["action"])]
        out.append(max(same, key=lambda g: _overlap(g, p), default=None))
    return out


def _overlap(g: dict[str, Any], p: dict[str, Any]) -> float:
    return jaccard(g.get("items") or [], p.get("items") or []) + jaccard(g.get("targets") or [], p.get("targets") or [])


def examples_of(split: Split, groups: Sequence[str]) -> list[Example]:
    """One example per candidate of each labelled rule event (see the module docstring)."""
    out: list[Example] = []
    for n, (rec, ctx) in enumerate(zip(split.records, split.contexts)):
        counts = article_counts(ctx)
        ctx = replace(ctx, events=rec.events)
        pred = [e.to_json() for e in rec.events]
        for ev, target in zip(rec.events, targets_of(gold_of(split, rec), pred)):
            if target is None or not ev.actors:
                continue
            cands = candidates(ctx, ev, counts)
            labels = [int(compatible(target, with_main(ev, c).to_json())) for c in cands]
            if any(labels):
                feats = [tuple(candidate_features(ctx, ev, c, counts, groups)) for c in cands]
                out += [Example(n, f, y) for f, y in zip(feats, labels)]
    return out


def ceiling(split: Split) -> dict[str, Any]:
    """Event counts when every labelled event gets a positive candidate first (the oracle over the pool)."""
    preds = []
    for rec, ctx in zip(split.records, split.contexts):
        counts = article_counts(ctx)
        pred = [e.to_json() for e in rec.events]
        events = []
        for ev, target in zip(rec.events, targets_of(gold_of(split, rec), pred)):
            good = [c for c in candidates(ctx, ev, counts) if target and compatible(target, with_main(ev, c).to_json())]
            events.append(with_main(ev, good[0]) if good and ev.actors else ev)
        preds.append(_pred(rec, events))
    return _counts(split, preds)


def _pred(rec: ArticleRecord, events: Sequence[Any]) -> dict[str, Any]:
    return {"title": rec.article.title, "published": rec.article.published, "events": [e.to_json() for e in events]}


def _counts(split: Split, preds: list[dict[str, Any]]) -> dict[str, Any]:
    c = score(split.gold, preds).events
    return {"tp_fp_fn": [c.tp, c.fp, c.fn], "f1": round(c.f1, 4)}


def apply(split: Split, rankers: Sequence[ActorRanker], fold_of: Sequence[int] | None = None) -> dict[str, Any]:
    """Event counts of the split with each article re-ranked by its fold's ranker (one ranker: all)."""
    preds = []
    for n, (rec, ctx) in enumerate(zip(split.records, split.contexts)):
        ranker = rankers[fold_of[n]] if fold_of is not None else rankers[0]
        preds.append(_pred(rec, rerank_events(ctx, rec.events, ranker)))
    return _counts(split, preds)


def ranker_of(examples: Sequence[Example], c: float, cfg: dict[str, Any], margin: float) -> ActorRanker:
    """A fitted ranker with the given margin."""
    model = fit(examples, c, cfg["min_count"])
    return ActorRanker(model.weights, model.bias, margin, True, tuple(cfg["groups"]))


def choose(split: Split, examples: list[Example], cfg: dict[str, Any]) -> tuple[float, float, list[dict[str, Any]]]:
    """The penalty and margin with the best cross-validated event F1 on train (ties: the larger margin)."""
    fold_of = folds(len(split.records), cfg["folds"])
    best: tuple[float, float, float] = (-1.0, 0.0, 0.0)
    table = []
    for c in cfg["c_grid"]:
        models = [
            fit([ex for ex in examples if fold_of[ex.article] != k], c, cfg["min_count"]) for k in range(cfg["folds"])
        ]
        for margin in cfg["margins"]:
            rankers = [ActorRanker(m.weights, m.bias, margin, True, tuple(cfg["groups"])) for m in models]
            figs = apply(split, rankers, fold_of)
            table.append({"c": c, "margin": margin, **figs})
            if figs["f1"] >= best[0] - 1e-9:
                best = (figs["f1"], c, margin) if figs["f1"] > best[0] + 1e-9 or margin > best[2] else best
    return best[1], best[2], table


# --- I/O: reading and extracting splits, writing the artefact -------------------------------------


def load_split(folder: Path) -> Split:
    """Extract a labelled split with the rules alone (no re-scorer, no ranker)."""
    from policykg.extract.actor_rank import context_of
    from policykg.extract.pipeline import extract_article, home_state, load_pipeline
    from policykg.extract.train import read_split

    articles, gold = read_split(folder)
    pipe = load_pipeline(None, rescore=False, rank_actors=False)
    records = sorted((extract_article(a, pipe) for a in articles), key=lambda r: norm_title(r.article.title))
    contexts = [
        context_of(r.article.text, r.mentions, r.entities, home_state(r.article, pipe.gazetteer)) for r in records
    ]
    return Split(gold, records, contexts)


def run(train_dir: Path, dev_dir: Path | None, cfg: dict[str, Any]) -> dict[str, Any]:
    """The whole chain; returns the artefact (JSON form)."""
    train = load_split(train_dir)
    examples = examples_of(train, cfg["groups"])
    c, margin, table = choose(train, examples, cfg)
    ranker = ranker_of(examples, c, cfg, margin)
    figs: dict[str, Any] = {"c": c, "examples": len(examples), "grid": table}
    figs |= {"train_rules": apply(train, [replace(ranker, margin=1e9)]), "train_ceiling": ceiling(train)}
    figs["train_cv_model"] = next(r for r in table if (r["c"], r["margin"]) == (c, margin))
    enabled = False
    if dev_dir is not None:
        dev = load_split(dev_dir)
        figs |= {"dev_rules": apply(dev, [replace(ranker, margin=1e9)]), "dev_ceiling": ceiling(dev)}
        figs["dev_model"] = apply(dev, [ranker])
        (tp0, fp0, _), (tp1, fp1, _) = figs["dev_rules"]["tp_fp_fn"], figs["dev_model"]["tp_fp_fn"]
        enabled = tp1 - tp0 >= cfg["min_dev_tp"] and fp1 <= fp0
    return {
        "enabled": enabled,
        "margin": margin,
        "bias": ranker.bias,
        "groups": list(ranker.groups),
        "figures": figs,
        "weights": ranker.weights,
    }


def report(artefact: dict[str, Any]) -> str:
    """The figures of a training run, one line per design and split."""
    f = artefact["figures"]
    lines = [f"c {f['c']}  margin {artefact['margin']}  examples {f['examples']}  features {len(artefact['weights'])}"]
    for key in ("train_rules", "train_ceiling", "train_cv_model", "dev_rules", "dev_ceiling", "dev_model"):
        if key in f:
            lines.append(f"{key:<16} events F1 {f[key]['f1']:.3f} tp/fp/fn {tuple(f[key]['tp_fp_fn'])}")
    lines.append(f"enabled: {artefact['enabled']}")
    return "\n".join(lines)


def main(argv: Sequence[str] | None = None) -> int:
    return train_main("policykg.extract.actor_train", __doc__, (DEFAULT_CONFIG, DEFAULT_OUT), run, report, argv)


if __name__ == "__main__":
    raise SystemExit(main())
