"""The learned choice of an event's ``date`` among the days the date rules saw (pure; issue 11).

The hand rules (``dates.py``, ``event_dates.py``, ``date_*.py``, :meth:`merge.Candidate.set_dates`)
find the date expressions of an article and pick one for each event.  This module offers the
same rules' days as *options* and lets a logistic regression, trained on the labelled train
split (:mod:`policykg.extract.date_rank_train`, ``make train-dates``), choose among them:

* options: every resolved day of a usable date mention in the event's sentence, the sentence
  before and after it and the headline; the publication day; the rules' own pick; and null;
* features of an option (:func:`date_options`): whether the rules picked it, the mention's kind
  (day, start, deadline, window), where it stands (inside the evidence, before or after it in
  its sentence, the sentence before / after, the headline) and how far, the cue before it ("on",
  "from", "since", "by", "until", 自, 于, 起, 前), whether it is a relative day (a weekday,
  "yesterday", 周五) or a written year, a day of saying ("said on Thursday"), how it lies
  against the publication day; and, crossed with null / day, the statement's flags from the
  rules' trace (``past``, ``effect``, ``subordinate``…), its type and action, its tense and
  whether its sentence names only a month or a year (the contract dates those null).

The model scores each option; the best one replaces the rules' pick only when it beats it by
the artefact's ``margin`` (chosen by cross-validation).  The artefact is JSON
(``extract/data/date_ranker.json``): ``{"enabled", "margin", "bias", "weights", "figures"}``;
``enabled`` is set only when the dev check met the bar written in ``training/date_ranker.json``.
"""

from __future__ import annotations

import datetime as dt
import json
import math
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from functools import cache
from importlib.resources import files
from typing import Any

from policykg.extract.date_tense import clause_tense
from policykg.extract.date_usable import usable_dates
from policykg.extract.models import Event
from policykg.extract.sentences import split_sentences

NULL = "null"


@dataclass(frozen=True)
class DateOption:
    """One possible ``date`` of an event (None: null) and its feature names."""

    value: str | None
    features: tuple[str, ...]


@dataclass(frozen=True)
class DateRanker:
    """A trained ranker: weights per feature, and the margin an option needs over the rules' pick."""

    weights: Mapping[str, float]
    margin: float
    enabled: bool = False

    def score(self, option: DateOption) -> float:
        """The linear score of an option (higher: more likely the gold date)."""
        return sum(self.weights.get(f, 0.0) for f in set(option.features))


def parse_date_ranker(data: Mapping[str, Any]) -> DateRanker:
    """A :class:`DateRanker` from its JSON form."""
    margin = data.get("margin")
    return DateRanker(dict(data["weights"]), math.inf if margin is None else float(margin), bool(data.get("enabled")))


@cache
def load_date_ranker() -> DateRanker | None:
    """The shipped artefact (``extract/data/date_ranker.json``), None when it was never built."""
    path = files("policykg.extract.data").joinpath("date_ranker.json")
    if not path.is_file():
        return None
    return parse_date_ranker(json.loads(path.read_text(encoding="utf-8")))


def choose(options: Sequence[DateOption], picked: str | None, ranker: DateRanker) -> str | None:
    """The best-scored option's value, if it beats the rules' pick by the ranker's margin, else the pick."""
    scores = [(ranker.score(o), o.value) for o in options]
    base = next((s for s, v in scores if v == picked), None)
    best_score, best = max(scores, key=lambda sv: sv[0])
    if base is None or best_score > base + ranker.margin:
        return best
    return picked


def rank_dates(
    text: str, events: Sequence[Event], dates: Sequence[Any], published: dt.date | None, ranker: DateRanker
) -> tuple[Event, ...]:
    """``events`` with the ranker's choice of ``date`` (``text``: the normalised article text the
    events' and the date mentions' offsets point into)."""
    ctx = article_context(text, dates, published)
    out = []
    for e in events:
        value = choose(date_options(ctx, e), e.date, ranker)
        out.append(e if value == e.date else replace(e, date=value))
    return tuple(out)


# --- options and their features ----------------------------------------------------------------------


@dataclass(frozen=True)
class ArticleContext:
    """What every event of an article shares: the text, its sentences, the usable date mentions."""

    text: str
    title_end: int
    sentences: tuple[tuple[int, int], ...]
    dates: tuple[Any, ...]
    published: dt.date | None


def article_context(text: str, dates: Sequence[Any], published: dt.date | None) -> ArticleContext:
    """The sentences (headline first) and the usable date mentions of an article."""
    title_end = text.find("\n") if "\n" in text else len(text)
    spans = split_sentences(text, 0, title_end) + split_sentences(text, title_end + 1)
    usable = usable_dates(text, list(dates), published)
    return ArticleContext(text, title_end, tuple(spans), tuple(usable), published)


