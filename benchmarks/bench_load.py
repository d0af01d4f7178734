"""Load throughput: the fast loader vs the legacy batched loader vs a naive one-row-per-transaction loader.

Generates a synthetic policy graph (default 100,000 events shaped like the
labelled data, see :mod:`benchmarks.realistic`; ``--mode uniform`` for the
earlier generator with about 25 relationships per event), builds it with :func:`policykg.graph.build.build_graph`, clears the
policykg graph in the configured Neo4j database and loads it with
:func:`policykg.graph.load.load_graph` twice, with ``strategy="legacy"`` (one
writer, every row MERGEd: the loader before issue 14) and ``strategy="fast"``
(CREATE what is new, ``--writers`` in parallel), then re-loads it (a no-op).  It
also loads a subset (default 1,000 events) with the legacy loader and one
``execute_write`` per row.  It prints events/s, rows/s (nodes and relationships
written) and the ratios, all measured in the same run.  Not a test: figures
depend on the machine.

Run: ``python -m benchmarks`` (all benchmarks) or ``python -m benchmarks.bench_load
[--events N] [--naive N] [--writers N]``.  It CLEARS the policykg graph of the database it uses.
"""

from __future__ import annotations

import argparse
import os
import random
import resource
import time
from pathlib import Path
from typing import Any

from policykg.extract.models import ACTIONS, EVENT_TYPES, Article, ArticleRecord, Entity, Event

ENTITY_POOLS = {"Country": 200, "Bloc": 5, "Agency": 600, "Firm": 1500, "Person": 300, "Element": 60, "Item": 800}


def make_entities(rng: random.Random) -> dict[str, list[Entity]]:
    """A few thousand entities, ``{label: [Entity, ...]}``, with contract-shaped ids."""
    prefix = {
        "Country": "C",
        "Bloc": "B",
        "Agency": "org:agency_",
        "Firm": "org:firm_",
        "Person": "person:p_",
        "Element": "element:E",
        "Item": "item:i_",
    }
    return {
        label: [
            Entity(
                f"{prefix[label]}{n}",
                label,
                f"{label} {n}",
                country=f"C{rng.randrange(200)}" if label in ("Agency", "Firm") else None,
            )
            for n in range(size)
        ]
        for label, size in ENTITY_POOLS.items()
    }


def make_event(rng: random.Random, pools: dict[str, list[Entity]]) -> tuple[Event, set[Entity]]:
    main = rng.choice(pools["Country"] + pools["Bloc"][:1])
    co = rng.sample(pools["Agency"] + pools["Person"], rng.randint(0, 2))
    items = rng.sample(pools["Element"] + pools["Item"], rng.randint(1, 5))
    targets = rng.sample(pools["Country"] + pools["Firm"], rng.randint(0, 3))
    day = f"20{rng.randint(20, 25)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
    event = Event(
        rng.choice(EVENT_TYPES),
        rng.choice(ACTIONS),
        tuple(e.id for e in [main, *co]),
        tuple(e.id for e in items),
        tuple(e.id for e in targets),
        date=day,
        value=(("rate_pct", rng.randint(1, 100)),) if rng.random() < 0.3 else (),
        evidence=f"evidence {rng.random():.6f}",
        evidence_start=0,
        evidence_end=17,
    )
    return event, {main, *co, *items, *targets}


