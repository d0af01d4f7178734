"""The lean chunk rows of ``load --bulk`` (graph/bulk_rows.py) are the general build's rows.

The gold files (the seed gold and the held-out golds, as in tests/integration/test_bulk.py)
go in chunks of 7 articles with the first 10 repeated in a last chunk, through both
paths: ``build_unlinked`` + ``write_chunk`` and ``chunk_rows`` + ``write_rows_chunk``.
They must write the same CSV rows, spill the same event parts, and leave the same late
merges and counts.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from policykg.graph.build import build_unlinked
from policykg.graph.bulk_csv import CsvSink
from policykg.graph.bulk_rows import chunk_rows
from policykg.graph.bulk_stream import Seen, Spill, read_blocks, write_chunk, write_rows_chunk
from policykg.graph.events_io import read_events_paths

ROOT = Path(__file__).resolve().parents[2]
GOLD = [
    ROOT / "data" / "gold" / "seed-gold.jsonl",
    ROOT / "tests" / "data" / "heldout" / "gold.jsonl",
    *sorted((ROOT / "tests" / "data" / "heldout").glob("*/gold.jsonl")),
]


def _written(folder: Path, lean: bool, chunks: list[Any]) -> tuple[dict[str, list[str]], dict[str, Any], Seen]:
    """(CSV data rows by header, spilled events by key, what was seen) of one path."""
    sink, spill, seen = CsvSink(folder / "csv"), Spill(folder / "spill"), Seen()
    for chunk in chunks:
        if lean:
            write_rows_chunk(chunk_rows(chunk), sink, spill, seen)
        else:
            write_chunk(build_unlinked(chunk), sink, spill, seen)
    sink.close()
    rows: dict[str, list[str]] = {}
    for header in sorted((folder / "csv").glob("*.header.csv")):
        data = header.with_name(header.name.replace(".header", ""))
        rows.setdefault(header.read_text(), []).extend(data.read_text().splitlines())
    events = {part[0]["key"]: part for block in read_blocks(spill.close()) for part in block}
    return {h: sorted(r) for h, r in rows.items()}, events, seen


@pytest.mark.parametrize("size", [7, 2000])
def test_lean_rows_write_what_the_build_writes(tmp_path: Path, size: int) -> None:
    records = read_events_paths([str(p) for p in GOLD]).records
    chunks = [records[n : n + size] for n in range(0, len(records), size)] + [records[:10]]
    built_rows, built_events, built = _written(tmp_path / "built", False, chunks)
    lean_rows, lean_events, lean = _written(tmp_path / "lean", True, chunks)
    assert lean_rows == built_rows
    assert lean_events == built_events
    assert len(lean_events) == 173
    late = {name: sorted(json.dumps(r, sort_keys=True) for r in rows) for name, rows in lean.late.items()}
    assert late == {name: sorted(json.dumps(r, sort_keys=True) for r in rows) for name, rows in built.late.items()}
    assert (lean.keys, lean.entities, lean.nodes, lean.relationships) == (
        built.keys,
        built.entities,
        built.nodes,
        built.relationships,
    )
