"""Names through run_query on the real Neo4j: the `entities` query and names given for ids.

The fixture graph is tests/data/events_fixture.jsonl; expected event counts are
computed from the networkx build of the same records (graph.build), not pasted.
"""

from __future__ import annotations

from typing import Any

import pytest

from policykg.graph import neo4j as kg_neo4j
from policykg.graph.build import ENTITY_LABELS, build_graph
from policykg.graph.events_io import read_events
from policykg.graph.load import clear_graph, load_records
from policykg.queries import known_entities, run_query
from policykg.queries.names import AmbiguousName, UnknownName, aliases
from tests.integration.test_queries import FIXTURE, rows

pytestmark = pytest.mark.neo4j


@pytest.fixture(scope="module")
def db(neo4j_driver) -> Any:
    database = kg_neo4j.database()
    clear_graph(neo4j_driver, database)
    batch = read_events(FIXTURE)
    load_records(neo4j_driver, batch.records, database)
    return neo4j_driver


@pytest.fixture(scope="module")
def built() -> Any:
    return build_graph(read_events(FIXTURE).records)


def _events(graph: Any, eid: str) -> int:
    """Distinct events an entity takes part in as actor, item or target (from networkx)."""
    roles = ("ACTOR", "ITEM", "TARGET")
    out = {v for _, v, k in graph.out_edges(eid, keys=True) if k in roles}
    into = {u for u, _, k in graph.in_edges(eid, keys=True) if k in roles}
    return len(out | into)


def _entity_rows(graph: Any) -> set[tuple]:
    return {
        (n, a["label"], a.get("name"), _events(graph, n))
        for n, a in graph.nodes(data=True)
        if a["label"] in ENTITY_LABELS
    }


def q(name: str, db: Any, **params: Any) -> Any:
    return run_query(name, db, **params)


def test_entities_lists_every_entity_with_its_events(db, built) -> None:
    df = q("entities", db)
    assert list(df.columns) == ["id", "type", "name", "names", "events"]
    assert set(rows(df, "id", "type", "name", "events")) == _entity_rows(built)
    counts = list(df["events"])
    assert counts == sorted(counts, reverse=True)


def test_entities_names_column_has_english_and_chinese(db) -> None:
    df = run_query("entities", db, search="dysprosium")
    assert rows(df, "id", "names")[0] == ("element:Dy", aliases("element:Dy"))
    assert "镝" in df["names"].iloc[0]


@pytest.mark.parametrize(
    ("search", "first"),
    [
        ("China", "CHN"),
        ("中国", "CHN"),
        ("商务部", "org:mofcom"),
        ("稀土", "item:rare_earths"),
        ("Nexperia", "org:nexperia"),
        ("Chna", "CHN"),
        ("mp mat", "org:mp_materials"),
    ],
)
def test_entities_search_by_any_name(db, search, first) -> None:
    assert run_query("entities", db, search=search, limit=1)["id"].tolist() == [first]


def test_entities_by_type(db, built) -> None:
    df = run_query("entities", db, entity_type="element")  # closed list, any case
    assert set(rows(df, "id", "type", "name", "events")) == {r for r in _entity_rows(built) if r[1] == "Element"}


@pytest.mark.parametrize(
    ("params", "ids"),
    [
        ({"actor": "CHN"}, {"actor": "CHN"}),
        ({"actor": "China"}, {"actor": "CHN"}),
        ({"actor": "中国", "type": "export control"}, {"actor": "CHN", "type": "EXPORT_CONTROL"}),
        ({"actor": "Chna", "item": "稀土"}, {"actor": "CHN", "item": "item:rare_earths"}),
        ({"target": "US", "type": "tariff"}, {"target": "USA", "type": "TARIFF"}),
        ({"item": "dysprosium"}, {"item": "element:Dy"}),
    ],
)
def test_names_give_the_same_rows_as_ids(db, params, ids) -> None:
    assert rows(run_query("who_restricts", db, **params)) == rows(run_query("who_restricts", db, **ids))


def test_graph_only_names_resolve_through_the_graph(db) -> None:
    known = known_entities(db)
    assert known["CHN"] == "China"
    assert rows(run_query("timeline", db, entity="Nexperia")) == rows(run_query("timeline", db, entity="org:nexperia"))


def test_unknown_and_ambiguous_names_raise(db) -> None:
    with pytest.raises(UnknownName) as caught:
        run_query("who_restricts", db, actor="Chian Republik")
    assert "did you mean CHN (China)" in str(caught.value)
    with pytest.raises(UnknownName):
        run_query("who_restricts", db, type="frobnicate")
    with pytest.raises(AmbiguousName) as two:
        run_query("who_restricts", db, item="Chipmaking Equipment")  # a name of two gazetteer items
    assert [m.id for m in two.value.candidates] == ["item:chipmaking_equipment", "item:semiconductor_equipment"]


def _totals(graph: Any) -> list[tuple[str, int]]:
    """The `totals` rows computed from the networkx build."""
    labels = [d["label"] for _, d in graph.nodes(data=True)]
    per_type = [(label, labels.count(label)) for label in ENTITY_LABELS]
    return [
        ("entities", sum(n for _, n in per_type)),
        *per_type,
        ("events", labels.count("Event")),
        ("articles", labels.count("Article")),
        ("sources", labels.count("Source")),
        ("relationships", graph.number_of_edges()),
    ]


def test_totals(db, built) -> None:
    assert rows(q("totals", db)) == _totals(built)
    assert rows(q("totals", db, what="events")) == [("events", dict(_totals(built))["events"])]
