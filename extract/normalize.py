"""Text clean-up for reading and for extraction (pure functions, no I/O).

Two different jobs, kept apart on purpose:

* :func:`sanitise` runs once in the reader.  Its output *is* the article text
  that evidence offsets point into: C0/C1 control characters are removed
  (newline and tab kept; ``\\r\\n`` and ``\\r`` become ``\\n``), stray BOMs are
  removed, and HTML markup is reduced to its text (tags dropped, ``<script>`` /
  ``<style>`` content dropped, entities unescaped).  Nothing is ever rendered
  or executed.
* :func:`normalise_for_extraction` runs in the pipeline.  It returns the text
  the rules see (NFKC, citation markers such as ``[1][4]`` removed) together
  with an :class:`OffsetMap` that takes any span of that clean text back to the
  span of the original text it came from.
  Traditional Chinese is converted to Simplified there (:func:`to_simplified`,
  OpenCC ``t2s``), character for character, so the gazetteer and lexicons
  (written in Simplified) match Traditional articles while the map still
  points into the original, Traditional, text.
* :func:`article_id` hashes the normalised text (whitespace collapsed too), so
  the same article read from two files gets the same id.

API::

    sanitise(text: str) -> str
    normalise_for_extraction(text: str, simplify=True) -> Normalised   # (text, offsets)
    to_simplified(text: str) -> str                     # same length as text
    OffsetMap.span(start, end) -> (orig_start, orig_end)
    OffsetMap.position(i) -> orig_i
    article_id(text: str) -> str                        # 16 hex chars
"""

from __future__ import annotations

import bisect
import hashlib
import html
import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from typing import Any, NamedTuple

# C0 controls except \t and \n, DEL, C1 controls, and U+FEFF (a BOM inside text).
_CONTROLS = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\ufeff]")
_NEWLINES = re.compile("\r\n?")

# A tag must start with a letter (or "/" + letter, or "!--"), so "a < b" and
# "<5%" are left alone.
_TAG = re.compile(r"<(/?)([A-Za-z][A-Za-z0-9-]*)\b[^<>]*>")
_COMMENT = re.compile(r"<!--.*?-->", re.S)
_SCRIPT = re.compile(r"<(script|style)\b[^<>]*>.*?</\1\s*>", re.S | re.I)
_BLOCK_TAGS = frozenset(
    [
        "p",
        "br",
        "div",
        "li",
        "ul",
        "ol",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "tr",
        "table",
        "blockquote",
        "section",
        "article",
        "hr",
    ]
)
_BLANK_RUNS = re.compile(r"\n[ \t]*\n(?:[ \t]*\n)+")

# Citation markers of the news-search export: "[1]", "[1][4]", "[2, 3]", also
# full-width; leading spaces go with them so "approved [1][4] - The" reads
# "approved - The".
_MARKERS = re.compile(r"[ \t\u3000]*(?:[\[［][0-9０-９]{1,3}(?:\s*[,，\-–]\s*[0-9０-９]{1,3})*[\]］])+")


def sanitise(text: str) -> str:
    """Remove control characters and HTML markup; the result is the stored text.

    >>> sanitise("Tariffs\\x00 up\\r\\n<p>MOFCOM &amp; GAC</p><script>alert(1)</script>")
    'Tariffs up\\n\\nMOFCOM & GAC'
    >>> sanitise("a < b and 5 <10%")
    'a < b and 5 <10%'
    """
    text = _NEWLINES.sub("\n", text)
    text = _CONTROLS.sub("", text)
    if "<" in text and (_TAG.search(text) or _COMMENT.search(text)):
        text = strip_html(text)
    return text


def strip_html(text: str) -> str:
    """Reduce HTML to its text: block tags become newlines, other tags vanish."""
    text = _SCRIPT.sub("", text)
    text = _COMMENT.sub("", text)
    text = _TAG.sub(lambda m: "\n" if m.group(2).lower() in _BLOCK_TAGS else "", text)
    text = html.unescape(text)
    text = _CONTROLS.sub("", text.replace("\r", ""))  # entities such as &#0; or &#13;
    text = _BLANK_RUNS.sub("\n\n", text)
    return "\n".join(line.rstrip() for line in text.split("\n")).strip("\n")


@dataclass(frozen=True, eq=False)
class OffsetMap:
    """Maps offsets of a normalised text back to the original text.

    The normalised text is a sequence of segments; segment ``k`` starts at
    ``clean[k]`` in the normalised text and at ``orig[k]`` in the original.  A
    *linear* segment maps character for character; an *atomic* one (an NFKC
    expansion such as ``ﬁ`` -> ``fi``, or a contraction) maps as a whole, so a
    span that touches it covers all of it in the original.  Removed text
    (citation markers) simply has no segment.
    """

    clean: tuple[int, ...]
    orig: tuple[int, ...]
    clean_len: tuple[int, ...]
    orig_len: tuple[int, ...]
    length: int  # length of the normalised text
    orig_length: int  # length of the original text

    def _segment(self, i: int) -> int:
        return bisect.bisect_right(self.clean, i) - 1

    def _start_of(self, i: int) -> int:
        k = self._segment(i)
        if self.clean_len[k] == self.orig_len[k]:
            return self.orig[k] + (i - self.clean[k])
        return self.orig[k]

    def _end_of(self, i: int) -> int:
        k = self._segment(i)
        if self.clean_len[k] == self.orig_len[k]:
            return self.orig[k] + (i - self.clean[k]) + 1
        return self.orig[k] + self.orig_len[k]

    def position(self, i: int) -> int:
        """Original offset of normalised offset ``i`` (``0 <= i <= length``)."""
        if not 0 <= i <= self.length:
            raise IndexError(f"offset {i} outside 0..{self.length}")
        if i == self.length:
            return self._end_of(i - 1) if i else 0
        return self._start_of(i)

    def span(self, start: int, end: int) -> tuple[int, int]:
        """Original ``(start, end)`` covering the normalised span ``[start, end)``."""
        if not 0 <= start <= end <= self.length:
            raise IndexError(f"span {start}..{end} outside 0..{self.length}")
        if start == end:
            pos = self.position(start)
            return pos, pos
        return self._start_of(start), self._end_of(end - 1)


