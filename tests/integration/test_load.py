"""graph/load.py on the real server: exact graph, idempotence, batches, --replace, lifecycle."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from policykg.cli import main
from policykg.graph.build import build_graph
from policykg.graph.events_io import read_events
from policykg.graph.load import apply_schema, load_graph, load_records, read_graph
from policykg.graph.tallies import TALLY_LABELS
from tests.helpers import graph_nodes, graph_rels

pytestmark = pytest.mark.neo4j

DATA = Path(__file__).parents[1] / "data"
FIXTURE = DATA / "events_fixture.jsonl"
GOLD = DATA.parent.parent / "data" / "gold" / "seed-gold.jsonl"


@pytest.fixture
def db(clean_db):
    """(driver, database) on an emptied database."""
    from policykg.graph import neo4j

    return clean_db, neo4j.database()


def records(*article_ids, path=FIXTURE):
    """The fixture's records, all or those with the given ids, in file order."""
    recs = read_events(path).records
    return [r for r in recs if not article_ids or r.article.article_id in article_ids]


def snapshot(graph):
    """Everything in a graph, as sorted tuples: nodes with attributes, edges with attributes."""
    nodes = sorted((n, tuple(sorted(a.items()))) for n, a in graph.nodes(data=True))
    edges = sorted((u, v, k, tuple(sorted(d.items()))) for u, v, k, d in graph.edges(keys=True, data=True))
    return nodes, edges


def by_summary(graph, rel):
    """Edges of type ``rel`` as (summary or id, summary or id)."""
    name = lambda n: graph.nodes[n].get("summary", n)  # noqa: E731
    return {(name(u), name(v)) for u, v, k in graph.edges(keys=True) if k == rel}


