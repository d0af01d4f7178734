"""Graph rows as neo4j-admin import CSV files, appended as chunks stream by (graph/bulk_csv.py)."""

from __future__ import annotations

from pathlib import Path

from policykg.graph.bulk_csv import ARRAY_DELIMITER, CsvSink


def _files(folder: Path, n: int) -> tuple[str, str]:
    return (folder / f"{n:03d}.header.csv").read_text(), (folder / f"{n:03d}.csv").read_text(encoding="utf-8")


def test_rows_with_other_property_types_get_their_own_file_and_rows_append(tmp_path: Path) -> None:
    sink = CsvSink(tmp_path)
    sink.node("Event", "a", {"rate_pct": 10})
    sink.node("Event", "b", {"rate_pct": 2.5})
    sink.node("Event", "c", {"until": None})  # a null property stays absent
    sink.node("Event", "d", {"rate_pct": 7})  # a later chunk: appended to the first file
    args = sink.close()
    assert args == [f"--nodes=Event={tmp_path / f'{n:03d}.header.csv'},{tmp_path / f'{n:03d}.csv'}" for n in range(3)]
    assert [_files(tmp_path, n) for n in range(3)] == [
        ("key:ID(Event),rate_pct:long\n", '"a","10"\n"d","7"\n'),
        ("key:ID(Event),rate_pct:double\n", '"b","2.5"\n'),
        ("key:ID(Event)\n", '"c"\n'),
    ]
    assert (sink.fixups, sink.rows) == ({}, 4)


def test_entities_carry_both_labels(tmp_path: Path) -> None:
    sink = CsvSink(tmp_path)
    sink.node("Country", "CHN", {"name": "China", "country": None})
    assert sink.close() == [f"--nodes=Entity:Country={tmp_path / '000.header.csv'},{tmp_path / '000.csv'}"]
    assert _files(tmp_path, 0) == ("id:ID(Entity),name:string\n", '"CHN","China"\n')


def test_empty_lists_are_left_out_one_empty_string_is_a_space_and_the_rest_are_fixups(tmp_path: Path) -> None:
    measure = {
        "t_from": ["2025-01-01"],
        "t_until": [""],
        "items": [],
        "targets": ["x" + ARRAY_DELIMITER + "y"],
        "t_event": [" k"],
        "t_status": ["in_force", "lifted"],
        "digest": " d",
    }
    sink = CsvSink(tmp_path)
    sink.node("Measure", "m", measure)
    sink.close()
    header = "key:ID(Measure),digest:string,t_from:string[],t_status:string[],t_until:string[]\n"
    assert _files(tmp_path, 0) == (header, f'"m"," d","2025-01-01","in_force{ARRAY_DELIMITER}lifted"," "\n')
    assert sink.fixups == {"Measure": [{"key": "m", "props": {"t_event": [" k"], "targets": ["x\x1fy"]}}]}


def test_relationships_name_their_id_spaces(tmp_path: Path) -> None:
    sink = CsvSink(tmp_path)
    sink.rel("ACTOR", "CHN", "k1", {"position": 0})
    sink.rel("REPORTED_IN", "k1", "a1", {"evidence": 'He said "no",\nthen left', "provenance": "machine"})
    sink.rel("MENTIONS", "a1", "CHN")
    assert sink.close() == [
        f"--relationships={rel}={tmp_path / f'{n:03d}.header.csv'},{tmp_path / f'{n:03d}.csv'}"
        for n, rel in enumerate(("ACTOR", "REPORTED_IN", "MENTIONS"))
    ]
    assert [_files(tmp_path, n) for n in range(3)] == [
        (":START_ID(Entity),:END_ID(Event),position:long\n", '"CHN","k1","0"\n'),
        (
            ":START_ID(Event),:END_ID(Article),evidence:string,provenance:string\n",
            '"k1","a1","He said ""no"",\nthen left","machine"\n',
        ),
        (":START_ID(Article),:END_ID(Entity)\n", '"a1","CHN"\n'),
    ]
    assert sink.multiline  # the evidence's line break: the import must read multi-line fields


def test_multiline_fields_only_when_a_field_holds_a_line_break(tmp_path: Path) -> None:
    from policykg.graph.bulk import import_args

    sink = CsvSink(tmp_path)
    sink.node("Event", "a", {"rate_pct": 10})
    sink.rel("REPORTED_IN", "a", "a1", {"evidence": "one line", "provenance": "machine"})
    assert not sink.multiline
    sink.node("Country", "CHN", {"name": "China\r"})
    assert sink.multiline
    flags = [a for a in import_args("neo4j", [], tmp_path / "r", False) if a.startswith("--multiline")]
    assert flags == ["--multiline-fields=false"]
    assert "--multiline-fields=true" in import_args("neo4j", [], tmp_path / "r", True)
