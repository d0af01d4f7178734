"""Extraction on Dask (local mode): the same records, in the same order, as the in-process path."""

from __future__ import annotations

from pathlib import Path

import pytest

from policykg.cli import main
from policykg.extract.distributed import extract_on_dask, local_client
from policykg.extract.pipeline import extract_articles
from policykg.extract.read import read_paths
from tests.helpers import MULTI_FORMAT_INPUTS

pytestmark = pytest.mark.slow

ROOT = Path(__file__).resolve().parents[2]
INPUTS = MULTI_FORMAT_INPUTS


@pytest.fixture(scope="module")
def client():
    with local_client(2) as dask_client:
        yield dask_client


def test_dask_gives_the_in_process_records_in_order(client) -> None:
    articles = read_paths(INPUTS).articles
    records = list(extract_on_dask(articles, client, chunk_size=4, window=3))
    assert records == list(extract_articles(articles))
    assert len(records) == len(articles) > 4 * 3


def test_extract_dask_local_writes_the_bytes_of_jobs_1(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    broken = str(ROOT / "tests" / "data" / "hostile" / "broken_line.jsonl")
    one, dask = tmp_path / "one.jsonl", tmp_path / "dask.jsonl"
    assert main(["extract", broken, *INPUTS, "--out", str(one), "--jobs", "1"]) == 3
    err_one = capsys.readouterr().err
    assert main(["extract", broken, *INPUTS, "--out", str(dask), "--dask", "local", "--jobs", "2"]) == 3
    err_dask = capsys.readouterr().err
    assert one.read_bytes() == dask.read_bytes()
    skipped = [line for line in err_one.splitlines() if line.startswith(broken)]
    assert skipped != [] and skipped == [line for line in err_dask.splitlines() if line.startswith(broken)]


def test_unreachable_scheduler_is_one_line_error(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code = main(["extract", INPUTS[0], "--out", str(tmp_path / "x.jsonl"), "--dask", "tcp://127.0.0.1:9"])
    assert code == 1
    assert "policykg: error: cannot reach the Dask scheduler at tcp://127.0.0.1:9" in capsys.readouterr().err
    assert not (tmp_path / "x.jsonl").exists()
