"""The dataclasses that flow through extraction (the hand-off to graph/).

All are frozen: extraction stages are pure functions from text (or a spaCy
``Doc``) to these records, and only readers and writers do I/O.  The JSON form
of :class:`ArticleRecord` is the contract of ``docs/events-format.md``.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Literal

EVENT_TYPES = (
    "EXPORT_CONTROL",
    "EXPORT_BAN",
    "TARIFF",
    "IMPORT_RESTRICTION",
    "SANCTION",
    "INVESTIGATION",
    "INDUSTRIAL_POLICY",
    "TRADE_DEAL",
)
ACTIONS = ("impose", "suspend", "lift", "extend", "request", "approve", "reject", "threaten")
ENTITY_TYPES = ("Country", "Bloc", "Agency", "Firm", "Person", "Element", "Item")

Lang = Literal["en", "zh", "mixed"]


@dataclass(frozen=True)
class Article:
    """One article as read from its source file.

    ``text`` (title + newline + body) is what evidence offsets point into.
    ``origin`` names the file and line the article came from, for messages.
    """

    title: str
    body: str
    source: str | None = None
    published: str | None = None  # ISO 8601, e.g. "2025-11-07T18:09:00"
    url: str | None = None
    origin: str = "<memory>"
    article_id: str = ""

    @property
    def text(self) -> str:
        return self.title + "\n" + self.body


@dataclass(frozen=True)
class Entity:
    """A resolved entity: stable id (``CHN``, ``org:mofcom``, ``element:Dy``), type, display name."""

    id: str
    type: str
    name: str
    country: str | None = None
    kind: str | None = None

    def to_json(self) -> dict[str, Any]:
        out: dict[str, Any] = {"id": self.id, "type": self.type, "name": self.name}
        if self.country:
            out["country"] = self.country
        if self.kind:
            out["kind"] = self.kind
        return out


@dataclass(frozen=True)
class Mention:
    """Where an entity is mentioned: character offsets into ``Article.text``."""

    entity_id: str
    start: int
    end: int
    text: str


@dataclass(frozen=True)
class Event:
    """A dated policy event with its roles and the evidence that states it."""

    type: str
    action: str
    actors: tuple[str, ...]
    items: tuple[str, ...] = ()
    targets: tuple[str, ...] = ()
    date: str | None = None
    until: str | None = None
    value: tuple[tuple[str, Any], ...] = ()  # frozen form of {"rate_pct": 10}
    evidence: str = ""
    evidence_start: int = 0
    evidence_end: int = 0
    # Optional (events-format "further conventions"): the stated effective day when it
    # differs from ``date``; the cue of a stated response ("in response to", "反制");
    # whether the main actor is inferred from context rather than named.
    effective: str | None = None
    response_cue: str | None = None
    actor_inferred: bool = False
    # Review provenance (set by graph.apply_corrections, never by extraction; not in
    # the JSON contract): the report id, machine/confirmed/edited/added, and the
    # ids of the corrections that made the event what it is.
    report: str = ""
    provenance: str = "machine"
    corrections: tuple[str, ...] = ()
    # How the rules reached the event (``how=inherited``, ``concept=ban``, ``statements=2``, ``past``...):
    # the features of the learned re-scorer (extract/rescore.py); not in the JSON contract.
    trace: tuple[str, ...] = field(default=(), compare=False)

    def to_json(self) -> dict[str, Any]:
        out: dict[str, Any] = {
            "type": self.type,
            "action": self.action,
            "actors": list(self.actors),
            "items": list(self.items),
            "targets": list(self.targets),
            "date": self.date,
            "until": self.until,
            "value": dict(self.value) or None,
            "evidence": self.evidence,
            "evidence_start": self.evidence_start,
            "evidence_end": self.evidence_end,
        }
        optional = {"effective": self.effective, "response_cue": self.response_cue}
        out.update((k, v) for k, v in optional.items() if v is not None)
        if self.actor_inferred:
            out["actor_inferred"] = True
        return out


@dataclass(frozen=True)
class ArticleRecord:
    """Extraction output for one article: the contract's JSONL record."""

    article: Article
    lang: str
    entities: tuple[Entity, ...] = ()
    events: tuple[Event, ...] = ()
    mentions: tuple[Mention, ...] = field(default=(), compare=False)

    def to_json(self) -> dict[str, Any]:
        a = self.article
        return {
            "article_id": a.article_id,
            "title": a.title,
            "source": a.source,
            "published": a.published,
            "url": a.url,
            "lang": self.lang,
            "entities": [e.to_json() for e in self.entities],
            "events": [e.to_json() for e in self.events],
        }
