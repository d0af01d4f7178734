"""``policykg extract`` and ``policykg eval`` through ``policykg.cli.main`` (exit codes and output)."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest

from policykg import EXIT_ERROR, EXIT_OK, EXIT_SKIPPED
from policykg.cli import main

ART1 = {
    "title": "China curbs graphite exports",
    "source": "Wire",
    "published": "2023-10-21T10:05:00",
    "body": "China announced on Friday that exports of graphite will require licences from December 1.",
}
ART2 = {
    "title": "EU opens probe into Chinese EVs",
    "source": "Wire",
    "published": "2023-10-05T09:00:00",
    "body": "The European Commission launched an anti-subsidy investigation into electric vehicles from China.",
}


def _jsonl(path: Path, lines: list[str]) -> Path:
    path.write_text("".join(line + "\n" for line in lines), encoding="utf-8")
    return path


def _records(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


def _summary(records: list[dict], out: str) -> str:
    entities = sum(len(r["entities"]) for r in records)
    events = sum(len(r["events"]) for r in records)
    return f"extracted {entities} entities and {events} events from {len(records)} articles; wrote {out}"


# --------------------------------------------------------------------------- extract


def test_extract_writes_one_record_per_article(tmp_path, capsys):
    src = _jsonl(tmp_path / "in.jsonl", [json.dumps(ART1), json.dumps(ART2)])
    out = tmp_path / "events.jsonl"
    assert main(["extract", str(src), "--out", str(out)]) == EXIT_OK
    records = _records(out)
    assert [(r["title"], r["source"], r["published"], r["lang"]) for r in records] == [
        (ART1["title"], "Wire", "2023-10-21T10:05:00", "en"),
        (ART2["title"], "Wire", "2023-10-05T09:00:00", "en"),
    ]
    assert sorted(records[0]) == ["article_id", "entities", "events", "lang", "published", "source", "title", "url"]
    captured = capsys.readouterr()
    assert captured.out.splitlines() == [
        "read 2 articles from 1 file; skipped 0; 0 duplicates",
        _summary(records, str(out)),
    ]
    assert captured.err == ""
    assert [p.name for p in tmp_path.iterdir() if p.name.endswith(".part")] == []


def test_extract_skips_bad_line_and_exits_3(tmp_path, capsys):
    src = _jsonl(tmp_path / "in.jsonl", [json.dumps(ART1), "{broken", json.dumps(ART2)])
    out = tmp_path / "events.jsonl"
    assert main(["extract", str(src), "--out", str(out)]) == EXIT_SKIPPED
    assert [r["title"] for r in _records(out)] == [ART1["title"], ART2["title"]]
    captured = capsys.readouterr()
    assert captured.err.splitlines() == [
        f"{src}:2: invalid JSON: Expecting property name enclosed in double quotes; line skipped"
    ]
    first = captured.out.splitlines()[0]  # the reason is shortened to 100 characters
    assert first.startswith(f"read 2 articles from 1 file; skipped 1 ({src}:2: invalid JSON: ")
    assert first.endswith("); 0 duplicates")


def test_extract_strict_fails_before_writing(tmp_path, capsys):
    src = _jsonl(tmp_path / "in.jsonl", [json.dumps(ART1), "{broken"])
    out = tmp_path / "events.jsonl"
    assert main(["extract", str(src), "--out", str(out), "--strict"]) == EXIT_ERROR
    assert not out.exists()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["in.jsonl"]
    assert capsys.readouterr().err.splitlines() == [
        f"{src}:2: invalid JSON: Expecting property name enclosed in double quotes; line skipped",
        "policykg: error: 1 input(s) would be skipped and --strict was given; nothing was written",
    ]


def test_extract_strict_passes_clean_input(tmp_path, capsys):
    src = _jsonl(tmp_path / "in.jsonl", [json.dumps(ART1)])
    out = tmp_path / "events.jsonl"
    assert main(["extract", str(src), "--out", str(out), "--strict"]) == EXIT_OK
    assert [r["title"] for r in _records(out)] == [ART1["title"]]
    assert capsys.readouterr().out.splitlines()[0] == "read 1 article from 1 file; skipped 0; 0 duplicates"


def test_extract_missing_input_exits_3(tmp_path, capsys):
    src = _jsonl(tmp_path / "in.jsonl", [json.dumps(ART1)])
    out = tmp_path / "events.jsonl"
    missing = tmp_path / "nope.txt"
    assert main(["extract", str(src), str(missing), "--out", str(out)]) == EXIT_SKIPPED
    assert len(_records(out)) == 1
    assert capsys.readouterr().err.splitlines() == [f"{missing}: no such file or directory"]


def test_extract_drops_duplicates(tmp_path, capsys):
    src = _jsonl(tmp_path / "in.jsonl", [json.dumps(ART1), json.dumps(ART1)])
    out = tmp_path / "events.jsonl"
    assert main(["extract", str(src), "--out", str(out)]) == EXIT_OK
    assert len(_records(out)) == 1
    captured = capsys.readouterr()
    assert captured.out.splitlines()[0] == "read 1 article from 1 file; skipped 0; 1 duplicate"
    assert captured.err.splitlines()[0].startswith(f"{src}:2: duplicate of {src}:1 (article ")


def test_extract_stdin_to_stdout(monkeypatch, capsys):
    data = (json.dumps(ART2, ensure_ascii=False) + "\n").encode("utf-8")
    monkeypatch.setattr("sys.stdin", io.TextIOWrapper(io.BytesIO(data), encoding="utf-8"))
    assert main(["extract", "-", "--out", "-"]) == EXIT_OK
    captured = capsys.readouterr()
    records = [json.loads(line) for line in captured.out.splitlines()]
    assert [r["title"] for r in records] == [ART2["title"]]
    assert captured.err.splitlines() == [
        "read 1 article from 1 file; skipped 0; 0 duplicates",
        _summary(records, "stdout"),
    ]


def test_extract_keeps_chinese_unescaped(tmp_path):
    art = {
        "title": "商务部对镓、锗相关物项实施出口管制",
        "published": "2023-07-04T07:50:00",
        "body": "商务部、海关总署3日发布公告,决定对镓、锗相关物项实施出口管制。",
    }
    src = _jsonl(tmp_path / "in.jsonl", [json.dumps(art)])
    out = tmp_path / "events.jsonl"
    assert main(["extract", str(src), "--out", str(out)]) == EXIT_OK
    assert "商务部对镓、锗相关物项实施出口管制" in out.read_text(encoding="utf-8")


def test_extract_unwritable_output_is_one_line_error(tmp_path, capsys):
    src = _jsonl(tmp_path / "in.jsonl", [json.dumps(ART1)])
    out = tmp_path / "no-such-dir" / "events.jsonl"
    assert main(["extract", str(src), "--out", str(out)]) == EXIT_ERROR
    assert capsys.readouterr().err == f"policykg: error: {out}: cannot write (No such file or directory)\n"


# --------------------------------------------------------------------------- eval

GOLD = {
    "title": "US tariffs",
    "published": "2024-05-15T06:00:00",
    "entities": [{"id": "USA"}, {"id": "CHN"}],
    "events": [
        {
            "type": "TARIFF",
            "action": "impose",
            "actors": ["USA"],
            "items": [],
            "targets": ["CHN"],
            "date": "2024-05-14",
            "until": None,
        }
    ],
}
PRED = {
    "title": "US  tariffs",
    "published": "2024-05-15T06:00:00",
    "entities": [{"id": "USA"}, {"id": "CHN"}, {"id": "EU"}],
    "events": [
        {
            "type": "TARIFF",
            "action": "impose",
            "actors": ["USA"],
            "items": [],
            "targets": ["CHN"],
            "date": "2024-05-15",
            "until": None,
        },
        {
            "type": "TRADE_DEAL",
            "action": "impose",
            "actors": ["USA"],
            "items": [],
            "targets": [],
            "date": None,
            "until": None,
        },
    ],
}


def test_eval_prints_micro_scores(tmp_path, capsys):
    gold = _jsonl(tmp_path / "gold.jsonl", [json.dumps(GOLD)])
    pred = _jsonl(tmp_path / "pred.jsonl", [json.dumps(PRED)])
    assert main(["eval", "--gold", str(gold), str(pred)]) == EXIT_OK
    assert capsys.readouterr().out.splitlines() == [
        "articles paired 1, missing from prediction 0 (all FN), extra in prediction 0 (all FP)",
        "entities P 0.667  R 1.000  F1 0.800  (tp 2, fp 1, fn 0)",
        "events   P 0.500  R 1.000  F1 0.667  (tp 1, fp 1, fn 0)",
        "slots    matched 1  items J 1.000  targets J 1.000  date acc 0.000 (0/1)  until acc n/a (0/0)",
    ]


def test_eval_per_article_and_json(tmp_path, capsys):
    gold = _jsonl(tmp_path / "gold.jsonl", [json.dumps(GOLD)])
    pred = _jsonl(tmp_path / "pred.jsonl", [json.dumps(PRED)])
    assert main(["eval", "--gold", str(gold), str(pred), "--per-article"]) == EXIT_OK
    lines = capsys.readouterr().out.splitlines()
    assert lines[4:6] == ["", "[paired] US tariffs (2024-05-15T06:00:00)"]
    assert main(["eval", "--gold", str(gold), str(pred), "--json"]) == EXIT_OK
    data = json.loads(capsys.readouterr().out)
    assert (data["events"]["tp"], data["events"]["fp"], data["events"]["fn"]) == (1, 1, 0)
    assert data["slots"]["date_accuracy"] == 0.0
    assert [a["title"] for a in data["per_article"]] == ["US tariffs"]


def test_eval_bad_gold_line_is_one_line_error(tmp_path, capsys):
    gold = _jsonl(tmp_path / "gold.jsonl", [json.dumps(GOLD), "not json"])
    pred = _jsonl(tmp_path / "pred.jsonl", [json.dumps(PRED)])
    assert main(["eval", "--gold", str(gold), str(pred)]) == EXIT_ERROR
    assert capsys.readouterr().err == (f"policykg: error: {gold}:2: not valid JSON (Expecting value)\n")


def test_eval_missing_file(tmp_path, capsys):
    gold = _jsonl(tmp_path / "gold.jsonl", [json.dumps(GOLD)])
    assert main(["eval", "--gold", str(gold), str(tmp_path / "nope.jsonl")]) == EXIT_ERROR
    assert capsys.readouterr().err == (
        f"policykg: error: {tmp_path / 'nope.jsonl'}: cannot read (No such file or directory)\n"
    )


def test_eval_requires_gold(capsys):
    with pytest.raises(SystemExit) as info:
        main(["eval", "pred.jsonl"])
    assert info.value.code == 2
    assert "one of the arguments --gold --gold-from-corrections is required" in capsys.readouterr().err


def test_extract_strict_stdin_with_bad_line_writes_nothing(monkeypatch, capsys):
    data = (json.dumps(ART1) + "\n[1]\n").encode("utf-8")
    monkeypatch.setattr("sys.stdin", io.TextIOWrapper(io.BytesIO(data), encoding="utf-8"))
    assert main(["extract", "-", "--out", "-", "--strict"]) == EXIT_ERROR
    captured = capsys.readouterr()
    assert captured.out == ""
    assert captured.err.splitlines() == [
        "<stdin>:2: expected a JSON object, got list; line skipped",
        "policykg: error: 1 input(s) would be skipped and --strict was given; nothing was written",
    ]
