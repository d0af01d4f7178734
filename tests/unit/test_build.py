"""graph/build.py: nodes, roles, corroboration and lifecycle on the events fixture."""

from __future__ import annotations

from pathlib import Path

import pytest

from policykg.extract.models import Article, ArticleRecord, Entity, Event
from policykg.graph.build import (
    ENTITY_LABELS,
    REL_TYPES,
    build_graph,
    event_key,
    graph_to_rows,
)
from policykg.graph.events_io import read_events

FIXTURE = Path(__file__).parents[1] / "data" / "events_fixture.jsonl"

# Event summaries (build.event_summary) of the fixture's 12 distinct events.
US_TARIFF_APR = "USA impose TARIFF -> [CHN] on 2025-04-02"
CN_TARIFF_APR = "CHN impose TARIFF -> [USA] on 2025-04-04"
CN_RE_CTRL = "CHN impose EXPORT_CONTROL [item:rare_earths, element:Dy] on 2025-10-09"
US_TARIFF_OCT = "USA impose TARIFF -> [CHN] on 2025-10-14"
CN_SOY_BAN = "CHN impose IMPORT_RESTRICTION [item:soybeans] -> [USA] on 2025-10-20"
US_CHIPS = "USA impose EXPORT_CONTROL [item:semiconductors] -> [CHN] on 2025-09-29"
CN_RE_SUSPEND = "CHN suspend EXPORT_CONTROL [item:rare_earths] on 2025-11-07"
US_TARIFF_SUSPEND = "USA suspend TARIFF -> [CHN] on 2025-11-10"
CN_SOY_LIFT = "CHN lift IMPORT_RESTRICTION [item:soybeans] -> [USA] on 2025-11-10"
CN_RE_LIFT = "CHN lift EXPORT_CONTROL [item:rare_earths, element:Dy] on 2026-02-01"
NL_REQUEST = "NLD request EXPORT_CONTROL [item:semiconductors] -> [CHN]"
EU_THREAT = "EU threaten SANCTION -> [CHN]"


@pytest.fixture(scope="module")
def graph():
    batch = read_events(FIXTURE)
    assert batch.skipped == ()
    return build_graph(batch.records)


def _name(graph, node):
    """An event by its summary, any other node by its id."""
    return graph.nodes[node].get("summary", node)


def _edges(graph, rel):
    return {(_name(graph, s), _name(graph, d)) for s, d, k in graph.edges(keys=True) if k == rel}


def test_nodes_by_label(graph):
    nodes = {(attrs["label"], _name(graph, n)) for n, attrs in graph.nodes(data=True)}
    assert nodes == {
        ("Country", "CHN"),
        ("Country", "USA"),
        ("Country", "NLD"),
        ("Bloc", "EU"),
        ("Agency", "org:mofcom"),
        ("Agency", "org:gac"),
        ("Agency", "org:bis"),
        ("Person", "person:donald_trump"),
        ("Firm", "org:mp_materials"),
        ("Firm", "org:nexperia"),
        ("Firm", "org:nvidia"),
        ("Item", "item:rare_earths"),
        ("Element", "element:Dy"),
        ("Item", "item:soybeans"),
        ("Item", "item:semiconductors"),
        ("Article", "article:fx0001aprtariff"),
        ("Article", "article:fx0002oct9ctrl"),
        ("Article", "article:fx0003oct9zh"),
        ("Article", "article:fx0004ustariff"),
        ("Article", "article:fx0005truce"),
        ("Article", "article:fx0006lift"),
        ("Source", "source:Xin Hua She"),
        ("Source", "source:Reuters"),
        ("Source", "source:Bloomberg"),
        ("Source", "source:Cai Xin"),
        *{
            ("Event", s)
            for s in (
                US_TARIFF_APR,
                CN_TARIFF_APR,
                CN_RE_CTRL,
                US_TARIFF_OCT,
                CN_SOY_BAN,
                US_CHIPS,
                CN_RE_SUSPEND,
                US_TARIFF_SUSPEND,
                CN_SOY_LIFT,
                CN_RE_LIFT,
                NL_REQUEST,
                EU_THREAT,
            )
        },
        # one measure per founding act (the key of its founding event)
        *{
            ("Measure", n)
            for n, s in _founding(graph).items()
            if s
            in (US_TARIFF_APR, CN_TARIFF_APR, CN_RE_CTRL, US_TARIFF_OCT, CN_SOY_BAN, US_CHIPS, NL_REQUEST, EU_THREAT)
        },
    }
    assert len(_founding(graph)) == 8
    labels = (*ENTITY_LABELS, "Event", "Measure", "Article", "Source")
    assert all(attrs["label"] in labels for _, attrs in graph.nodes(data=True))


