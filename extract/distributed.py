"""Extraction past one machine: the pure unit of ``--jobs`` (:func:`extract_chunk`) on a Dask cluster.

Dask was chosen by measurement on the development box (docs/scale.md, "Past one
machine"): the same function over the same chunks ran as fast as the process
pool of ``--jobs`` once warm, started in seconds, and installs as ~44 MB of
pure Python, against Ray's ~260 MB and Spark's ~490 MB plus a JVM.

The driver reads the articles (so duplicates, skipped lines and their
``path:line: reason`` messages are exactly those of ``policykg extract``),
ships chunks of articles to the cluster's workers, and gets the records back in
input order with at most ``window`` chunks in flight, so memory stays flat
however large the corpus.  Every worker builds the pipeline once (it is cached
per process).

API (needs the ``dask`` extra: ``pip install 'policykg[dask]'``)::

    extract_on_dask(articles, client, *, model=None, chunk_size=CHUNK_SIZE, window=None) -> Iterator[ArticleRecord]
    local_client(workers=None) -> distributed.Client     # local mode: tests, one machine
    connect(address, workers=None) -> distributed.Client  # "local", or a scheduler's tcp://host:8786
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import Any

from policykg import PolicyKGError
from policykg.extract.models import Article, ArticleRecord
from policykg.extract.parallel import chunked, default_jobs, extract_chunk, ordered_results

CHUNK_SIZE = 64  # articles per task: a task's scheduling costs ~1 ms, its work ~0.3 s rules-only


def extract_on_dask(
    articles: Iterable[Article],
    client: Any,
    *,
    model: str | None = None,
    chunk_size: int = CHUNK_SIZE,
    window: int | None = None,
    rescore: bool | None = None,
) -> Iterator[ArticleRecord]:
    """Records of ``articles`` in input order, extracted by the workers of the Dask ``client``.

    ``window`` chunks are in flight at most (default: twice the cluster's threads).
    """
    window = window or 2 * max(1, sum(client.nthreads().values()))

    def submit(chunk: list[Article]) -> Any:
        return client.submit(extract_chunk, chunk, model, rescore, pure=False)  # pure=False: no hashing of the articles

    yield from ordered_results(submit, chunked(iter(articles), chunk_size), window)


def local_client(workers: int | None = None) -> Any:
    """A Dask client on a local cluster of ``workers`` single-threaded processes (default: every core)."""
    try:
        from dask.distributed import Client, LocalCluster
    except ImportError:
        raise PolicyKGError("Dask is not installed; install it with pip install 'policykg[dask]'") from None
    cluster = LocalCluster(
        n_workers=workers or default_jobs(),
        threads_per_worker=1,
        processes=True,
        host="127.0.0.1",  # this machine only
        dashboard_address="127.0.0.1:0",  # any free port: never collides with another cluster's 8787
    )
    return Client(cluster)


def connect(address: str, workers: int | None = None) -> Any:
    """A client of the scheduler at ``address``, or of a local cluster when ``address`` is ``local``."""
    if address == "local":
        return local_client(workers)
    try:
        from dask.distributed import Client
    except ImportError:
        raise PolicyKGError("Dask is not installed; install it with pip install 'policykg[dask]'") from None
    try:
        return Client(address, timeout="30s")
    except OSError as exc:
        raise PolicyKGError(f"cannot reach the Dask scheduler at {address} ({exc})") from None
