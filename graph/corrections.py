"""Analyst corrections as data: the append-only corrections JSONL, read, written and keyed.

One JSON object a line, one decision each: who (``by``), when (``at``), which
report (``report``, plus the durable key below), what changed (``was`` and
``set``) and why (``note``).  Decisions: ``confirm``, ``reject`` (not an event),
``edit`` (``set`` fields), ``merge`` (one act with the report ``with``),
``split`` (a second act at the same evidence) and ``add`` (a missed event, with
its evidence).  The file is only ever appended to, so the history stays readable
and nothing is lost; see ``docs/corrections.md``.

A *report* is one event as one article states it.  Its id,
``<article_id>:<start>-<end>`` (``/2``, ``/3`` for further events at the same
span; ``add:<correction id>`` for events an analyst added), names the article
and the evidence span, never a hash of the extracted slots, so a correction
still finds its event after re-extraction (see
:mod:`policykg.graph.apply_corrections`).

>>> c = parse_correction('{"id": "c1", "at": "2025-11-08T10:00:00Z", "decision": "reject", '
...     '"report": "a1:0-9", "article_id": "a1", "span": [0, 9], "evidence": "x"}')
>>> c.decision, c.span, parse_correction(generate_correction(c)) == c
('reject', (0, 9), True)
"""

from __future__ import annotations

import datetime as dt
import fcntl
import hashlib
import json
import os
import uuid
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from policykg import PolicyKGError
from policykg.extract.models import ACTIONS, EVENT_TYPES, Event
from policykg.graph.build import VALUE_FIELDS

DECISIONS = ("confirm", "reject", "edit", "merge", "split", "add")
# Fields an analyst may set, and the slot of the event each one writes.
EDITABLE = ("type", "action", "actors", "targets", "items", "date", "until", "value")
ENV_VAR = "POLICYKG_CORRECTIONS"
FILE_NAME = "corrections.jsonl"


class CorrectionError(ValueError):
    """One corrections line breaks the format; the message says what."""


@dataclass(frozen=True)
class Correction:
    """One analyst decision about one report (a line of the corrections file)."""

    id: str
    at: str  # ISO 8601 UTC: decisions apply in (at, id) order, whatever the line order
    decision: str
    report: str
    article_id: str
    span: tuple[int, int] | None = None
    evidence: str = ""
    by: str = ""
    title: str | None = None
    published: str | None = None
    was: Mapping[str, Any] | None = field(default=None, compare=False, hash=False)
    set: Mapping[str, Any] = field(default_factory=dict, compare=False, hash=False)
    with_report: str | None = None
    entities: tuple[Mapping[str, Any], ...] = field(default=(), compare=False, hash=False)
    note: str | None = None
    origin: str = field(default="<memory>", compare=False)

    @property
    def order(self) -> tuple[str, str]:
        return (self.at, self.id)

    def to_json(self) -> dict[str, Any]:
        out: dict[str, Any] = {"id": self.id, "at": self.at, "by": self.by, "decision": self.decision}
        out.update(report=self.report, article_id=self.article_id, title=self.title, published=self.published)
        out.update(span=list(self.span) if self.span else None, evidence=self.evidence)
        out.update(was=dict(self.was) if self.was is not None else None, set=dict(self.set))
        if self.with_report:
            out["with"] = self.with_report
        if self.entities:
            out["entities"] = [dict(e) for e in self.entities]
        out["note"] = self.note
        return out


# --- report ids -------------------------------------------------------------------


def report_id(article_id: str, event: Event, nth: int = 1) -> str:
    """``<article_id>:<start>-<end>``, or ``/<nth>`` after it for the nth event at one span.

    >>> report_id("a1", Event("TARIFF", "impose", ("USA",), evidence="x", evidence_start=5, evidence_end=9), 2)
    'a1:5-9/2'
    """
    base = f"{article_id}:{span_text(event)}"
    return base if nth == 1 else f"{base}/{nth}"


def span_text(event: Event) -> str:
    """The span part of ``event``'s report id (see :func:`span_key`)."""
    return span_key(event.evidence_start, event.evidence_end, event.evidence)


