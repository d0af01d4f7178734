"""Article formats: pure parsers from text to articles (no I/O).

Each parser takes decoded text (or lines) and the origin (a file name) and
yields, in input order, :class:`ReadWarning` notes, :class:`ReadError` notes
(the record is skipped) and :class:`~policykg.extract.models.Article` records
whose ``origin`` is ``path:line``.  :mod:`policykg.extract.read` does the file
handling and re-exports everything here.

API::

    parse_export(text, origin, *, today=None) -> Iterator[Article | ReadError | ReadWarning]
    parse_jsonl(lines, origin, *, today=None) -> Iterator[...]
    parse_document(text, origin, *, today=None) -> Iterator[...]
    parse_text(text, origin, fmt=None, *, today=None) -> Iterator[...]   # fmt sniffed when None
    sniff_format(text, suffix="") -> "export" | "jsonl" | "document"
    make_article(title, body, *, origin, source=None, published=None, url=None, today=None) -> Iterator[...]
    parse_published(value, *, today=None) -> (iso | None, warning | None)
"""

from __future__ import annotations

import datetime as dt
import json
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from policykg.extract.models import Article
from policykg.extract.normalize import article_id, sanitise

MAX_ARTICLE_CHARS = 1_000_000  # spaCy's default nlp.max_length


@dataclass(frozen=True)
class ReadError:
    """An input that was skipped: ``origin`` is ``path:line``."""

    origin: str
    reason: str

    def __str__(self) -> str:
        return f"{self.origin}: {self.reason}"


@dataclass(frozen=True)
class ReadWarning:
    """Something odd in an input that was nevertheless read."""

    origin: str
    reason: str

    def __str__(self) -> str:
        return f"{self.origin}: warning: {self.reason}"


Item = Article | ReadError | ReadWarning


def shorten(text: str, limit: int = 100) -> str:
    """``text`` cut to ``limit`` characters with an ellipsis, for one-line messages."""
    return text if len(text) <= limit else text[: limit - 1] + "…"


# --- dates ------------------------------------------------------------------

_ISO = re.compile(
    r"(\d{4})[-/](\d{1,2})[-/](\d{1,2})"
    r"(?:[T ](\d{1,2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?)?\s*(Z|[+-]\d{2}:?\d{2})?"
)


def parse_published(value: str, *, today: dt.date | None = None) -> tuple[str | None, str | None]:
    """Normalise a publication date to ISO; return ``(iso_or_None, warning_or_None)``.

    >>> parse_published("2025-11-07 18:09")
    ('2025-11-07T18:09:00', None)
    >>> parse_published("2025-13-45")
    (None, "impossible date '2025-13-45'; published left empty")
    """
    m = _ISO.fullmatch(value.strip())
    if not m:
        return None, f"unrecognised date {shorten(value, 40)!r} (expected YYYY-MM-DDTHH:MM:SS); published left empty"
    y, mo, d, h, mi, s, tz = m.groups()
    try:
        day = dt.date(int(y), int(mo), int(d))
        clock = dt.time(int(h or 0), int(mi or 0), int(s or 0))
    except ValueError:
        return None, f"impossible date {value.strip()!r}; published left empty"
    iso = day.isoformat() if h is None else dt.datetime.combine(day, clock).isoformat()
    if tz and h is not None:
        iso += "+00:00" if tz == "Z" else (tz if ":" in tz else tz[:3] + ":" + tz[3:])
    today = today or dt.date.today()
    if day > today + dt.timedelta(days=365):
        return iso, f"date {iso} is more than a year after today ({today.isoformat()}); kept"
    return iso, None


# --- building articles --------------------------------------------------------


def make_article(
    title: str,
    body: str,
    *,
    origin: str,
    source: str | None = None,
    published: str | None = None,
    url: str | None = None,
    today: dt.date | None = None,
) -> Iterator[Item]:
    """Validate and clean one record; yield its warnings, then the article or an error."""
    title, body = sanitise(title).strip(), sanitise(body).strip("\n")
    if not title and not body.strip():
        yield ReadError(origin, "empty article: no title and no body; skipped")
        return
    size = len(title) + 1 + len(body)
    if size > MAX_ARTICLE_CHARS:
        yield ReadError(origin, f"article is {size:,} characters long (limit {MAX_ARTICLE_CHARS:,}); skipped")
        return
    if not title:
        yield ReadWarning(origin, "article has no title; read with an empty title")
    iso = None
    if published:
        iso, warning = parse_published(published, today=today)
        if warning:
            yield ReadWarning(origin, warning)
    source = sanitise(source).strip() or None if source else None
    url = sanitise(url).strip() or None if url else None
    text = title + "\n" + body
    yield Article(title, body, source, iso, url, origin, article_id(text))


