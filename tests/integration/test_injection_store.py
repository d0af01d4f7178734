"""Hostile names, titles and values are stored verbatim and change nothing else (issue 6).

No Cypher is built from data: values travel as parameters, labels come from a
closed table.  Here every string slot of a record carries Cypher-looking text;
after loading, the database holds exactly the graph built in memory (so the
fixture's nodes are untouched and nothing was deleted), and each hostile string
reads back byte for byte.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from policykg.cli import main
from policykg.graph.build import build_graph
from policykg.graph.events_io import parse_events_jsonl, read_events
from policykg.graph.load import load_records, read_graph
from policykg.graph.tallies import TALLY_LABELS

pytestmark = pytest.mark.neo4j

FIXTURE = Path(__file__).parents[1] / "data" / "events_fixture.jsonl"

HOSTILE = [
    "}) MATCH (n) DETACH DELETE n //",
    "x' }) DETACH DELETE n RETURN 1 //",
    'He said "stop" & it\'s {not} `over` // DETACH DELETE',
    "`Country`) SET n:Admin //",
    "$rows {rows: []} \\u0000 ; MATCH (m) DELETE m",
    "稀土'\"`{}//\n CALL db.clearQueryCaches()",
]


def hostile_record():
    ents = [
        {"id": "org:evil`firm'}", "type": "Firm", "name": HOSTILE[0], "country": HOSTILE[3]},
        {"id": "CHN", "type": "Country", "name": "China"},
        {"id": 'item:x"}) DETACH DELETE n //', "type": "Item", "name": HOSTILE[5], "kind": HOSTILE[1]},
    ]
    event = {
        "type": "SANCTION",
        "action": "impose",
        "actors": ["CHN"],
        "items": [ents[2]["id"]],
        "targets": [ents[0]["id"]],
        "date": "2025-12-01",
        "until": None,
        "value": {"currency": HOSTILE[4], "amount": 1},
        "evidence": HOSTILE[2],
        "evidence_start": 0,
        "evidence_end": 10,
    }
    return {
        "article_id": "evil'\"`{}//",
        "title": HOSTILE[2],
        "source": HOSTILE[1],
        "published": "2025-12-02T00:00:00",
        "url": "https://e.x/?q={$rows}&a='b'",
        "lang": "en",
        "entities": ents,
        "events": [event],
    }


@pytest.fixture
def db(clean_db):
    from policykg.graph import neo4j

    return clean_db, neo4j.database()


def snapshot(graph):
    nodes = sorted((n, tuple(sorted(a.items()))) for n, a in graph.nodes(data=True))
    edges = sorted((u, v, k, tuple(sorted(d.items()))) for u, v, k, d in graph.edges(keys=True, data=True))
    return nodes, edges


def test_hostile_values_stored_verbatim_nothing_else_changed(db):
    driver, database = db
    fixture = list(read_events(FIXTURE).records)
    load_records(driver, fixture, database)
    batch = parse_events_jsonl([json.dumps(hostile_record())], "hostile")
    assert batch.skipped == ()
    summary = load_records(driver, batch.records, database)
    assert (summary.nodes_deleted, summary.relationships_deleted) == (0, 0)
    assert snapshot(read_graph(driver, database)) == snapshot(build_graph(fixture + list(batch.records)))
    rows = driver.execute_query(
        "MATCH (f:Firm {id: $id})<-[:TARGET]-(e:Event)-[:REPORTED_IN]->(a:Article)-[:PUBLISHED_BY]->(s:Source) "
        "MATCH (e)-[:ITEM]->(i:Item) "
        "RETURN f.name AS firm, f.country AS country, a.title AS title, a.article_id AS aid, s.name AS source, "
        "e.currency AS currency, i.name AS item, i.kind AS kind, a.url AS url",
        {"id": "org:evil`firm'}"},
        database_=database,
    ).records
    assert [r.data() for r in rows] == [
        {
            "firm": HOSTILE[0],
            "country": HOSTILE[3],
            "title": HOSTILE[2],
            "aid": "evil'\"`{}//",
            "source": HOSTILE[1],
            "currency": HOSTILE[4],
            "item": HOSTILE[5],
            "kind": HOSTILE[1],
            "url": "https://e.x/?q={$rows}&a='b'",
        }
    ]
    labels = driver.execute_query(
        "MATCH (n) UNWIND labels(n) AS l RETURN DISTINCT l ORDER BY l", database_=database
    ).records
    assert [r["l"] for r in labels if r["l"] not in TALLY_LABELS] == [  # tallies: the loader's bookkeeping
        "Agency",
        "Article",
        "Bloc",
        "Country",
        "Element",
        "Entity",
        "Event",
        "Firm",
        "Item",
        "Measure",
        "Person",
        "Source",
    ]


def test_hostile_label_is_rejected_at_the_boundary(db, tmp_path, capsys):
    driver, database = db
    record = hostile_record()
    record["entities"][0]["type"] = "Firm) DETACH DELETE n //"
    path = tmp_path / "hostile.jsonl"
    path.write_text(FIXTURE.read_text(encoding="utf-8") + json.dumps(record) + "\n", encoding="utf-8")
    assert main(["load", str(path)]) == 3
    assert capsys.readouterr().err == (
        f"{path}:7: entity 1: 'type' is 'Firm) DETACH DELETE n //', expected one of Country, Bloc, "
        "Agency, Firm, Person, Element, Item\n"
    )
    assert snapshot(read_graph(driver, database)) == snapshot(build_graph(read_events(FIXTURE).records))