def test_load_fixture_gives_exactly_the_built_graph(db, capsys):
    driver, database = db
    assert main(["load", str(FIXTURE)]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out[0] == "read 6 articles with 13 events; skipped 0 lines"
    assert out[1].startswith(
        "graph: 45 nodes, 108 relationships; neo4j: 45 nodes created, 0 nodes deleted, "
        "108 relationships created, 0 relationships deleted, "
    )
    stored = read_graph(driver, database)
    assert snapshot(stored) == snapshot(build_graph(records()))
    labels = {
        rec["label"]
        for rec in driver.execute_query(
            "MATCH (n) UNWIND labels(n) AS label RETURN DISTINCT label", database_=database
        ).records
    }
    assert set(TALLY_LABELS) <= labels  # the load's bookkeeping beside the graph (graph/tallies.py)
    assert labels - set(TALLY_LABELS) == {
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
    }


def test_events_and_lifecycle_rows_in_neo4j(db):
    driver, database = db
    load_records(driver, records(), database)
    assert graph_nodes(driver, "Event", ["summary", "n_sources", "first_reported"]) == {
        ("USA impose TARIFF -> [CHN] on 2025-04-02", 1, "2025-04-05T09:00:00"),
        ("CHN impose TARIFF -> [USA] on 2025-04-04", 1, "2025-04-05T09:00:00"),
        ("CHN impose EXPORT_CONTROL [item:rare_earths, element:Dy] on 2025-10-09", 2, "2025-10-09T14:30:00"),
        ("USA impose TARIFF -> [CHN] on 2025-10-14", 1, "2025-10-21T06:00:00"),
        ("CHN impose IMPORT_RESTRICTION [item:soybeans] -> [USA] on 2025-10-20", 1, "2025-10-21T06:00:00"),
        ("USA impose EXPORT_CONTROL [item:semiconductors] -> [CHN] on 2025-09-29", 1, "2025-10-21T06:00:00"),
        ("CHN suspend EXPORT_CONTROL [item:rare_earths] on 2025-11-07", 1, "2025-11-07T18:09:00"),
        ("USA suspend TARIFF -> [CHN] on 2025-11-10", 1, "2025-11-07T18:09:00"),
        ("CHN lift IMPORT_RESTRICTION [item:soybeans] -> [USA] on 2025-11-10", 1, "2025-11-07T18:09:00"),
        ("CHN lift EXPORT_CONTROL [item:rare_earths, element:Dy] on 2026-02-01", 1, "2026-02-02T10:00:00"),
        ("NLD request EXPORT_CONTROL [item:semiconductors] -> [CHN]", 1, "2026-02-02T10:00:00"),
        ("EU threaten SANCTION -> [CHN]", 1, "2026-02-02T10:00:00"),
    }
    summary = {key: s for key, s in graph_nodes(driver, "Event", ["key", "summary"])}
    acts_on = {(summary[a], summary[b]) for a, b in graph_rels(driver, "ACTS_ON")}
    assert acts_on == {
        (
            "CHN suspend EXPORT_CONTROL [item:rare_earths] on 2025-11-07",
            "CHN impose EXPORT_CONTROL [item:rare_earths, element:Dy] on 2025-10-09",
        ),
        (
            "CHN lift EXPORT_CONTROL [item:rare_earths, element:Dy] on 2026-02-01",
            "CHN impose EXPORT_CONTROL [item:rare_earths, element:Dy] on 2025-10-09",
        ),
        ("USA suspend TARIFF -> [CHN] on 2025-11-10", "USA impose TARIFF -> [CHN] on 2025-10-14"),
        (
            "CHN lift IMPORT_RESTRICTION [item:soybeans] -> [USA] on 2025-11-10",
            "CHN impose IMPORT_RESTRICTION [item:soybeans] -> [USA] on 2025-10-20",
        ),
    }
    assert graph_rels(driver, "PUBLISHED_BY") == {
        ("fx0001aprtariff", "Xin Hua She"),
        ("fx0002oct9ctrl", "Reuters"),
        ("fx0003oct9zh", "Xin Hua She"),
        ("fx0004ustariff", "Bloomberg"),
        ("fx0005truce", "Bloomberg"),
        ("fx0006lift", "Cai Xin"),
    }
    assert graph_nodes(driver, "Firm", ["id", "name", "country"]) == {
        ("org:mp_materials", "MP Materials", "USA"),
        ("org:nexperia", "Nexperia", "NLD"),
        ("org:nvidia", "Nvidia", "USA"),
    }


def test_reload_changes_nothing(db):
    driver, database = db
    graph = build_graph(records())
    first = load_graph(driver, graph, database, batch_size=7)
    before = snapshot(read_graph(driver, database))
    second = load_graph(driver, graph, database, batch_size=7)
    assert (first.nodes_created, first.relationships_created) == (45, 108)
    assert (
        second.nodes_created,
        second.relationships_created,
        second.nodes_deleted,
        second.relationships_deleted,
        second.labels_added,
    ) == (0, 0, 0, 0, 0)
    assert snapshot(read_graph(driver, database)) == before


def test_schema_is_idempotent(db):
    driver, database = db
    apply_schema(driver, database)
    apply_schema(driver, database)
    names = {r["name"] for r in driver.execute_query("SHOW CONSTRAINTS YIELD name", database_=database).records}
    assert names >= {
        "entity_id",
        "country_id",
        "bloc_id",
        "agency_id",
        "firm_id",
        "person_id",
        "element_id",
        "item_id",
        "event_key",
        "article_id",
        "source_name",
    }


def test_second_batch_adds_and_recounts_corroboration(db):
    driver, database = db
    load_records(driver, records("fx0001aprtariff", "fx0002oct9ctrl"), database)
    event = "MATCH (e:Event {date: '2025-10-09'}) RETURN e.n_sources AS n, e.first_reported AS f, e.last_reported AS l"
    assert [tuple(r.values()) for r in driver.execute_query(event, database_=database).records] == [
        (1, "2025-10-09T14:30:00", "2025-10-09T14:30:00")
    ]
    summary = load_records(driver, records("fx0003oct9zh"), database)
    # the article (its source is known); 4 MENTIONS, PUBLISHED_BY, REPORTED_IN
    assert (summary.nodes_created, summary.relationships_created) == (1, 6)
    assert [tuple(r.values()) for r in driver.execute_query(event, database_=database).records] == [
        (2, "2025-10-09T14:30:00", "2025-10-10T08:00:00")
    ]


def test_batches_in_any_order_equal_one_load(db):
    """Lifecycle links and counts are recomputed in Neo4j, so batch order does not matter."""
    driver, database = db
    load_records(driver, records("fx0006lift", "fx0005truce"), database)
    load_records(driver, records("fx0001aprtariff"), database)
    stored = read_graph(driver, database)
    # Only April's US tariff is known: the US suspension acts on it for now; the rare-earth
    # lift acts on the suspension's own measure (its imposition is not loaded yet).
    assert by_summary(stored, "ACTS_ON") == {
        ("USA suspend TARIFF -> [CHN] on 2025-11-10", "USA impose TARIFF -> [CHN] on 2025-04-02"),
        (
            "CHN lift EXPORT_CONTROL [item:rare_earths, element:Dy] on 2026-02-01",
            "CHN suspend EXPORT_CONTROL [item:rare_earths] on 2025-11-07",
        ),
    }
    load_records(driver, records("fx0004ustariff", "fx0003oct9zh", "fx0002oct9ctrl"), database)
    # The October tariff is later: the link moved; the rare-earth chain is complete.
    assert snapshot(read_graph(driver, database)) == snapshot(build_graph(records()))


def test_replace_clears_and_reloads(db, capsys):
    driver, database = db
    assert main(["load", str(GOLD)]) == 0
    assert read_graph(driver, database).number_of_nodes() == 119
    assert main(["load", "--replace", "--batch-size", "5", str(FIXTURE)]) == 0
    assert "119 nodes deleted" in capsys.readouterr().out
    assert snapshot(read_graph(driver, database)) == snapshot(build_graph(records()))


def test_load_bad_line_exit_3_rest_loaded_and_strict_writes_nothing(db, tmp_path, capsys):
    driver, database = db
    bad = tmp_path / "bad.jsonl"
    lines = FIXTURE.read_text(encoding="utf-8").splitlines()
    broken = json.loads(lines[1])
    broken["events"][0]["actors"] = ["XXX"]
    bad.write_text("\n".join([lines[0], json.dumps(broken), *lines[2:]]) + "\n", encoding="utf-8")
    assert main(["load", "--strict", str(bad)]) == 1
    assert read_graph(driver, database).number_of_nodes() == 0
    capsys.readouterr()
    assert main(["load", str(bad)]) == 3
    err = capsys.readouterr().err
    assert err == f"{bad}:2: event 1: id 'XXX' is not among the article's entities\n"
    stored = read_graph(driver, database)
    assert snapshot(stored) == snapshot(build_graph([r for r in records() if r.article.article_id != "fx0002oct9ctrl"]))


def test_export_from_neo4j_matches_events_export(db, tmp_path, capsys):
    driver, database = db
    load_records(driver, records(), database)
    assert main(["export", "--format", "json", "--out", str(tmp_path / "db.json"), "--from-neo4j"]) == 0
    assert main(["export", "--format", "json", "--out", str(tmp_path / "ev.json"), str(FIXTURE)]) == 0
    db_json = json.loads((tmp_path / "db.json").read_text())
    ev_json = json.loads((tmp_path / "ev.json").read_text())
    key = lambda items: sorted(json.dumps(i, sort_keys=True) for i in items)  # noqa: E731
    assert (key(db_json["nodes"]), key(db_json["edges"])) == (key(ev_json["nodes"]), key(ev_json["edges"]))


def _extracted_graph(paths):
    """The graph of what extraction (rules only) gives for ``paths``, validated like a file."""
    from policykg.extract.pipeline import extract_articles
    from policykg.extract.read import read_paths
    from policykg.graph.events_io import parse_events_jsonl

    recs = extract_articles(read_paths([str(p) for p in paths]).articles)
    batch = parse_events_jsonl((json.dumps(r.to_json(), ensure_ascii=False) for r in recs), "x")
    assert batch.skipped == ()
    return batch, build_graph(batch.records)


def test_ingest_reads_extracts_and_loads(db, capsys):
    driver, database = db
    corpus = Path(__file__).parents[2] / "data" / "corpus"
    batch, expected = _extracted_graph([corpus])
    assert main(["ingest", str(corpus)]) == 0
    out = capsys.readouterr().out.splitlines()
    events = sum(len(r.events) for r in batch.records)
    assert out[:2] == [
        "read 13 articles from 2 files; skipped 0; 0 duplicates",
        f"extracted {events} events from 13 articles",
    ]
    assert out[2].startswith(f"graph: {expected.number_of_nodes()} nodes, {expected.number_of_edges()} relationships;")
    assert snapshot(read_graph(driver, database)) == snapshot(expected)


def test_ingest_with_hostile_inputs_exit_3_and_loads_every_readable_article(db, capsys):
    driver, database = db
    corpus = Path(__file__).parents[2] / "data" / "corpus"
    hostile = DATA / "hostile"
    batch, expected = _extracted_graph([corpus, hostile])
    assert main(["ingest", str(corpus), str(hostile)]) == 3
    captured = capsys.readouterr()
    assert captured.out.splitlines()[0].startswith("read 27 articles from 18 files; skipped 8 (")
    assert f"{hostile}/binary.txt:1: binary file" in captured.err
    assert len(batch.records) == 27
    assert snapshot(read_graph(driver, database)) == snapshot(expected)
    assert main(["ingest", "--strict", str(hostile)]) == 1


def test_reload_of_existing_article_with_new_and_existing_events(db):
    """Mixed batch: one article already stored, its events partly known; the fast path MERGEs what exists."""
    driver, database = db
    load_records(driver, records("fx0002oct9ctrl", "fx0004ustariff"), database)
    # fx0003oct9zh reports the Oct 9 control (known event, new article); fx0002 is re-sent as is.
    summary = load_records(driver, records("fx0002oct9ctrl", "fx0003oct9zh", "fx0005truce"), database)
    assert summary.nodes_created == len(
        set(build_graph(records("fx0002oct9ctrl", "fx0003oct9zh", "fx0004ustariff", "fx0005truce")))
        - set(build_graph(records("fx0002oct9ctrl", "fx0004ustariff")))
    )
    expected = build_graph(records("fx0002oct9ctrl", "fx0003oct9zh", "fx0004ustariff", "fx0005truce"))
    assert snapshot(read_graph(driver, database)) == snapshot(expected)
    again = load_records(driver, records("fx0003oct9zh", "fx0005truce"), database)
    assert (again.nodes_created, again.relationships_created, again.relationships_deleted) == (0, 0, 0)
    assert snapshot(read_graph(driver, database)) == snapshot(expected)


@pytest.mark.parametrize("writers,batch_size", [(1, 7), (2, 7), (3, 1)])
def test_fast_and_legacy_strategies_give_the_same_graph(db, writers, batch_size):
    driver, database = db
    graph = build_graph(records())
    load_graph(driver, graph, database, strategy="legacy")
    legacy = snapshot(read_graph(driver, database))
    load_graph(driver, graph, database, replace=True, writers=writers, batch_size=batch_size)
    assert snapshot(read_graph(driver, database)) == legacy == snapshot(graph)
    rels = driver.execute_query("MATCH ()-[r]->() RETURN count(r) AS n", database_=database).records[0]["n"]
    assert rels == graph.number_of_edges()  # no relationship CREATEd twice


@pytest.mark.parametrize("batch_size", [4, 60])
def test_two_writers_give_exactly_the_graph_of_one_writer(db, batch_size):
    """Entities, articles and events split into batches written by two parallel sessions: the one-writer graph."""
    driver, database = db
    graph = build_graph(records() + records(path=GOLD))
    load_graph(driver, graph, database, writers=1, batch_size=batch_size)
    one = snapshot(read_graph(driver, database))
    load_graph(driver, graph, database, replace=True, writers=2, batch_size=batch_size)
    assert snapshot(read_graph(driver, database)) == one == snapshot(graph)
    count = "MATCH ()-[r]->() RETURN count(r) AS n"
    assert driver.execute_query(count, database_=database).records[0]["n"] == graph.number_of_edges()
    again = load_graph(driver, graph, database, writers=2, batch_size=batch_size)
    assert (again.nodes_created, again.relationships_created, again.relationships_deleted) == (0, 0, 0)
    assert snapshot(read_graph(driver, database)) == one


def test_chunked_cli_load_equals_whole_load(db, capsys):
    driver, database = db
    assert main(["load", "--chunk-size", "2", "--writers", "2", "--batch-size", "5", str(FIXTURE)]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out[0] == "read 6 articles with 13 events; skipped 0 lines"
    assert out[1].startswith("graph: ") and " in 3 chunks; neo4j: 45 nodes created, 0 nodes deleted, " in out[1]
    assert snapshot(read_graph(driver, database)) == snapshot(build_graph(records()))


def test_chunked_load_applies_a_merge_across_chunks(db, tmp_path):
    """A correction merging reports of two articles in different chunks applies as in a whole load."""
    from policykg.graph.corrections import Correction, report_ids
    from policykg.graph.review_api import corrected

    driver, database = db
    recs = records()
    first, last = recs[0], recs[-1]
    event = first.events[0]
    fix = Correction(
        "c-1",
        "2025-12-01T00:00:00Z",
        "merge",
        report_ids(first.article.article_id, first.events)[0],
        first.article.article_id,
        (event.evidence_start, event.evidence_end),
        with_report=report_ids(last.article.article_id, last.events)[0],
    )
    fixes = tmp_path / "corrections.jsonl"
    fixes.write_text(json.dumps(fix.to_json()) + "\n", encoding="utf-8")
    whole, report, _ = corrected(recs, fixes)
    assert report.applied == ("c-1",)
    assert snapshot(build_graph(whole)) != snapshot(build_graph(recs))  # the merge changes the graph
    assert main(["load", "--chunk-size", "2", "--corrections", str(fixes), str(FIXTURE)]) == 0
    assert snapshot(read_graph(driver, database)) == snapshot(build_graph(whole))
