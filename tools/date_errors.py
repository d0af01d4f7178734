"""List the date / until errors of matched events, and entity errors, of one labelled split.

    python tools/date_errors.py data/labelled/<split> PRED.jsonl [--until] [--all]
    python tools/date_errors.py data/labelled/<split> PRED.jsonl --entities

Events are paired and matched exactly as ``policykg eval`` does
(:func:`policykg.extract.evaluate.pair_records` and ``match_events``).  For each
matched pair whose gold ``date`` (or ``until``) is not null and differs from the
prediction (``--all``: every matched pair), it prints the gold and predicted
values, the article's published date, a coarse error class, both evidences and
gold's note.  ``--entities`` lists the entity ids gold names that the
prediction lacks (FN) and the ones it adds (FP), with their type and aliases.

Classes: ``null_pred`` (gold dated, nothing predicted), ``year`` (same month
and day, other year), ``month_first`` (prediction is the 1st of gold's month),
``published`` (prediction is the publication day), ``near`` (within 7 days:
a relative day or statement vs act day), ``other``.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
from collections import Counter
from collections.abc import Iterator, Mapping, Sequence
from pathlib import Path
from typing import Any

from policykg.extract.evaluate import match_events, pair_records


def read_jsonl(path: Path) -> list[dict[str, Any]]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def date_class(gold: str, pred: str | None, published: str | None) -> str:
    """Coarse class of a wrong date (see the module docstring).

    >>> date_class("2025-04-09", None, "2025-11-07"), date_class("2025-04-09", "2026-04-09", None)
    ('null_pred', 'year')
    >>> date_class("2025-04-09", "2025-04-01", None), date_class("2025-04-09", "2025-04-11", "2025-04-11T08:00")
    ('month_first', 'published')
    """
    if pred is None:
        return "null_pred"
    if gold[4:] == pred[4:]:
        return "year"
    if pred[:8] == gold[:8] and pred.endswith("-01"):
        return "month_first"
    if published and pred == published[:10]:
        return "published"
    days = abs((dt.date.fromisoformat(gold) - dt.date.fromisoformat(pred)).days)
    return "near" if days <= 7 else "other"


def matched_pairs(gold: Sequence[Mapping[str, Any]], pred: Sequence[Mapping[str, Any]]) -> Iterator[tuple[Any, ...]]:
    """``(gold_record, gold_event, pred_event)`` for every matched event pair."""
    for g, p in pair_records(gold, pred):
        if g is None or p is None:
            continue
        g_ev, p_ev = list(g.get("events") or []), list(p.get("events") or [])
        for i, j in match_events(g_ev, p_ev):
            yield g, g_ev[i], p_ev[j]


def date_rows(gold: Sequence[Any], pred: Sequence[Any], slot: str, every: bool) -> list[dict[str, Any]]:
    rows = []
    for rec, ge, pe in matched_pairs(gold, pred):
        want, got = ge.get(slot), pe.get(slot)
        if want is None and not every:
            continue
        if want == got and not every:
            continue
        cls = "ok" if want == got else "spurious" if want is None else date_class(want, got, rec.get("published"))
        rows.append(
            {
                "class": cls,
                "title": rec["title"][:70],
                "published": rec.get("published"),
                "gold": want,
                "pred": got,
                "event": f"{ge['type']} {ge['action']} {(ge.get('actors') or ['-'])[0]}",
                "gold_evidence": ge.get("evidence", ""),
                "pred_evidence": pe.get("evidence", ""),
                "note": ge.get("note", ""),
            }
        )
    return rows


def entity_rows(gold: Sequence[Any], pred: Sequence[Any]) -> list[tuple[str, str, str, str]]:
    """``(FN|FP, id, type, aliases or name)`` for every entity error."""
    out = []
    for g, p in pair_records(gold, pred):
        g_ents = {e["id"]: e for e in (g or {}).get("entities") or []}
        p_ents = {e["id"]: e for e in (p or {}).get("entities") or []}
        for kind, mine, theirs in (("FN", g_ents, p_ents), ("FP", p_ents, g_ents)):
            for ident in sorted(set(mine) - set(theirs)):
                e = mine[ident]
                names = "|".join(e.get("aliases") or [e.get("name", "")])
                out.append((kind, ident, e.get("type", ""), f"{names}  <{(g or p or {})['title'][:50]}>"))
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("split", type=Path, help="folder with gold.jsonl")
    ap.add_argument("pred", type=Path)
    ap.add_argument("--until", action="store_true", help="the until slot instead of date")
    ap.add_argument("--all", action="store_true", help="every matched pair, right or wrong")
    ap.add_argument("--entities", action="store_true", help="entity FN / FP instead of dates")
    args = ap.parse_args(argv)
    gold, pred = read_jsonl(args.split / "gold.jsonl"), read_jsonl(args.pred)
    if args.entities:
        rows = entity_rows(gold, pred)
        for row in sorted(rows, key=lambda r: (r[0], r[2], r[1])):
            print("\t".join(row))
        print(Counter((r[0], r[2]) for r in rows))
        return 0
    rows = date_rows(gold, pred, "until" if args.until else "date", args.all)
    for r in sorted(rows, key=lambda r: r["class"]):
        print(f"[{r['class']}] gold {r['gold']} pred {r['pred']} pub {r['published']}  {r['event']}  {r['title']}")
        print(f"    G: {r['gold_evidence'][:220]}")
        print(f"    P: {r['pred_evidence'][:220]}")
        if r["note"]:
            print(f"    note: {r['note'][:300]}")
    print(Counter(r["class"] for r in rows))
    return 0


if __name__ == "__main__":
    sys.exit(main())
