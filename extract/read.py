"""Articles in: the one extraction module that reads files.

Formats (detected per file, see :func:`sniff_format`):

* the news-search export (``data/corpus/*.txt``): header lines, then per
  article a title line, a source line ``Source· YYYY-MM-DD HH:MM`` and body
  lines.  Articles are found by their source line; the title is the last
  non-blank line before it, the body runs up to the next article's title;
* JSON Lines: one object a line with ``title``, ``source``, ``published`` (or
  ``date``), ``url`` and ``body`` (or ``text``); other keys are ignored;
* plain ``.txt`` / ``.md``: one article per file, optional ``---`` front
  matter (``title``, ``source``, ``date``/``published``, ``url``), then the
  title line (leading ``#`` removed) and the body.

Encodings: UTF-8 with or without BOM, UTF-16/32 with BOM, GB18030/GBK.  A
truncated or slightly damaged UTF-8 file is read with a warning; a binary file
is skipped.  Stored text is :func:`~policykg.extract.normalize.sanitise`-d
(control characters and HTML markup removed) but otherwise original.

The pure parsers live in :mod:`policykg.extract.formats` and are re-exported
here, so ``from policykg.extract.read import parse_export`` works.

Bad input never stops a batch: each problem is one :class:`ReadError` (the
article or file is skipped) or :class:`ReadWarning` (kept) with origin
``path:line``; :class:`ReadResult` counts them.

API::

    read_paths(paths, *, today=None) -> ReadResult            # eager
    iter_articles(paths, result, *, today=None) -> Iterator[Article]  # streaming
    read_file(path, *, today=None) -> Iterator[Article | ReadError | ReadWarning]
    parse_export(text, origin, *, today=None) -> Iterator[...]
    parse_jsonl(lines, origin, *, today=None) -> Iterator[...]
    parse_document(text, origin, *, today=None) -> Iterator[...]
    parse_text(text, origin, fmt=None, *, today=None) -> Iterator[...]
    decode_bytes(data, origin) -> (text | None, [ReadError | ReadWarning])
    parse_published(value, *, today=None) -> (iso | None, warning | None)
"""

from __future__ import annotations

import datetime as dt
import glob
import os
import re
import sys
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field

from policykg import EXIT_OK, EXIT_SKIPPED
from policykg.extract.formats import (
    MAX_ARTICLE_CHARS,
    Item,
    ReadError,
    ReadWarning,
    make_article,
    parse_document,
    parse_export,
    parse_jsonl,
    parse_published,
    parse_text,
    shorten,
    sniff_format,
)
from policykg.extract.models import Article

__all__ = [
    "MAX_ARTICLE_CHARS",
    "MAX_FILE_BYTES",
    "Duplicate",
    "Item",
    "ReadError",
    "ReadResult",
    "ReadWarning",
    "decode_bytes",
    "expand_paths",
    "iter_articles",
    "load_file",
    "make_article",
    "parse_document",
    "parse_export",
    "parse_jsonl",
    "parse_published",
    "parse_text",
    "read_file",
    "read_paths",
    "sniff_format",
]

MAX_FILE_BYTES = 256 * 1024 * 1024
SUFFIXES = (".txt", ".md", ".jsonl", ".ndjson", ".json")


@dataclass(frozen=True)
class Duplicate:
    """An article whose ``article_id`` was already read (the first copy is kept)."""

    origin: str
    article_id: str
    first_origin: str

    def __str__(self) -> str:
        return f"{self.origin}: duplicate of {self.first_origin} (article {self.article_id}); dropped"


def _plural(n: int, word: str) -> str:
    return f"{n} {word}{'' if n == 1 else 's'}"


