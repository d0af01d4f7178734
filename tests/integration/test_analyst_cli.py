"""The analyst's CLI on the real Neo4j: names for ids, `policykg entities`, readable output, files.

Expected rows come from the same query run with ids (or from run_query), never pasted.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from policykg.cli import main
from policykg.cli.output import display_width, render
from policykg.queries import run_query
from tests.integration.test_names_queries import db  # noqa: F401 (the fixture graph)

pytestmark = pytest.mark.neo4j


def _json(argv: list[str], capsys: pytest.CaptureFixture[str]) -> Any:
    assert main([*argv, "--format", "json"]) == 0
    return json.loads(capsys.readouterr().out)


@pytest.mark.parametrize(
    ("by_name", "by_id"),
    [
        (["actor=China"], ["actor=CHN"]),
        (["actor=中国"], ["actor=CHN"]),
        (["item=稀土", "type=export control"], ["item=item:rare_earths", "type=EXPORT_CONTROL"]),
        (["target=US", "type=tariff"], ["target=USA", "type=TARIFF"]),
        (["item=dysprosium"], ["item=element:Dy"]),
    ],
)
def test_query_names_give_the_rows_of_ids(db, capsys, by_name, by_id) -> None:  # noqa: F811
    named = _json(["query", "who_restricts", *(a for p in by_name for a in ("--param", p))], capsys)
    ids = _json(["query", "who_restricts", *(a for p in by_id for a in ("--param", p))], capsys)
    assert named == ids and named != []


def test_misspelt_name_is_read_and_said(db, capsys) -> None:  # noqa: F811
    assert main(["query", "who_restricts", "--param", "actor=Chna", "--format", "csv"]) == 0
    captured = capsys.readouterr()
    assert captured.err == "policykg: note: actor='Chna' read as CHN (China)\n"
    assert main(["query", "who_restricts", "--param", "actor=CHN", "--format", "csv"]) == 0
    assert capsys.readouterr().out == captured.out


@pytest.mark.parametrize(
    ("param", "message"),
    [
        ("actor=Chian Republik", "policykg: error: no entity 'Chian Republik' for actor; did you mean CHN (China)"),
        (
            "item=Chipmaking Equipment",
            "policykg: error: 'Chipmaking Equipment' for item is ambiguous: item:chipmaking_equipment",
        ),
        ("type=frobnicate", "policykg: error: no value 'frobnicate' for type; expected one of EXPORT_CONTROL"),
    ],
)
def test_unknown_or_ambiguous_name_exits_1(db, capsys, param, message) -> None:  # noqa: F811
    assert main(["query", "who_restricts", "--param", param]) == 1
    captured = capsys.readouterr()
    assert captured.out == "" and captured.err.startswith(message) and captured.err.count("\n") == 1


@pytest.mark.parametrize("text", ["gallium", "镓", "dysprosium", "镝", "Dysprosum", "element:Dy"])
def test_entities_finds_by_english_chinese_misspelt_and_id(db, capsys, text) -> None:  # noqa: F811
    expected = {"gallium": None, "镓": None}.get(text, "element:Dy")  # gallium is not in the fixture graph
    rows = _json(["entities", text, "--limit", "1"], capsys)
    assert [r["id"] for r in rows][:1] == ([expected] if expected else [])


def test_entities_lists_types_and_counts(db, capsys) -> None:  # noqa: F811
    rows = _json(["entities", "--type", "country", "--limit", "100"], capsys)
    df = run_query("entities", db, entity_type="Country", limit=100)
    assert rows == json.loads(render(df, "json"))
    assert {r["type"] for r in rows} == {"Country"}


def test_table_fits_100_columns(db, capsys, monkeypatch) -> None:  # noqa: F811
    monkeypatch.setenv("COLUMNS", "100")
    assert main(["query", "who_restricts"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert max(display_width(line) for line in lines) <= 100
    assert any("…" in line for line in lines)
    assert main(["entities", "China"]) == 0  # names in Chinese count two columns each
    assert max(display_width(line) for line in capsys.readouterr().out.splitlines()) <= 100
    assert main(["query", "who_restricts", "--wide"]) == 0
    assert max(display_width(line) for line in capsys.readouterr().out.splitlines()) > 100


def test_columns_and_markdown(db, capsys) -> None:  # noqa: F811
    assert main(["query", "who_restricts", "--param", "actor=CHN", "--columns", "date,action", "--format", "csv"]) == 0
    full = run_query("who_restricts", db, actor="CHN")
    assert capsys.readouterr().out == full[["date", "action"]].to_csv(index=False)
    assert main(["query", "who_restricts", "--columns", "date,colour"]) == 1
    assert "no column colour; columns: actor" in capsys.readouterr().err
    assert main(["entities", "MOFCOM", "--columns", "id,name", "--format", "markdown"]) == 0
    assert capsys.readouterr().out.splitlines()[:3] == [
        "| id | name |",
        "|---|---|",
        "| org:mofcom | Ministry of Commerce |",
    ]


@pytest.mark.parametrize(
    ("suffix", "fmt"), [(".csv", "csv"), (".json", "json"), (".md", "markdown"), (".txt", "table")]
)
def test_out_writes_every_format(db, capsys, tmp_path: Path, suffix, fmt) -> None:  # noqa: F811
    out = tmp_path / "sub" / f"rows{suffix}"
    assert main(["query", "who_restricts", "--param", "actor=China", "--out", str(out)]) == 0
    assert out.read_text(encoding="utf-8") == render(run_query("who_restricts", db, actor="CHN"), fmt)
    assert capsys.readouterr().err.endswith(f"rows to {out}\n")


def test_out_xlsx(db, capsys, tmp_path: Path) -> None:  # noqa: F811
    out = tmp_path / "rows.xlsx"
    try:
        import openpyxl
    except ImportError:
        assert main(["entities", "China", "--out", str(out)]) == 1
        assert "pip install 'policykg[xlsx]'" in capsys.readouterr().err
        return
    assert main(["entities", "China", "--out", str(out)]) == 0
    sheet = openpyxl.load_workbook(out).active
    assert [c.value for c in sheet[1]] == ["id", "type", "name", "names", "events"]
    assert sheet["A2"].value == "CHN"