# --- the news-search export ------------------------------------------------------

_SOURCE_LINE = re.compile(
    r"\s*(?P<source>\S.*?)\s*[·•・]\s*(?P<date>\d{4}-\d{1,2}-\d{1,2})"
    r"(?:\s+(?P<time>\d{1,2}:\d{2}(?::\d{2})?))?\s*"
)


def _source_match(line: str) -> re.Match[str] | None:
    return _SOURCE_LINE.fullmatch(line) if len(line) <= 300 else None


def _last_nonblank(lines: list[str], lo: int, hi: int) -> int | None:
    for i in range(hi - 1, lo - 1, -1):
        if lines[i].strip():
            return i
    return None


def parse_export(text: str, origin: str, *, today: dt.date | None = None) -> Iterator[Item]:
    """Articles of a news-search export, found by their ``Source· date`` lines.

    >>> text = "Search documents\\nTitle A\\nReuters· 2025-11-07 18:09\\nBody A [1]\\nTitle B\\nXin Hua· 2025-11-08 07:38\\nBody B"
    >>> [(a.title, a.source, a.published, a.body) for a in parse_export(text, "x.txt")]
    [('Title A', 'Reuters', '2025-11-07T18:09:00', 'Body A [1]'), ('Title B', 'Xin Hua', '2025-11-08T07:38:00', 'Body B')]
    """
    lines = text.split("\n")
    src = [i for i, line in enumerate(lines) if _source_match(line)]
    if not src:
        yield ReadError(
            f"{origin}:1", "no articles found (expected a title line, then a 'Source· YYYY-MM-DD HH:MM' line)"
        )
        return
    titles = [_last_nonblank(lines, lo, s) for lo, s in zip([0] + [s + 1 for s in src], src)]
    for k, s in enumerate(src):
        if k + 1 < len(src):
            end = titles[k + 1] if titles[k + 1] is not None else src[k + 1]
        else:
            end = len(lines)
        title_line = titles[k]
        if title_line is None:
            yield ReadError(f"{origin}:{s + 1}", "source line without a title line before it; article skipped")
            continue
        m = _source_match(lines[s])
        assert m is not None
        published = m["date"] + (" " + m["time"] if m["time"] else "")
        body = "\n".join(line.rstrip() for line in lines[s + 1 : end])
        yield from make_article(
            lines[title_line],
            body,
            origin=f"{origin}:{title_line + 1}",
            source=m["source"],
            published=published,
            today=today,
        )


# --- JSON Lines ------------------------------------------------------------------

_FIELDS = ("title", "source", "published", "date", "url", "body", "text")


def _record_fields(record: dict) -> dict[str, str | None] | str:
    """The string fields of a record, or the reason it is invalid."""
    out: dict[str, str | None] = {}
    for key in _FIELDS:
        value = record.get(key)
        if key in ("published", "date") and value is not None and not isinstance(value, str):
            value = json.dumps(value)  # kept: parse_published warns and leaves it empty
        if value is not None and not isinstance(value, str):
            return f"field {key!r} must be a string, not {type(value).__name__}"
        out[key] = value
    if not (out["title"] or out["body"] or out["text"]):
        return "record has no 'title', 'body' or 'text'"
    return out


