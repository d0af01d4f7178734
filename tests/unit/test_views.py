"""HTML views without a browser: selection, payload, escaping, offline page, files, CLI."""

from __future__ import annotations

import base64
import hashlib
import json
import re
from pathlib import Path

import networkx as nx
import pytest

from policykg import PolicyKGError
from policykg.cli import main
from policykg.extract.models import Article, ArticleRecord, Entity, Event
from policykg.graph.build import build_graph
from policykg.graph.events_io import read_events, read_events_paths
from policykg.queries import view_html, view_payload, views

TESTS = Path(__file__).resolve().parents[1]
FIXTURE = TESTS / "data" / "events_fixture.jsonl"
HOSTILE = TESTS / "browser" / "data" / "hostile_events.jsonl"


@pytest.fixture(scope="module")
def graph() -> nx.MultiDiGraph:
    return build_graph(read_events(FIXTURE).records)


@pytest.fixture(scope="module")
def hostile_graph() -> nx.MultiDiGraph:
    return build_graph(read_events_paths([FIXTURE, HOSTILE]).records)


def event(graph: nx.MultiDiGraph, type_: str, action: str, date: str | None) -> str:
    (node,) = [
        n
        for n, d in graph.nodes(data=True)
        if d["label"] == "Event" and (d["type"], d["action"], d.get("date")) == (type_, action, date)
    ]
    return node


def test_drawable_keeps_entities_events_and_role_edges(graph) -> None:
    drawn = view_payload.drawable(graph)
    assert {d["label"] for _, d in drawn.nodes(data=True)} == {
        "Event",
        "Country",
        "Bloc",
        "Agency",
        "Firm",
        "Person",
        "Element",
        "Item",
    }
    assert {k for _, _, k in drawn.edges(keys=True)} == {"ACTOR", "ITEM", "TARGET", "ACTS_ON"}
    assert (drawn.number_of_nodes(), drawn.number_of_edges()) == (27, 42)


def test_neighbourhood_counts_entity_event_entity_as_two_links(graph) -> None:
    request = event(graph, "EXPORT_CONTROL", "request", None)
    assert set(views.neighbourhood_subgraph(graph, "NLD", 1)) == {"NLD", request}
    assert set(views.neighbourhood_subgraph(graph, "NLD", 2)) == {"NLD", request, "CHN", "item:semiconductors"}
    with pytest.raises(PolicyKGError, match="unknown entity 'XXX'"):
        views.neighbourhood_subgraph(graph, "XXX", 1)


def test_query_rows_name_events_and_their_roles(graph) -> None:
    tariff = event(graph, "TARIFF", "impose", "2025-04-02")
    rows = [
        {"actor": "USA", "type": "TARIFF", "targets": ["CHN"], "event": tariff.removeprefix("event:"), "n_sources": 1}
    ]
    named = views.query_node_ids(graph, rows)
    assert named == {"USA", "CHN", tariff}
    sub = views.query_subgraph(graph, named)
    assert set(sub) == {"USA", "CHN", "person:donald_trump", tariff}
    assert set(sub.edges(keys=True)) == {
        ("USA", tariff, "ACTOR"),
        ("person:donald_trump", tariff, "ACTOR"),
        (tariff, "CHN", "TARGET"),
    }


def test_query_rows_naming_only_entities_draw_the_events_joining_them(graph) -> None:
    sub = views.query_subgraph(graph, views.query_node_ids(graph, [{"actor": "NLD", "target": "CHN"}]))
    request = event(graph, "EXPORT_CONTROL", "request", None)
    assert set(sub) == {"NLD", "CHN", request, "item:semiconductors"}


def _chain(n_events: int, reported_twice: int) -> list[ArticleRecord]:
    records = []
    for i in range(n_events):
        ents = (Entity(f"C{i}", "Country", f"c{i}"), Entity(f"item:{i}", "Item", f"i{i}"))
        ev = Event("TARIFF", "impose", (f"C{i}",), items=(f"item:{i}",), date=f"2025-01-{i + 1:02d}")
        for copy in range(1 + (i < reported_twice)):
            records.append(ArticleRecord(Article(f"t{i}{copy}", "", article_id=f"a{i}-{copy}"), "en", ents, (ev,)))
    return records