def _founding(graph):
    """Measure node -> the summary of its founding event (the event with the measure's key)."""
    return {
        n: graph.nodes["event:" + a["key"]]["summary"] for n, a in graph.nodes(data=True) if a["label"] == "Measure"
    }


def test_edge_counts_per_type(graph):
    counts = {rel: len(_edges(graph, rel)) for rel in REL_TYPES}
    assert counts == {
        "ACTOR": 20,
        "ITEM": 9,
        "TARGET": 9,
        "REPORTED_IN": 13,
        "ACTS_ON": 4,
        "PART_OF": 12,
        "RESPONDS_TO": 0,
        "PUBLISHED_BY": 6,
        "MENTIONS": 35,
    }
    assert graph.number_of_edges() == 108


def test_roles_of_two_events(graph):
    actors = {
        (a, e, graph.edges[u, v, "ACTOR"]["position"])
        for u, v, k in graph.edges(keys=True)
        if k == "ACTOR"
        for a, e in [(_name(graph, u), _name(graph, v))]
        if e in (CN_RE_SUSPEND, US_CHIPS)
    }
    assert actors == {
        ("CHN", CN_RE_SUSPEND, 0),
        ("org:mofcom", CN_RE_SUSPEND, 1),
        ("org:gac", CN_RE_SUSPEND, 2),
        ("USA", US_CHIPS, 0),
        ("org:bis", US_CHIPS, 1),
    }
    assert {e for e in _edges(graph, "ITEM") if e[0] == CN_RE_CTRL} == {
        (CN_RE_CTRL, "item:rare_earths"),
        (CN_RE_CTRL, "element:Dy"),
    }
    assert {e for e in _edges(graph, "TARGET") if e[1] == "USA"} == {
        (CN_TARIFF_APR, "USA"),
        (CN_SOY_BAN, "USA"),
        (CN_SOY_LIFT, "USA"),
    }


def test_corroboration_two_articles_two_languages(graph):
    events = {attrs["summary"]: attrs for _, attrs in graph.nodes(data=True) if attrs["label"] == "Event"}
    ctrl = events[CN_RE_CTRL]
    assert (ctrl["n_sources"], ctrl["first_reported"], ctrl["last_reported"]) == (
        2,
        "2025-10-09T14:30:00",
        "2025-10-10T08:00:00",
    )
    assert {e for e in _edges(graph, "REPORTED_IN") if e[0] == CN_RE_CTRL} == {
        (CN_RE_CTRL, "article:fx0002oct9ctrl"),
        (CN_RE_CTRL, "article:fx0003oct9zh"),
    }
    assert sorted(a["n_sources"] for a in events.values()) == [1] * 11 + [2]


def test_event_properties_flattened(graph):
    events = {attrs["summary"]: attrs for _, attrs in graph.nodes(data=True) if attrs["label"] == "Event"}
    tariff = {k: v for k, v in events[US_TARIFF_OCT].items() if k not in ("key", "summary")}
    assert tariff == {
        "label": "Event",
        "type": "TARIFF",
        "action": "impose",
        "date": "2025-10-14",
        "until": "2025-12-31",
        "rate_pct": 100,
        "n_sources": 1,
        "first_reported": "2025-10-21T06:00:00",
        "last_reported": "2025-10-21T06:00:00",
        "provenance": "machine",
        "block": "TARIFF|USA",
        "actor": "USA",
        "items": [],
        "targets": ["CHN"],
        "articles": ["fx0004ustariff"],
        "outlets": ["Bloomberg"],
        "n_outlets": 1,
        "confidence": ["single_source"],
    }
    assert {k: events[NL_REQUEST].get(k) for k in ("date", "count", "unit")} == {
        "date": None,
        "count": 1,
        "unit": "applications",
    }


def test_lifecycle_links_to_latest_matching_impose(graph):
    assert _edges(graph, "ACTS_ON") == {
        (CN_RE_SUSPEND, CN_RE_CTRL),  # items overlap (rare earths), no targets on either side
        (CN_RE_LIFT, CN_RE_CTRL),  # impose -> suspend -> lift chain
        (US_TARIFF_SUSPEND, US_TARIFF_OCT),  # the later of two US tariffs on CHN (not April's)
        (CN_SOY_LIFT, CN_SOY_BAN),
    }


