"""Training the learned date ranker from the train split in one command (``make train-dates``).

The chain: extract the train split with the rules alone -> pair each rule event with a gold
event (the scorer's own one-to-one matching, :func:`policykg.extract.evaluate.match_events`) ->
the options of each matched event (:func:`policykg.extract.date_rank.date_options`), labelled 1
when an option equals the gold ``date`` (null included) -> a logistic regression over options
(:mod:`policykg.extract.rescore_fit`), the penalty and the margin over the rules' pick chosen by
cross-validation over train articles (folds by article) -> fit on all of train -> one dev check,
rules alone vs ranker, on both date measures -> the artefact ``extract/data/date_ranker.json``,
``enabled`` only if dev gained at least ``min_dev_gain`` correct gold-dated pairs and lost at most
``max_null_loss`` correct nulls.

Two measures, because ``policykg eval`` counts a date only where the gold one is set: ``dated``
(correct over gold-dated pairs, the eval's accuracy) and ``exact`` (agreement over all matched
pairs, nulls included); a ranker that dates everything would raise the first and break the
contract (null when the text gives no day), which the second and ``nulls`` show.

Usage::

    python -m policykg.extract.date_rank_train TRAIN_DIR --dev DEV_DIR [--config CFG] [--out JSON]
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from policykg.extract.date_rank import DateOption, DateRanker, article_context, choose, date_options
from policykg.extract.evaluate import match_events, norm_title
from policykg.extract.rescore_fit import Example, fit, folds, out_of_fold
from policykg.extract.train_cli import train_main

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_CONFIG = ROOT / "training" / "date_ranker.json"
DEFAULT_OUT = ROOT / "extract" / "data" / "date_ranker.json"


@dataclass(frozen=True)
class Pair:
    """A rule event matched to a gold event: its article (index), options, the rules' pick and the gold date."""

    article: int
    options: tuple[DateOption, ...]
    picked: str | None
    gold: str | None
    by: str = "none"  # the rule that gave the pick (the trace's ``date_by=``), "none" when it gave no date


def pairs_of(contexts: Sequence[Any], gold: Sequence[dict[str, Any]]) -> list[Pair]:
    """The matched pairs of a split: ``contexts`` are (title, ArticleContext, rule events) by article."""
    gold_by_title = {norm_title(g["title"]): g for g in gold}
    out = []
    for n, (title, ctx, events) in enumerate(contexts):
        gold_events = gold_by_title.get(norm_title(title), {}).get("events") or []
        for i, j in match_events(gold_events, [e.to_json() for e in events]):
            e = events[j]
            by = next((t.removeprefix("date_by=") for t in e.trace if t.startswith("date_by=")), "none")
            out.append(Pair(n, tuple(date_options(ctx, e)), e.date, gold_events[i].get("date"), by))
    return out


def examples_of(pairs: Sequence[Pair]) -> list[Example]:
    """One example per option of a matched pair, labelled 1 when it is the gold date."""
    return [Example(p.article, o.features, int(o.value == p.gold)) for p in pairs for o in p.options]


def measures(pairs: Sequence[Pair], chosen: Sequence[str | None]) -> dict[str, int]:
    """Counts of the two date measures (and their parts) for the chosen dates of ``pairs``."""
    dated = sum(1 for p, c in zip(pairs, chosen) if p.gold is not None and c == p.gold)
    nulls = sum(1 for p, c in zip(pairs, chosen) if p.gold is None and c is None)
    return {
        "pairs": len(pairs),
        "gold_dated": sum(1 for p in pairs if p.gold is not None),
        "dated": dated,
        "nulls": nulls,
        "exact": dated + nulls,
        "gold_null_pred_set": sum(1 for p, c in zip(pairs, chosen) if p.gold is None and c is not None),
        "pred_null_gold_set": sum(1 for p, c in zip(pairs, chosen) if p.gold is not None and c is None),
        "both_set_differ": sum(1 for p, c in zip(pairs, chosen) if None not in (p.gold, c) and c != p.gold),
        "reachable": sum(1 for p in pairs if any(o.value == p.gold for o in p.options)),
    }


def by_rule(pairs: Sequence[Pair]) -> dict[str, dict[str, int]]:
    """How each date rule's picks agree with gold (ok / gold null / gold dated, none given / both set, differ):
    where a rule's days are less often right than null, a learned choice has something to win."""
    out: dict[str, dict[str, int]] = {}
    for p in pairs:
        key = (
            "ok"
            if p.picked == p.gold
            else "gold_null"
            if p.gold is None
            else "pred_null"
            if p.picked is None
            else "differ"
        )
        row = out.setdefault(p.by, {"ok": 0, "gold_null": 0, "pred_null": 0, "differ": 0})
        row[key] += 1
    return dict(sorted(out.items(), key=lambda kv: -sum(kv[1].values())))