def date_options(ctx: ArticleContext, event: Event) -> list[DateOption]:
    """The options of one event: the days of the mentions near it, the publication day, the rules'
    pick and null, each with its features (the event's own features crossed with null / day)."""
    near = _near_mentions(ctx, event)
    by_value: dict[str, list[str]] = {}
    for where, d in near:
        by_value.setdefault(d.date, []).extend(mention_features(ctx, event, where, d))
    pub = ctx.published.isoformat() if ctx.published else None
    for value in (pub, event.date):
        if value and value not in by_value:
            by_value[value] = ["where=none"]
    context = event_features(ctx, event)
    by = next((t for t in event.trace if t.startswith("date_by=")), "date_by=none")
    rule = [*sorted({f for f in by_value.get(event.date or "", ["where=null"]) if f.startswith("where=")}), by]
    out = [DateOption(None, tuple(_null_features(event, context, rule)))]
    for value, feats in by_value.items():
        own = {*feats, *value_features(ctx, event, value, feats)}
        own |= {f"day&{c}" for c in context}
        if (
            value == event.date
        ):  # how far the rules' pick is trusted: by the rule, its place, kind and cue, the statement
            own |= {f"picked&{f}" for f in feats} | {f"picked&{c}" for c in context} | {f"picked&{by}"}
        out.append(DateOption(value, tuple(sorted(own))))
    return out


def _sentence_index(ctx: ArticleContext, pos: int) -> int:
    return next((n for n, (a, b) in enumerate(ctx.sentences) if a <= pos < b + 1), -1)


def _near_mentions(ctx: ArticleContext, event: Event) -> list[tuple[str, Any]]:
    """(where, mention) for every dated mention in the event's sentence, its neighbours and the headline."""
    n = _sentence_index(ctx, event.evidence_start)
    lo, hi = ctx.sentences[n] if n >= 0 else (event.evidence_start, event.evidence_end)
    out = []
    for d in ctx.dates:
        if not getattr(d, "date", None):
            continue
        where = _where(ctx, event, n, (lo, hi), d)
        if where:
            out.append((where, d))
    return out


def _where(ctx: ArticleContext, event: Event, n: int, span: tuple[int, int], d: Any) -> str | None:
    """Where a mention stands against the event: in the evidence, before / after it in its sentence,
    the sentence before / after, the headline; None when farther."""
    if event.evidence_start <= d.start < event.evidence_end:
        return "evidence"
    if span[0] <= d.start < span[1]:
        return "before" if d.start < event.evidence_start else "after"
    m = _sentence_index(ctx, d.start)
    if d.start < ctx.title_end:
        return "headline"
    if n >= 0 and m == n - 1:
        return "prev_sentence"
    if n >= 0 and m == n + 1:
        return "next_sentence"
    return None


_EN_CUE = re.compile(
    r"^(on|from|since|by|before|until|till|through|effective|starting|beginning|as of|due|no later than|between)\b",
    re.IGNORECASE,
)
_ZH_CUES = "自从|自|从|于|在|截至|至|到"
_ZH_CUE_BEFORE = re.compile(rf"({_ZH_CUES})\s*$")  # right before the mention
_ZH_CUE_OPENING = re.compile(rf"({_ZH_CUES})")  # opening it (于11月24日)
_ZH_ENDS = "起|以前|之前|前|以来|为止|止"
_ZH_CUE_AFTER = re.compile(rf"\s*(?:零时|零点)?\s*({_ZH_ENDS})")  # right after the mention
_ZH_CUE_CLOSING = re.compile(rf"({_ZH_ENDS})$")  # closing it (自12月1日起)
_RELATIVE = re.compile(
    r"\b(?:mon|tues|wednes|thurs|fri|satur|sun)day\b|\b(?:yesterday|today|tomorrow|tonight)\b"
    r"|周[一二三四五六日天]|星期[一二三四五六日天]|礼拜[一二三四五六日天]|[昨今明前后]天|[昨今明]日|本周|上周|下周",
    re.IGNORECASE,
)
_YEAR = re.compile(r"(?:19|20)\d\d")
_SAID_BEFORE = re.compile(r"\b(?:said|says|announced|told\s+\w+|stated)\s+(?:on\s+|late\s+|early\s+)?$", re.IGNORECASE)
_SAID_AFTER = re.compile(r"^[^，,。；;]{0,12}?(?:说|表示|称|宣布|发布|公布)|^\s+(?:said|announced|told)\b")


