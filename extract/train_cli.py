"""The command line the training commands share (``make train``, ``train-dates``, ``train-actor``, ``train-merge``).

Each reads a labelled train split and a committed config, runs its own pure ``run(train_dir, dev_dir, cfg)`` to an
artefact (a JSON object with ``enabled`` set by its one dev check), writes it, and prints its own ``report``.  Bad
input is one line on stderr and exit code 1.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from policykg import PolicyKGError

Run = Callable[[Path, Path | None, dict[str, Any]], dict[str, Any]]


def train_main(
    module: str,
    doc: str | None,
    defaults: tuple[Path, Path],
    run: Run,
    report: Callable[[dict[str, Any]], str],
    argv: Sequence[str] | None = None,
) -> int:
    """Parse ``TRAIN_DIR --dev DEV_DIR [--config CFG] [--out JSON]``, train, write the artefact, print the report."""
    parser = argparse.ArgumentParser(prog=f"python -m {module}", description=(doc or "").split("\n")[0])
    parser.add_argument("train_dir", type=Path, help="labelled split: articles.jsonl + gold.jsonl")
    parser.add_argument("--dev", type=Path, help="dev split, checked once (the artefact is enabled only if dev gains)")
    parser.add_argument("--config", type=Path, default=defaults[0])
    parser.add_argument("--out", type=Path, default=defaults[1])
    args = parser.parse_args(argv)
    try:
        cfg = json.loads(args.config.read_text(encoding="utf-8"))
        artefact = run(args.train_dir, args.dev, cfg)
    except (PolicyKGError, OSError, KeyError, ValueError) as exc:
        print(f"policykg: error: {exc}", file=sys.stderr)
        return 1
    args.out.write_text(json.dumps(artefact, ensure_ascii=False, sort_keys=True, indent=1) + "\n", encoding="utf-8")
    print(report(artefact))
    print(f"wrote {args.out}")
    return 0