@dataclass
class ReadResult:
    """What a read produced and what it skipped, for the summary and exit code."""

    articles: list[Article] = field(default_factory=list)
    errors: list[ReadError] = field(default_factory=list)
    warnings: list[ReadWarning] = field(default_factory=list)
    duplicates: list[Duplicate] = field(default_factory=list)
    files: int = 0
    count: int = 0  # articles yielded (also when streaming, where ``articles`` stays empty)

    def summary(self) -> str:
        """One line such as ``read 13 articles from 2 files; skipped 0; 0 duplicates``."""
        text = f"read {_plural(self.count, 'article')} from {_plural(self.files, 'file')}"
        text += f"; skipped {len(self.errors)}"
        if self.errors:
            shown = [shorten(str(e)) for e in self.errors[:3]]
            more = f"; and {len(self.errors) - 3} more" if len(self.errors) > 3 else ""
            text += f" ({'; '.join(shown)}{more})"
        text += f"; {_plural(len(self.duplicates), 'duplicate')}"
        if self.warnings:
            text += f"; {_plural(len(self.warnings), 'warning')}"
        return text

    def messages(self) -> list[str]:
        """Every error, warning and duplicate as one line each."""
        return [str(m) for m in (*self.errors, *self.warnings, *self.duplicates)]

    @property
    def exit_code(self) -> int:
        """``EXIT_SKIPPED`` (3) when any input was skipped, else ``EXIT_OK``."""
        return EXIT_SKIPPED if self.errors else EXIT_OK


_BOMS = (
    (b"\xff\xfe\x00\x00", "utf-32-le"),
    (b"\x00\x00\xfe\xff", "utf-32-be"),
    (b"\xff\xfe", "utf-16-le"),
    (b"\xfe\xff", "utf-16-be"),
)
_BINARY_CONTROLS = re.compile("[\x00-\x08\x0e-\x1a\x1c-\x1f]")


def _mostly_utf8(data: bytes) -> bool:
    """True when undecodable bytes are rare among valid multi-byte UTF-8 characters."""
    text = data.decode("utf-8", errors="replace")
    bad = text.count("\ufffd")
    good = sum(1 for ch in text if ord(ch) > 0x7F) - bad
    return good >= 4 * bad


