"""Helpers of the extraction-rule tests: invented articles through the default (rules-only) pipeline.

Each rule module (``extract/*_rules.py``) is tested on a table of invented
sentences; these helpers run one sentence as the body of an article with a
neutral title and give the events in the shape a table compares.
"""

from __future__ import annotations

from typing import Any

import pytest

from policykg.extract.models import Article, Event
from policykg.extract.pipeline import extract_article, load_pipeline

PUBLISHED = "2025-11-25T09:00:00"  # a Tuesday: "on Monday" is 2025-11-24


def rule_events(body: str, title: str = "Trade news") -> tuple[Event, ...]:
    """The events the rules extract from an article of ``body``, published on :data:`PUBLISHED` (the learned
    re-scorer off: the cases pin the rules; the shipped pipeline is pinned by tests/unit/test_labelled.py)."""
    return extract_article(Article(title=title, body=body, published=PUBLISHED), load_pipeline(rescore=False)).events


Triple = tuple[str, str, str | None]  # (type, action, main actor) of an event


def triples(events: tuple[Event, ...]) -> set[Triple]:
    """(type, action, main actor or None) of each event."""
    return {(e.type, e.action, e.actors[0] if e.actors else None) for e in events}


def check_form(got: set[Triple], want: Triple | None, avoid: Triple | None) -> None:
    """The check of the coverage tables of invented forms: ``want`` is found (with its main actor when it names
    one), ``avoid`` is not, and a row that names neither expects no event at all."""
    if want is not None:
        assert any(g[:2] == want[:2] and want[2] in (None, g[2]) for g in got), got
    if avoid is not None:
        assert avoid not in got, got
    if want is None and avoid is None:
        assert not got


def main_actor_events(body: str) -> set[tuple[str, str, str]]:
    """(type, action, main actor) of every event of an article with a neutral title."""
    return {(e.type, e.action, e.actors[0]) for e in rule_events(body)}


def case_ids(cases: list[Any]) -> list[str]:
    """Test ids of a case table: the first 40 characters of each case's sentence."""
    return [getattr(c, "values", c)[0][:40] for c in cases]


def article_row(cls: str, body: str, want: dict[tuple[str, str, str], int], *, xfail: str = "") -> Any:
    """One invented article of one class; ``want`` counts the events of each (type, action, main actor) key."""
    marks = [pytest.mark.xfail(reason=xfail, strict=True)] if xfail else []
    return pytest.param(body, want, marks=marks, id=f"{cls}:{body[:40]}")
