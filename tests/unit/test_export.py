"""graph/export.py: GraphML, node-link JSON and CSV of a small graph, and the CLI."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import networkx as nx
import pytest

from policykg import PolicyKGError
from policykg.cli import main
from policykg.graph.build import build_graph
from policykg.graph.events_io import read_events
from policykg.graph.export import (
    attribute_types,
    generate_csv,
    generate_graphml,
    generate_graphml_text,
    generate_json,
    scalar_graph,
    sorted_edges,
    sorted_nodes,
    write_graphml,
)

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


@pytest.fixture
def awkward(small):
    """``small`` plus what GraphML must escape or type: markup and quotes in ids and values, Chinese,
    line breaks, mixed int/float and bool/str values, a node without attributes, parallel edges."""
    g = small.copy()
    g.add_node("article:a<&>\"'1", label="Article", key="a<&>\"'1", title="中国 <b>&amp; \"x\"\n 'y'\t")
    g.add_node("event:k3", label="Event", key="k3", flag=True, mixed=1, tags=[], value={"rate": 1.5})
    g.add_node("event:k4", label="Event", key="k4", flag="yes", mixed=2.0, confidence=["low", "中"])
    g.add_node("bare")
    g.add_edge("event:k3", "article:a<&>\"'1", key="REPORTED_IN", type="REPORTED_IN", weight=2)
    g.add_edge("event:k3", "article:a<&>\"'1", key="MENTIONS", type="MENTIONS", weight=0.5, note="a & b")
    g.add_edge("bare", "bare", key="ACTS_ON", type="ACTS_ON")
    return g


def _read_back(lines) -> nx.MultiDiGraph:
    return nx.parse_graphml("".join(lines), edge_key_type=str, force_multigraph=True)


def test_streamed_graphml_reads_back_as_the_networkx_writers_graph(awkward):
    streamed = _read_back(generate_graphml_text(attribute_types(awkward), sorted_nodes(awkward), sorted_edges(awkward)))
    whole = _read_back(line + "\n" for line in generate_graphml(awkward))
    assert nx.utils.graphs_equal(streamed, whole)
    assert streamed.nodes["event:k3"] == {
        "label": "Event",
        "key": "k3",
        "flag": "True",
        "mixed": 1.0,
        "tags": "[]",
        "value": '{"rate": 1.5}',
    }
    assert streamed.nodes["event:k4"]["confidence"] == '["low", "中"]'
    assert streamed.nodes["article:a<&>\"'1"]["title"] == "中国 <b>&amp; \"x\"\n 'y'\t"
    assert streamed.edges["event:k3", "article:a<&>\"'1", "MENTIONS"] == {
        "type": "MENTIONS",
        "weight": 0.5,
        "note": "a & b",
    }


def test_streamed_graphml_keeps_a_carriage_return(small):
    small.add_node("event:k1", summary="one\r\ntwo\r")  # XML reads a bare CR as a line feed
    text = generate_graphml_text(attribute_types(small), sorted_nodes(small), sorted_edges(small))
    assert _read_back(text).nodes["event:k1"]["summary"] == "one\r\ntwo\r"


def test_streamed_graphml_of_no_graph_and_an_undeclared_attribute():
    empty = _read_back(line + "\n" for line in generate_graphml(nx.MultiDiGraph()))
    assert nx.utils.graphs_equal(_read_back(generate_graphml_text(({}, {}), [], [])), empty)
    with pytest.raises(PolicyKGError) as err:
        list(generate_graphml_text(({"label": str}, {}), [("a", {"label": "Item", "late": 1, "none": None})], []))
    assert str(err.value) == "GraphML export: attribute 'late' appeared after the keys were declared"


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