def _choices(pairs: Sequence[Pair], scores: Sequence[float], margin: float) -> list[str | None]:
    """The ranker's choice per pair from per-option scores (in example order)."""
    out, i = [], 0
    for p in pairs:
        weights = {f"o{k}": scores[i + k] for k in range(len(p.options))}
        tagged = [DateOption(o.value, (f"o{k}",)) for k, o in enumerate(p.options)]
        out.append(choose(tagged, p.picked, DateRanker(weights, margin)))
        i += len(p.options)
    return out


def _logit(p: float) -> float:
    p = min(max(p, 1e-12), 1 - 1e-12)
    return math.log(p / (1 - p))


def select(pairs: Sequence[Pair], n_articles: int, cfg: dict[str, Any]) -> tuple[float | None, float, list[dict]]:
    """The penalty and margin with the most cross-validated exact agreements, above the rules', that lose no
    gold-dated pair (ties: the first in the grid); ``(None, inf, table)`` when no setting does."""
    examples = examples_of(pairs)
    fold_of = folds(n_articles, cfg["folds"])
    rules = measures(pairs, [p.picked for p in pairs])
    best: tuple[int, float | None, float] = (rules["exact"], None, math.inf)
    table = []
    for c in cfg["c_grid"]:
        scores = [_logit(p) for p in out_of_fold(examples, fold_of, c, cfg["min_count"])]
        for margin in cfg["margins"]:
            m = measures(pairs, _choices(pairs, scores, margin))
            table.append({"c": c, "margin": margin, **m})
            if m["dated"] >= rules["dated"] and m["exact"] > best[0]:
                best = (m["exact"], c, margin)
    return best[1], best[2], table


# --- I/O: extracting a split, the chain, the artefact ----------------------------------------------------


def load_contexts(folder: Path) -> tuple[list[Any], list[dict[str, Any]]]:
    """The (title, ArticleContext, rule events) of a labelled split, title-sorted, and its gold records."""
    from policykg.extract.pipeline import load_pipeline, rule_output
    from policykg.extract.train import read_split

    articles, gold = read_split(folder)
    pipe = load_pipeline(None, rescore=False, date_rank=False)
    out = []
    for a in sorted(articles, key=lambda a: norm_title(a.title)):
        r = rule_output(a, pipe)
        out.append((a.title, article_context(r.clean, r.dates, r.published), r.events))
    return out, gold


def run(train_dir: Path, dev_dir: Path | None, cfg: dict[str, Any]) -> dict[str, Any]:
    """The whole chain; returns the artefact (JSON form)."""
    contexts, gold = load_contexts(train_dir)
    pairs = pairs_of(contexts, gold)
    c, margin, table = select(pairs, len(contexts), cfg)
    figs: dict[str, Any] = {"train_rules": measures(pairs, [p.picked for p in pairs]), "c": c, "grid": table}
    figs["train_by_rule"] = by_rule(pairs)
    if c is None:  # no setting beat the rules in cross-validation: nothing to check on dev, nothing to ship
        return {"enabled": False, "margin": None, "weights": {}, "figures": figs}
    model = fit(examples_of(pairs), c, cfg["min_count"])
    ranker = DateRanker(model.weights, margin)
    figs["train_cv_ranker"] = next(r for r in table if r["c"] == c and r["margin"] == margin)
    enabled = False
    if dev_dir is not None:
        dev_contexts, dev_gold = load_contexts(dev_dir)
        dev = pairs_of(dev_contexts, dev_gold)
        figs["dev_rules"] = measures(dev, [p.picked for p in dev])
        figs["dev_ranker"] = measures(dev, [choose(p.options, p.picked, ranker) for p in dev])
        gain = figs["dev_ranker"]["dated"] - figs["dev_rules"]["dated"]
        null_loss = figs["dev_rules"]["nulls"] - figs["dev_ranker"]["nulls"]
        enabled = gain >= cfg["min_dev_gain"] and null_loss <= cfg["max_null_loss"]
    return {"enabled": enabled, "margin": margin, "weights": model.weights, "figures": figs}


def report(artefact: dict[str, Any]) -> str:
    """The figures of a training run, one line per design and split."""
    f = artefact["figures"]
    lines = [f"c {f['c']}  margin {artefact['margin']}  features {len(artefact['weights'])}"]
    if f["c"] is None:
        lines.append("no penalty and margin beat the rules in cross-validation on train (grid in the artefact)")
    for key in ("train_rules", "train_cv_ranker", "dev_rules", "dev_ranker"):
        if key in f:
            m = f[key]
            lines.append(
                f"{key:<16} dated {m['dated']}/{m['gold_dated']}  exact {m['exact']}/{m['pairs']}  nulls {m['nulls']}"
                f"  (gold null pred set {m['gold_null_pred_set']}, pred null gold set {m['pred_null_gold_set']},"
                f" both set differ {m['both_set_differ']}; reachable {m['reachable']})"
            )
    lines.append(f"enabled: {artefact['enabled']}")
    return "\n".join(lines)


def main(argv: Sequence[str] | None = None) -> int:
    return train_main("policykg.extract.date_rank_train", __doc__, (DEFAULT_CONFIG, DEFAULT_OUT), run, report, argv)


if __name__ == "__main__":
    raise SystemExit(main())
