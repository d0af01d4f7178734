"""Figures of a merge decision over a labelled split: the scorer's counts and the same-key counts.

Events are scored by (type, action, main actor), so what a merge decision
changes shows in the groups of one key: gold events *lost* (the split's
gold has more events of a key than the output) and *extra* statements (the
output has more of a key the gold holds than the gold does).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Mapping, Sequence
from typing import Any

from policykg.extract.evaluate import Counts, pair_records, score


def _key(e: Mapping[str, Any]) -> tuple[Any, ...]:
    return (e.get("type"), e.get("action"), (e.get("actors") or [None])[0])


def same_key_counts(gold: Sequence[Mapping[str, Any]], pred: Sequence[Mapping[str, Any]]) -> dict[str, int]:
    """Gold events in groups of one key, those lost, and the extra predicted statements of gold's keys."""
    tot: Counter[str] = Counter()
    for g, p in pair_records(list(gold), list(pred)):
        gk = Counter(_key(e) for e in (g or {}).get("events", []))
        pk = Counter(_key(e) for e in (p or {}).get("events", []))
        for k, n in gk.items():
            if n > 1:
                tot["in_groups"] += n
                tot["lost"] += n - min(pk.get(k, 0), n)
            if pk.get(k, 0) > n:
                tot["extra"] += pk[k] - n
    return {k: tot[k] for k in ("in_groups", "lost", "extra")}


def _counts(c: Counts) -> dict[str, Any]:
    return {"tp_fp_fn": [c.tp, c.fp, c.fn], "f1": round(c.f1, 4)}


def evaluation(split: Any, extract: Callable[[int, Any], Any]) -> dict[str, Any]:
    """Events, entities, date accuracy and same-key counts of ``extract(n, article)`` over the split."""
    pred = [extract(n, a).to_json() for n, a in enumerate(split.articles)]
    gold = split.records
    rep = score(gold, pred)
    acc = rep.slots.date_accuracy
    return {
        "events": _counts(rep.events),
        "entities": _counts(rep.entities),
        "date_acc": round(acc, 4) if acc is not None else 0.0,
        "same_key": same_key_counts(gold, pred),
    }


def _line(name: str, f: Mapping[str, Any]) -> str:
    ev, en, sk = f["events"], f["entities"], f["same_key"]
    return (
        f"{name:<16} events F1 {ev['f1']:.4f} {tuple(ev['tp_fp_fn'])}  entities F1 {en['f1']:.4f}"
        f"  date acc {f['date_acc']:.4f}  same-key lost {sk['lost']} extra {sk['extra']}"
    )


def report(artefact: Mapping[str, Any]) -> str:
    """The figures of a training run, one line per design and split."""
    f = artefact["figures"]
    best = f["train_cv_model"]
    lines = [
        f"pairs {f['pairs']}",
        *(f"c {r['c']}: out-of-fold log loss {r['log_loss']} accuracy {r['accuracy']}" for r in f["c_grid"]),
        *(_line(f"cv {r['scope']} {r['mode']} {r['threshold']}", r) for r in f["cv"]),
        _line("train_rules", f["train_rules"]),
        _line("train_cv_best", best),
        f"chosen: scope {artefact['scope']} mode {artefact['mode']} threshold {artefact['threshold']} c {best['c']}",
    ]
    lines += [_line(k, f[k]) for k in ("dev_rules", "dev_model") if k in f]
    lines.append(f"enabled: {artefact['enabled']}")
    return "\n".join(lines)
