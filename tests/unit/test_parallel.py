"""``--jobs``: extraction in worker processes writes exactly what the in-process path writes, in input order."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from policykg import EXIT_SKIPPED
from policykg.cli import main
from policykg.extract.parallel import CHUNK_SIZE, default_jobs, extract_chunk, extract_records
from policykg.extract.pipeline import extract_articles
from policykg.extract.read import read_paths
from tests.helpers import MULTI_FORMAT_INPUTS

ROOT = Path(__file__).resolve().parents[2]
HELDOUT = ROOT / "tests" / "data" / "heldout"
INPUTS = [
    *MULTI_FORMAT_INPUTS,
    str(HELDOUT / "c" / "articles.txt"),
]


def _extract(
    tmp_path: Path, inputs: list[str], jobs: int, capsys: pytest.CaptureFixture[str]
) -> tuple[int, bytes, str]:
    out = tmp_path / f"jobs{jobs}.jsonl"
    code = main(["extract", *inputs, "--out", str(out), "--jobs", str(jobs)])
    return code, out.read_bytes(), capsys.readouterr().err


def test_inputs_span_several_chunks() -> None:
    # More than one chunk, so --jobs 2 really runs in worker processes.
    assert len(read_paths(INPUTS).articles) > 2 * CHUNK_SIZE


def test_jobs_2_writes_the_same_bytes_as_jobs_1(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    one = _extract(tmp_path, INPUTS, 1, capsys)
    two = _extract(tmp_path, INPUTS, 2, capsys)
    assert one[0] == two[0] == 0
    assert one[1] == two[1]
    assert one[1].count(b"\n") == len(read_paths(INPUTS).articles)


def test_jobs_2_reports_bad_lines_and_goes_on(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    broken = str(ROOT / "tests" / "data" / "hostile" / "broken_line.jsonl")
    one = _extract(tmp_path, [broken, *INPUTS], 1, capsys)
    two = _extract(tmp_path, [broken, *INPUTS], 2, capsys)
    assert one[0] == two[0] == EXIT_SKIPPED
    assert one[1] == two[1]
    assert one[2] == two[2]
    assert (
        [line for line in two[2].splitlines() if line.startswith(broken)]
        == [line for line in read_paths([broken]).messages() if line.startswith(broken)]
        != []
    )


def test_extract_records_keeps_input_order_across_chunks() -> None:
    articles = read_paths(INPUTS).articles
    pooled = list(extract_records(articles, jobs=2, chunk_size=3))
    assert pooled == list(extract_articles(articles))
    assert [r.article for r in pooled] == articles


def test_extract_chunk_is_the_in_process_path() -> None:
    articles = read_paths([INPUTS[0]]).articles
    assert extract_chunk(articles) == list(extract_articles(articles))


def test_default_jobs_is_every_usable_core() -> None:
    assert 1 <= default_jobs() <= (os.cpu_count() or 1)


def test_jobs_must_be_positive(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_info:
        main(["extract", INPUTS[0], "--out", "-", "--jobs", "0"])
    assert exit_info.value.code == 2
    assert "--jobs: must be a positive integer" in capsys.readouterr().err
