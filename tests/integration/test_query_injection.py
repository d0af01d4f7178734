"""Injection through query parameters: hostile values are data, never Cypher.

Every string and list parameter of every canned query is given values built to
break out of a string literal or a pattern (quotes, backticks, braces, ``//``,
``DETACH DELETE``, ``' OR 1=1 //``).  They must match nothing (no entity has such
an id), come back verbatim where the graph holds them, and change nothing: the
whole graph is compared before and after.
"""

from __future__ import annotations

import json
import math
from pathlib import Path
from typing import Any

import pytest

from policykg.cli import main
from policykg.extract.models import Event
from policykg.graph import neo4j as kg_neo4j
from policykg.graph.build import ENTITY_LABELS, event_key
from policykg.graph.events_io import parse_events_jsonl, read_events
from policykg.graph.load import clear_graph, load_records, read_graph
from policykg.queries import list_queries, run_query
from policykg.queries.names import NameLookupError

pytestmark = pytest.mark.neo4j

FIXTURE = Path(__file__).resolve().parents[1] / "data" / "events_fixture.jsonl"

HOSTILE = (
    "' OR 1=1 //",
    "CHN' OR 1=1 //",
    'CHN" OR "1"="1',
    "CHN\\' OR true //",
    "`) DETACH DELETE n //",
    "CHN'}) MATCH (n) DETACH DELETE n //",
    "{id: 'CHN'}",
    "$actor",
    "CHN\n// RETURN 1",
    "/* */ MATCH (n) DETACH DELETE n",
    "CHN'); CALL db.clearQueryCaches(); //",
)

# Entities whose ids and names are themselves hostile, stored through the loader.
EVIL_ID = "org:evil' OR 1=1 //"
EVIL_NAME = "Robert'); MATCH (n) DETACH DELETE n; //"
ODD_ITEM = "item:`x`{y: 1}"
ODD_ITEM_NAME = '{braces} `ticks` "quotes" // DETACH DELETE'
EVIL_TITLE = "Title with `backticks`, {braces}, 'quotes' and // DETACH DELETE n"
EVIL_EVIDENCE = "sanctioned }) MATCH (n) DETACH DELETE n // ' OR 1=1 //"
HOSTILE_RECORD = {
    "article_id": "fx_hostile",
    "title": EVIL_TITLE,
    "source": "Source'; DROP //",
    "published": "2025-12-01T00:00:00",
    "url": None,
    "lang": "en",
    "entities": [
        {"id": EVIL_ID, "type": "Firm", "name": EVIL_NAME},
        {"id": ODD_ITEM, "type": "Item", "name": ODD_ITEM_NAME},
        {"id": "CHN", "type": "Country", "name": "China"},
    ],
    "events": [
        {
            "type": "SANCTION",
            "action": "impose",
            "actors": [EVIL_ID],
            "items": [ODD_ITEM],
            "targets": ["CHN"],
            "date": "2025-12-01",
            "until": None,
            "value": None,
            "evidence": EVIL_EVIDENCE,
            "evidence_start": 0,
            "evidence_end": len(EVIL_EVIDENCE),
        }
    ],
}
EVIL_EVENT = event_key(Event("SANCTION", "impose", (EVIL_ID,), (ODD_ITEM,), ("CHN",), "2025-12-01"))


def _snapshot(driver: Any) -> tuple[list[str], list[str]]:
    """Every node and relationship with all its properties, as sorted text."""
    g = read_graph(driver, kg_neo4j.database())
    nodes = sorted(repr((n, sorted(d.items()))) for n, d in g.nodes(data=True))
    edges = sorted(repr((a, b, k, sorted(d.items()))) for a, b, k, d in g.edges(keys=True, data=True))
    return nodes, edges


@pytest.fixture(scope="module")
def db(neo4j_driver: Any) -> Any:
    database = kg_neo4j.database()
    clear_graph(neo4j_driver, database)
    records = read_events(FIXTURE).records
    hostile = parse_events_jsonl([json.dumps(HOSTILE_RECORD)], "hostile")
    assert hostile.skipped == ()
    load_records(neo4j_driver, records + hostile.records, database)
    before = _snapshot(neo4j_driver)
    # the fixture (with its 8 measures) + an article, a source, an event, its measure, two entities
    assert len(before[0]) == 45 + 6
    yield neo4j_driver
    assert _snapshot(neo4j_driver) == before, "a query changed the graph"


def _text_params() -> list[tuple[str, str, str]]:
    """(query, parameter, type) for every string and list parameter of every query."""
    return [(q.name, p.name, p.type) for q in list_queries() for p in q.params if p.type in ("string", "list")]