def decode_bytes(data: bytes, origin: str) -> tuple[str | None, list[ReadError | ReadWarning]]:
    """Decode a file's bytes; ``None`` with one error when it is not text.

    >>> decode_bytes("稀土".encode("gb18030"), "f.txt")
    ('稀土', [])
    >>> decode_bytes(b"\\x89PNG\\x00\\x01", "f.png")[1][0].reason[:11]
    'binary file'
    """
    if not data.strip():
        return None, [ReadError(f"{origin}:1", "empty file; skipped")]
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return _newlines(data[len(bom) :].decode(encoding)), []
            except UnicodeDecodeError as exc:
                return None, [ReadError(f"{origin}:1", f"invalid {encoding} at byte {exc.start + len(bom)}; skipped")]
    if b"\x00" in data:
        return None, [ReadError(f"{origin}:1", "binary file (NUL bytes; UTF-16 text needs a byte-order mark); skipped")]
    text, notes = _decode_8bit(data, origin)
    if text is not None and len(_BINARY_CONTROLS.findall(text[:65536])) > max(2, len(text[:65536]) // 20):
        return None, [ReadError(f"{origin}:1", "binary file (control bytes); skipped")]
    return (None if text is None else _newlines(text)), notes


def _decode_8bit(data: bytes, origin: str) -> tuple[str | None, list[ReadError | ReadWarning]]:
    try:
        return data.decode("utf-8-sig"), []
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        if exc.end == len(data) and exc.reason == "unexpected end of data":
            dropped = len(data) - exc.start
            return data[: exc.start].decode("utf-8-sig"), [
                ReadWarning(
                    f"{origin}:{line}", f"truncated UTF-8: the file ends inside a character ({dropped} byte(s) dropped)"
                )
            ]
        if _mostly_utf8(data):
            return data.decode("utf-8-sig", errors="replace"), [
                ReadWarning(
                    f"{origin}:{line}", f"invalid UTF-8 at byte {exc.start}; undecodable bytes replaced by U+FFFD"
                )
            ]
    try:
        return data.decode("gb18030"), []
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        reason = f"not UTF-8, UTF-16 (with BOM) or GB18030 text (bad byte at {exc.start}); skipped"
        return None, [ReadError(f"{origin}:{line}", reason)]


def _newlines(text: str) -> str:
    return text.replace("\r\n", "\n").replace("\r", "\n")


# --- files, directories, globs, stdin ---------------------------------------------------


def load_file(path: str) -> tuple[str | None, list[ReadError | ReadWarning]]:
    """Read and decode one file (``-`` = stdin); ``None`` when it cannot be used."""
    origin = "<stdin>" if path == "-" else path
    try:
        if path == "-":
            data = sys.stdin.buffer.read()
        elif os.path.getsize(path) > MAX_FILE_BYTES:
            return None, [ReadError(f"{path}:1", f"file larger than {MAX_FILE_BYTES // 2**20} MB; skipped")]
        else:
            with open(path, "rb") as handle:
                data = handle.read()
    except OSError as exc:
        return None, [ReadError(origin, f"cannot read: {exc.strerror or exc}")]
    return decode_bytes(data, origin)


def _parse_loaded(path: str, text: str, today: dt.date | None) -> Iterator[Item]:
    origin, suffix = ("<stdin>", "") if path == "-" else (path, os.path.splitext(path)[1])
    return parse_text(text, origin, sniff_format(text, suffix), today=today)


def read_file(path: str, *, today: dt.date | None = None) -> Iterator[Item]:
    """Read one file (``-`` = stdin); yield its warnings, errors and articles."""
    text, notes = load_file(path)
    yield from notes
    if text is not None:
        yield from _parse_loaded(path, text, today)


def expand_paths(paths: Sequence[str]) -> Iterator[str | ReadError]:
    """Files named by ``paths``: files as given, directories recursively, globs, ``-``."""
    seen: set[str] = set()
    for path in paths:
        for found in _expand_one(path):
            if isinstance(found, ReadError):
                yield found
                continue
            key = found if found == "-" else os.path.realpath(found)
            if key not in seen:
                seen.add(key)
                yield found


def _expand_one(path: str) -> Iterator[str | ReadError]:
    if path == "-" or os.path.isfile(path):
        yield path
    elif os.path.isdir(path):
        for root, dirs, files in os.walk(path):
            dirs[:] = sorted(d for d in dirs if not d.startswith("."))
            for name in sorted(files):
                if not name.startswith(".") and name.lower().endswith(SUFFIXES):
                    yield os.path.join(root, name)
    elif glob.has_magic(path):
        matches = sorted(p for p in glob.glob(path, recursive=True) if os.path.isfile(p))
        if not matches:
            yield ReadError(path, "no files match this pattern")
        yield from matches
    else:
        yield ReadError(path, "no such file or directory")


def iter_articles(
    paths: Sequence[str], result: ReadResult | None = None, *, today: dt.date | None = None
) -> Iterator[Article]:
    """Stream unique articles from ``paths``; errors, warnings and duplicates go into ``result``.

    Only one file's text is held at a time; ``result.articles`` is not filled.
    """
    result = result if result is not None else ReadResult()
    first_seen: dict[str, str] = {}
    for path in expand_paths(paths):
        if isinstance(path, ReadError):
            result.errors.append(path)
            continue
        text, notes = load_file(path)
        _record(result, notes)
        if text is None:
            continue
        result.files += 1
        for item in _parse_loaded(path, text, today):
            if not isinstance(item, Article):
                _record(result, [item])
            elif item.article_id in first_seen:
                result.duplicates.append(Duplicate(item.origin, item.article_id, first_seen[item.article_id]))
            else:
                first_seen[item.article_id] = item.origin
                result.count += 1
                yield item


def _record(result: ReadResult, notes: Iterable[ReadError | ReadWarning]) -> None:
    for note in notes:
        if isinstance(note, ReadError):
            result.errors.append(note)
        else:
            result.warnings.append(note)


def read_paths(paths: Sequence[str], *, today: dt.date | None = None) -> ReadResult:
    """Read every article under ``paths`` into a :class:`ReadResult` (eager)."""
    result = ReadResult()
    result.articles = list(iter_articles(paths, result, today=today))
    return result
