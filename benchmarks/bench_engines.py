"""Past one machine: the same pure chunk function on a process pool, Dask, Ray and Spark (issue 14, item 7).

Each engine runs :func:`policykg.extract.parallel.extract_chunk` over the same
chunks of the sample corpus replicated (titles marked per copy), in local mode
with two worker processes, in a fresh child process of its own.  Printed per
engine: start-up (cluster up), the first pass (workers import policykg and
build the pipeline), the second pass (warm: the steady state), articles/s of
the warm pass, the ratio to the process pool of ``--jobs 2``, the CPU seconds the warm pass
cost in every process of the engine (driver, workers, daemons, JVM: the
figure a shared machine does not distort), and whether the
records equal the in-process ones.  Engines that are not installed are listed
as such (``pip install 'policykg[dask]'``, ``pip install ray``, ``pip install
pyspark``).  Install sizes are not measured here; docs/scale.md gives them
(``du`` of a fresh virtualenv with only that engine).
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from dataclasses import replace
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
COPIES = 40
CHUNK = 64  # as extract/distributed.py sends
WORKERS = 2
ENGINES = ("process pool", "dask", "ray", "spark")
MODULES = {"dask": "distributed", "ray": "ray", "spark": "pyspark", "process pool": "concurrent"}


def corpus_chunks(copies: int = COPIES, chunk: int = CHUNK) -> list[list]:
    """The sample corpus, ``copies`` times with marked titles, cut into chunks of ``chunk`` articles."""
    from policykg.extract.read import read_paths

    base = read_paths([str(ROOT / "data" / "corpus")]).articles
    articles = [replace(a, title=f"{a.title} #{i}") for i in range(copies) for a in base]
    return [articles[i : i + chunk] for i in range(0, len(articles), chunk)]


def _pool(chunks: list[list]) -> tuple[float, object]:
    from concurrent.futures import ProcessPoolExecutor

    from policykg.extract.parallel import _context, extract_chunk
    from policykg.extract.pipeline import load_pipeline

    start = time.perf_counter()
    load_pipeline()  # as --jobs does: forked workers inherit the built pipeline
    pool = ProcessPoolExecutor(max_workers=WORKERS, mp_context=_context())
    return time.perf_counter() - start, (lambda cs: [r for c in pool.map(extract_chunk, cs) for r in c], pool.shutdown)


def _dask(chunks: list[list]) -> tuple[float, object]:
    from policykg.extract.distributed import extract_on_dask, local_client

    start = time.perf_counter()
    client = local_client(WORKERS)
    up = time.perf_counter() - start
    return up, (lambda cs: list(extract_on_dask([a for c in cs for a in c], client, chunk_size=CHUNK)), client.close)


def _ray(chunks: list[list]) -> tuple[float, object]:
    import ray

    from policykg.extract.parallel import extract_chunk

    start = time.perf_counter()
    ray.init(num_cpus=WORKERS, include_dashboard=False, log_to_driver=False)
    task = ray.remote(extract_chunk)
    up = time.perf_counter() - start
    return up, (lambda cs: [r for c in ray.get([task.remote(c) for c in cs]) for r in c], ray.shutdown)


def _spark(chunks: list[list]) -> tuple[float, object]:
    os.environ.setdefault("PYSPARK_PYTHON", sys.executable)
    from pyspark.sql import SparkSession

    from policykg.extract.parallel import extract_chunk

    start = time.perf_counter()
    spark = SparkSession.builder.master(f"local[{WORKERS}]").config("spark.ui.enabled", "false").getOrCreate()
    spark.sparkContext.setLogLevel("ERROR")
    up = time.perf_counter() - start

    def run(cs: list[list]) -> list:
        return [r for c in spark.sparkContext.parallelize(cs, len(cs)).map(extract_chunk).collect() for r in c]

    return up, (run, spark.stop)


def child(engine: str, copies: int = COPIES) -> dict:
    """Run one engine: start-up, a cold pass and a warm pass; compare with the in-process records."""
    from policykg.extract.pipeline import extract_articles

    chunks = corpus_chunks(copies)
    starter = {"process pool": _pool, "dask": _dask, "ray": _ray, "spark": _spark}[engine]
    up, (run, stop) = starter(chunks)
    start = time.perf_counter()
    run(chunks)
    cold = time.perf_counter() - start
    start, cpu = time.perf_counter(), cpu_tree()
    records = run(chunks)
    warm, cpu = time.perf_counter() - start, cpu_tree() - cpu
    stop()
    same = records == list(extract_articles([a for c in chunks for a in c]))
    return {"up": up, "cold": cold, "warm": warm, "cpu": cpu, "articles": sum(map(len, chunks)), "same": same}


def cpu_tree() -> float:
    """CPU seconds (user + system) used so far by this process and every live descendant (workers, JVM)."""
    import psutil

    me = psutil.Process()
    total = 0.0
    for proc in (me, *me.children(recursive=True)):
        try:
            times = proc.cpu_times()
        except psutil.Error:
            continue
        total += times.user + times.system
    return total


def _run(engine: str, copies: int) -> dict:
    code = f"import json; from benchmarks.bench_engines import child; print(json.dumps(child({engine!r}, {copies})))"
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT)
    lines = proc.stdout.strip().splitlines()
    if proc.returncode or not lines:
        return {"error": (proc.stderr.strip().splitlines() or ["no output"])[-1][:80]}
    return json.loads(lines[-1])


def main(argv: list[str] | None = None) -> int:
    import argparse
    import importlib.util

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--copies", type=int, default=COPIES, help="copies of the sample corpus")
    args = parser.parse_args([] if argv is None else argv)  # python -m benchmarks passes no argv
    rows = [
        ("engine", "start s", "first pass s", "warm pass s", "articles/s", "vs pool", "CPU s (all processes)", "same")
    ]
    base = None
    for engine in ENGINES:
        if importlib.util.find_spec(MODULES[engine]) is None:
            rows.append((engine, "not installed", "", "", "", "", "", ""))
            continue
        r = _run(engine, args.copies)
        if "error" in r:
            rows.append((engine, f"n/a ({r['error']})", "", "", "", "", "", ""))
            continue
        rate = r["articles"] / r["warm"]
        base = base or rate
        cells = (f"{r['up']:.2f}", f"{r['cold']:.2f}", f"{r['warm']:.2f}", f"{rate:,.0f}", f"{rate / base:.2f}")
        rows.append((engine, *cells, f"{r['cpu']:.2f}", "yes" if r["same"] else "NO"))
    print(f"The same chunk function, {WORKERS} local workers, sample corpus x{args.copies} in chunks of {CHUNK}")
    widths = [max(len(r[i]) for r in rows) for i in range(len(rows[0]))]
    for i, row in enumerate(rows):
        print("  ".join(c.ljust(w) for c, w in zip(row, widths)).rstrip())
        if i == 0:
            print("  ".join("-" * w for w in widths))
    cells = [f"{r[0]} {r[5]}x (same: {r[7]})" if r[7] else f"{r[0]} {r[1]}" for r in rows[1:]]
    print("summary: engines, warm-pass articles/s vs the process pool: " + "; ".join(cells))
    return 0 if all(r[-1] != "NO" for r in rows[1:]) else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
