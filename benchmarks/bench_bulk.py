"""``policykg load --bulk`` vs ``policykg load``: the whole commands on the same events file, and peak RSS.

Writes gold-shaped events JSONL (:func:`benchmarks.realistic.write_jsonl`, in chunks,
never the whole input in memory) for each ``--events N`` (default 20,000;
``POLICYKG_BENCH_BULK_EVENTS``), kept in ``--dir`` for the next run, then on the
managed instance of ``POLICYKG_STATE_DIR`` / ``POLICYKG_NEO4J_BOLT_PORT``:

1. empties the database (not timed) and runs ``policykg load --bulk FILE`` in a child
   process: seconds, the peak RSS of that Python process (not of the neo4j-admin JVM
   it runs, about 600 MiB whatever the input), and the steps the command prints;
2. for the sizes in ``--transactional`` (default: the first size), empties it again and
   runs ``policykg load FILE`` (the transactional loader, same chunk size).

Rows are the nodes plus relationships the database holds after the load (the same
for both).  The ratio is over the whole command, reading and building included, as a
user runs it.  Not a test: figures depend on the machine.  It CLEARS the policykg
graph of the managed instance it uses, and refuses ``NEO4J_URI``.

Run: ``python -m benchmarks bulk`` or ``python -m benchmarks.bench_bulk --events 10000 100000
[--transactional 100000]``.
"""

from __future__ import annotations

import argparse
import os
import re
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def events_file(folder: Path, n_events: int) -> Path:
    """The generated events file of ``n_events`` (written once, in chunks)."""
    from benchmarks.realistic import write_jsonl

    path = folder / f"events-{n_events}.jsonl"
    if not path.exists():
        partial = path.with_suffix(".partial")
        write_jsonl(partial, n_events)
        partial.rename(path)
    return path


def clear() -> int:
    """Empty the policykg graph of the managed instance (started if needed); rows it held."""
    from policykg.graph import neo4j, server
    from policykg.graph.load import clear_graph

    server.start(server.ServerConfig.from_env())
    with neo4j.driver() as drv:
        summary = clear_graph(drv, neo4j.database())
    return summary.nodes_deleted + summary.relationships_deleted


# Runs policykg in this child and prints the child's OWN peak RSS (KiB), without neo4j-admin's JVM.
_MEASURE = (
    "import resource, sys; from policykg.cli import main; "
    "sys.stdout = sys.stderr; code = main(sys.argv[1:]); "
    "print(code, resource.getrusage(resource.RUSAGE_SELF).ru_maxrss, file=sys.__stdout__)"
)


def run(command: list[str]) -> tuple[float, float, str]:
    """(seconds, peak RSS MiB of the policykg process itself, output) of ``policykg COMMAND`` in a fresh child."""
    start = time.perf_counter()
    out = subprocess.run([sys.executable, "-c", _MEASURE, *command], capture_output=True, text=True, check=True)
    code, kib = out.stdout.split()
    if int(code) not in (0, 3):
        raise SystemExit(f"policykg {' '.join(command)} exited {code}:\n{out.stderr[-2000:]}")
    return time.perf_counter() - start, int(kib) / 1024, out.stderr


def held_rows(output: str) -> int:
    """Nodes + relationships from the ``database now holds: ...`` line (entities, events, ... relationships)."""
    line = next(x for x in output.splitlines() if x.startswith("database now holds:"))
    numbers = dict((w, int(n)) for n, w in re.findall(r"(\d+) (entities|events|articles|sources|relationships)", line))
    return sum(numbers.values())


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    default = int(os.environ.get("POLICYKG_BENCH_BULK_EVENTS", "20000"))
    parser.add_argument("--events", type=int, nargs="+", default=[default])
    parser.add_argument("--transactional", type=int, nargs="*", default=None, help="sizes also loaded transactionally")
    parser.add_argument("--dir", type=Path, default=ROOT / "out" / "bench-bulk", help="where the events files are kept")
    args = parser.parse_args([] if argv is None else argv)  # python -m benchmarks passes no argv
    from policykg.graph.bulk import check_managed

    check_managed()
    args.dir.mkdir(parents=True, exist_ok=True)
    both = set(args.events[:1] if args.transactional is None else args.transactional)
    results: dict[int, dict[str, tuple[float, float, int]]] = {}
    for n in args.events:
        path = events_file(args.dir, n)
        clear()
        secs, mib, output = run(["load", "--bulk", str(path)])
        steps = next(x for x in output.splitlines() if "bulk import:" in x).split("bulk import: ")[1]
        results[n] = {"bulk": (secs, mib, held_rows(output))}
        print(f"{n} events, load --bulk: {secs:.1f} s, peak RSS {mib:.0f} MiB; steps: {steps}", flush=True)
        if n in both:
            clear()
            secs, mib, output = run(["load", str(path)])
            results[n]["transactional"] = (secs, mib, held_rows(output))
            print(f"{n} events, load: {secs:.1f} s, peak RSS {mib:.0f} MiB", flush=True)
    print_table(results)
    return 0


def print_table(results: dict[int, dict[str, tuple[float, float, int]]]) -> None:
    print(f"{'events':>9} {'loader':14} {'rows':>11} {'seconds':>8} {'rows/s':>9} {'peak MiB':>9}")
    for n, runs in results.items():
        for name, (secs, mib, rows) in runs.items():
            print(f"{n:>9,} {name:14} {rows:>11,} {secs:>8.1f} {rows / secs:>9,.0f} {mib:>9.0f}")
        if "transactional" in runs:
            ratio = runs["transactional"][0] / runs["bulk"][0]
            print(f"summary: bulk / transactional at {n:,} events, whole command: {ratio:.1f}x (goal >= 10x)")
    sizes = sorted(results)
    if len(sizes) > 1:
        low, high = results[sizes[0]]["bulk"][1], results[sizes[-1]]["bulk"][1]
        print(f"summary: load --bulk peak RSS {sizes[-1]:,} / {sizes[0]:,} events = {high / low:.2f}")


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
