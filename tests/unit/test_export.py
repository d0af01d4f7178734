"""graph/export.py: GraphML, node-link JSON and CSV of a small graph, and the CLI."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import networkx as nx
import pytest

from policykg.cli import main
from policykg.graph.build import build_graph
from policykg.graph.events_io import read_events
from policykg.graph.export import generate_csv, generate_graphml, generate_json, scalar_graph, write_graphml

FIXTURE = Path(__file__).parents[1] / "data" / "events_fixture.jsonl"


@pytest.fixture
def small():
    g = nx.MultiDiGraph()
    g.add_node("CHN", label="Country", key="CHN", id="CHN", name="China")
    g.add_node("event:k1", label="Event", key="k1", type="TARIFF", rate_pct=10, until=None)
    g.add_node("event:k2", label="Event", key="k2", type="TARIFF", rate_pct=2.5, tags=["a", "b"])
    g.add_edge("CHN", "event:k1", key="ACTOR", type="ACTOR", position=0)
    g.add_edge("event:k2", "CHN", key="TARGET", type="TARGET")
    return g


def test_scalar_graph_drops_none_stringifies_lists_unifies_numbers(small):
    s = scalar_graph(small)
    assert dict(s.nodes(data=True)) == {
        "CHN": {"label": "Country", "key": "CHN", "id": "CHN", "name": "China"},
        "event:k1": {"label": "Event", "key": "k1", "type": "TARIFF", "rate_pct": 10.0},
        "event:k2": {"label": "Event", "key": "k2", "type": "TARIFF", "rate_pct": 2.5, "tags": '["a", "b"]'},
    }


def test_graphml_round_trip(small):
    text = "\n".join(generate_graphml(small))
    back = nx.parse_graphml(text, force_multigraph=True)
    assert sorted(back.nodes) == ["CHN", "event:k1", "event:k2"]
    assert back.nodes["event:k1"] == {"label": "Event", "key": "k1", "type": "TARIFF", "rate_pct": 10.0}
    assert sorted((u, v, k, d["type"]) for u, v, k, d in back.edges(keys=True, data=True)) == [
        ("CHN", "event:k1", "ACTOR", "ACTOR"),
        ("event:k2", "CHN", "TARGET", "TARGET"),
    ]


def test_json_node_link(small):
    data = json.loads(json.dumps(generate_json(small)))
    assert (data["directed"], data["multigraph"]) == (True, True)
    assert sorted((e["source"], e["target"], e["key"]) for e in data["edges"]) == [
        ("CHN", "event:k1", "ACTOR"),
        ("event:k2", "CHN", "TARGET"),
    ]
    back = nx.node_link_graph(data, edges="edges")
    assert back.nodes["event:k2"]["tags"] == ["a", "b"]


def test_csv_columns_and_rows(small):
    files = generate_csv(small)
    assert files["nodes.csv"].splitlines() == [
        "id,label,key,name,rate_pct,tags,type",
        "CHN,Country,CHN,China,,,",
        "event:k1,Event,k1,,10,,TARIFF",
        'event:k2,Event,k2,,2.5,"[""a"", ""b""]",TARIFF',
    ]
    assert files["relationships.csv"].splitlines() == [
        "src,dst,type,position",
        "CHN,event:k1,ACTOR,0",
        "event:k2,CHN,TARGET,",
    ]


def test_fixture_graphml_file_keeps_counts(tmp_path):
    graph = build_graph(read_events(FIXTURE).records)
    write_graphml(graph, tmp_path / "g.graphml")
    back = nx.read_graphml(tmp_path / "g.graphml", force_multigraph=True)
    assert (back.number_of_nodes(), back.number_of_edges()) == (45, 108)
    assert back.nodes["article:fx0003oct9zh"]["title"] == "商务部公布稀土出口管制新措施"


@pytest.mark.parametrize("fmt", ["graphml", "json", "csv"])
def test_cli_export_from_events(tmp_path, capsys, fmt):
    out = tmp_path / ("out" if fmt == "csv" else f"g.{fmt}")
    assert main(["export", "--format", fmt, "--out", str(out), str(FIXTURE)]) == 0
    written = f"{out / 'nodes.csv'}, {out / 'relationships.csv'}" if fmt == "csv" else str(out)
    assert capsys.readouterr().out == f"wrote 45 nodes and 108 relationships to {written}\n"
    if fmt == "csv":
        rows = list(csv.DictReader(io.StringIO((out / "relationships.csv").read_text())))
        assert len(rows) == 108 and {r["type"] for r in rows} == {
            "ACTOR",
            "ITEM",
            "TARGET",
            "REPORTED_IN",
            "ACTS_ON",
            "PART_OF",
            "PUBLISHED_BY",
            "MENTIONS",
        }


def test_cli_export_skipped_line_exit_3_and_strict(tmp_path, capsys):
    events = tmp_path / "e.jsonl"
    events.write_text(FIXTURE.read_text(encoding="utf-8") + "{broken\n", encoding="utf-8")
    out = tmp_path / "g.json"
    assert main(["export", "--format", "json", "--out", str(out), str(events)]) == 3
    captured = capsys.readouterr()
    assert captured.err.startswith(f"{events}:7: invalid JSON")
    assert main(["export", "--format", "json", "--out", str(tmp_path / "h.json"), "--strict", str(events)]) == 1
    assert capsys.readouterr().err.endswith(
        "policykg: error: 1 input problem(s) and --strict given; nothing was written\n"
    )
    assert not (tmp_path / "h.json").exists()


def test_cli_export_needs_one_source(tmp_path, capsys):
    assert main(["export", "--format", "json", "--out", str(tmp_path / "x.json")]) == 1
    assert capsys.readouterr().err == (
        "policykg: error: give either EVENTS.jsonl files or --from-neo4j (not both, not neither)\n"
    )


def test_json_text_is_json_dump_of_the_node_link_data():
    """The streamed JSON writer gives json.dump's text for the same nodes and edges in the same order."""
    from policykg.graph.export import generate_json_text

    graph = build_graph(read_events(FIXTURE).records)
    text = "".join(generate_json_text(list(graph.nodes(data=True)), list(graph.edges(keys=True, data=True))))
    assert text == json.dumps(generate_json(graph), ensure_ascii=False, indent=1, sort_keys=True) + "\n"


def test_csv_text_in_chunks_is_the_whole_text(monkeypatch):
    from policykg.graph import export

    graph = build_graph(read_events(FIXTURE).records)
    whole = generate_csv(graph)
    monkeypatch.setattr(export, "CSV_CHUNK_ROWS", 7)
    assert generate_csv(graph) == whole
    rows = [export.node_csv_row(n, a) for n, a in sorted(graph.nodes(data=True))]
    names = {k for r in rows for k, v in r.items() if v is not None}
    chunks = list(export.generate_csv_text(rows, export.NODE_COLUMNS, names))
    assert len(chunks) == len(rows) // 7 + 1 and "".join(chunks) == whole["nodes.csv"]