def test_reported_in_evidence_and_mentions(graph):
    data = graph.edges[
        "event:" + graph.nodes[next(n for n, a in graph.nodes(data=True) if a.get("summary") == CN_RE_CTRL)]["key"],
        "article:fx0003oct9zh",
        "REPORTED_IN",
    ]
    assert data == {
        "type": "REPORTED_IN",
        "evidence": "商务部10月9日公布对稀土及镝等相关物项实施出口管制",
        "evidence_start": 15,
        "evidence_end": 40,
        "report": "fx0003oct9zh:15-40",
        "provenance": "machine",
    }
    assert {d for s, d in _edges(graph, "MENTIONS") if s == "article:fx0002oct9ctrl"} == {
        "CHN",
        "org:mofcom",
        "item:rare_earths",
        "element:Dy",
        "org:mp_materials",
        "USA",
    }


def _record(article_id, events, published="2025-01-01T00:00:00", entities=None):
    ents = entities or (
        Entity("CHN", "Country", "China"),
        Entity("USA", "Country", "United States"),
        Entity("item:a", "Item", "a"),
        Entity("item:b", "Item", "b"),
    )
    return ArticleRecord(
        Article("t " + article_id, "", source="S", published=published, article_id=article_id),
        "en",
        ents,
        tuple(events),
    )


def test_event_key_ignores_order_coactors_and_values():
    base = Event(
        "EXPORT_CONTROL",
        "impose",
        ("CHN", "org:mofcom"),
        items=("item:a", "item:b"),
        targets=("USA", "EU"),
        date="2025-10-09",
    )
    same = Event(
        "EXPORT_CONTROL",
        "impose",
        ("CHN",),
        items=("item:b", "item:a"),
        targets=("EU", "USA"),
        date="2025-10-09",
        value=(("rate_pct", 5),),
        until="2026-01-01",
    )
    assert event_key(base) == event_key(same)
    differs = [
        Event("EXPORT_CONTROL", "impose", ("USA",), items=base.items, targets=base.targets, date=base.date),
        Event("EXPORT_CONTROL", "suspend", base.actors, items=base.items, targets=base.targets, date=base.date),
        Event("EXPORT_CONTROL", "impose", base.actors, items=("item:a",), targets=base.targets, date=base.date),
        Event("EXPORT_CONTROL", "impose", base.actors, items=base.items, targets=("USA",), date=base.date),
        Event("EXPORT_CONTROL", "impose", base.actors, items=base.items, targets=base.targets),
        Event("TARIFF", "impose", base.actors, items=base.items, targets=base.targets, date=base.date),
    ]
    assert len({event_key(e) for e in differs} | {event_key(base)}) == 7


def test_first_non_null_wins_and_coactors_union():
    first = Event("TARIFF", "impose", ("USA",), targets=("CHN",), date="2025-03-04")
    second = Event(
        "TARIFF",
        "impose",
        ("USA", "CHN"),
        targets=("CHN",),
        date="2025-03-04",
        until="2025-12-31",
        value=(("rate_pct", 10),),
    )
    third = Event("TARIFF", "impose", ("USA",), targets=("CHN",), date="2025-03-04", value=(("rate_pct", 20),))
    g = build_graph(
        [
            _record("a1", [first], "2025-03-05T00:00:00"),
            _record("a2", [second], "2025-03-04T00:00:00"),
            _record("a3", [third], "2025-03-06T00:00:00"),
        ]
    )
    node = "event:" + event_key(first)
    attrs = g.nodes[node]
    assert (attrs["until"], attrs["rate_pct"], attrs["n_sources"], attrs["first_reported"], attrs["last_reported"]) == (
        "2025-12-31",
        10,
        3,
        "2025-03-04T00:00:00",
        "2025-03-06T00:00:00",
    )
    assert {(u, g.edges[u, v, k]["position"]) for u, v, k in g.in_edges(node, keys=True)} == {("USA", 0), ("CHN", 1)}


