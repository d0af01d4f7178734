"""Extraction on every core: the same pure per-article function in worker processes, output in input order.

Extraction is pure (an :class:`Article` in, an :class:`ArticleRecord` out, over
frozen dataclasses), so articles can be extracted anywhere as long as the
records come back in input order.  The unit of work is :func:`extract_chunk`
(a list of articles in, their records out); ``--jobs``, and the engines of
:mod:`policykg.extract.distributed`, all run that one function.

API::

    default_jobs() -> int
    extract_chunk(articles, model=None) -> list[ArticleRecord]
    extract_records(articles, *, model=None, jobs=1, chunk_size=CHUNK_SIZE) -> Iterator[ArticleRecord]

Design (measured in ``benchmarks/bench_extract.py``):

* Workers are forked where the platform can (Linux): the parent builds the
  pipeline (gazetteer, lexicons, spaCy model) once before the pool starts and
  every worker inherits it, so a worker starts in milliseconds and the
  read-only data is shared page by page.  Elsewhere workers are spawned and
  each builds its pipeline once, in the pool's initializer.
* At most ``2 * jobs`` chunks are in flight: the input is still read lazily
  (a stream of any length keeps memory flat) and a slow chunk never lets the
  results pile up.  Records come back chunk by chunk, in the order submitted.
* An input of one chunk or less is extracted in this process: starting
  workers would cost more than it saves.
"""

from __future__ import annotations

import multiprocessing
import os
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import ProcessPoolExecutor
from itertools import chain, islice
from typing import Any

from policykg.extract.models import Article, ArticleRecord
from policykg.extract.pipeline import extract_articles, load_pipeline

CHUNK_SIZE = 16  # articles per task: ~0.1 s of rules-only work, so the hand-off costs under 1%


def default_jobs() -> int:
    """All the cores this process may run on (the CPU affinity mask where the OS has one)."""
    if hasattr(os, "sched_getaffinity"):
        return max(1, len(os.sched_getaffinity(0)))
    return os.cpu_count() or 1


def extract_chunk(
    articles: list[Article], model: str | None = None, rescore: bool | None = None
) -> list[ArticleRecord]:
    """The records of ``articles``, in order: the pure unit of work every engine runs.

    The pipeline is cached per process (:func:`load_pipeline`), so a worker builds it once;
    ``rescore`` is its learned re-scorer setting (None: the shipped artefact's).
    """
    return list(extract_articles(articles, load_pipeline(model, rescore)))


def extract_records(
    articles: Iterable[Article],
    *,
    model: str | None = None,
    jobs: int = 1,
    chunk_size: int = CHUNK_SIZE,
    rescore: bool | None = None,
) -> Iterator[ArticleRecord]:
    """Records of ``articles`` in input order; ``jobs`` > 1 extracts in that many worker processes.

    ``jobs=1`` is the in-process path (:func:`extract_articles`); the output is
    the same for every ``jobs``.
    """
    if jobs <= 1:
        yield from extract_articles(articles, load_pipeline(model, rescore))
        return
    it = iter(articles)
    first = list(islice(it, chunk_size + 1))
    if len(first) <= chunk_size:
        yield from extract_articles(first, load_pipeline(model, rescore))
        return
    yield from _pooled(chunked(chain(first, it), chunk_size), model, jobs, rescore)


def chunked(articles: Iterator[Article], size: int) -> Iterator[list[Article]]:
    """Lists of ``size`` articles (the last may be shorter), read lazily."""
    while chunk := list(islice(articles, size)):
        yield chunk


def _pooled(
    chunks: Iterator[list[Article]], model: str | None, jobs: int, rescore: bool | None = None
) -> Iterator[ArticleRecord]:
    """Run :func:`extract_chunk` over ``chunks`` in ``jobs`` processes, at most 2 * jobs chunks in flight."""
    context = _context()
    if context.get_start_method() == "fork":
        load_pipeline(model, rescore)  # built once here; every forked worker inherits it
    pool = ProcessPoolExecutor(
        max_workers=jobs, mp_context=context, initializer=load_pipeline, initargs=(model, rescore)
    )
    try:
        yield from ordered_results(lambda chunk: pool.submit(extract_chunk, chunk, model, rescore), chunks, 2 * jobs)
    finally:
        pool.shutdown(wait=True, cancel_futures=True)


def ordered_results(
    submit: Callable[[list[Article]], Any], chunks: Iterable[list[Article]], window: int
) -> Iterator[ArticleRecord]:
    """Submit chunks (``submit`` returns a future), keep at most ``window`` in flight, yield records in order.

    Any executor whose futures have ``.result()`` fits: a process pool here, a
    Dask client in :mod:`policykg.extract.distributed`.
    """
    pending: deque[Any] = deque()
    for chunk in chunks:
        pending.append(submit(chunk))
        if len(pending) >= window:
            yield from pending.popleft().result()
    while pending:
        yield from pending.popleft().result()


def _context() -> multiprocessing.context.BaseContext:
    """``fork`` where available (workers inherit the built pipeline), else the platform's default."""
    if "fork" in multiprocessing.get_all_start_methods():
        return multiprocessing.get_context("fork")
    return multiprocessing.get_context()
