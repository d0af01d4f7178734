"""``export --from-neo4j`` streams JSON, CSV and GraphML: the same text (GraphML: the same graph read
back) as the whole-graph export of before."""

from __future__ import annotations

import json
from pathlib import Path

import networkx as nx
import pytest

from policykg.cli import main
from policykg.graph.events_io import read_events
from policykg.graph.export import generate_csv, generate_json, write_graphml
from policykg.graph.load import load_records, read_graph

pytestmark = pytest.mark.neo4j

DATA = Path(__file__).parents[1] / "data"
INPUTS = (DATA / "events_fixture.jsonl", DATA.parent.parent / "data" / "gold" / "seed-gold.jsonl")


@pytest.fixture
def loaded(clean_db):
    """(driver, database) holding the fixture and the seed gold: entities in two languages, measures, floats."""
    from policykg.graph import neo4j

    load_records(clean_db, [r for path in INPUTS for r in read_events(path).records], neo4j.database())
    return clean_db, neo4j.database()


def _sorted(data: dict) -> dict:
    """Node-link data with nodes by id and edges by ends and key (the streamed order)."""
    edge = lambda e: (e["source"], e["target"], e["key"])  # noqa: E731
    return {**data, "nodes": sorted(data["nodes"], key=lambda n: n["id"]), "edges": sorted(data["edges"], key=edge)}


def test_streamed_json_is_the_whole_graph_json_sorted(loaded, tmp_path, capsys):
    graph = read_graph(*loaded)  # the export of before: the whole graph read into memory
    out = tmp_path / "graph.json"
    assert main(["export", "--from-neo4j", "--format", "json", "--out", str(out)]) == 0
    text = out.read_text(encoding="utf-8")
    assert json.loads(text) == _sorted(json.loads(json.dumps(generate_json(graph))))
    assert text == json.dumps(json.loads(text), ensure_ascii=False, indent=1, sort_keys=True) + "\n"
    assert capsys.readouterr().out == (
        f"wrote {graph.number_of_nodes()} nodes and {graph.number_of_edges()} relationships to {out}\n"
    )
    assert [p.name for p in tmp_path.iterdir()] == ["graph.json"]  # no partial file left


def test_streamed_csv_is_the_whole_graph_csv_byte_for_byte(loaded, tmp_path, capsys):
    graph = read_graph(*loaded)
    folder = tmp_path / "csv"
    assert main(["export", "--from-neo4j", "--format", "csv", "--out", str(folder)]) == 0
    assert {p.name: p.read_text(encoding="utf-8") for p in folder.iterdir()} == generate_csv(graph)
    assert capsys.readouterr().out == (
        f"wrote {graph.number_of_nodes()} nodes and {graph.number_of_edges()} relationships to "
        f"{folder / 'nodes.csv'}, {folder / 'relationships.csv'}\n"
    )


def _read_graphml(path: Path) -> nx.MultiDiGraph:
    return nx.read_graphml(path, edge_key_type=str, force_multigraph=True)


def test_streamed_graphml_reads_back_as_the_whole_graph_graphml(loaded, tmp_path, capsys):
    graph = read_graph(*loaded)
    write_graphml(graph, tmp_path / "whole.graphml")  # the GraphML export of before (networkx's writer)
    out = tmp_path / "graph.graphml"
    assert main(["export", "--from-neo4j", "--format", "graphml", "--out", str(out)]) == 0
    streamed, whole = _read_graphml(out), _read_graphml(tmp_path / "whole.graphml")
    assert nx.utils.graphs_equal(streamed, whole)
    assert (streamed.number_of_nodes(), streamed.number_of_edges()) == (
        graph.number_of_nodes(),
        graph.number_of_edges(),
    )
    assert capsys.readouterr().out == (
        f"wrote {graph.number_of_nodes()} nodes and {graph.number_of_edges()} relationships to {out}\n"
    )
    assert sorted(p.name for p in tmp_path.iterdir()) == ["graph.graphml", "whole.graphml"]  # no partial file


def test_streamed_export_of_an_empty_graph(clean_db, tmp_path):
    assert main(["export", "--from-neo4j", "--format", "json", "--out", str(tmp_path / "g.json")]) == 0
    assert json.loads((tmp_path / "g.json").read_text()) == {
        "directed": True,
        "edges": [],
        "graph": {},
        "multigraph": True,
        "nodes": [],
    }
    assert main(["export", "--from-neo4j", "--format", "csv", "--out", str(tmp_path / "csv")]) == 0
    assert (tmp_path / "csv" / "nodes.csv").read_text() == "id,label,key\n"
    assert (tmp_path / "csv" / "relationships.csv").read_text() == "src,dst,type\n"
    write_graphml(nx.MultiDiGraph(), tmp_path / "whole.graphml")
    assert main(["export", "--from-neo4j", "--format", "graphml", "--out", str(tmp_path / "g.graphml")]) == 0
    assert nx.utils.graphs_equal(_read_graphml(tmp_path / "g.graphml"), _read_graphml(tmp_path / "whole.graphml"))