def test_limit_graph_keeps_best_sourced_events_then_latest_and_says_so() -> None:
    big = build_graph(_chain(5, reported_twice=1))
    drawn = view_payload.drawable(big)
    assert views.limit_graph(drawn, 15) == (drawn, None)
    small, note = views.limit_graph(drawn, 7)
    kept = {big.nodes[n]["date"] for n in view_payload.event_nodes(small)}
    assert kept == {"2025-01-01", "2025-01-05"}  # twice reported first, then the latest
    assert set(small) - set(view_payload.event_nodes(small)) == {"C0", "item:0", "C4", "item:4"}
    assert note == (
        "Filtered: the graph has 15 nodes, more than the 7 a view stays usable with. Shown: the 2 "
        "events reported by the most sources (n_sources \u2265 1; ties by latest date) and the 4 "
        "entities they involve. Not shown: 3 events and 6 entities."
    )


def test_event_panel_has_every_property_cited_evidence_with_links_and_history(graph) -> None:
    impose = event(graph, "EXPORT_CONTROL", "impose", "2025-10-09")
    info = view_payload.event_info(graph, impose)
    assert info["heading"] == "CHN export control: Dy, rare earths \u00b7 2025-10-09"
    assert info["fields"] == [
        ["Type", "EXPORT_CONTROL"],
        ["Action", "impose"],
        ["Date", "2025-10-09"],
        ["Actors", "China, Ministry of Commerce"],
        ["Items", "dysprosium, rare earths"],
        ["Sources", "2"],
        ["Outlets", "2"],
        ["First reported", "2025-10-09T14:30:00"],
        ["Last reported", "2025-10-10T08:00:00"],
        ["Provenance", "machine"],
        ["Key", impose.removeprefix("event:")],
    ]
    assert info["evidence"] == [
        {
            "text": "China's commerce ministry on Thursday expanded export controls on rare earths including dysprosium",
            "title": "China tightens rare earth export controls, MP Materials shares jump",
            "source": "Reuters",
            "published": "2025-10-09",
            "url": "https://example.com/reuters/rare-earths",
            "cite": "China tightens rare earth export controls, MP Materials shares jump \u2014 Reuters \u2014 2025-10-09",
        },
        {
            "text": "商务部10月9日公布对稀土及镝等相关物项实施出口管制",
            "title": "商务部公布稀土出口管制新措施",
            "source": "Xin Hua She",
            "published": "2025-10-10",
            "url": "",
            "cite": "商务部公布稀土出口管制新措施 \u2014 Xin Hua She \u2014 2025-10-10",
        },
    ]
    suspend = event(graph, "EXPORT_CONTROL", "suspend", "2025-11-07")
    lift = event(graph, "EXPORT_CONTROL", "lift", "2026-02-01")
    history = [(h["id"], h["action"], h["current"]) for h in info["history"]]
    assert history == [(impose, "impose", True), (suspend, "suspend", False), (lift, "lift", False)]
    assert [h["heading"] for h in view_payload.event_info(graph, lift)["history"]] == [
        "CHN export control: Dy, rare earths \u00b7 2025-10-09",
        "CHN suspends export control: rare earths \u00b7 2025-11-07",
        "CHN lifts export control: Dy, rare earths \u00b7 2026-02-01",
    ]
    assert view_payload.event_info(graph, event(graph, "TARIFF", "impose", "2025-04-02"))["history"] == []


def test_event_labels_say_who_does_what_on_what_to_whom_and_when(graph) -> None:
    from policykg.queries.view_info import event_title

    titles = {event_title(graph, n) for n in view_payload.event_nodes(graph)}
    assert {
        ("USA tariff 34% \u2192 CHN", "2025-04-02"),
        ("CHN suspends export control", "rare earths \u00b7 2025-11-07"),
        ("NLD requests export control \u2192 CHN", "semiconductors \u00b7 undated"),
        ("EU threatens sanction \u2192 CHN", "undated"),
        ("CHN import restriction \u2192 USA", "soybeans \u00b7 2025-10-20"),
    } <= titles


def test_only_http_links_reach_the_panel() -> None:
    records = []
    for i, url in enumerate(["javascript:alert(1)", "https://example.org/a", "data:text/html,x", "HTTP://x.y/"]):
        article = Article(f"t{i}", "", published="2025-01-02T00:00:00", article_id=f"a{i}", url=url)
        event_ = Event("TARIFF", "impose", ("USA",), targets=("CHN",), date="2025-01-01", evidence=f"e{i}")
        entities = (Entity("USA", "Country", "United States"), Entity("CHN", "Country", "China"))
        records.append(ArticleRecord(article, "en", entities, (event_,)))
    g = build_graph(records)
    (node,) = view_payload.event_nodes(g)
    assert [e["url"] for e in view_payload.event_info(g, node)["evidence"]] == [
        "",
        "https://example.org/a",
        "",
        "HTTP://x.y/",
    ]


