"""Measure linking stays linear: a batch of 1,000 events into a graph where one actor has 12,000.

Issue 14 part 1 (and issue 10's incremental linking): a new batch relinks only the
events it can change, in the blocks (event type and party) its events belong to,
read through indexed keys (:mod:`policykg.graph.relink`, :mod:`policykg.graph.subblock`).  This benchmark
loads a base graph in which one actor is the main actor of ``--dominant``
events (default 12,000; real mix: mostly impose, some suspend / lift / extend /
threaten, one in ten undated) beside other actors, then loads a batch of
``--batch`` new events, then a batch of ``--small`` (37 % of them by the dominant actor, as in the labelled
data) and prints the seconds spent writing and relinking measures; then it
relinks the same batch again, by sub-block and by whole blocks (the earlier way),
both with nothing left to write, so the two columns compare the same work, and
checks that relinking whole finds nothing to change (it must not).  It repeats
the batch step for base sizes 1,500 / 3,000 / 6,000 / 12,000 so the growth is
visible (the goal: batch linking <= 2 s at 12,000; linear, not quadratic).
Not a test: figures depend on the machine.  It CLEARS the policykg graph of the
database it uses.

Run: ``python -m benchmarks link`` or ``python -m benchmarks.bench_link [--dominant N] [--batch N]``.
"""

from __future__ import annotations

import argparse
import contextlib
import random
import time
from collections.abc import Iterator
from typing import Any

from policykg.extract.models import Article, ArticleRecord, Entity, Event

TYPES = ("EXPORT_CONTROL",) * 4 + ("TARIFF",) * 3 + ("EXPORT_BAN", "SANCTION", "IMPORT_RESTRICTION", "INVESTIGATION")
ACTIONS = ("impose",) * 6 + ("suspend", "lift", "extend", "threaten", "request", "approve")
N_ITEMS, N_COUNTRIES = 400, 60


def make_records(n_dominant: int, n_other: int, seed: int, tag: str) -> list[ArticleRecord]:
    """Articles of 3 events each: ``n_dominant`` events by CHN, ``n_other`` by other countries."""
    rng = random.Random(seed)
    events = [_event(rng, "CHN") for _ in range(n_dominant)]
    events += [_event(rng, f"C{rng.randrange(1, N_COUNTRIES):02d}") for _ in range(n_other)]
    rng.shuffle(events)
    records = []
    for n in range(0, len(events), 3):
        group = events[n : n + 3]
        ids = sorted({i for e in group for i in (*e.actors, *e.items, *e.targets)})
        entities = tuple(Entity(i, "Item" if i.startswith("item:") else "Country", i) for i in ids)
        day = f"20{rng.randint(19, 25)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}T08:00:00"
        article = Article(f"{tag} {n}", "", source=f"Outlet {n % 30}", published=day, article_id=f"{tag}{n:07d}")
        records.append(ArticleRecord(article, "en", entities, tuple(group)))
    return records


def _event(rng: random.Random, actor: str) -> Event:
    action = rng.choice(ACTIONS)
    day = f"20{rng.randint(19, 25)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
    targets = tuple(rng.sample([f"C{k:02d}" for k in range(N_COUNTRIES) if f"C{k:02d}" != actor], rng.randint(0, 1)))
    if action == "request" and not targets:
        targets = ("CHN",) if actor != "CHN" else ("C01",)
    return Event(
        rng.choice(TYPES),
        action,
        (actor,),
        tuple(f"item:i{k}" for k in rng.sample(range(N_ITEMS), rng.randint(1, 3))),
        targets,
        date=None if rng.random() < 0.1 else day,
        until=f"20{rng.randint(25, 27)}-06-30" if action in ("suspend", "extend") and rng.random() < 0.5 else None,
        evidence="in response to" if rng.random() < 0.02 else "evidence",
        evidence_start=0,
        evidence_end=8,
    )


