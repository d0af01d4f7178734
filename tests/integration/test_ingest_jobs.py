"""``policykg ingest --jobs 2`` extracts in worker processes and loads the graph of ``--jobs 1``."""

from __future__ import annotations

from pathlib import Path

import pytest

from policykg.cli import main
from tests.helpers import MULTI_FORMAT_INPUTS, graph_nodes, graph_rels

pytestmark = pytest.mark.neo4j

INPUTS = MULTI_FORMAT_INPUTS


def _graph(driver) -> tuple[set, set, set]:
    return (
        graph_nodes(driver, "Event", ["key", "summary", "n_sources"]),
        graph_nodes(driver, "Country", ["id"]),
        graph_rels(driver, "MENTIONS"),
    )


def test_ingest_jobs_2_saves_and_loads_what_jobs_1_does(clean_db, tmp_path: Path, capsys) -> None:
    one, two = tmp_path / "one.jsonl", tmp_path / "two.jsonl"
    assert main(["ingest", *INPUTS, "--jobs", "2", "--out", str(two)]) == 0
    loaded_by_two = _graph(clean_db)
    assert main(["ingest", *INPUTS, "--replace", "--jobs", "1", "--out", str(one)]) == 0
    assert two.read_bytes() == one.read_bytes()
    assert _graph(clean_db) == loaded_by_two
    assert len(loaded_by_two[0]) > 10
    capsys.readouterr()
