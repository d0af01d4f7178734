"""The article-wide passes over merged events: their days, windows and items (pure).

:func:`policykg.extract.events.find_events` runs them once over the rules' events, and once more over the events
merged with soft candidates (:mod:`policykg.extract.soft_candidates`).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from typing import Any

from policykg.extract.date_clauses import news_days
from policykg.extract.date_effect import effect_sentence
from policykg.extract.date_windows import duration_window, window_statement
from policykg.extract.item_scope import headline_goods, specific_items
from policykg.extract.models import Entity, Event, Mention


def settle(
    events: tuple[Event, ...],
    text: str,
    mentions: Sequence[Mention],
    entities: Mapping[str, Entity],
    dates: list[Any],
    published: dt.date | None,
) -> tuple[Event, ...]:
    """The merged events after the article-wide passes over their days, windows and items."""
    events = news_days(events, text, dates, published)
    events = window_statement(effect_sentence(events, text, dates), text, dates)
    events = headline_goods(duration_window(events, text, dates, published), text, mentions)
    return specific_items(events, entities)
