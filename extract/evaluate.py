"""Score extraction output against hand-labelled gold (``policykg eval``).

Implements the "Scoring" section of ``docs/events-format.md`` as pure
functions over parsed JSON records (dicts), so any run can be scored against
any gold file.  Semantics, where the contract leaves a choice:

* **Pairing.**  Records are paired by title with white space collapsed.  A
  title that occurs once on each side pairs directly; a repeated title pairs by
  ``published`` (compared to the minute, ``T`` or space).  Gold articles without
  a partner are *missing* (all their entities and events are false negatives);
  predicted articles without a partner are *extra* (all false positives).
* **Main actor.**  "The actor sets share the main actor (first listed)" is read
  symmetrically: gold's first actor is among the predicted actors *and* the
  predicted first actor is among the gold actors.  Swapping gold and prediction
  then only swaps precision and recall; the order of agencies after the state
  does not matter, but the wrong state first does.  Two events with no actors
  at all are compatible; one with and one without are not.
* **One-to-one matching.**  Among compatible pairs (same ``type`` and
  ``action``, main actor shared), the pair with the highest
  ``jaccard(items) + jaccard(targets)`` is matched first, greedily; ties go to
  the earlier gold event, then the earlier predicted one.  The Jaccard index of
  two empty sets is 1.0 (both sides agree there is nothing).
* **Slots**, over matched pairs: mean items and targets Jaccard; ``date`` and
  ``until`` accuracy by exact string match, counted only where gold's value is
  not null (``None`` when there is no such pair).
* **Ratios.**  Precision is 1.0 when nothing was predicted and recall 1.0 when
  there was nothing to find, so an empty article scored against empty gold is
  perfect; F1 is 0.0 when precision + recall is 0.  Micro averages sum counts
  over all articles.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import asdict, dataclass, field
from typing import Any

from policykg import PolicyKGError

Record = Mapping[str, Any]

_WS = re.compile(r"\s+")


@dataclass(frozen=True)
class Counts:
    """True positives, false positives and false negatives, with P/R/F1."""

    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def __add__(self, other: Counts) -> Counts:
        return Counts(self.tp + other.tp, self.fp + other.fp, self.fn + other.fn)

    def to_json(self) -> dict[str, Any]:
        return {
            "tp": self.tp,
            "fp": self.fp,
            "fn": self.fn,
            "precision": self.precision,
            "recall": self.recall,
            "f1": self.f1,
        }


@dataclass(frozen=True)
class SlotStats:
    """Sums over matched event pairs, from which the slot means are derived."""

    matched: int = 0
    items_jaccard_sum: float = 0.0
    targets_jaccard_sum: float = 0.0
    date_correct: int = 0
    date_total: int = 0
    until_correct: int = 0
    until_total: int = 0

    @property
    def items_jaccard(self) -> float | None:
        return self.items_jaccard_sum / self.matched if self.matched else None

    @property
    def targets_jaccard(self) -> float | None:
        return self.targets_jaccard_sum / self.matched if self.matched else None

    @property
    def date_accuracy(self) -> float | None:
        return self.date_correct / self.date_total if self.date_total else None

    @property
    def until_accuracy(self) -> float | None:
        return self.until_correct / self.until_total if self.until_total else None

    def __add__(self, other: SlotStats) -> SlotStats:
        return SlotStats(*(a + b for a, b in zip(_fields(self), _fields(other))))

    def to_json(self) -> dict[str, Any]:
        return {
            "matched": self.matched,
            "items_jaccard": self.items_jaccard,
            "targets_jaccard": self.targets_jaccard,
            "date_accuracy": self.date_accuracy,
            "date_scored": self.date_total,
            "until_accuracy": self.until_accuracy,
            "until_scored": self.until_total,
        }


def _fields(stats: SlotStats) -> tuple[Any, ...]:
    return tuple(asdict(stats).values())


@dataclass(frozen=True)
class ArticleScore:
    """Scores of one article; ``status`` is ``paired``, ``missing`` or ``extra``."""

    title: str
    published: str | None
    status: str
    entities: Counts
    events: Counts
    slots: SlotStats

    def to_json(self) -> dict[str, Any]:
        return {
            "title": self.title,
            "published": self.published,
            "status": self.status,
            "entities": self.entities.to_json(),
            "events": self.events.to_json(),
            "slots": self.slots.to_json(),
        }


@dataclass(frozen=True)
class Report:
    """Micro-averaged scores over all articles, plus each article's own."""

    entities: Counts
    events: Counts
    slots: SlotStats
    articles: tuple[ArticleScore, ...] = field(default=())

    def count(self, status: str) -> int:
        return sum(1 for a in self.articles if a.status == status)

    def to_json(self) -> dict[str, Any]:
        return {
            "articles": {s: self.count(s) for s in ("paired", "missing", "extra")},
            "entities": self.entities.to_json(),
            "events": self.events.to_json(),
            "slots": self.slots.to_json(),
            "per_article": [a.to_json() for a in self.articles],
        }