def make_records(
    n_events: int, seed: int = 7, events_per_article: int = 5, mode: str = "realistic"
) -> list[ArticleRecord]:
    """``n_events`` events in articles.

    ``mode="realistic"`` (the default): shaped like the labelled data, one dominant
    actor, about 10 relationships per event (:mod:`benchmarks.realistic`;
    ``events_per_article`` is then taken from the gold).  ``mode="uniform"``: the
    earlier generator, actors spread evenly, each event in 1-4 articles, about 25
    relationships per event.
    """
    if mode == "realistic":
        from benchmarks import realistic

        return realistic.make_records(n_events, seed)
    if mode != "uniform":
        raise ValueError(f"mode must be 'realistic' or 'uniform', not {mode!r}")
    rng = random.Random(seed)
    pools = make_entities(rng)
    n_articles = max(1, n_events * 5 // 2 // events_per_article)
    per_article: list[list[tuple[Event, set[Entity]]]] = [[] for _ in range(n_articles)]
    for _ in range(n_events):
        event = make_event(rng, pools)
        for a in rng.sample(range(n_articles), min(n_articles, rng.randint(1, 4))):
            per_article[a].append(event)
    records = []
    for n, pairs in enumerate(per_article):
        entities = sorted({e for _, ents in pairs for e in ents}, key=lambda e: e.id)
        day = f"2025-{n % 12 + 1:02d}-{n % 28 + 1:02d}T{n % 24:02d}:00:00"
        article = Article(f"Article {n}", "", source=f"Source {n % 40}", published=day, article_id=f"bench{n:07d}")
        records.append(ArticleRecord(article, "en", tuple(entities), tuple(ev for ev, _ in pairs)))
    return records


def naive_load(driver: Any, graph: Any, database: str) -> None:
    """The baseline: every node and relationship row in its own write transaction."""
    from policykg.graph.build import graph_to_rows
    from policykg.graph.load import NODE_QUERIES, REL_QUERIES, cypher, merge_tx

    rows = graph_to_rows(graph)
    with driver.session(database=database) as session:
        for table, queries in ((rows.nodes, NODE_QUERIES), (rows.rels, REL_QUERIES)):
            for name, query_name in queries.items():
                query = cypher(query_name)
                for row in table[name]:
                    session.execute_write(merge_tx, query, [row])
        for query_name, items in (
            ("update_event_reports", [{"key": r["key"]} for r in rows.nodes["Event"]]),
            ("merge_acts_on_rel", rows.rels["ACTS_ON"]),
        ):
            query = cypher(query_name)
            for row in items:
                session.execute_write(merge_tx, query, [row])


def timed(func: Any, *args: Any, **kwargs: Any) -> tuple[float, Any]:
    start = time.perf_counter()
    result = func(*args, **kwargs)
    return time.perf_counter() - start, result


def server_pid() -> int | None:
    """The managed Neo4j's pid (None for a user's server: its CPU is not ours to read)."""
    from policykg.graph import neo4j, server

    if neo4j.uses_external():
        return None
    return server.running_pid(server.ServerConfig.from_env())


def cpu_seconds(pid: int | None) -> tuple[float, float | None]:
    """``(client, server)`` CPU seconds so far: this process (all threads) and the server (``/proc``)."""
    usage = resource.getrusage(resource.RUSAGE_SELF)
    if pid is None:
        return usage.ru_utime + usage.ru_stime, None
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return usage.ru_utime + usage.ru_stime, (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def cpu_used(before: tuple[float, float | None], after: tuple[float, float | None]) -> str:
    """``client + server`` CPU seconds from ``before`` to ``after`` (less noisy than wall time)."""
    used = f"client {after[0] - before[0]:.1f}"
    return used + ("" if after[1] is None or before[1] is None else f" + server {after[1] - before[1]:.1f}")


def timed_cpu(pid: int | None, *args: Any, **kwargs: Any) -> tuple[float, Any, str]:
    """:func:`timed` of ``load_graph``, with the CPU seconds of its write phase (up to the relinking)."""
    from policykg.graph import load

    marks: list[tuple[float, float | None]] = []
    relink = load.relink_measures

    def mark_then_relink(*a: Any, **k: Any) -> Any:
        marks.append(cpu_seconds(pid))
        return relink(*a, **k)

    load.relink_measures = mark_then_relink
    try:
        before = cpu_seconds(pid)
        seconds, result = timed(load.load_graph, *args, **kwargs)
    finally:
        load.relink_measures = relink
    return seconds, result, cpu_used(before, marks[0])


def node_rel_counts(driver: Any, database: str) -> tuple[int, int]:
    from policykg.graph.load import read_graph

    graph = read_graph(driver, database)
    return graph.number_of_nodes(), graph.number_of_edges()


def run(
    driver: Any, database: str, n_events: int, n_naive: int, batch_size: int, writers: int
) -> list[tuple[str, ...]]:
    from policykg.graph.build import build_graph
    from policykg.graph.load import apply_schema, clear_graph, count_rows, load_graph

    apply_schema(driver, database)
    table = []
    small = build_graph(make_records(n_naive, seed=11))
    clear_graph(driver, database)
    t_naive, _ = timed(naive_load, driver, small, database)
    table.append(("naive, 1 tx per row", small, t_naive, t_naive))
    clear_graph(driver, database)
    split: dict[str, float] = {}
    t_small, _ = timed(load_graph, driver, small, database, batch_size=batch_size, strategy="legacy", timings=split)
    table.append((f"legacy ({batch_size}/tx)", small, t_small, split["write"]))
    t_gen, records = timed(make_records, n_events)
    t_build, graph = timed(build_graph, records)
    loads = {}
    pid = server_pid()
    cpu = {}
    for strategy in ("legacy", "fast"):
        clear_graph(driver, database)
        options = {"batch_size": batch_size, "strategy": strategy, "writers": writers, "timings": split}
        seconds, loads[strategy], cpu[strategy] = timed_cpu(pid, driver, graph, database, **options)
        name = f"{strategy} ({batch_size}/tx" + (f", {writers} writers)" if strategy == "fast" else ")")
        table.append((name, graph, seconds, split["write"]))
    t_again, again = timed(load_graph, driver, graph, database, batch_size=batch_size, writers=writers, timings=split)
    table.append(("fast, re-load (no-op)", graph, t_again, split["write"]))
    print(
        f"generated {len(records)} articles in {t_gen:.1f} s; build_graph {graph.number_of_nodes()} nodes, "
        f"{graph.number_of_edges()} relationships ({count_rows(graph)} rows to write) in {t_build:.1f} s"
    )
    for strategy, summary in loads.items():
        print(f"{strategy}: {summary.line()}")
        print(f"{strategy}: CPU seconds writing {cpu[strategy]}")
    print(f"re-load created {again.nodes_created} nodes, {again.relationships_created} relationships")
    print(f"in Neo4j after the loads (nodes, relationships): {node_rel_counts(driver, database)}")
    clear_graph(driver, database)
    return [_row(*entry) for entry in table]


def _row(name: str, graph: Any, seconds: float, write: float) -> tuple[str, ...]:
    """Events/s over the whole load (writing and linking); rows/s over writing alone."""
    from policykg.graph.load import count_rows

    events = sum(1 for _, a in graph.nodes(data=True) if a["label"] == "Event")
    rows = count_rows(graph)
    return (
        name,
        str(events),
        str(rows),
        f"{seconds:.1f}",
        f"{events / seconds:,.0f}",
        f"{write:.1f}",
        f"{rows / write:,.0f}",
    )


def print_table(rows: list[tuple[str, ...]]) -> None:
    header = ("loader", "events", "rows", "seconds", "events/s", "write s", "write rows/s")
    widths = [max(len(r[i]) for r in [header, *rows]) for i in range(len(header))]
    for row in [header, *rows]:
        print("  ".join(cell.ljust(w) if i == 0 else cell.rjust(w) for i, (cell, w) in enumerate(zip(row, widths))))


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--events", type=int, default=100_000)
    parser.add_argument("--naive", type=int, default=1_000)
    parser.add_argument("--batch-size", type=int, default=1000)
    parser.add_argument("--writers", type=int, default=2)
    args = parser.parse_args([] if argv is None else argv)  # python -m benchmarks passes no argv
    from policykg.graph import neo4j

    with neo4j.driver() as driver:
        rows = run(driver, neo4j.database(), args.events, args.naive, args.batch_size, args.writers)
    print_table(rows)
    rate = {row[0].split(" (")[0]: float(row[6].replace(",", "")) for row in rows}
    naive, legacy_small = float(rows[0][6].replace(",", "")), float(rows[1][6].replace(",", ""))
    print(f"ratio legacy batched / naive (same {args.naive} events): {legacy_small / naive:.1f}x (goal >= 20x)")
    print(
        f"ratio fast / legacy (same {args.events} events, same run): {rate['fast'] / rate['legacy']:.2f}x "
        f"({rate['fast']:,.0f} vs {rate['legacy']:,.0f} rows/s written; goal >= 3x)"
    )
    print(
        f"summary: load {rows[3][1]} events: fast {rate['fast']:,.0f} rows/s written, "
        f"{rate['fast'] / rate['legacy']:.2f}x the legacy loader in the same run"
    )


if __name__ == "__main__":
    import sys

    main(sys.argv[1:])
