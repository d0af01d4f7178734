"""Run every ``benchmarks/bench_*.py`` module's ``main()``, in name order.

``python -m benchmarks`` runs all; ``python -m benchmarks extract graph`` runs
the modules whose name contains one of the given words.  The exit code is the
first non-zero one a benchmark returned (a failed benchmark does not stop the
others).
"""

from __future__ import annotations

import importlib
import pkgutil
import sys
import time
import traceback

import benchmarks


def discover(words: list[str]) -> list[str]:
    """Names of the ``bench_*`` modules, filtered by ``words`` when given."""
    names = sorted(m.name for m in pkgutil.iter_modules(benchmarks.__path__) if m.name.startswith("bench_"))
    return [n for n in names if not words or any(w in n for w in words)]


def run(name: str) -> int:
    print(f"== {name} ==", flush=True)
    start = time.perf_counter()
    try:
        code = importlib.import_module(f"benchmarks.{name}").main() or 0
    except Exception:  # one broken benchmark must not hide the others' figures
        traceback.print_exc()
        code = 1
    print(f"== {name}: {'ok' if code == 0 else f'exit {code}'} in {time.perf_counter() - start:.1f} s ==\n", flush=True)
    return int(code)


def main(argv: list[str]) -> int:
    names = discover(argv)
    if not names:
        print(f"no benchmark matches {' '.join(argv)!r}", file=sys.stderr)
        return 2
    codes = [run(name) for name in names]
    return next((c for c in codes if c), 0)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
