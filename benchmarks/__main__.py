"""Run every ``benchmarks/bench_*.py`` module's ``main()``, in name order, on a server of their own.

``python -m benchmarks`` runs all; ``python -m benchmarks extract graph`` runs
the modules whose name contains one of the given words.  The exit code is the
first non-zero one a benchmark returned (a failed benchmark does not stop the
others).

The benchmarks clear the policykg graph of the database they use, so they never
use a user's: by default they start a managed Neo4j of their own, with its state
in ``out/bench-state`` (or ``POLICYKG_BENCH_STATE_DIR``) on a free port (or
``POLICYKG_BENCH_NEO4J_BOLT_PORT``), with the user's ``NEO4J_*`` settings removed,
and stop it at the end.  ``--server-from-env`` uses the server the environment
names instead (``NEO4J_URI``, or the managed instance of ``POLICYKG_STATE_DIR``),
and refuses it unless its database is empty.

Each benchmark may print lines starting with ``summary:``; they are repeated,
together, at the end: one screen of figures with their ratios.

``--smoke`` (or ``POLICYKG_BENCH_SMOKE=1``; ``make bench SMOKE=1``) runs every
benchmark at the small sizes of :data:`SMOKE_ARGS`: minutes instead of hours, to
check that the benchmarks run and print their summary; its figures are not the
ones to quote.
"""

from __future__ import annotations

import contextlib
import importlib
import io
import os
import pkgutil
import socket
import sys
import time
import traceback
from collections.abc import Iterator
from pathlib import Path

import benchmarks

ROOT = Path(__file__).resolve().parents[1]
USER_SERVER_VARS = (
    "NEO4J_URI",
    "NEO4J_USERNAME",
    "NEO4J_PASSWORD",
    "NEO4J_DATABASE",
    "XDG_STATE_HOME",
    "POLICYKG_NEO4J_BOLT_PORT",
)


# The smallest sizes each benchmark allows that still print every figure of its summary.
SMOKE_ARGS = {
    "bench_bulk": ["--events", "1000", "--dir", str(ROOT / "out" / "bench-bulk-smoke")],
    "bench_engines": ["--copies", "4"],
    "bench_extract": ["--words", "5000", "--memory-copies", "1", "2", "3"],
    "bench_link": ["--dominant", "1500", "3000", "--batch", "200", "--small", "20"],
    "bench_linker": ["--events", "2000", "4000", "--reference-max", "4000"],
    "bench_load": ["--events", "1000", "--naive", "20"],
    "bench_queries": ["--events", "2000", "--runs", "3", "--no-reuse"],
    "bench_stream": ["--events", "200", "--chunk-size", "50"],
}


def discover(words: list[str]) -> list[str]:
    """Names of the ``bench_*`` modules, filtered by ``words`` when given."""
    names = sorted(m.name for m in pkgutil.iter_modules(benchmarks.__path__) if m.name.startswith("bench_"))
    return [n for n in names if not words or any(w in n for w in words)]


class _Tee(io.TextIOBase):
    """Writes through to the terminal and keeps the ``summary:`` lines."""

    def __init__(self, out: io.TextIOBase | object) -> None:
        self.out, self.summaries, self._line = out, [], ""

    def write(self, text: str) -> int:
        self.out.write(text)  # type: ignore[attr-defined]
        self._line += text
        *done, self._line = self._line.split("\n")
        self.summaries += [line for line in done if line.startswith("summary:")]
        return len(text)

    def flush(self) -> None:
        self.out.flush()  # type: ignore[attr-defined]


def run(name: str, smoke: bool = False) -> tuple[int, float]:
    """Run one benchmark's ``main()`` (at its :data:`SMOKE_ARGS` sizes when ``smoke``): (exit code, seconds)."""
    args = SMOKE_ARGS.get(name) if smoke else None
    print(f"== {name}{' (smoke sizes: ' + ' '.join(args) + ')' if args else ''} ==", flush=True)
    start = time.perf_counter()
    try:
        module = importlib.import_module(f"benchmarks.{name}")
        code = (module.main() if args is None else module.main(args)) or 0
    except Exception:  # one broken benchmark must not hide the others' figures
        traceback.print_exc()
        code = 1
    seconds = time.perf_counter() - start
    print(f"== {name}: {'ok' if code == 0 else f'exit {code}'} in {seconds:.1f} s ==\n", flush=True)
    return int(code), seconds


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@contextlib.contextmanager
def own_server(env: dict[str, str] | os._Environ[str]) -> Iterator[None]:
    """A managed Neo4j of the benchmarks' own (never the user's data); stopped at the end."""
    from policykg.graph import server

    for key in USER_SERVER_VARS:
        env.pop(key, None)
    env["POLICYKG_STATE_DIR"] = env.get("POLICYKG_BENCH_STATE_DIR") or str(ROOT / "out" / "bench-state")
    env["POLICYKG_NEO4J_BOLT_PORT"] = env.get("POLICYKG_BENCH_NEO4J_BOLT_PORT") or str(_free_port())
    cfg = server.ServerConfig.from_env(env)
    started = server.start(cfg, announce=lambda line: print(line, flush=True))
    print(f"benchmarks: own Neo4j at {cfg.uri} (state {cfg.state_dir})", flush=True)
    try:
        yield
    finally:
        if started:
            server.stop(cfg)


def refuse_non_empty() -> str | None:
    """The refusal line when the environment's database holds any node, else None."""
    from policykg.graph import neo4j

    with neo4j.driver() as driver:
        records, _, _ = driver.execute_query("MATCH (n) RETURN count(n) AS n", database_=neo4j.database())
    n = records[0]["n"]
    return f"refusing to run the benchmarks: the database holds {n} node(s) and they clear it" if n else None


def main(argv: list[str]) -> int:
    from_env = "--server-from-env" in argv
    smoke = "--smoke" in argv or os.environ.get("POLICYKG_BENCH_SMOKE", "") not in ("", "0")
    words = [w for w in argv if w not in ("--server-from-env", "--smoke")]
    names = discover(words)
    if not names:
        print(f"no benchmark matches {' '.join(words)!r}", file=sys.stderr)
        return 2
    with contextlib.ExitStack() as stack:
        if from_env:
            refusal = refuse_non_empty()
            if refusal:
                print(refusal, file=sys.stderr)
                return 1
        else:
            stack.enter_context(own_server(os.environ))
        tee = _Tee(sys.stdout)
        with contextlib.redirect_stdout(tee):  # type: ignore[type-var]
            results = [(name, *run(name, smoke)) for name in names]
    print_summary(results, tee.summaries)
    return next((code for _, code, _ in results if code), 0)


def print_summary(results: list[tuple[str, int, float]], summaries: list[str]) -> None:
    print("== summary ==")
    for name, code, seconds in results:
        print(f"{name:<16} {'ok' if code == 0 else f'exit {code}':<7} {seconds:7.1f} s")
    for line in summaries:
        print(line.removeprefix("summary:").strip())


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
