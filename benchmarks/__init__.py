"""Benchmarks: speed and memory figures, printed as tables (never timed tests).

Run them all with ``python -m benchmarks`` (or ``make bench``), or only some
with ``python -m benchmarks extract`` (module names containing the word).
Each ``benchmarks/bench_<name>.py`` module exposes ``main() -> int | None``.
"""
