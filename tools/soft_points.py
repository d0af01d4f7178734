"""Per rejection point, how many of its soft candidates would be new true positives (train only).

    python tools/soft_points.py data/labelled/train [--examples]

Each article is extracted twice: as shipped (the re-scorer as its artefact sets it) and with the rules alone
keeping a soft candidate at every rejection point (:func:`policykg.extract.soft_candidates.rejection_points`).
A soft event of a point is a would-be true positive when the scorer's one-to-one matching
(:func:`policykg.extract.evaluate.match_events`) pairs it with a gold event the shipped output misses, else a
would-be false positive; points are named by the first rule that rejected the statement.  ``--examples`` prints
the would-be true positives.  Only the train split may be read: rules are written from train errors.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from collections.abc import Sequence
from dataclasses import replace
from pathlib import Path

from policykg.extract.evaluate import match_events, norm_title
from policykg.extract.models import Event
from policykg.extract.pipeline import extract_article, load_pipeline
from policykg.extract.soft_candidates import is_soft, rejection_points
from policykg.extract.train import read_split


def first_point(event: Event) -> str:
    """The first rule that rejected a soft event."""
    return next(t.removeprefix("soft:") for t in event.trace if t.startswith("soft:"))


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").split("\n")[0])
    parser.add_argument("split", type=Path)
    parser.add_argument("--examples", action="store_true")
    args = parser.parse_args(argv)
    if args.split.name != "train":
        print("soft_points: only the train split may be read", file=sys.stderr)
        return 2
    articles, gold = read_split(args.split)
    gold_by = {norm_title(g["title"]): g.get("events") or [] for g in gold}
    shipped, soft_pipe = load_pipeline(None), replace(load_pipeline(None, rescore=False), soft=rejection_points())
    tp, fp = Counter(), Counter()
    for article in articles:
        gold_events = gold_by.get(norm_title(article.title), [])
        found = {
            i for i, _ in match_events(gold_events, [e.to_json() for e in extract_article(article, shipped).events])
        }
        missed = [g for i, g in enumerate(gold_events) if i not in found]
        by_point: dict[str, list[Event]] = {}
        for e in (e for e in extract_article(article, soft_pipe).events if is_soft(e)):
            by_point.setdefault(first_point(e), []).append(e)
        for point, events in by_point.items():
            pairs = match_events(missed, [e.to_json() for e in events])
            tp[point], fp[point] = tp[point] + len(pairs), fp[point] + len(events) - len(pairs)
            for _, j in pairs if args.examples else []:
                print(
                    f"TP {point}: {events[j].type} {events[j].action} {events[j].actors} | {events[j].evidence[:120]}"
                )
    print(f"{'point':40} {'tp':>4} {'fp':>5}  share")
    for point in sorted(set(tp) | set(fp), key=lambda p: (-(tp[p] + fp[p]), p)):
        print(f"{point:40} {tp[point]:4} {fp[point]:5}  {tp[point] / (tp[point] + fp[point]):.2f}")
    print(f"{'all':40} {sum(tp.values()):4} {sum(fp.values()):5}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
