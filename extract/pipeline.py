"""The extraction pipeline: an :class:`Article` in, an :class:`ArticleRecord` out.

Stages (each a pure function of the previous one's output)::

    normalise_for_extraction  (NFKC, citation markers out, offset map kept)
    -> spaCy parse            (only with a statistical model: each sentence the rules read, on demand)
    -> find_mentions / resolve_entities   (extract/entities.py)
    -> find_dates                          (extract/dates.py)
    -> find_events                         (extract/events.py)
    -> offsets mapped back to title + "\\n" + body

API::

    load_pipeline(model: str | None = None) -> Pipeline
    extract_article(article: Article, pipeline: Pipeline | None = None) -> ArticleRecord
    extract_articles(articles, pipeline=None, *, model=None, batch_size=8) -> Iterator[ArticleRecord]
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, replace
from functools import lru_cache
from itertools import islice
from typing import Any, Protocol, TypeVar

from policykg.extract.actor_rank import ActorRanker, context_of, load_ranker, rerank_events
from policykg.extract.credits import drop_credits
from policykg.extract.date_rank import DateRanker, load_date_ranker, rank_dates
from policykg.extract.dates import find_dates
from policykg.extract.entities import find_mentions, load_gazetteer, resolve_entities
from policykg.extract.entity_outlet import outlet_state
from policykg.extract.events import find_events
from policykg.extract.merge import MergeDecision
from policykg.extract.merge_model import decision, load_merge_model
from policykg.extract.models import Article, ArticleRecord, Entity, Event, Mention
from policykg.extract.nlp import lazy_docs
from policykg.extract.normalize import normalise_for_extraction
from policykg.extract.rescore import Rescorer, load_rescorer, rescore_events
from policykg.extract.triggers import Lexicon, load_lexicon

_CJK = re.compile(r"[\u3400-\u9fff]")
_LATIN_WORD = re.compile(r"[A-Za-z]{2,}")


@dataclass(frozen=True)
class Pipeline:
    """Everything extraction needs, loaded once: spaCy objects, gazetteer, lexicons."""

    model: str | None
    nlp: Any  # None without a statistical model: the rules need no tokens
    gazetteer: Any
    lexicon: Lexicon
    rescorer: Rescorer | None = None  # the learned re-scorer of the rules' events, when on
    date_ranker: DateRanker | None = None  # the learned choice of an event's date (extract/date_rank.py), when on
    actor_ranker: ActorRanker | None = None  # the learned choice of the main actor (extract/actor_rank.py), when on
    same: MergeDecision | None = None  # the learned merge decision (merge_model), when on; None: merge._same
    soft: tuple[str, ...] = ()  # the rejection points that keep soft candidates (the re-scorer's, when it is on)


def load_pipeline(
    model: str | None = None,
    rescore: bool | None = None,
    date_rank: bool | None = None,
    rank_actors: bool | None = None,
) -> Pipeline:
    """The pipeline for ``model`` (None: rules only; "en_core_web_sm": tagger + parser).

    ``rescore``: apply the learned re-scorer (:mod:`policykg.extract.rescore`);
    None follows the shipped artefact's ``enabled`` setting (on only if it
    raised dev F1 over the rules alone when ``make train`` built it).
    ``date_rank``: the learned date ranker (:mod:`policykg.extract.date_rank`), None following its artefact.
    ``rank_actors``: the learned main-actor ranker (:mod:`policykg.extract.actor_rank`), None following its artefact.
    Cached per (model, rescore, date_rank, rank_actors), however the arguments are passed.
    """
    return _load_pipeline(model, rescore, date_rank, rank_actors)


@lru_cache(maxsize=8)
def _load_pipeline(
    model: str | None, rescore: bool | None, date_rank: bool | None = None, rank_actors: bool | None = None
) -> Pipeline:
    nlp = None
    if model:
        from policykg.extract.nlp import load_nlp

        nlp = load_nlp(model)
    rescorer = _learned(load_rescorer, rescore)
    ranker = _learned(load_date_ranker, date_rank)
    actors = _learned(load_ranker, rank_actors)
    merger = _learned(load_merge_model, None)  # no switch of its own: it follows its artefact
    same = decision(merger) if merger is not None else None
    return Pipeline(
        model=model,
        nlp=nlp,
        gazetteer=load_gazetteer(),
        lexicon=load_lexicon(),
        rescorer=rescorer,
        date_ranker=ranker,
        actor_ranker=actors,
        same=same,
        soft=rescorer.soft_rules if rescorer is not None else (),
    )


class _Switchable(Protocol):
    @property
    def enabled(self) -> bool:  # set by its training command: on only if it raised dev over the rules alone
        ...


_A = TypeVar("_A", bound=_Switchable)


def _learned(load: Callable[[], _A | None], switch: bool | None) -> _A | None:
    """A learned artefact as ``switch`` asks: False never, True whenever it exists, None as its ``enabled`` says."""
    if switch is False:
        return None
    artefact = load()
    return artefact if artefact is not None and (switch or artefact.enabled) else None


def detect_lang(text: str) -> str:
    """``zh``, ``en`` or ``mixed`` from the share of CJK characters and Latin words."""
    cjk = len(_CJK.findall(text))
    latin = len(_LATIN_WORD.findall(text))
    if cjk == 0:
        return "en"
    if latin == 0 or latin * 20 < cjk:
        return "zh"
    if cjk * 20 < latin and cjk < 4:
        return "en"
    return "mixed"


def published_date(value: str | None) -> dt.date | None:
    """The day of an ISO 8601 ``published`` value, None when absent or unreadable."""
    if not value:
        return None
    try:
        return dt.date.fromisoformat(value[:10])
    except ValueError:
        return None


@dataclass(frozen=True)
class RuleOutput:
    """The rules' reading of one article, in the offsets of its normalised text ``clean``."""

    clean: str
    offsets: Any
    published: dt.date | None
    dates: tuple[Any, ...]
    mentions: tuple[Mention, ...]
    entities: tuple[Entity, ...]
    events: tuple[Event, ...]
    gazetteer: Any


