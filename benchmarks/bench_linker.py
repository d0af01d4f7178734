"""The pure linker alone on one actor's events: how ``link_block`` grows (issue 14 part 1).

No database: ``--events`` sizes (default 10,000 / 20,000 / 40,000 / 80,000) of events
by one actor, shaped like the realistic generator's dominant actor (:func:`reports`:
400 goods with Zipf weights, 15 % naming none, one in ten undated, mostly impose),
grouped into blocks (event type and party; four types) and linked with
:func:`policykg.graph.measures.link_block`, as the build, the bulk path and the relink
do.  It prints the CPU seconds, the growth per doubling, and, up to ``--reference-max``
events, the seconds of the reference linker that scans every candidate
(``tests/linker_reference.py``, the linker before its indexes) and whether both give
the same measures.  Not a test: figures depend on the machine.

Run: ``python -m benchmarks.bench_linker [--events N ...] [--reference-max N]``.
"""

from __future__ import annotations

import argparse
import gc
import random
import time
from collections import defaultdict
from collections.abc import Callable
from typing import Any

from policykg.graph.measures import Report, block_of, link_block

# Shares counted on the realistic generator's (benchmarks/realistic.py) largest block at 100,000 events.
ITEM_COUNTS = {0: 15, 1: 64, 2: 12, 3: 5, 4: 2, 5: 1, 8: 1}
TARGET_COUNTS = {0: 31, 1: 60, 2: 5, 3: 2, 7: 1, 12: 1}
ACTION_SHARES = {
    "impose": 73,
    "suspend": 7,
    "lift": 5,
    "extend": 5,
    "threaten": 4,
    "request": 2,
    "approve": 2,
    "reject": 2,
}
TYPES = ("EXPORT_CONTROL", "TARIFF", "SANCTION", "EXPORT_BAN")
GOODS = [f"item:i{k}" for k in range(400)]
ZIPF = [1 / (k + 1) for k in range(len(GOODS))]


def _draw(rng: random.Random, shares: dict[Any, int]) -> Any:
    return rng.choices(list(shares), weights=list(shares.values()))[0]


def reports(n: int, seed: int = 14) -> dict[str, list[Report]]:
    """``n`` events of CHN as reports, by block: goods drawn with Zipf weights, as many goods,
    targets and actions as the realistic generator gives its dominant actor; one in ten undated."""
    rng = random.Random(seed)
    blocks: dict[str, list[Report]] = defaultdict(list)
    for k in range(n):
        items = set()
        for _ in range(_draw(rng, ITEM_COUNTS)):
            items.add(rng.choices(GOODS, weights=ZIPF)[0])
        targets = {f"C{rng.randrange(1, 60):02d}" for _ in range(_draw(rng, TARGET_COUNTS))}
        day = f"20{rng.randint(19, 25)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
        date = None if rng.random() < 0.1 else day
        action, type_ = _draw(rng, ACTION_SHARES), rng.choice(TYPES)
        blocks[block_of(type_, action, "CHN", targets)].append(
            Report(
                f"e{k:07d}",
                type_,
                action,
                "CHN",
                frozenset(items),
                frozenset(targets),
                date=date,
                until=f"20{rng.randint(25, 27)}-06-30"
                if action in ("suspend", "extend") and rng.random() < 0.5
                else None,
                published=f"{date if date and rng.random() < 0.7 else day}T08:00:00",
                articles=frozenset({f"a{k // 2:07d}"}),
                outlets=frozenset({f"o{k % 30}"}),
                value=(("rate", rng.choice([10, 25, 50])),) if rng.random() < 0.2 else (),
            )
        )
    return blocks


def timed(linker: Callable[[list[Report]], Any], blocks: dict[str, list[Report]]) -> tuple[float, int]:
    """CPU seconds to link every block, one after the other as the bulk path does (each block's
    measures dropped once counted), and how many measures."""
    gc.collect()
    start, count = time.process_time(), 0
    for b in sorted(blocks):
        count += len(linker(blocks[b]))
    return time.process_time() - start, count


def same(reference: Any, blocks: dict[str, list[Report]]) -> bool:
    """Whether the reference linker gives every block the same measures (not timed)."""
    return all(link_block(blocks[b]) == reference.link_block(blocks[b]) for b in sorted(blocks))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--events", type=int, nargs="*", default=[10_000, 20_000, 40_000, 80_000])
    parser.add_argument("--reference-max", type=int, default=20_000, help="run the scanning linker up to this size")
    args = parser.parse_args([] if argv is None else argv)
    try:
        from tests import linker_reference as reference
    except ImportError:  # an installed package without the tests
        reference = None
    rows, prev = [], None
    for n in args.events:
        blocks = reports(n)
        biggest = max(len(b) for b in blocks.values())
        seconds, measures = timed(link_block, blocks)
        row = [f"{n:,}", f"{biggest:,}", f"{measures:,}", f"{seconds:.2f}"]
        row.append(f"{seconds / prev:.2f}x" if prev else "-")
        prev = seconds
        if reference is not None and n <= args.reference_max:
            old, _ = timed(reference.link_block, blocks)
            row += [f"{old:.2f}", f"{old / max(seconds, 1e-9):.1f}x", "yes" if same(reference, blocks) else "NO"]
        else:
            row += ["-", "-", "-"]
        rows.append(row)
        print("  ".join(row), flush=True)
    header = ["events", "largest block", "measures", "CPU s", "vs previous", "scan CPU s", "speed-up", "same"]
    widths = [max(len(r[i]) for r in [header, *rows]) for i in range(len(header))]
    for row in [header, *rows]:
        print("  ".join(cell.rjust(w) for cell, w in zip(row, widths)))
    first, last = rows[0], rows[-1]
    size = int(last[0].replace(",", "")) / int(first[0].replace(",", ""))
    print(
        f"summary: pure linker, one actor: {last[0]} events in {last[3]} CPU s, "
        f"{float(last[3]) / max(float(first[3]), 1e-9):.1f}x for {size:.0f}x the events"
    )
    return 0 if all(r[-1] in ("yes", "-") for r in rows) else 1


if __name__ == "__main__":
    import sys

    sys.exit(main(sys.argv[1:]))