# --------------------------------------------------------------------------- pairing


def norm_title(title: str) -> str:
    """Collapse white space runs to one space and strip the ends.

    >>> norm_title("  Two  words\\n here ")
    'Two words here'
    """
    return _WS.sub(" ", title or "").strip()


def _norm_published(value: Any) -> str:
    return str(value or "").replace(" ", "T")[:16]


def pair_records(gold: Sequence[Record], pred: Sequence[Record]) -> list[tuple[Record | None, Record | None]]:
    """Pair gold and predicted records: title first, ``published`` for repeated titles.

    Returns ``(gold, pred)`` tuples in gold order; a missing side is ``None``,
    and unpaired predictions come last, in their own order.
    """
    pred_by_title: dict[str, list[int]] = {}
    for i, rec in enumerate(pred):
        pred_by_title.setdefault(norm_title(rec.get("title", "")), []).append(i)
    gold_count: dict[str, int] = {}
    for rec in gold:
        key = norm_title(rec.get("title", ""))
        gold_count[key] = gold_count.get(key, 0) + 1
    used: set[int] = set()
    pairs: list[tuple[Record | None, Record | None]] = []
    for rec in gold:
        key = norm_title(rec.get("title", ""))
        j = _pick(rec, pred, pred_by_title.get(key, []), used, gold_count[key])
        if j is not None:
            used.add(j)
        pairs.append((rec, pred[j] if j is not None else None))
    pairs.extend((None, p) for i, p in enumerate(pred) if i not in used)
    return pairs


def _pick(rec: Record, pred: Sequence[Record], candidates: list[int], used: set[int], gold_repeats: int) -> int | None:
    free = [i for i in candidates if i not in used]
    if gold_repeats == 1 and len(candidates) == 1:
        return free[0] if free else None
    stamp = _norm_published(rec.get("published"))
    return next((i for i in free if _norm_published(pred[i].get("published")) == stamp), None)


# --------------------------------------------------------------------------- events


def jaccard(a: Iterable[str], b: Iterable[str]) -> float:
    """Jaccard index of two id collections; two empty ones give 1.0.

    >>> jaccard(["a", "b"], ["b", "c"])
    0.3333333333333333
    """
    sa, sb = set(a), set(b)
    return len(sa & sb) / len(sa | sb) if sa | sb else 1.0


def compatible(gold_event: Record, pred_event: Record) -> bool:
    """Same type and action, and each side's main actor among the other's actors."""
    if (gold_event.get("type"), gold_event.get("action")) != (pred_event.get("type"), pred_event.get("action")):
        return False
    ga, pa = list(gold_event.get("actors") or []), list(pred_event.get("actors") or [])
    if not ga or not pa:
        return not ga and not pa
    return ga[0] in pa and pa[0] in ga


def _overlap(g: Record, p: Record) -> float:
    return jaccard(g.get("items") or [], p.get("items") or []) + jaccard(g.get("targets") or [], p.get("targets") or [])


def match_events(gold_events: Sequence[Record], pred_events: Sequence[Record]) -> list[tuple[int, int]]:
    """One-to-one greedy matching, best slot overlap first; ``(gold_i, pred_j)`` pairs."""
    candidates = [
        (-_overlap(g, p), i, j)
        for i, g in enumerate(gold_events)
        for j, p in enumerate(pred_events)
        if compatible(g, p)
    ]
    taken_g: set[int] = set()
    taken_p: set[int] = set()
    matches = []
    for _, i, j in sorted(candidates):
        if i not in taken_g and j not in taken_p:
            taken_g.add(i)
            taken_p.add(j)
            matches.append((i, j))
    return sorted(matches)


def _slot_stats(
    gold_events: Sequence[Record], pred_events: Sequence[Record], matches: list[tuple[int, int]]
) -> SlotStats:
    stats = SlotStats()
    for i, j in matches:
        g, p = gold_events[i], pred_events[j]
        stats = stats + SlotStats(
            1,
            jaccard(g.get("items") or [], p.get("items") or []),
            jaccard(g.get("targets") or [], p.get("targets") or []),
            int(g.get("date") is not None and g.get("date") == p.get("date")),
            int(g.get("date") is not None),
            int(g.get("until") is not None and g.get("until") == p.get("until")),
            int(g.get("until") is not None),
        )
    return stats