class Normalised(NamedTuple):
    """The text extraction runs on, and the way back to the original offsets."""

    text: str
    offsets: OffsetMap


class _Builder:
    """Accumulates normalised pieces and their segments."""

    def __init__(self) -> None:
        self.pieces: list[str] = []
        self.segs: list[list[int]] = []  # [clean, orig, clean_len, orig_len]
        self.pos = 0

    def add(self, piece: str, orig_start: int, orig_len: int) -> None:
        if not piece and not orig_len:
            return
        linear = len(piece) == orig_len
        last = self.segs[-1] if self.segs else None
        if (
            linear
            and last is not None
            and last[2] == last[3]
            and last[0] + last[2] == self.pos
            and last[1] + last[3] == orig_start
        ):
            last[2] += orig_len
            last[3] += orig_len
        elif piece:
            self.segs.append([self.pos, orig_start, len(piece), orig_len])
        self.pieces.append(piece)
        self.pos += len(piece)


def _clusters(text: str) -> list[str]:
    """Split into a starter plus its combining marks (NFKC composes within these)."""
    out: list[str] = []
    for ch in text:
        if out and unicodedata.combining(ch):
            out[-1] += ch
        else:
            out.append(ch)
    return out


def _add_nfkc(builder: _Builder, text: str, base: int) -> None:
    """Append NFKC(text) that starts at original offset ``base``."""
    if unicodedata.is_normalized("NFKC", text):
        builder.add(text, base, len(text))
        return
    for token in re.findall(r"\s+|\S+", text):  # most tokens are already normal
        if unicodedata.is_normalized("NFKC", token):
            builder.add(token, base, len(token))
        else:
            off = base
            for cluster in _clusters(token):
                builder.add(unicodedata.normalize("NFKC", cluster), off, len(cluster))
                off += len(cluster)
        base += len(token)


_CJK = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]")


@lru_cache(maxsize=1)
def _t2s() -> Any:
    """The OpenCC Traditional -> Simplified converter (C++ binding; built once, read-only)."""
    from opencc import OpenCC

    return OpenCC("t2s")


def to_simplified(text: str) -> str:
    """Traditional Chinese characters as Simplified, keeping every offset.

    OpenCC's ``t2s`` converts phrases first, then characters; in the rare case
    where a phrase changes length, the text is converted one character at a
    time instead (a character whose conversion is not one character is kept),
    so ``len(result) == len(text)`` always holds.  Text without CJK characters
    is returned as it is.

    >>> to_simplified("商務部對鎵、鍺實施出口管制 (MOFCOM)")
    '商务部对镓、锗实施出口管制 (MOFCOM)'
    """
    if not _CJK.search(text):
        return text
    out = _t2s().convert(text)
    if len(out) == len(text):
        return out
    conv = _t2s().convert
    return "".join(c if not _CJK.match(c) or len(s := conv(c)) != 1 else s for c in text)


def normalise_for_extraction(text: str, simplify: bool = True) -> Normalised:
    """NFKC text without citation markers, plus the map back to ``text``.

    With ``simplify`` (the default) Traditional Chinese becomes Simplified
    (:func:`to_simplified`, same length, so the map is unchanged).

    Contract: for any span ``[s, e)`` of the normalised text,
    ``offsets.span(s, e)`` gives ``(S, E)`` such that ``text[S:E]`` is the
    original text that produced it (NFKC can make the two differ in length;
    removed markers inside a span stay inside ``text[S:E]``).

    >>> clean, offsets = normalise_for_extraction("Ｎｏｖ 10 [1][4] ﬁne")
    >>> clean
    'Nov 10 fine'
    >>> offsets.span(7, 11), "Ｎｏｖ 10 [1][4] ﬁne"[14:17]
    ((14, 17), 'ﬁne')
    >>> offsets.span(0, 6)
    (0, 6)
    """
    builder = _Builder()
    pos = 0
    for m in _MARKERS.finditer(text):
        _add_nfkc(builder, text[pos : m.start()], pos)
        pos = m.end()
    _add_nfkc(builder, text[pos:], pos)
    clean = "".join(builder.pieces)
    if simplify:
        clean = to_simplified(clean)
    segs = builder.segs or [[0, 0, 0, 0]]
    offsets = OffsetMap(
        clean=tuple(s[0] for s in segs),
        orig=tuple(s[1] for s in segs),
        clean_len=tuple(s[2] for s in segs),
        orig_len=tuple(s[3] for s in segs),
        length=len(clean),
        orig_length=len(text),
    )
    return Normalised(clean, offsets)


def id_text(text: str) -> str:
    """The text an article id is computed from: normalised, whitespace collapsed.

    The script is kept: a Traditional and a Simplified edition of a story are two articles."""
    return " ".join(normalise_for_extraction(text, simplify=False).text.split())


def article_id(text: str) -> str:
    """First 16 hex digits of SHA-256 of the normalised text.

    >>> article_id("China  suspends [1] export controls") == article_id("China suspends export controls")
    True
    >>> len(article_id("x"))
    16
    """
    return hashlib.sha256(id_text(text).encode("utf-8")).hexdigest()[:16]