def rule_output(article: Article, pipe: Pipeline, doc: Any = None) -> RuleOutput:
    """Mentions, entities, date mentions and the rules' events of one article (before any learned step):
    shared by :func:`extract_article` and the date ranker's training (:mod:`policykg.extract.date_rank_train`)."""
    clean, offsets = normalise_for_extraction(article.text)
    if doc is None and pipe.nlp is not None:
        doc = lazy_docs(pipe.nlp, [clean])[0]
    published = published_date(article.published)
    gazetteer = pipe.gazetteer.scoped()  # generated names live for this article only
    outlets = publisher(article, gazetteer)
    outlet = outlet_state(outlets, article.url, gazetteer, article.source)
    mentions = drop_credits(clean, find_mentions(clean, gazetteer, doc, outlet), gazetteer.news, outlets)
    entities = resolve_entities(mentions, gazetteer)
    by_id = {e.id: e for e in entities}
    dates = find_dates(clean, published)
    events = find_events(
        clean,
        mentions,
        by_id,
        published,
        doc,
        dates=dates,
        lexicon=pipe.lexicon,
        same=pipe.same,
        soft=pipe.soft,
        home=outlet,
    )
    return RuleOutput(clean, offsets, published, tuple(dates), tuple(mentions), entities, events, gazetteer)


def extract_article(article: Article, pipeline: Pipeline | None = None, doc: Any = None) -> ArticleRecord:
    """Entities and events of one article; offsets point into ``article.text``."""
    pipe = pipeline or load_pipeline()
    original = article.text
    out = rule_output(article, pipe, doc)
    mentions, entities, gazetteer, offsets = out.mentions, out.entities, out.gazetteer, out.offsets
    events = apply_date_ranker(pipe, out.clean, out.events, out.dates, out.published)
    events = tuple(_remap_event(e, original, offsets) for e in events)
    mentions_out = tuple(_remap_mention(m, original, offsets) for m in mentions)
    events = apply_rescorer(pipe, original, events, entities, gazetteer)
    if pipe.actor_ranker is not None:
        home = home_state(article, gazetteer)
        events = apply_actor_ranker(pipe, original, events, mentions_out, entities, gazetteer, home)
    return ArticleRecord(
        article=article,
        lang=detect_lang(original),
        entities=_record_entities(entities, events, gazetteer),
        events=events,
        mentions=mentions_out,
    )


