"""`policykg ingest --out` saves what it extracted; `load` and `ingest` end with the database totals."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from policykg.cli import main
from policykg.cli.graph_cmd import totals_line
from policykg.graph.events_io import read_events
from policykg.queries import run_query

pytestmark = pytest.mark.neo4j

ROOT = Path(__file__).resolve().parents[2]


def _totals(driver: Any) -> str:
    df = run_query("totals", driver)
    return totals_line(dict(zip(df["what"], df["n"])))


def test_ingest_out_saves_the_events_load_reads(clean_db, capsys, tmp_path: Path) -> None:
    out = tmp_path / "saved" / "events.jsonl"
    assert main(["ingest", str(ROOT / "data" / "corpus"), "--out", str(out)]) == 0
    printed = capsys.readouterr().out.splitlines()
    saved = read_events(out)
    assert saved.skipped == () and len(saved.records) == 13
    assert f"wrote 13 article records to {out}" in printed
    assert printed[-1] == _totals(clean_db)
    assert printed[-1].startswith("database now holds: ")
    # Loading the saved file again changes nothing, and says the same totals.
    assert main(["load", str(out)]) == 0
    assert capsys.readouterr().out.splitlines()[-1] == printed[-1]
