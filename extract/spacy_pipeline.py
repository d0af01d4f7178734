"""Extraction as a spaCy pipeline: ``nlp = nlp_pipeline(); doc = nlp(text)``, then
``doc._.events`` / ``doc._.entities`` (issue 11, item 3).

Components, in order (each registered under a spaCy factory name):

* a tokenizer and the ``sentencizer`` (spaCy's own; ``spacy.blank("xx")``, or
  the statistical model's pipeline when ``model`` is given, whose parse then
  chooses actors from ``nsubj`` / ``agent`` arcs);
* ``policykg_entities``: the gazetteer matcher (English token sequences and
  Chinese substrings compiled from ``extract/data/gazetteer``, plus the entity
  rules), after Traditional -> Simplified normalisation; sets
  ``doc.spans["policykg"]`` (one span per mention, label = entity type),
  ``doc._.mentions`` and ``doc._.entities``;
* ``policykg_events``: the trigger lexicons and the named event rules
  (:mod:`policykg.extract.event_rules`); sets ``doc._.events`` and
  ``doc._.record`` (the contract's :class:`ArticleRecord`).

The two components call the same pure stages as :func:`extract_article`, so a
Doc gives exactly the record the CLI writes for the same text.  The text's
first line is the title (as in ``title + "\\n" + body``); set
``doc._.published`` (ISO date) before the events component to resolve
relative dates, or pass ``published=`` in the component config.

Why the matchers are not spaCy ``PhraseMatcher`` objects: the gazetteer's
English index is matched over our own word tokens because it ignores hyphens
and folds case per row ("US" only in capitals); measured on the sample corpus
(docs/extraction.md), spaCy's tokenizer plus a ``PhraseMatcher`` of the same
rows is slower than the whole rules-only extraction, and Chinese needs
substring matching, which spaCy's character tokens would only slow down.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from policykg.extract.credits import drop_credits
from policykg.extract.dates import find_dates
from policykg.extract.entities import find_mentions, resolve_entities
from policykg.extract.events import find_events
from policykg.extract.models import Article, ArticleRecord
from policykg.extract.normalize import normalise_for_extraction
from policykg.extract.pipeline import (
    _record_entities,
    _remap_event,
    _remap_mention,
    apply_actor_ranker,
    apply_date_ranker,
    apply_rescorer,
    detect_lang,
    load_pipeline,
    published_date,
)

_EXTENSIONS = ("events", "entities", "mentions", "record", "published", "policykg_state")


def _register_extensions() -> None:
    from spacy.tokens import Doc

    for name in _EXTENSIONS:
        if not Doc.has_extension(name):
            Doc.set_extension(name, default=None)


class _State:
    """What the entities component hands to the events component (per Doc)."""

    def __init__(self, clean: str, offsets: Any, gazetteer: Any, mentions: list, entities: tuple) -> None:
        self.clean, self.offsets, self.gazetteer = clean, offsets, gazetteer
        self.mentions, self.entities = mentions, entities


class EntityComponent:
    """``policykg_entities``: gazetteer and rule mentions, resolved to entities."""

    def __init__(self, nlp: Any, name: str) -> None:
        self.name = name

    def __call__(self, doc: Any) -> Any:
        pipe = load_pipeline()
        clean, offsets = normalise_for_extraction(doc.text)
        gazetteer = pipe.gazetteer.scoped()
        parsed = doc if doc.has_annotation("DEP") and clean == doc.text else None
        mentions = drop_credits(clean, find_mentions(clean, gazetteer, parsed), gazetteer.news)
        entities = resolve_entities(mentions, gazetteer)
        doc._.policykg_state = _State(clean, offsets, gazetteer, mentions, entities)
        doc._.mentions = tuple(_remap_mention(m, doc.text, offsets) for m in mentions)
        doc._.entities = entities
        kinds = {e.id: e.type for e in entities}
        spans = [_span(doc, m.start, m.end, kinds[m.entity_id]) for m in doc._.mentions]
        doc.spans["policykg"] = [s for s in spans if s is not None]
        return doc


def _span(doc: Any, start: int, end: int, label: str) -> Any:
    """The token span of a mention: exact when tokens allow, else the tokens that contain it."""
    return doc.char_span(start, end, label=label) or doc.char_span(start, end, label=label, alignment_mode="expand")


class EventComponent:
    """``policykg_events``: dated events from the trigger lexicons and the event rules."""

    def __init__(self, nlp: Any, name: str, published: str | None = None) -> None:
        self.name, self.published = name, published

    def __call__(self, doc: Any) -> Any:
        pipe = load_pipeline()
        state = doc._.policykg_state
        if state is None:
            raise ValueError("policykg_events needs policykg_entities before it in the pipeline")
        published = published_date(doc._.published or self.published)
        dates = find_dates(state.clean, published)
        by_id = {e.id: e for e in state.entities}
        parsed = doc if doc.has_annotation("DEP") and state.clean == doc.text else None
        events = find_events(
            state.clean,
            state.mentions,
            by_id,
            published,
            parsed,
            dates=dates,
            lexicon=pipe.lexicon,
            same=pipe.same,
            soft=pipe.soft,
        )
        events = apply_date_ranker(pipe, state.clean, events, dates, published)
        events = tuple(_remap_event(e, doc.text, state.offsets) for e in events)
        events = apply_rescorer(pipe, doc.text, events, state.entities, state.gazetteer)
        events = apply_actor_ranker(pipe, doc.text, events, doc._.mentions, state.entities, state.gazetteer)
        doc._.events = events
        doc._.entities = _record_entities(state.entities, events, state.gazetteer)
        doc._.record = ArticleRecord(
            _article_of(doc.text, published), detect_lang(doc.text), doc._.entities, events, doc._.mentions
        )
        doc._.policykg_state = None
        return doc


def _article_of(text: str, published: dt.date | None) -> Article:
    title, _, body = text.partition("\n")
    return Article(title=title, body=body, published=published.isoformat() if published else None)


def _register_factories() -> None:
    from spacy.language import Language

    if "policykg_entities" not in Language.factories:
        Language.factory("policykg_entities")(EntityComponent)
    if "policykg_events" not in Language.factories:
        Language.factory("policykg_events", default_config={"published": None})(EventComponent)


_CJK_CHAR = r"[\u3000-\u303f\u3400-\u9fff\uf900-\ufaff\uff00-\uffef]"


def _split_cjk(nlp: Any) -> None:
    """Make every CJK character (and full-width punctuation) a token of its own, so a Chinese
    mention is a token-aligned span; Latin words are tokenised as spaCy does."""
    from spacy.util import compile_infix_regex, compile_prefix_regex, compile_suffix_regex

    tok, defaults = nlp.tokenizer, nlp.Defaults
    tok.prefix_search = compile_prefix_regex([*defaults.prefixes, _CJK_CHAR]).search
    tok.suffix_search = compile_suffix_regex([*defaults.suffixes, _CJK_CHAR]).search
    tok.infix_finditer = compile_infix_regex([*defaults.infixes, _CJK_CHAR]).finditer


def nlp_pipeline(model: str | None = None, published: str | None = None) -> Any:
    """A spaCy ``Language`` whose Docs carry ``doc._.events`` and ``doc._.entities``.

    ``model`` None: ``spacy.blank("xx")`` + sentencizer (rules only, fast);
    a model name ("en_core_web_sm"): that pipeline, whose parse helps roles.
    """
    import spacy

    from policykg.extract.nlp import load_nlp

    _register_extensions()
    _register_factories()
    if model:
        nlp = load_nlp.__wrapped__(model)  # a fresh copy: components are added to it
    else:
        nlp = spacy.blank("xx")
        _split_cjk(nlp)
        nlp.add_pipe("sentencizer")
    nlp.add_pipe("policykg_entities")
    nlp.add_pipe("policykg_events", config={"published": published})
    return nlp
