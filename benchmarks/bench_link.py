"""Measure linking stays linear: a batch of 1,000 events into a graph where one actor has 12,000.

Issue 14 part 1 (and issue 10's incremental linking): a new batch relinks only the
blocks (event type and party) its events belong to, reading them through the
indexed ``Event.block`` property (:mod:`policykg.graph.relink`).  This benchmark
loads a base graph in which one actor is the main actor of ``--dominant``
events (default 12,000; real mix: mostly impose, some suspend / lift / extend /
threaten, one in ten undated) beside other actors, then loads a batch of
``--batch`` new events (37 % of them by the dominant actor, as in the labelled
data) and prints the seconds spent writing and linking each load.  It repeats
the batch step for base sizes 1,500 / 3,000 / 6,000 / 12,000 so the growth is
visible (the goal: batch linking <= 2 s at 12,000; linear, not quadratic).
Not a test: figures depend on the machine.  It CLEARS the policykg graph of the
database it uses.

Run: ``python -m benchmarks link`` or ``python -m benchmarks.bench_link [--dominant N] [--batch N]``.
"""

from __future__ import annotations

import argparse
import random
import time
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


def step(driver: Any, database: str, dominant: int, batch: int) -> tuple[str, ...]:
    """Load a base graph with ``dominant`` CHN events, then a batch; the batch's write and link seconds."""
    from policykg.graph.build import build_graph
    from policykg.graph.load import clear_graph, load_graph

    clear_graph(driver, database)
    base_times: dict[str, float] = {}
    base = build_graph(make_records(dominant, dominant // 3, seed=dominant, tag="base"))
    load_graph(driver, base, database, timings=base_times)
    new = build_graph(make_records(int(batch * 0.37), batch - int(batch * 0.37), seed=dominant + 1, tag="new"))
    times: dict[str, float] = {}
    start = time.perf_counter()
    summary = load_graph(driver, new, database, timings=times)
    total = time.perf_counter() - start
    blocks = len({a["block"] for _, a in new.nodes(data=True) if a["label"] == "Event"})
    return (
        f"{dominant:,}",
        f"{base_times['link']:.1f}",
        f"{batch:,}",
        str(blocks),
        f"{times['write']:.2f}",
        f"{times['link']:.2f}",
        f"{total:.2f}",
        f"{summary.properties_set:,}",
    )


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--dominant", type=int, nargs="*", default=[1_500, 3_000, 6_000, 12_000])
    parser.add_argument("--batch", type=int, default=1_000)
    args = parser.parse_args([] if argv is None else argv)
    from policykg.graph import neo4j

    header = (
        "CHN events",
        "base link s",
        "batch",
        "blocks",
        "batch write s",
        "batch link s",
        "batch total s",
        "props set",
    )
    rows = []
    with neo4j.driver() as driver:
        for dominant in args.dominant:
            rows.append(step(driver, neo4j.database(), dominant, args.batch))
            print("  ".join(rows[-1]), flush=True)
        from policykg.graph.load import clear_graph

        clear_graph(driver, neo4j.database())
    widths = [max(len(r[i]) for r in [header, *rows]) for i in range(len(header))]
    for row in [header, *rows]:
        print("  ".join(cell.rjust(w) for cell, w in zip(row, widths)))
    if len(rows) > 1:
        first, last = rows[0], rows[-1]
        growth = float(last[5]) / max(float(first[5]), 1e-9)
        size = float(last[0].replace(",", "")) / float(first[0].replace(",", ""))
        print(
            f"batch link time grows {growth:.1f}x for {size:.0f}x the dominant actor's events (goal: <= 2 s at 12,000)"
        )


if __name__ == "__main__":
    import sys

    main(sys.argv[1:])
