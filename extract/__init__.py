"""Extraction: read articles, find entities and dated events (pure functions over dataclasses).

``nlp_pipeline()`` gives the same extraction as a spaCy ``Language``: ``doc._.events``,
``doc._.entities`` (see :mod:`policykg.extract.spacy_pipeline`).
"""

from __future__ import annotations

from typing import Any


def nlp_pipeline(model: str | None = None, published: str | None = None) -> Any:
    """A spaCy pipeline whose Docs carry ``doc._.events`` and ``doc._.entities`` (spaCy is imported here)."""
    from policykg.extract.spacy_pipeline import nlp_pipeline as build

    return build(model, published)