def step(driver: Any, database: str, dominant: int, batches: list[int]) -> list[tuple[str, ...]]:
    """Load a base graph with ``dominant`` CHN events, then each batch in turn (see :func:`batch_step`)."""
    from policykg.graph.build import build_graph
    from policykg.graph.load import clear_graph, load_graph

    clear_graph(driver, database)
    base_times: dict[str, float] = {}
    base = build_graph(make_records(dominant, dominant // 3, seed=dominant, tag="base"))
    load_graph(driver, base, database, timings=base_times)
    return [
        (f"{dominant:,}", f"{base_times['link']:.1f}", *batch_step(driver, database, dominant + n, batch))
        for n, batch in enumerate(batches, start=1)
    ]


def batch_step(driver: Any, database: str, seed: int, batch: int) -> tuple[str, ...]:
    """Load a batch; its write and link seconds, and the whole-block relink's.

    The batch is linked by sub-block (what the loader does); then the same blocks are
    relinked whole (the earlier way), which both times the old cost and checks the
    sub-block result: relinking whole must find nothing to change.
    """
    from policykg.graph.build import build_graph
    from policykg.graph.load import load_graph
    from policykg.graph.relink import relink_measures

    new = build_graph(make_records(int(batch * 0.37), batch - int(batch * 0.37), seed=seed, tag=f"new{seed}"))
    times: dict[str, float] = {}
    with measure_linking() as spent:
        load_graph(driver, new, database, timings=times)
    cpu = f"{spent.cpu[0]:.2f} / {spent.cpu[1]:.2f}" if spent.cpu else "-"
    by_block: dict[str, list[str]] = {}
    for _, attrs in new.nodes(data=True):
        if attrs["label"] == "Event":
            by_block.setdefault(attrs["block"], []).append(attrs["key"])
    blocks = sorted(by_block)
    sub, whole = [], []
    for _ in range(2):  # alternate, keep the faster of two: the server is noisy right after a load
        start = time.perf_counter()
        relink_measures(driver, database, blocks, by_block)  # the same sub-block step again: nothing to write
        sub.append(time.perf_counter() - start)
        start = time.perf_counter()
        again = relink_measures(driver, database, blocks)
        whole.append(time.perf_counter() - start)
    same = again.properties_set == again.nodes_created == again.relationships_created == 0
    return (
        f"{batch:,}",
        str(len(blocks)),
        f"{times['write']:.2f}",
        f"{sum(spent):.2f}",
        cpu,
        f"{min(sub):.2f}",
        f"{min(whole):.2f}",
        f"{min(whole) / max(min(sub), 1e-9):.1f}x",
        "yes" if same else f"NO ({again.line()})",
    )


class Spent(list[float]):
    """Seconds per call, and (client, server) CPU seconds over the calls (server: the managed one's)."""

    cpu: tuple[float, float] | None = None


def server_cpu() -> float | None:
    """CPU seconds the managed Neo4j process has used (``/proc``), or None (not managed, not Linux)."""
    import os

    from policykg.graph import server

    try:
        pid = server.running_pid(server.ServerConfig.from_env(dict(os.environ)))
        with open(f"/proc/{pid}/stat") as stat:
            fields = stat.read().rsplit(")", 1)[1].split()
    except Exception:  # any failure: no server figure
        return None
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


@contextlib.contextmanager
def measure_linking() -> Iterator[Spent]:
    """Seconds the loader spends in ``relink_measures`` (not responses), so both columns time the same step,
    and the CPU seconds of this process (every thread) and of the managed server meanwhile."""
    from policykg.graph import load

    spent = Spent()
    original = load.relink_measures

    def timed(*args: Any, **kwargs: Any) -> Any:
        start, cpu, srv = time.perf_counter(), time.process_time(), server_cpu()
        try:
            return original(*args, **kwargs)
        finally:
            spent.append(time.perf_counter() - start)
            after = server_cpu()
            client = time.process_time() - cpu + (spent.cpu[0] if spent.cpu else 0.0)
            server = (after - srv if after is not None and srv is not None else float("nan")) + (
                spent.cpu[1] if spent.cpu else 0.0
            )
            spent.cpu = (client, server)

    load.relink_measures = timed
    try:
        yield spent
    finally:
        load.relink_measures = original


HEADER = (
    "CHN events",
    "base link s",
    "batch",
    "blocks",
    "batch write s",
    "batch measures link s",
    "CPU s client / server",
    "again: sub-block s",
    "whole-block s",
    "ratio",
    "identical",
)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--dominant", type=int, nargs="*", default=[1_500, 3_000, 6_000, 12_000])
    parser.add_argument("--batch", type=int, default=1_000)
    parser.add_argument("--small", type=int, default=100)
    args = parser.parse_args([] if argv is None else argv)
    from policykg.graph import neo4j
    from policykg.graph.load import clear_graph

    rows = []
    with neo4j.driver() as driver:
        for dominant in args.dominant:
            for row in step(driver, neo4j.database(), dominant, [args.batch, args.small]):
                rows.append(row)
                print("  ".join(row), flush=True)
        clear_graph(driver, neo4j.database())
    widths = [max(len(r[i]) for r in [HEADER, *rows]) for i in range(len(HEADER))]
    for row in [HEADER, *rows]:
        print("  ".join(cell.rjust(w) for cell, w in zip(row, widths)))
    big = [row for row in rows if row[2] == f"{args.batch:,}"]
    first, last, small = big[0], big[-1], rows[-1]
    growth = float(last[5]) / max(float(first[5]), 1e-9)
    last = last[:6] + last[7:]  # the summary's columns as before the CPU column
    small = (*small[:6], *small[7:])
    size = float(last[0].replace(",", "")) / float(first[0].replace(",", ""))
    print(
        f"summary: link {last[2]} events into {last[0]} of one actor: {last[5]} s (goal <= 2 s; CPU s client / "
        f"server {big[-1][6]}); relinked again "
        f"{last[6]} s by sub-block vs {last[7]} s whole-block ({last[8]}), identical: {last[9]}; "
        f"grows {growth:.1f}x for {size:.0f}x the actor's events"
    )
    print(
        f"summary: link {small[2]} events into {small[0]}: {small[5]} s; relinked again {small[6]} s by sub-block "
        f"vs {small[7]} s whole-block ({small[8]})"
    )
    return 0 if all(row[-1] == "yes" for row in rows) else 1


if __name__ == "__main__":
    import sys

    main(sys.argv[1:])