def test_payload_styles_nodes_and_sizes_by_sources_or_degree(graph) -> None:
    payload = view_payload.graph_payload(graph)
    nodes = {n["id"]: n for n in payload["nodes"]}
    impose = nodes[event(graph, "EXPORT_CONTROL", "impose", "2025-10-09")]
    assert (impose["shape"], impose["group"], impose["value"]) == ("diamond", "event:restricts", 2)
    assert impose["label"] == "CHN export control\nDy, rare earths \u00b7 2025-10-09"
    assert (impose["date"], impose["rank"], nodes["CHN"]["date"]) == ("2025-10-09", 4.0, None)
    assert (nodes["CHN"]["shape"], nodes["CHN"]["label"], nodes["CHN"]["value"]) == (
        "dot",
        "China",
        view_payload.drawable(graph).degree("CHN"),
    )
    assert [(row["text"], row["count"]) for row in payload["legend"]] == [
        ("Country", 3),
        ("Bloc", 1),
        ("Agency", 3),
        ("Firm", 3),
        ("Person", 1),
        ("Element", 1),
        ("Item", 3),
        ("Event: impose / extend / threaten", 7),
        ("Event: suspend / lift / approve", 4),
        ("Event: request / reject / other", 1),
    ]
    assert payload["options"]["groups"]["event:restricts"]["color"]["background"] == "#c0392b"
    assert (
        payload["options"]["groups"]["Bloc"]["shape"],
        payload["options"]["groups"]["Bloc"]["color"]["background"],
    ) == ("hexagon", "#59a14f")
    assert sorted(payload["options"]["groups"]) == sorted(row["group"] for row in payload["legend"])
    assert payload["options"]["physics"] == {"enabled": False}  # positions are precomputed


def test_layout_places_every_node_apart_and_is_deterministic(graph) -> None:
    drawn = view_payload.drawable(graph)
    pos = view_payload.layout(drawn)
    assert set(pos) == set(drawn) and pos == view_payload.layout(drawn)
    assert len(set(pos.values())) == len(pos)
    payload = view_payload.graph_payload(graph)
    assert {n["id"]: (n["x"], n["y"]) for n in payload["nodes"]} == pos


def test_views_are_pyvis_networks_with_our_options(graph) -> None:
    from pyvis.network import Network

    net = view_payload.build_network(graph, heading="H")
    assert isinstance(net, Network) and (net.directed, net.heading, net.cdn_resources) == (True, "H", "in_line")
    assert (net.num_nodes(), net.num_edges()) == (27, 42)
    tariff = event(graph, "TARIFF", "impose", "2025-04-02")
    (edge,) = [e for e in net.edges if e["from"] == "USA" and e["to"] == tariff]
    assert edge == {
        "id": f"USA|ACTOR|{tariff}",
        "label": "ACTOR",
        "color": {"color": "#7f8c9a", "highlight": "#34495e", "hover": "#34495e"},
        "dashes": False,
        "from": "USA",
        "to": tariff,
        "arrows": "to",
    }
    chn = dict(net.node_map["CHN"])
    assert chn.pop("info")["heading"] == "China"
    assert (chn.pop("x"), chn.pop("y")) == view_payload.layout(view_payload.drawable(graph))["CHN"]
    assert chn == {
        "id": "CHN",
        "label": "China",
        "shape": "dot",
        "group": "Country",
        "value": 12,
        "search": "CHN | China" + "".join(f" | {n}" for n in view_payload.entity_aliases("CHN") if n != "China"),
        "date": None,
        "rank": 12.0,
    }
    assert "title" not in chn and "color" not in chn  # no HTML tooltip; colour comes from the group
    # set_options (which strips spaces from its JSON) leaves our options intact
    assert net.options == view_payload.vis_options(27, view_payload.group_styles(list(net.options["groups"])))
    assert [n["id"] for n in net.nodes if "title" in n or "color" in n] == []