def apply_date_ranker(
    pipe: Pipeline, clean: str, events: tuple[Event, ...], dates: Sequence[Any], published: dt.date | None
) -> tuple[Event, ...]:
    """The learned date ranker's pass over the rules' events (offsets into ``clean``) when the pipeline has it
    on, else ``events``: shared by :func:`extract_article` and the spaCy events component."""
    if pipe.date_ranker is None:
        return events
    return rank_dates(clean, events, dates, published, pipe.date_ranker)


def apply_rescorer(
    pipe: Pipeline, text: str, events: tuple[Event, ...], entities: tuple[Entity, ...], gazetteer: Any
) -> tuple[Event, ...]:
    """The learned re-scorer's pass over the rules' events when the pipeline has it on (else ``events``): one
    step shared by :func:`extract_article` and the spaCy events component, so both give the same record."""
    if pipe.rescorer is None:
        return events
    types = {e.id: e.type for e in _record_entities(entities, events, gazetteer)}
    return rescore_events(text, events, types, pipe.rescorer)


def apply_actor_ranker(
    pipe: Pipeline,
    text: str,
    events: tuple[Event, ...],
    mentions: tuple[Mention, ...],
    entities: tuple[Entity, ...],
    gazetteer: Any,
    home: str | None = None,
) -> tuple[Event, ...]:
    """The learned main-actor choice over the (re-scored) events when the pipeline has it on (else ``events``);
    shared by :func:`extract_article` and the spaCy events component.  Offsets are into ``text``."""
    if pipe.actor_ranker is None:
        return events
    ctx = context_of(text, mentions, _record_entities(entities, events, gazetteer), home)
    return rerank_events(ctx, events, pipe.actor_ranker)


def home_state(article: Article, gazetteer: Any) -> str | None:
    """The outlet's home state of an article (as :func:`rule_output` finds it)."""
    return outlet_state(publisher(article, gazetteer), article.url, gazetteer, article.source)


def publisher(article: Article, gazetteer: Any) -> frozenset[str]:
    """The news outlets named in the article's ``source`` (the publisher is no entity of its own story)."""
    if not article.source:
        return frozenset()
    return frozenset(
        m.entity_id
        for m in find_mentions(normalise_for_extraction(article.source).text, gazetteer.scoped())
        if m.entity_id in gazetteer.news
    )


def extract_articles(
    articles: Iterable[Article],
    pipeline: Pipeline | None = None,
    *,
    model: str | None = None,
    batch_size: int = 8,
) -> Iterator[ArticleRecord]:
    """Stream records; with a statistical model, NER (if the model keeps it) runs over the texts in
    batches (``nlp.pipe``) and the parse only over the sentences the rules read (:class:`LazyParse`).

    Small batches keep the peak memory flat: parsed ``Doc`` objects of a batch
    are alive together, and 8 is as fast as 32 (benchmarks/bench_extract.py).
    """
    pipe = pipeline or load_pipeline(model)
    it = iter(articles)
    while batch := list(islice(it, batch_size)):
        if pipe.nlp is None:
            docs: list[Any] = [None] * len(batch)
        else:
            texts = [normalise_for_extraction(a.text).text for a in batch]
            docs = lazy_docs(pipe.nlp, texts, batch_size)
        for article, doc in zip(batch, docs):
            yield extract_article(article, pipe, doc)


def _remap_event(event: Event, original: str, offsets: Any) -> Event:
    start, end = offsets.span(event.evidence_start, event.evidence_end)
    return replace(event, evidence=original[start:end], evidence_start=start, evidence_end=end)


def _remap_mention(m: Mention, original: str, offsets: Any) -> Mention:
    start, end = offsets.span(m.start, m.end)
    return Mention(m.entity_id, start, end, original[start:end])


def _record_entities(entities: tuple[Entity, ...], events: tuple[Event, ...], gazetteer: Any) -> tuple[Entity, ...]:
    """Mentioned entities, plus any an event refers to without a mention (an agency's state)."""
    known = {e.id for e in entities}
    extra: list[Entity] = []
    for ev in events:
        for eid in (*ev.actors, *ev.items, *ev.targets):
            if eid not in known:
                ent = gazetteer.get(eid)
                if ent is not None:
                    extra.append(ent)
                    known.add(eid)
    return entities + tuple(extra)
