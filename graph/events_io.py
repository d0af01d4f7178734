"""Read and validate events JSONL (the extraction output contract) into records.

The contract is ``docs/events-format.md``: one article record per line,
with its entities and events.  Each line is validated once, here, at the
boundary; past it, :mod:`policykg.graph.build` trusts the dataclasses.  A bad
line is reported as ``path:line: reason`` and the rest of the batch goes on.

>>> batch = parse_events_jsonl(['{"title": "t", "lang": "en", "entities": [], "events": []}', "{"], "x.jsonl")
>>> len(batch.records), batch.skipped
(1, ('x.jsonl:2: invalid JSON (Expecting property name enclosed in double quotes: line 1 column 2 (char 1))',))
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from policykg import PolicyKGError
from policykg.extract.models import (
    ACTIONS,
    ENTITY_TYPES,
    EVENT_TYPES,
    Article,
    ArticleRecord,
    Entity,
    Event,
)
from policykg.graph.build import VALUE_FIELDS  # closed list: property names never come from data

LANGS = ("en", "zh", "mixed")


class RecordError(ValueError):
    """One record breaks the contract; the message says what and where."""


@dataclass(frozen=True)
class EventsBatch:
    """Records read from one or more events files, and the lines skipped."""

    records: tuple[ArticleRecord, ...] = ()
    skipped: tuple[str, ...] = ()


def parse_events_jsonl(lines: Iterable[str], origin: str = "<memory>") -> EventsBatch:
    """Parse JSONL lines into records; bad lines become ``origin:line: reason``."""
    records: list[ArticleRecord] = []
    skipped: list[str] = []
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        try:
            records.append(parse_record(line, f"{origin}:{number}"))
        except RecordError as exc:
            skipped.append(f"{origin}:{number}: {exc}")
    return EventsBatch(tuple(records), tuple(skipped))


def read_events(path: str | Path) -> EventsBatch:
    """Read one events JSONL file (UTF-8); undecodable lines are skipped and reported."""
    path = Path(path)
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise PolicyKGError(f"{path}: cannot read ({exc.strerror or exc})") from None
    return parse_events_jsonl(_decode_lines(raw), str(path))


def read_events_paths(paths: Iterable[str | Path]) -> EventsBatch:
    """Read several events files into one batch, in order."""
    batches = [read_events(path) for path in paths]
    return EventsBatch(tuple(r for b in batches for r in b.records), tuple(s for b in batches for s in b.skipped))


def iter_events(paths: Iterable[str | Path], chunk_size: int) -> Iterator[EventsBatch]:
    """Read events files in chunks of up to ``chunk_size`` records, line by line, in order.

    Only one chunk is held at a time (the streaming ``load``); skipped lines are
    reported with the chunk they were met in.
    """
    records: list[ArticleRecord] = []
    skipped: list[str] = []
    for path in paths:
        for number, line in _numbered_lines(Path(path)):
            try:
                records.append(parse_record(line, f"{path}:{number}"))
            except RecordError as exc:
                skipped.append(f"{path}:{number}: {exc}")
            if len(records) >= chunk_size:
                yield EventsBatch(tuple(records), tuple(skipped))
                records, skipped = [], []
    if records or skipped:
        yield EventsBatch(tuple(records), tuple(skipped))


def _numbered_lines(path: Path) -> Iterator[tuple[int, str]]:
    """``(line number, text)`` of the non-blank lines of ``path``, decoded as :func:`read_events` does."""
    try:
        handle = path.open("rb")
    except OSError as exc:
        raise PolicyKGError(f"{path}: cannot read ({exc.strerror or exc})") from None
    with handle:
        for number, raw in enumerate(handle, start=1):
            line = next(iter(_decode_lines(raw.rstrip(b"\n"))))
            if line.strip():
                yield number, line


def _decode_lines(raw: bytes) -> Iterable[str]:
    """Yield each line decoded as UTF-8; a line that is not UTF-8 yields a marker."""
    for line in raw.split(b"\n"):
        try:
            yield line.decode("utf-8").removeprefix("\ufeff")
        except UnicodeDecodeError as exc:
            yield _BAD_UTF8.format(exc.start)


_BAD_UTF8 = "\x00bad-utf8 {}"


def parse_record(line: str, where: str = "<memory>") -> ArticleRecord:
    """Validate one JSON line of the contract and return its :class:`ArticleRecord`."""
    if line.startswith("\x00bad-utf8 "):
        raise RecordError(f"not UTF-8 (invalid byte at offset {line.split()[1]})")
    try:
        obj = json.loads(line)
    except json.JSONDecodeError as exc:
        raise RecordError(f"invalid JSON ({exc})") from None
    if not isinstance(obj, dict):
        raise RecordError(f"expected a JSON object, got {type(obj).__name__}")
    article = _article(obj, where)
    lang = _choice(obj, "lang", LANGS)
    entities = _entities(_list(obj, "entities"))
    known = {e.id for e in entities}
    events = tuple(_event(ev, n, known) for n, ev in enumerate(_list(obj, "events"), start=1))
    return ArticleRecord(article=article, lang=lang, entities=entities, events=events)


def _article(obj: dict[str, Any], where: str) -> Article:
    title = _str(obj, "title", required=True)
    published = _str(obj, "published")
    if published is not None:
        _check_iso(published, "published", dt.datetime.fromisoformat)
    source = _str(obj, "source")
    article_id = _str(obj, "article_id") or fallback_article_id(title, published, source)
    return Article(
        title=title,
        body="",
        source=" ".join(source.split()) or None if source else None,
        published=published,
        url=_str(obj, "url"),
        origin=where,
        article_id=article_id,
    )


def fallback_article_id(title: str, published: str | None, source: str | None) -> str:
    """Id for a record without ``article_id`` (gold files): hash of title, date and source.

    >>> fallback_article_id("t", None, None)
    'gold:7d673a14a860061d'
    """
    text = "\n".join([" ".join(title.split()), published or "", source or ""])
    return "gold:" + hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]


def _entities(items: list[Any]) -> tuple[Entity, ...]:
    seen: dict[str, Entity] = {}
    for n, obj in enumerate(items, start=1):
        if not isinstance(obj, dict):
            raise RecordError(f"entity {n}: expected an object")
        try:
            entity = Entity(
                id=_str(obj, "id", required=True, nonempty=True),
                type=_choice(obj, "type", ENTITY_TYPES),
                name=_str(obj, "name") or obj["id"],
                country=_str(obj, "country"),
                kind=_str(obj, "kind"),
            )
        except RecordError as exc:
            raise RecordError(f"entity {n}: {exc}") from None
        seen.setdefault(entity.id, entity)
    return tuple(seen.values())


def _event(obj: Any, n: int, known: set[str]) -> Event:
    if not isinstance(obj, dict):
        raise RecordError(f"event {n}: expected an object")
    try:
        event = Event(
            type=_choice(obj, "type", EVENT_TYPES),
            action=_choice(obj, "action", ACTIONS),
            actors=_ids(obj, "actors", required=True),
            items=_ids(obj, "items"),
            targets=_ids(obj, "targets"),
            date=_date(obj, "date"),
            until=_date(obj, "until"),
            value=_value(obj.get("value")),
            evidence=_str(obj, "evidence") or "",
            evidence_start=_offset(obj, "evidence_start"),
            evidence_end=_offset(obj, "evidence_end"),
            effective=_date(obj, "effective"),
            response_cue=_str(obj, "response_cue"),
            actor_inferred=_bool(obj, "actor_inferred"),
        )
        for ident in event.actors + event.items + event.targets:
            if ident not in known:
                raise RecordError(f"id {ident!r} is not among the article's entities")
    except RecordError as exc:
        raise RecordError(f"event {n}: {exc}") from None
    return event


def _str(obj: dict[str, Any], key: str, required: bool = False, nonempty: bool = False) -> Any:
    value = obj.get(key)
    if value is None and not required:
        return None
    if not isinstance(value, str):
        raise RecordError(f"{key!r} must be a string" + (" (required)" if required else " or null"))
    if nonempty and not value.strip():
        raise RecordError(f"{key!r} must not be empty")
    return value


def _choice(obj: dict[str, Any], key: str, allowed: tuple[str, ...]) -> str:
    value = obj.get(key)
    if value not in allowed:
        raise RecordError(f"{key!r} is {value!r}, expected one of {', '.join(allowed)}")
    return value


def _list(obj: dict[str, Any], key: str) -> list[Any]:
    value = obj.get(key, [])
    if value is None:
        return []
    if not isinstance(value, list):
        raise RecordError(f"{key!r} must be a list")
    return value


def _ids(obj: dict[str, Any], key: str, required: bool = False) -> tuple[str, ...]:
    values = _list(obj, key)
    if not all(isinstance(v, str) and v.strip() for v in values):
        raise RecordError(f"{key!r} must be a list of entity ids")
    if required and not values:
        raise RecordError(f"{key!r} must name at least one entity")
    return tuple(dict.fromkeys(values))


def _date(obj: dict[str, Any], key: str) -> str | None:
    value = _str(obj, key)
    if value is not None:
        _check_iso(value, key, dt.date.fromisoformat)
        if len(value) != 10:
            raise RecordError(f"{key!r} is {value!r}, expected YYYY-MM-DD")
    return value


def _bool(obj: dict[str, Any], key: str) -> bool:
    value = obj.get(key, False)
    if value is None:
        return False
    if not isinstance(value, bool):
        raise RecordError(f"{key!r} must be true, false or null")
    return value


def _check_iso(value: str, key: str, parse: Any) -> None:
    try:
        parse(value)
    except ValueError:
        raise RecordError(f"{key!r} is {value!r}, not an ISO 8601 date") from None


def _offset(obj: dict[str, Any], key: str) -> Any:
    value = obj.get(key)
    if value is not None and (not isinstance(value, int) or isinstance(value, bool) or value < 0):
        raise RecordError(f"{key!r} must be a non-negative integer or null")
    return value  # None when the record gives no offsets (gold files)


def _value(value: Any) -> tuple[tuple[str, Any], ...]:
    if value is None:
        return ()
    if not isinstance(value, dict):
        raise RecordError("'value' must be an object or null")
    out = []
    for key in VALUE_FIELDS:
        field = value.get(key)
        if field is None:
            continue
        if isinstance(field, bool) or not isinstance(field, (int, float, str)):
            raise RecordError(f"value {key!r} must be a number or a string")
        out.append((key, field))
    return tuple(out)