def mention_features(ctx: ArticleContext, event: Event, where: str, d: Any) -> list[str]:
    """The features of one date mention as an option of ``event``: its place, kind, cue and form."""
    text = ctx.text
    gap = min(abs(d.start - event.evidence_end), abs(event.evidence_start - d.end))
    dist = "in" if where == "evidence" else "near" if gap < 40 else "mid" if gap < 150 else "far"
    kind = d.kind if d.kind in ("point", "start", "deadline", "until") else "other"
    out = [f"where={where}", f"kind={kind}", f"where_kind={where}|{kind}", f"dist={dist}", f"cue={_cue(text, d)}"]
    out.append("form=relative" if _RELATIVE.search(d.text) else "form=year" if _YEAR.search(d.text) else "form=md")
    said = _SAID_BEFORE.search(text, max(0, d.start - 24), d.start) or _SAID_AFTER.match(text[d.end : d.end + 16])
    if said:
        announced = re.search(r"announc|宣布|发布|公布", said.group(), re.IGNORECASE)
        out.append("said_day=announced" if announced else "said_day=said")
    return out


def _cue(text: str, d: Any) -> str:
    """The cue word of a mention: English before or opening it ("on", "from", "by"), Chinese before or
    opening it (于, 自, 在), else closing or following it (起, 前, 以来); "-" when none."""
    m = (
        _EN_CUE.match(d.text)
        or _ZH_CUE_BEFORE.search(text, max(0, d.start - 3), d.start)
        or _ZH_CUE_OPENING.match(d.text)
        or _ZH_CUE_AFTER.match(text, d.end)
        or _ZH_CUE_CLOSING.search(d.text)
    )
    return m.group(1).lower() if m else "-"


def value_features(ctx: ArticleContext, event: Event, value: str, feats: Sequence[str]) -> list[str]:
    """Features of a day as such: the rules' pick, against the publication day, how often mentioned."""
    out = ["picked"] if value == event.date else []
    if event.date is None:
        out.append("rules_null")
    if ctx.published is not None:
        day = dt.date.fromisoformat(value)
        delta = (day - ctx.published).days
        rel = (
            "pub"
            if delta == 0
            else "ahead"
            if delta > 0
            else "week"
            if delta >= -7
            else "month"
            if delta >= -31
            else "older"
        )
        out.append(f"rel={rel}")
        if out[0] == "picked":
            out.append(f"picked_rel={rel}")
    places = {f for f in feats if f.startswith("where=")}
    if len(places) > 1:
        out.append("places>1")
    return out


_FUTURE = re.compile(r"\b(?:will|would|shall|to\s+take\s+effect|plans?\s+to)\b|将|拟|即将", re.IGNORECASE)
_PERFECT = re.compile(
    r"\b(?:has|have|had)\s+(?:already\s+|also\s+|now\s+)?(?:been\s+)?\w+(?:ed|en)\b|已经|已", re.IGNORECASE
)
_TRACE_FLAGS = ("title", "titled", "past", "subordinate", "reacted", "effect", "also", "other", "parallel")


def event_features(ctx: ArticleContext, event: Event) -> list[str]:
    """The event's own features (crossed with null / day by the caller)."""
    out = [f"type={event.type}", f"action={event.action}"]
    out += [f"flag={f}" for f in event.trace if f in _TRACE_FLAGS]
    tense = clause_tense(ctx.text, event.evidence_start, event.evidence_end) or "none"
    out.append(f"tense={tense}")
    if _FUTURE.search(event.evidence):
        out.append("future_cue")
    if _PERFECT.search(event.evidence):
        out.append("perfect")
    n = _sentence_index(ctx, event.evidence_start)
    lo, hi = ctx.sentences[n] if n >= 0 else (event.evidence_start, event.evidence_end)
    vague = [d for d in ctx.dates if lo <= d.start < hi and not getattr(d, "date", None)]
    if any(d.kind == "year" for d in vague):
        out.append("sentence_year_only")
    if any(d.kind == "point" for d in vague):
        out.append("sentence_month_only")
    if not any(lo <= d.start < hi and getattr(d, "date", None) for d in ctx.dates):
        out.append("sentence_no_day")
    out.append("pos=title" if event.evidence_start < ctx.title_end else "pos=body")
    return out


def _null_features(event: Event, context: Sequence[str], rule: Sequence[str]) -> list[str]:
    """Null's features: the statement's, and where the rules' pick stands (``where=null``: the rules gave none)."""
    out = [NULL, *(f"null&{c}" for c in context), *(f"null&rule_{w}" for w in rule)]
    return [*out, "null&picked"] if event.date is None else out
