"""Streaming loads: events files in chunks, the next chunk prepared while one is written.

``policykg load`` reads its input ``chunk_size`` articles at a time
(:func:`policykg.graph.events_io.iter_events`), applies the analysts' corrections
to each chunk, builds the chunk's graph on a helper thread while the previous
chunk is written (:func:`prefetch`, a queue of one), and lets
:func:`policykg.graph.load.load_graphs` relink the touched measures once at the
end.  Peak memory is that of about two chunks, whatever the input size.

Corrections that merge reports of different articles need both articles in one
chunk: the records those merges name are held back and corrected together in
the last chunk (:func:`merge_articles`), so the result equals the whole-input one.
"""

from __future__ import annotations

import queue
import threading
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from typing import Any, TypeVar

from policykg.extract.models import ArticleRecord
from policykg.graph.apply_corrections import _norm, apply_corrections
from policykg.graph.corrections import Correction

T = TypeVar("T")
DEFAULT_CHUNK_SIZE = 2000
_END = object()


def prefetch(items: Iterable[T], depth: int = 1) -> Iterator[T]:
    """Yield ``items``, computing up to ``depth`` ahead on a helper thread (bounded queue).

    An exception in the producer is raised in the consumer, at the point it occurred.

    >>> list(prefetch(x * x for x in range(4)))
    [0, 1, 4, 9]
    """
    slots: queue.Queue[Any] = queue.Queue(maxsize=depth)
    stop = threading.Event()

    def produce() -> None:
        try:
            for item in items:
                if stop.is_set():
                    return
                slots.put(item)
            slots.put(_END)
        except BaseException as exc:  # handed to the consumer, which raises it
            slots.put(_Failure(exc))

    thread = threading.Thread(target=produce, name="policykg-prefetch", daemon=True)
    thread.start()
    try:
        while (item := slots.get()) is not _END:
            if isinstance(item, _Failure):
                raise item.exc
            yield item
    finally:
        stop.set()
        while thread.is_alive():  # unblock a producer waiting on a full queue
            try:
                slots.get_nowait()
            except queue.Empty:
                thread.join(0.05)


@dataclass(frozen=True)
class _Failure:
    exc: BaseException


def merge_articles(corrections: Iterable[Correction]) -> tuple[set[str], set[tuple[str, str]]]:
    """Article ids and (title, published) keys named by merge corrections, on either side.

    >>> fix = Correction("c", "t", "merge", "a1:3-9", "a1", with_report="b:2:1-4/2")
    >>> ids, titles = merge_articles([fix])
    >>> sorted(ids), titles
    (['a1', 'b:2'], set())
    """
    ids: set[str] = set()
    titles: set[tuple[str, str]] = set()
    for fix in corrections:
        if fix.decision != "merge":
            continue
        ids.add(fix.article_id)
        if fix.with_report:
            ids.add(fix.with_report.split("/")[0].rsplit(":", 1)[0])
        if fix.title:
            titles.add((_norm(fix.title), (fix.published or "")[:16]))
    return ids, titles


@dataclass
class CorrectionTally:
    """The corrections report summed over chunks (each correction's article is in one chunk)."""

    total: int
    applied: list[str] = field(default_factory=list)
    orphans: list[str] = field(default_factory=list)
    found: int = 0

    def line(self) -> str:
        return (
            f"corrections: {len(self.applied)} applied, {len(self.orphans)} orphaned, "
            f"{self.total - self.found} for articles not in this input"
        )


def corrected_chunks(
    chunks: Iterable[tuple[ArticleRecord, ...]], corrections: list[Correction], tally: CorrectionTally
) -> Iterator[tuple[ArticleRecord, ...]]:
    """Each chunk with the corrections applied; records named by merges are corrected last, together."""
    ids, titles = merge_articles(corrections)
    held: list[ArticleRecord] = []

    def held_back(rec: ArticleRecord) -> bool:
        return rec.article.article_id in ids or (_norm(rec.article.title), (rec.article.published or "")[:16]) in titles

    def apply(records: list[ArticleRecord]) -> tuple[ArticleRecord, ...]:
        out, report = apply_corrections(records, corrections)
        tally.applied += report.applied
        tally.orphans += report.orphans
        tally.found += len(corrections) - report.elsewhere
        return out

    for chunk in chunks:
        keep = [r for r in chunk if not held_back(r)]
        held += [r for r in chunk if held_back(r)]
        if keep:
            yield apply(keep)
    if held:
        yield apply(held)


def built(chunks: Iterable[tuple[ArticleRecord, ...]], build: Callable[[Any], T]) -> Iterator[T]:
    """``build(chunk)`` for each chunk, lazily (what :func:`prefetch` runs ahead)."""
    for chunk in chunks:
        yield build(chunk)