def parse_jsonl(lines: Iterable[str], origin: str, *, today: dt.date | None = None) -> Iterator[Item]:
    """Articles of a JSON Lines stream; a bad line is one error, the rest go on.

    >>> items = list(parse_jsonl(['{"title": "T", "body": "B", "published": "2025-11-07T18:09:00"}', '{oops'], "a.jsonl"))
    >>> items[0].title, items[0].published, str(items[1])[:34]
    ('T', '2025-11-07T18:09:00', 'a.jsonl:2: invalid JSON: Expecting')
    """
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        where = f"{origin}:{number}"
        try:
            record = json.loads(line)
        except (json.JSONDecodeError, RecursionError) as exc:
            reason = exc.msg if isinstance(exc, json.JSONDecodeError) else "nested too deeply"
            yield ReadError(where, f"invalid JSON: {reason}; line skipped")
            continue
        if not isinstance(record, dict):
            yield ReadError(where, f"expected a JSON object, got {type(record).__name__}; line skipped")
            continue
        fields = _record_fields(record)
        if isinstance(fields, str):
            yield ReadError(where, fields + "; line skipped")
            continue
        yield from make_article(
            fields["title"] or "",
            fields["body"] or fields["text"] or "",
            origin=where,
            source=fields["source"],
            published=fields["published"] or fields["date"],
            url=fields["url"],
            today=today,
        )


# --- plain documents -------------------------------------------------------------

_FRONT_KEYS = {"title", "source", "date", "published", "url"}


def _front_matter(lines: list[str]) -> tuple[dict[str, str], int]:
    """``key: value`` pairs between ``---`` lines at the top, and the first line after."""
    if not lines or lines[0].strip() != "---":
        return {}, 0
    for i in range(1, min(len(lines), 60)):
        if lines[i].strip() in ("---", "..."):
            meta = {}
            for line in lines[1:i]:
                key, sep, value = line.partition(":")
                if sep and key.strip().lower() in _FRONT_KEYS:
                    meta[key.strip().lower()] = value.strip().strip("\"'")
            return meta, i + 1
    return {}, 0


def parse_document(text: str, origin: str, *, today: dt.date | None = None) -> Iterator[Item]:
    """One article: optional front matter, the first non-blank line as title, the rest as body.

    >>> doc = "---\\nsource: MOFCOM\\ndate: 2025-10-09\\n---\\n# Export controls\\n\\nThe ministry announced..."
    >>> [(a.title, a.source, a.published, a.body, a.origin) for a in parse_document(doc, "n.md")]
    [('Export controls', 'MOFCOM', '2025-10-09', 'The ministry announced...', 'n.md:5')]
    """
    lines = text.split("\n")
    meta, first = _front_matter(lines)
    start = _first_nonblank(lines, first)
    if start is None:
        yield ReadError(f"{origin}:1", "empty file (no text); skipped")
        return
    if "title" in meta:
        title, body_from = meta["title"], start
    else:
        title, body_from = re.sub(r"^#{1,6}\s+", "", lines[start].strip()), start + 1
    body = "\n".join(line.rstrip() for line in lines[body_from:]).strip("\n")
    yield from make_article(
        title,
        body,
        origin=f"{origin}:{start + 1}",
        source=meta.get("source"),
        published=meta.get("published") or meta.get("date"),
        url=meta.get("url"),
        today=today,
    )


def _first_nonblank(lines: list[str], lo: int) -> int | None:
    return next((i for i in range(lo, len(lines)) if lines[i].strip()), None)


# --- detection and decoding ----------------------------------------------------------


def sniff_format(text: str, suffix: str = "") -> str:
    """``"jsonl"``, ``"export"`` or ``"document"``, from the file suffix and the text."""
    suffix = suffix.lower()
    if suffix in (".jsonl", ".ndjson", ".json"):
        return "jsonl"
    if suffix != ".md":
        if text.lstrip()[:1] in ("{", "["):
            return "jsonl"
        if any(_source_match(line) for line in text.split("\n") if "·" in line or "•" in line or "・" in line):
            return "export"
    return "document"


def parse_text(text: str, origin: str, fmt: str | None = None, *, today: dt.date | None = None) -> Iterator[Item]:
    """Parse decoded text in format ``fmt`` (sniffed when ``None``)."""
    fmt = fmt or sniff_format(text)
    if fmt == "jsonl":
        if text.lstrip().startswith("[") and not _is_json(text.lstrip().split("\n", 1)[0]):
            yield ReadError(f"{origin}:1", "a JSON array is not supported; write one JSON object per line (JSON Lines)")
            return
        yield from parse_jsonl(text.split("\n"), origin, today=today)
    elif fmt == "export":
        yield from parse_export(text, origin, today=today)
    else:
        yield from parse_document(text, origin, today=today)


def _is_json(line: str) -> bool:
    try:
        json.loads(line)
    except (ValueError, RecursionError):
        return False
    return True