def test_pages_are_rendered_by_pyvis_generate_html_with_our_template(graph, monkeypatch) -> None:
    from pyvis.network import Network

    rendered = []
    original = Network.generate_html

    def spy(self, *args, **kwargs):
        rendered.append((self.path, self.num_nodes(), self.num_edges()))
        return original(self, *args, **kwargs)

    monkeypatch.setattr(Network, "generate_html", spy)
    page = views.view_whole(graph)
    assert rendered == [("view.html.j2", 24, 42)]  # the whole view leaves out 3 lone entities
    assert page.startswith("<!DOCTYPE html>")
    (data,) = re.findall(r'<script type="application/json" id="policykg-data">(.*?)</script>', page, flags=re.S)
    assert json.loads(data) == view_payload.graph_payload(graph, views.whole_view(graph).drawn)
    assert "#pk-graph { flex: 1;" in page and 'id="pk-panel"' in page and 'id="pk-time-from"' in page


def test_script_json_leaves_no_markup_characters() -> None:
    text = view_html.script_json({"t": "</script><!-- & \u2028"})
    assert not set("<>&\u2028") & set(text)
    assert json.loads(text) == {"t": "</script><!-- & \u2028"}


def _scripts(page: str) -> list[str]:
    return re.findall(r"<script>(.*?)</script>", page, flags=re.S)


def test_page_is_offline_and_its_csp_allows_exactly_its_scripts(hostile_graph) -> None:
    page = views.view_whole(hostile_graph)
    assert re.findall(r"""(?:src|href|action)\s*=\s*["']?\s*(?:https?:)?//""", page) == []
    assert re.findall(r"url\((?!\"?data:)", page) == []
    assert "sourceMappingURL" not in page
    scripts = _scripts(page)
    assert len(scripts) == 2 and page.count("<script") == 3  # vis, view.js, and the JSON data block
    hashes = ["'sha256-" + base64.b64encode(hashlib.sha256(s.encode()).digest()).decode() + "'" for s in scripts]
    (csp,) = re.findall(r'http-equiv="Content-Security-Policy" content="([^"]*)"', page)
    assert csp.replace("&#39;", "'") == (
        f"default-src 'none'; script-src {hashes[0]} {hashes[1]}; style-src 'unsafe-inline'; img-src data:; "
        "font-src 'none'; connect-src 'none'; base-uri 'none'; form-action 'none'"
    )


def test_hostile_text_reaches_the_page_only_as_escaped_data(hostile_graph) -> None:
    page = views.view_whole(hostile_graph)
    assert "window.__pwned" not in "".join(_scripts(page))
    outside_data = re.sub(r'<script type="application/json" id="policykg-data">.*?</script>', "", page, flags=re.S)
    assert "__pwned" not in outside_data
    (data,) = re.findall(r'<script type="application/json" id="policykg-data">(.*?)</script>', page, flags=re.S)
    assert "<" not in data and ">" not in data
    labels = {n["id"]: n["label"] for n in json.loads(data)["nodes"]}
    assert labels["org:evil"] == "</script><script>window.__pwned=1</scri\u2026"


def test_title_and_description_are_escaped(graph) -> None:
    page = view_html.render_graph(graph, "<b>T</b>", 'say "<img src=x>"')
    assert "<title>&lt;b&gt;T&lt;/b&gt; \u00b7 policykg</title>" in page
    assert '<p id="pk-description">say &#34;&lt;img src=x&gt;&#34;</p>' in page


def test_write_views_writes_pages_and_an_index(graph, tmp_path: Path) -> None:
    tariff = event(graph, "TARIFF", "impose", "2025-04-02")
    rows = [{"actor": "USA", "event": tariff.removeprefix("event:")}]
    index = views.write_views(
        tmp_path, graph, queries=[("who_restricts", {"target": "CHN"}, rows)], entities=[("CHN", 2), ("org:mofcom", 1)]
    )
    assert index == tmp_path / "index.html"
    assert sorted(p.name for p in tmp_path.iterdir()) == [
        "entity-chn-2.html",
        "entity-org-mofcom-1.html",
        "index.html",
        "query-who-restricts-target-chn.html",
        "whole.html",
    ]
    links = re.findall(r'<a href="([^"]+)">([^<]+)</a>', index.read_text(encoding="utf-8"))
    assert links == [
        ("whole.html", "Whole graph"),
        ("entity-chn-2.html", "Neighbourhood of China (CHN), 2 links"),
        ("entity-org-mofcom-1.html", "Neighbourhood of Ministry of Commerce (org:mofcom), 1 link"),
        ("query-who-restricts-target-chn.html", "Query who_restricts (target=CHN)"),
    ]
    query_page = (tmp_path / "query-who-restricts-target-chn.html").read_text(encoding="utf-8")
    assert "4 nodes (1 event, 3 entities), 3 relationships drawn" in query_page
    assert f"<td>{tariff.removeprefix('event:')}</td>" in query_page