def _required(query_name: str, value: Any) -> dict[str, Any]:
    """Values for the query's required parameters: the hostile text, or a valid date."""
    query = next(q for q in list_queries() if q.name == query_name)
    return {p.name: ("2025-01-01" if p.type == "date" else value) for p in query.params if p.required}


@pytest.mark.parametrize(("query", "param", "type_"), _text_params())
def test_hostile_parameter_matches_nothing(db: Any, query: str, param: str, type_: str) -> None:
    matched = {}
    for hostile in HOSTILE:
        params = _required(query, hostile)
        params[param] = [hostile] if type_ == "list" else hostile
        try:
            matched[hostile] = len(run_query(query, db, **params))
        except NameLookupError as exc:  # a name-taking parameter refuses it before any Cypher runs
            assert "\n" not in str(exc)
            matched[hostile] = 0
    assert matched == (_containing(db) if (query, param) == ("entities", "search") else dict.fromkeys(HOSTILE, 0))


def _containing(driver: Any) -> dict[str, int]:
    """`entities` searches: a value matches, as data, the stored entities whose id or name contains it."""
    g = read_graph(driver, kg_neo4j.database())
    stored = [(n.lower(), str(d.get("name", "")).lower()) for n, d in g.nodes(data=True) if d["label"] in ENTITY_LABELS]
    return {h: sum(1 for i, name in stored if h.lower() in i or h.lower() in name) for h in HOSTILE}


def _cells(df, *columns: str) -> list[tuple]:
    def cell(v: Any) -> Any:
        if isinstance(v, list):
            return tuple(v)
        return None if isinstance(v, float) and math.isnan(v) else v

    return [tuple(cell(v) for v in row) for row in df[list(columns)].itertuples(index=False, name=None)]


def test_hostile_ids_match_verbatim(db: Any) -> None:
    df = run_query("who_restricts", db, actor=EVIL_ID)
    assert _cells(df, "actor", "actor_name", "items", "targets", "event") == [
        (EVIL_ID, EVIL_NAME, (ODD_ITEM,), ("CHN",), EVIL_EVENT)
    ]
    assert _cells(run_query("timeline", db, entity=ODD_ITEM), "roles", "actor", "event") == [
        (("item",), EVIL_ID, EVIL_EVENT)
    ]
    assert _cells(run_query("exposure", db, item=ODD_ITEM), "role", "id", "name") == [
        ("restricts", EVIL_ID, EVIL_NAME),
        ("targeted", "CHN", "China"),
        ("firm_mentioned", EVIL_ID, EVIL_NAME),
    ]


def test_hostile_text_comes_back_verbatim(db: Any) -> None:
    df = run_query("evidence", db, entity=EVIL_ID, other=ODD_ITEM)
    assert _cells(df, "event", "evidence", "title", "source") == [
        (EVIL_EVENT, EVIL_EVIDENCE, EVIL_TITLE, "Source'; DROP //")
    ]
    df = run_query("neighbourhood", db, entity=ODD_ITEM, hops=1)
    assert _cells(df, "from_id", "rel", "to_id", "to_name") == [(EVIL_EVENT, "ITEM", ODD_ITEM, ODD_ITEM_NAME)]


def test_hostile_values_through_the_cli(db: Any, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["query", "who_restricts", "--param", f"actor={EVIL_ID}", "--format", "json"]) == 0
    rows = json.loads(capsys.readouterr().out)
    assert [(r["actor"], r["actor_name"], r["items"]) for r in rows] == [(EVIL_ID, EVIL_NAME, [ODD_ITEM])]
    # a name-taking parameter refuses a value that names nothing, in one line, before any Cypher runs
    assert main(["query", "who_restricts", "--param", "actor=' OR 1=1 //"]) == 1
    captured = capsys.readouterr()
    assert captured.out == "" and captured.err.count("\n") == 1
    # (the nearest stored names are suggested: the hostile firm's id contains the value, as data)
    assert captured.err.startswith(
        "policykg: error: no entity \"' OR 1=1 //\" for actor; did you mean org:evil' OR 1=1 //"
    )
    # a list parameter splits on commas only: the pieces stay verbatim (and are checked one by one)
    assert main(["query", "retaliation", "--param", "types=TARIFF' OR 1=1 //,`x`}", "--format", "csv"]) == 1
    assert capsys.readouterr().err.startswith('policykg: error: no value "TARIFF\' OR 1=1 //" for types; ')