def span_key(start: int | None, end: int | None, evidence: str) -> str:
    """``start-end``; ``e<hash>`` of the evidence when there are no offsets (gold files).

    >>> span_key(5, 9, "x"), span_key(None, None, "x")
    ('5-9', 'e2d711642b7')
    """
    if start is None or end is None or end <= 0:
        return "e" + hashlib.sha256(evidence.encode("utf-8")).hexdigest()[:10]
    return f"{start}-{end}"


def report_ids(article_id: str, events: Sequence[Event]) -> list[str]:
    """The report id of each event of one article, in order (``/2`` for repeats of a span)."""
    seen: dict[str, int] = {}
    out = []
    for event in events:
        span = span_text(event)
        seen[span] = seen.get(span, 0) + 1
        out.append(report_id(article_id, event, seen[span]))
    return out


def event_slots(event: Event) -> dict[str, Any]:
    """The editable slots of ``event`` as JSON (the ``was`` of a correction)."""
    full = event.to_json()
    return {name: full[name] for name in EDITABLE}


# --- parse and generate -----------------------------------------------------------


def parse_correction(line: str, where: str = "<memory>") -> Correction:
    """Validate one corrections line and return its :class:`Correction`."""
    try:
        obj = json.loads(line)
    except json.JSONDecodeError as exc:
        raise CorrectionError(f"invalid JSON ({exc.msg}; an interrupted write leaves such a line)") from None
    if not isinstance(obj, dict):
        raise CorrectionError(f"expected a JSON object, got {type(obj).__name__}")
    decision = obj.get("decision")
    if decision not in DECISIONS:
        raise CorrectionError(f"'decision' is {decision!r}, expected one of {', '.join(DECISIONS)}")
    for key in ("id", "at", "report", "article_id"):
        if not isinstance(obj.get(key), str) or not obj[key]:
            raise CorrectionError(f"{key!r} must be a non-empty string")
    return Correction(
        id=obj["id"],
        at=obj["at"],
        decision=decision,
        report=obj["report"],
        article_id=obj["article_id"],
        span=_span(obj.get("span")),
        evidence=_opt_str(obj, "evidence") or "",
        by=_opt_str(obj, "by") or "",
        title=_opt_str(obj, "title"),
        published=_opt_str(obj, "published"),
        was=_mapping(obj, "was", allow_none=True),
        set=_set_fields(_mapping(obj, "set") or {}),
        with_report=_opt_str(obj, "with"),
        entities=tuple(_entities(obj.get("entities"))),
        note=_opt_str(obj, "note"),
        origin=where,
    )


def _span(value: Any) -> tuple[int, int] | None:
    if value is None:
        return None
    if not (isinstance(value, list) and len(value) == 2 and all(isinstance(v, int) and v >= 0 for v in value)):
        raise CorrectionError("'span' must be [start, end] (non-negative integers) or null")
    return (value[0], value[1])


def _opt_str(obj: Mapping[str, Any], key: str) -> str | None:
    value = obj.get(key)
    if value is not None and not isinstance(value, str):
        raise CorrectionError(f"{key!r} must be a string or null")
    return value


def _mapping(obj: Mapping[str, Any], key: str, allow_none: bool = False) -> dict[str, Any] | None:
    value = obj.get(key)
    if value is None:
        return None
    if not isinstance(value, dict):
        raise CorrectionError(f"{key!r} must be an object" + (" or null" if allow_none else ""))
    return value


def _set_fields(values: dict[str, Any]) -> dict[str, Any]:
    """Check ``set``: known fields, each of the right JSON type (closed lists are checked on apply)."""
    unknown = sorted(set(values) - set(EDITABLE))
    if unknown:
        raise CorrectionError(f"'set' has unknown field(s) {', '.join(unknown)}; expected {', '.join(EDITABLE)}")
    for name, value in values.items():
        if not _FIELD_CHECKS[name](value):
            raise CorrectionError(f"'set' field {name!r} has the wrong form: {value!r}")
    return values


def _is_ids(value: Any) -> bool:
    return isinstance(value, list) and all(isinstance(v, str) and v.strip() for v in value)


def _is_date(value: Any) -> bool:
    if value is None:
        return True
    try:
        return isinstance(value, str) and len(value) == 10 and bool(dt.date.fromisoformat(value))
    except ValueError:
        return False