def test_cli_view_writes_views_and_prints_the_index(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["view", "--out", str(tmp_path), str(FIXTURE), "--entity", "CHN", "--hops", "1"]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out == ["wrote 2 views of a graph of 45 nodes", str(tmp_path / "index.html")]
    assert sorted(p.name for p in tmp_path.iterdir()) == ["entity-chn-1.html", "index.html", "whole.html"]


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        ([], "give either EVENTS.jsonl files or --from-neo4j (not both, not neither)"),
        ([str(FIXTURE), "--from-neo4j"], "give either EVENTS.jsonl files or --from-neo4j (not both, not neither)"),
        ([str(FIXTURE), "--query", "who_restricts"], "--query runs a canned query on Neo4j: use it with --from-neo4j"),
        ([str(FIXTURE), "--param", "target=USA"], "--param target=USA needs a --query NAME before it"),
        ([str(FIXTURE), "--entity", "XXX"], "unknown entity 'XXX': it is not in the graph"),
    ],
)
def test_cli_view_errors_are_one_line(argv, message, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["view", "--out", str(tmp_path), *argv]) == 1
    assert capsys.readouterr().err == f"policykg: error: {message}\n"


def test_cli_view_reports_skipped_lines_and_exits_3(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    events = tmp_path / "events.jsonl"
    events.write_text(FIXTURE.read_text(encoding="utf-8") + "{broken\n", encoding="utf-8")
    assert main(["view", "--out", str(tmp_path / "out"), str(events)]) == 3
    captured = capsys.readouterr()
    assert captured.err.startswith(f"{events}:7: invalid JSON")
    assert captured.out.splitlines()[-1] == str(tmp_path / "out" / "index.html")


def test_view_query_takes_a_dataframe_or_its_records(graph) -> None:
    import pandas as pd

    tariff = event(graph, "TARIFF", "impose", "2025-04-02").removeprefix("event:")
    df = pd.DataFrame({"actor": ["USA"], "targets": [["CHN"]], "until": [None], "event": [tariff]})
    page = views.view_query("who_restricts", graph, df, target="CHN")
    assert page == views.view_query("who_restricts", graph, df.to_dict("records"), target="CHN")
    assert '<h1 id="pk-heading">Query who_restricts (target=CHN)</h1>' in page
    assert f"<td>USA</td><td>CHN</td><td></td><td>{tariff}</td>" in page


def test_index_lists_every_view_in_the_folder_earlier_runs_included(graph, tmp_path: Path) -> None:
    views.write_views(tmp_path, graph, entities=[("CHN", 1)])
    (tmp_path / "notes.html").write_text("<html><head><title>mine</title></head></html>", encoding="utf-8")
    index = views.write_views(tmp_path, graph, entities=[("USA", 1)])
    links = re.findall(r'<a href="([^"]+)">', index.read_text(encoding="utf-8"))
    assert links == ["whole.html", "entity-chn-1.html", "entity-usa-1.html"]  # not notes.html (not a view)
    (page,) = [p for p in views.scan_views(tmp_path) if p.file == "entity-usa-1.html"]
    assert page.stats == "8 nodes (7 events, 1 entity), 9 relationships drawn"


def test_cli_view_takes_several_queries_each_with_its_params(monkeypatch, tmp_path: Path) -> None:
    import argparse

    from policykg.cli import view_cmd

    parser = argparse.ArgumentParser()
    view_cmd.register(parser.add_subparsers())
    argv = ["view", "--from-neo4j", "--out", "x", "--query", "who_restricts", "--param", "target=USA"]
    argv += ["--query", "in_force_on", "--param", "date=2025-11-01", "--param", "actor=CHN", "--query", "top_actors"]
    args = parser.parse_args(argv)
    assert args.queries == [
        ("who_restricts", ["target=USA"]),
        ("in_force_on", ["date=2025-11-01", "actor=CHN"]),
        ("top_actors", []),
    ]


def test_a_component_of_600_nodes_gets_a_layout() -> None:
    """networkx lays out components of 500 nodes or more with scipy: a large view must not fail."""
    ring = nx.MultiDiGraph()
    ring.add_edges_from((f"n{i}", f"n{(i + 1) % 600}") for i in range(600))
    pos = view_payload.layout(ring)
    assert len(pos) == 600 and len(set(pos.values())) == 600
