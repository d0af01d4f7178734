"""The loader's rows as neo4j-admin import CSV files (graph/bulk_csv.py): groups, types, fix-ups."""

from __future__ import annotations

from pathlib import Path

from policykg.graph.bulk_csv import ARRAY_DELIMITER, plan_rows, write_groups


def test_rows_with_other_property_types_get_their_own_header() -> None:
    plan = plan_rows(
        {"Event": [{"key": "a", "rate_pct": 10}, {"key": "b", "rate_pct": 2.5}, {"key": "c", "until": None}]},
        {},
    )
    assert [(g.spec, g.header, g.rows) for g in plan.groups] == [
        ("Event", ["key:ID(Event)", "rate_pct:long"], [["a", "10"]]),
        ("Event", ["key:ID(Event)", "rate_pct:double"], [["b", "2.5"]]),
        ("Event", ["key:ID(Event)"], [["c"]]),  # a null property stays absent
    ]
    assert plan.fixups == {}


def test_entities_carry_both_labels_and_drop_the_networkx_key() -> None:
    rows = {"Country": [{"key": "CHN", "id": "CHN", "name": "China", "label": "Country"}]}
    plan = plan_rows(rows, {})
    assert [(g.kind, g.spec, g.header, g.rows) for g in plan.groups] == [
        ("nodes", "Entity:Country", ["id:ID(Entity)", "name:string"], [["CHN", "China"]])
    ]


def test_lists_the_tool_cannot_hold_become_fixups() -> None:
    measure = {
        "key": "m",
        "t_from": ["2025-01-01"],
        "t_until": [""],
        "items": [],
        "targets": ["x" + ARRAY_DELIMITER + "y"],
        "t_status": ["in_force", "lifted"],
        "digest": "d",
    }
    plan = plan_rows({"Measure": [measure]}, {})
    [group] = plan.groups
    assert group.header == ["key:ID(Measure)", "digest:string", "t_from:string[]", "t_status:string[]"]
    assert group.rows == [["m", "d", "2025-01-01", "in_force" + ARRAY_DELIMITER + "lifted"]]
    assert plan.fixups == {
        "Measure": [{"key": "m", "props": {"items": [], "t_until": [""], "targets": ["x" + ARRAY_DELIMITER + "y"]}}]
    }


def test_relationships_name_their_id_spaces(tmp_path: Path) -> None:
    rels = {
        "ACTOR": [{"src": "CHN", "dst": "k1", "position": 0}],
        "REPORTED_IN": [{"src": "k1", "dst": "a1", "evidence": 'He said "no",\nthen left', "provenance": "machine"}],
    }
    plan = plan_rows({}, rels)
    args = write_groups(plan.groups, tmp_path)
    assert args == [
        f"--relationships=ACTOR={tmp_path / '000.header.csv'},{tmp_path / '000.csv'}",
        f"--relationships=REPORTED_IN={tmp_path / '001.header.csv'},{tmp_path / '001.csv'}",
    ]
    assert (tmp_path / "000.header.csv").read_text() == ":START_ID(Entity),:END_ID(Event),position:long\n"
    assert (tmp_path / "000.csv").read_text() == '"CHN","k1","0"\n'
    assert (tmp_path / "001.header.csv").read_text() == (
        ":START_ID(Event),:END_ID(Article),evidence:string,provenance:string\n"
    )
    assert (tmp_path / "001.csv").read_text(encoding="utf-8") == '"k1","a1","He said ""no"",\nthen left","machine"\n'
