"""Peak memory of a streaming ``policykg load`` and ``export``: 1x and 10x the input, same chunk size.

Writes synthetic events JSONL (:func:`benchmarks.bench_load.make_records`) of
``--events`` and 10 x ``--events`` events, then runs ``policykg load --replace
--chunk-size N``, ``policykg export --from-neo4j`` of what it loaded (JSON, CSV and
GraphML, all streamed) and ``policykg export`` from the events file (JSON and
GraphML: both build the whole graph) on each in a subprocess and reads the
child's peak RSS (``resource.getrusage(RUSAGE_CHILDREN).ru_maxrss``, each run in
its own fresh helper process so the figure is that run's alone).  Prints the
figures and each ratio (goal for the streamed commands: 10x / 1x <= 1.3).  Not a test.

Run: ``python -m benchmarks stream`` or ``python -m benchmarks.bench_stream
[--events N] [--chunk-size N]``.  It CLEARS the policykg graph of the database it uses.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from benchmarks.bench_load import make_records

# Runs one command in a child and prints that child's peak RSS in KiB (Linux ru_maxrss).
_MEASURE = (
    "import resource, subprocess, sys; "
    "code = subprocess.call(sys.argv[1:], stdout=subprocess.DEVNULL); "
    "print(code, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)"
)


def write_events(path: Path, n_events: int) -> int:
    """Synthetic events JSONL with ``n_events`` events; returns the number of article lines."""
    records = make_records(n_events)
    with path.open("w", encoding="utf-8") as out:
        for record in records:
            out.write(json.dumps(record.to_json(), ensure_ascii=False) + "\n")
    return len(records)


def peak_rss(command: list[str]) -> tuple[int, float, float]:
    """(exit code, peak RSS in MiB, seconds) of ``command`` run in a fresh child."""
    start = time.perf_counter()
    out = subprocess.run([sys.executable, "-c", _MEASURE, *command], capture_output=True, text=True, check=True)
    code, kib = out.stdout.split()
    return int(code), int(kib) / 1024, time.perf_counter() - start


STREAMED = ("load", "export-neo4j json", "export-neo4j csv", "export-neo4j graphml")


def commands(policykg: str, events: Path, tmp: Path, chunk_size: int) -> dict[str, list[str]]:
    """The measured commands, in order: the load fills the database the ``--from-neo4j`` exports read."""
    export = [policykg, "export", "--format"]
    return {
        "load": [policykg, "load", "--replace", "--chunk-size", str(chunk_size), str(events)],
        "export-neo4j json": [*export, "json", "--out", str(tmp / "db.json"), "--from-neo4j"],
        "export-neo4j csv": [*export, "csv", "--out", str(tmp / "db-csv"), "--from-neo4j"],
        "export-neo4j graphml": [*export, "graphml", "--out", str(tmp / "db.graphml"), "--from-neo4j"],
        "export events json": [*export, "json", "--out", str(tmp / "out.json"), str(events)],
        "export events graphml": [*export, "graphml", "--out", str(tmp / "out.graphml"), str(events)],
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--events", type=int, default=4000)
    parser.add_argument("--chunk-size", type=int, default=500)
    args = parser.parse_args([] if argv is None else argv)
    policykg = str(Path(sys.executable).with_name("policykg"))
    results: dict[str, list[tuple[int, int, float, float]]] = {}
    with tempfile.TemporaryDirectory(prefix="policykg-bench-stream-") as tmp:
        for scale in (1, 10):
            path = Path(tmp) / f"events-{scale}x.jsonl"
            articles = write_events(path, args.events * scale)
            for name, command in commands(policykg, path, Path(tmp), args.chunk_size).items():
                code, mib, secs = peak_rss(command)
                if code:
                    print(f"{name} {scale}x exited {code}", file=sys.stderr)
                    return 1
                results.setdefault(name, []).append((scale, articles, mib, secs))
    print(f"chunk size {args.chunk_size} articles; peak RSS of the policykg process")
    for name, rows in results.items():
        for scale, articles, mib, secs in rows:
            print(f"{name:20s} {scale:2d}x  {articles:7d} articles  {mib:8.1f} MiB  {secs:6.1f} s")
    ratio = {name: f"{name} {rows[1][2] / rows[0][2]:.2f}" for name, rows in results.items()}
    streamed = ", ".join(ratio[name] for name in STREAMED)
    whole = ", ".join(text for name, text in ratio.items() if name not in STREAMED)
    print(f"summary: peak RSS 10x / 1x input, streamed: {streamed} (goal <= 1.3)")
    print(f"summary: peak RSS 10x / 1x input, whole graph in memory: {whole}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
