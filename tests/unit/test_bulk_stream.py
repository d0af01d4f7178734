"""The streamed bulk preparation (graph/bulk_stream.py): what a chunk writes at once, what it spills,
and what is merged after the import when a later chunk meets an article or entity again."""

from __future__ import annotations

from pathlib import Path

from policykg.extract.models import Article, ArticleRecord, Entity, Event
from policykg.graph.build import build_unlinked, event_key
from policykg.graph.bulk_csv import CsvSink
from policykg.graph.bulk_stream import Seen, Spill, read_blocks, write_blocks, write_chunk

EVENT = Event("TARIFF", "impose", ("USA",), targets=("CHN",), date="2025-04-02", evidence="x")


def _record(article_id: str, source: str, china: Entity) -> ArticleRecord:
    article = Article("t", "", source=source, published="2025-04-03T10:00:00", article_id=article_id)
    return ArticleRecord(article, "en", (Entity("USA", "Country", "United States"), china), (EVENT,))


def test_a_later_chunk_writes_only_what_is_new_and_merges_the_rest_late(tmp_path: Path) -> None:
    sink, spill, seen = CsvSink(tmp_path / "csv"), Spill(tmp_path / "spill"), Seen()
    write_chunk(build_unlinked([_record("a1", "S1", Entity("CHN", "Country", "China"))]), sink, spill, seen)
    assert (seen.nodes, seen.relationships, seen.late) == (4, 3, {})  # S1, a1, USA, CHN; PUBLISHED_BY, 2 MENTIONS
    china = Entity("CHN", "Country", "China", kind="state")  # fills a property the first mention lacked
    write_chunk(build_unlinked([_record("a1", "S2", china), _record("a2", "S1", china)]), sink, spill, seen)
    assert seen.late == {
        "merge_article": [{"article_id": "a1", "title": "t", "published": "2025-04-03T10:00:00", "lang": "en"}],
        "merge_country": [{"id": "CHN", "name": "China", "country": None, "kind": "state"}],
        "merge_published_by_rel": [{"src": "a1", "dst": "S2"}],
        "merge_mentions_rel": [{"src": "a1", "dst": "USA"}, {"src": "a1", "dst": "CHN"}],
    }
    assert (seen.nodes, seen.relationships) == (6, 6)  # + S2, a2; + a2's PUBLISHED_BY and MENTIONS
    write_blocks(
        read_blocks(spill.close()), sink, seen
    )  # the event of three reports in two chunks: one node, one measure
    sink.close()
    events = (tmp_path / "csv").glob("*.header.csv")
    headers = {p.read_text().split(",")[0]: p for p in events}
    key = event_key(EVENT)
    rows = headers["key:ID(Event)"].with_name(headers["key:ID(Event)"].name.replace(".header", "")).read_text()
    assert rows.count("\n") == 1 and rows.startswith(f'"{key}"')
    assert (seen.nodes, seen.relationships) == (8, 6 + 5)  # event, measure; ACTOR, TARGET, 2 REPORTED_IN, PART_OF