_FIELD_CHECKS = {
    "type": lambda v: v in EVENT_TYPES,
    "action": lambda v: v in ACTIONS,
    "actors": lambda v: _is_ids(v) and bool(v),
    "targets": _is_ids,
    "items": _is_ids,
    "date": _is_date,
    "until": _is_date,
    "value": lambda v: v is None or (isinstance(v, dict) and set(v) <= set(VALUE_FIELDS)),
}


def _entities(value: Any) -> Iterable[dict[str, Any]]:
    if value is None:
        return []
    if not isinstance(value, list) or not all(isinstance(e, dict) and isinstance(e.get("id"), str) for e in value):
        raise CorrectionError("'entities' must be a list of {id, type, name} objects")
    return value


def generate_correction(correction: Correction) -> str:
    """The one JSON line (no newline) that stores ``correction``."""
    return json.dumps(correction.to_json(), ensure_ascii=False, sort_keys=False)


# --- the file ---------------------------------------------------------------------


@dataclass(frozen=True)
class CorrectionsBatch:
    """The corrections read from one file, and the lines skipped (``path:line: reason``)."""

    corrections: tuple[Correction, ...] = ()
    skipped: tuple[str, ...] = ()


def parse_corrections(lines: Iterable[str], origin: str = "<memory>") -> CorrectionsBatch:
    """Parse corrections lines; a bad line becomes ``origin:line: reason`` and is skipped."""
    good: list[Correction] = []
    skipped: list[str] = []
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        try:
            good.append(parse_correction(line, f"{origin}:{number}"))
        except CorrectionError as exc:
            skipped.append(f"{origin}:{number}: {exc}")
    return CorrectionsBatch(tuple(good), tuple(skipped))


def default_path(env: Mapping[str, str] | None = None) -> Path:
    """``$POLICYKG_CORRECTIONS``, else ``corrections.jsonl`` in the state folder beside the graph's data.

    The state folder is ``$POLICYKG_STATE_DIR`` (default ``$XDG_STATE_HOME/policykg``,
    i.e. ``~/.local/state/policykg``), where the managed Neo4j keeps its data.
    """
    env = os.environ if env is None else env
    if env.get(ENV_VAR):
        return Path(env[ENV_VAR]).expanduser()
    if env.get("POLICYKG_STATE_DIR"):
        return Path(env["POLICYKG_STATE_DIR"]).expanduser() / FILE_NAME
    base = env.get("XDG_STATE_HOME") or str(Path.home() / ".local" / "state")
    return Path(base).expanduser() / "policykg" / FILE_NAME


def read_corrections(path: str | Path | None = None) -> CorrectionsBatch:
    """Read the corrections file (a missing file is no corrections); bad lines are reported."""
    path = Path(path) if path else default_path()
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        return CorrectionsBatch()
    except OSError as exc:
        raise PolicyKGError(f"{path}: cannot read ({exc.strerror or exc})") from None
    return parse_corrections(raw.decode("utf-8", errors="replace").split("\n"), str(path))


def append_correction(correction: Correction, path: str | Path | None = None) -> Path:
    """Append one line atomically: one ``write`` under an exclusive lock, then ``fsync``.

    The lock (``flock``) keeps concurrent writers from interleaving; if an
    earlier writer crashed mid-line, a newline is written first so that the
    broken fragment stays a line of its own (reported and skipped on read).
    """
    path = Path(path) if path else default_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    data = (generate_correction(correction) + "\n").encode("utf-8")
    fd = os.open(path, os.O_RDWR | os.O_APPEND | os.O_CREAT, 0o644)
    try:
        fcntl.flock(fd, fcntl.LOCK_EX)
        size = os.fstat(fd).st_size
        if size and os.pread(fd, 1, size - 1) != b"\n":
            data = b"\n" + data
        os.write(fd, data)
        os.fsync(fd)
    finally:
        os.close(fd)  # closing releases the lock
    return path


def new_id() -> str:
    """A fresh correction id (``c-`` and 12 hex digits)."""
    return "c-" + uuid.uuid4().hex[:12]


def now() -> str:
    """The current time, ISO 8601 UTC to the microsecond (decisions apply in this order)."""
    return dt.datetime.now(dt.UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")