def test_lifecycle_rules():
    imp_a = Event("EXPORT_CONTROL", "impose", ("CHN",), items=("item:a",), targets=("USA",), date="2025-01-01")
    imp_b = Event("EXPORT_CONTROL", "impose", ("CHN",), items=("item:b",), date="2025-02-01")
    imp_late = Event("EXPORT_CONTROL", "impose", ("CHN",), items=("item:a",), date="2025-06-01")
    sus_a = Event("EXPORT_CONTROL", "suspend", ("CHN",), items=("item:a", "item:b"), date="2025-03-01")
    lift_usa = Event("EXPORT_CONTROL", "lift", ("USA",), items=("item:a",), date="2025-03-01")
    ext_undated = Event("EXPORT_CONTROL", "extend", ("CHN",), items=("item:b",))
    tariff_sus = Event("TARIFF", "suspend", ("CHN",), items=("item:a",), date="2025-03-01")
    g = build_graph(
        [_record("r1", [imp_a, imp_b, imp_late, sus_a, lift_usa, ext_undated, tariff_sus], "2025-07-01T00:00:00")]
    )
    names = {
        "event:" + event_key(e, "r1"): n
        for n, e in [
            ("imp_a", imp_a),
            ("imp_b", imp_b),
            ("imp_late", imp_late),
            ("sus_a", sus_a),
            ("lift_usa", lift_usa),
            ("ext_undated", ext_undated),
            ("tariff_sus", tariff_sus),
        ]
    }
    links = {(names[u], names[v]) for u, v, k in g.edges(keys=True) if k == "ACTS_ON"}
    # sus_a: imp_late is after it; imp_b (Feb) is later than imp_a (Jan); ext_undated falls
    # back to first_reported (2025-07-01), so the June impose on item:b is not a candidate.
    assert links == {("sus_a", "imp_b"), ("ext_undated", "imp_b")}
    blocks = {names["event:" + a["key"]]: a["block"] for _, a in g.nodes(data=True) if a["label"] == "Measure"}
    assert blocks == {
        "imp_a": "EXPORT_CONTROL|CHN",
        "imp_b": "EXPORT_CONTROL|CHN",
        "imp_late": "EXPORT_CONTROL|CHN",
        "lift_usa": "EXPORT_CONTROL|USA",
        "tariff_sus": "TARIFF|CHN",
    }


def test_graph_to_rows(graph):
    rows = graph_to_rows(graph)
    assert {label: len(r) for label, r in rows.nodes.items()} == {
        "Country": 3,
        "Bloc": 1,
        "Agency": 3,
        "Firm": 3,
        "Person": 1,
        "Element": 1,
        "Item": 3,
        "Event": 12,
        "Measure": 8,
        "Article": 6,
        "Source": 4,
    }
    assert rows.nodes["Firm"][0] == {
        "key": "org:mp_materials",
        "id": "org:mp_materials",
        "name": "MP Materials",
        "country": "USA",
    }
    assert rows.nodes["Source"][0] == {"key": "Bloomberg", "name": "Bloomberg"}
    assert sorted((r["src"], r["dst"]) for r in rows.rels["PUBLISHED_BY"]) == [
        ("fx0001aprtariff", "Xin Hua She"),
        ("fx0002oct9ctrl", "Reuters"),
        ("fx0003oct9zh", "Xin Hua She"),
        ("fx0004ustariff", "Bloomberg"),
        ("fx0005truce", "Bloomberg"),
        ("fx0006lift", "Cai Xin"),
    ]
    assert {tuple(sorted(r)) for r in rows.rels["ACTOR"]} == {("dst", "position", "src")}


def test_cypher_files_closed_tables_and_headers():
    """Every label and relationship type has its own statement file; no file is a template."""
    import importlib.resources
    import re

    from policykg.graph.build import LINK_REL_TYPES, NODE_LABELS
    from policykg.graph.load import NODE_QUERIES, REL_QUERIES, cypher, schema_statements

    assert set(NODE_QUERIES) == set(NODE_LABELS) - {"Measure"}  # Measure: merge_measure.cypher (relink)
    assert set(REL_QUERIES) == set(REL_TYPES) - set(LINK_REL_TYPES)  # link_measure / link_response
    folder = importlib.resources.files("policykg.graph") / "cypher"
    names = sorted(p.name.removesuffix(".cypher") for p in folder.iterdir() if p.name.endswith(".cypher"))
    assert set(NODE_QUERIES.values()) | set(REL_QUERIES.values()) <= set(names)
    for name in names:
        text = cypher(name)
        assert text.startswith(f"// {name}: "), name
        body = "\n".join(line for line in text.splitlines() if not line.startswith("//"))
        merges = 2 if name == "link_measure" else 1 if name.startswith(("merge_", "link_")) else 0
        assert len(re.findall(r"\bMERGE\b", body)) == merges, name
        assert not re.search(r"\{[a-z_]*\}|%s|\+ *'", body), name  # no format placeholders
    for label, name in NODE_QUERIES.items():
        assert f":{label}" in cypher(name)
    for rel, name in REL_QUERIES.items():
        assert f"[r:{rel}]" in cypher(name) or f"[:{rel}]" in cypher(name)
    statements = schema_statements()
    assert len(statements) == 31
    assert all(" IF NOT EXISTS " in s and s.startswith("CREATE ") for s in statements)