# --------------------------------------------------------------------------- scoring


def _entity_ids(rec: Record | None) -> set[str]:
    return {e["id"] for e in (rec or {}).get("entities") or [] if e.get("id")}


def score_article(gold: Record | None, pred: Record | None) -> ArticleScore:
    """Score one pair; either side may be ``None`` (missing or extra article)."""
    g_ids, p_ids = _entity_ids(gold), _entity_ids(pred)
    entities = Counts(len(g_ids & p_ids), len(p_ids - g_ids), len(g_ids - p_ids))
    g_ev = list((gold or {}).get("events") or [])
    p_ev = list((pred or {}).get("events") or [])
    matches = match_events(g_ev, p_ev)
    events = Counts(len(matches), len(p_ev) - len(matches), len(g_ev) - len(matches))
    ref = gold if gold is not None else pred or {}
    status = "paired" if gold is not None and pred is not None else ("missing" if pred is None else "extra")
    return ArticleScore(
        norm_title(ref.get("title", "")),
        ref.get("published"),
        status,
        entities,
        events,
        _slot_stats(g_ev, p_ev, matches),
    )


def score(gold_records: Sequence[Record], pred_records: Sequence[Record]) -> Report:
    """Score predicted records against gold records (micro over articles, plus each article).

    >>> g = [{"title": "T", "entities": [{"id": "CHN"}], "events": []}]
    >>> p = [{"title": " T ", "entities": [{"id": "CHN"}, {"id": "USA"}], "events": []}]
    >>> score(g, p).entities
    Counts(tp=1, fp=1, fn=0)
    """
    articles = tuple(score_article(g, p) for g, p in pair_records(gold_records, pred_records))
    return Report(
        sum((a.entities for a in articles), Counts()),
        sum((a.events for a in articles), Counts()),
        sum((a.slots for a in articles), SlotStats()),
        articles,
    )


# --------------------------------------------------------------------------- parsing / output


def parse_records(lines: Iterable[str], origin: str = "<input>") -> list[dict[str, Any]]:
    """Parse events JSONL (gold or extracted); a bad line raises ``path:line: reason``."""
    records = []
    for n, line in enumerate(lines, 1):
        if not line.strip():
            continue
        try:
            rec = json.loads(line)
        except json.JSONDecodeError as exc:
            raise PolicyKGError(f"{origin}:{n}: not valid JSON ({exc.msg})") from None
        if not isinstance(rec, dict) or not isinstance(rec.get("title"), str):
            raise PolicyKGError(f"{origin}:{n}: expected an article record with a 'title' string")
        records.append(rec)
    return records


def _fmt(x: float | None) -> str:
    return "n/a" if x is None else f"{x:.3f}"


def _prf_line(name: str, c: Counts) -> str:
    return f"{name:<9}P {_fmt(c.precision)}  R {_fmt(c.recall)}  F1 {_fmt(c.f1)}  (tp {c.tp}, fp {c.fp}, fn {c.fn})"


def _slot_line(s: SlotStats) -> str:
    return (
        f"slots    matched {s.matched}  items J {_fmt(s.items_jaccard)}"
        f"  targets J {_fmt(s.targets_jaccard)}"
        f"  date acc {_fmt(s.date_accuracy)} ({s.date_correct}/{s.date_total})"
        f"  until acc {_fmt(s.until_accuracy)} ({s.until_correct}/{s.until_total})"
    )


def format_report(report: Report, per_article: bool = False) -> str:
    """Human-readable report: article pairing, micro scores, optionally each article."""
    lines = [
        f"articles paired {report.count('paired')}, missing from prediction "
        f"{report.count('missing')} (all FN), extra in prediction "
        f"{report.count('extra')} (all FP)",
        _prf_line("entities", report.entities),
        _prf_line("events", report.events),
        _slot_line(report.slots),
    ]
    for a in report.articles if per_article else ():
        lines += [
            "",
            f"[{a.status}] {a.title} ({a.published or 'no date'})",
            "  " + _prf_line("entities", a.entities),
            "  " + _prf_line("events", a.events),
            "  " + _slot_line(a.slots),
        ]
    for a in report.articles if not per_article else ():
        if a.status != "paired":
            lines.append(f"{a.status}: {a.title} ({a.published or 'no date'})")
    return "\n".join(lines)
