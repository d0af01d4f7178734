"""graph/events_io.py: the events JSONL contract, validated line by line."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from policykg import PolicyKGError
from policykg.extract.models import Entity, Event
from policykg.graph.events_io import fallback_article_id, parse_events_jsonl, read_events

GOLD = Path(__file__).parents[2] / "data" / "gold" / "seed-gold.jsonl"
FIXTURE = Path(__file__).parents[1] / "data" / "events_fixture.jsonl"

GOOD = {
    "article_id": "a1",
    "title": "T",
    "source": "Reuters",
    "published": "2025-11-07T18:09:00",
    "lang": "en",
    "entities": [
        {"id": "CHN", "type": "Country", "name": "China"},
        {"id": "item:rare_earths", "type": "Item", "name": "rare earths", "kind": "element_group"},
    ],
    "events": [
        {
            "type": "EXPORT_CONTROL",
            "action": "suspend",
            "actors": ["CHN"],
            "items": ["item:rare_earths"],
            "targets": [],
            "date": "2025-11-07",
            "until": "2026-11-10",
            "value": {"rate_pct": 10, "x": 1},
            "evidence": "suspended",
            "evidence_start": 2,
            "evidence_end": 11,
        }
    ],
}


def _line(**changes):
    record = json.loads(json.dumps(GOOD))
    for key, value in changes.items():
        if key.startswith("ev_"):
            record["events"][0][key[3:]] = value
        else:
            record[key] = value
    return json.dumps(record, ensure_ascii=False)


def test_good_record_fields():
    batch = parse_events_jsonl([_line()], "f.jsonl")
    assert batch.skipped == ()
    (record,) = batch.records
    assert (
        record.article.article_id,
        record.article.title,
        record.article.source,
        record.article.published,
        record.article.origin,
        record.lang,
    ) == ("a1", "T", "Reuters", "2025-11-07T18:09:00", "f.jsonl:1", "en")
    assert record.entities == (
        Entity("CHN", "Country", "China"),
        Entity("item:rare_earths", "Item", "rare earths", kind="element_group"),
    )
    assert record.events == (
        Event(
            "EXPORT_CONTROL",
            "suspend",
            ("CHN",),
            ("item:rare_earths",),
            (),
            "2025-11-07",
            "2026-11-10",
            (("rate_pct", 10),),
            "suspended",
            2,
            11,
        ),
    )


@pytest.mark.parametrize(
    ("line", "reason"),
    [
        ("{not json", "invalid JSON (Expecting property name enclosed in double quotes: line 1 column 2 (char 1))"),
        ("[1, 2]", "expected a JSON object, got list"),
        (_line(title=None), "'title' must be a string (required)"),
        (_line(lang="fr"), "'lang' is 'fr', expected one of en, zh, mixed"),
        (_line(published="2025-13-45"), "'published' is '2025-13-45', not an ISO 8601 date"),
        (
            _line(entities=[{"id": "X", "type": "Planet", "name": "x"}]),
            "entity 1: 'type' is 'Planet', expected one of Country, Bloc, Agency, Firm, Person, Element, Item",
        ),
        (_line(entities=[{"id": "", "type": "Country", "name": "x"}]), "entity 1: 'id' must not be empty"),
        (_line(events="x"), "'events' must be a list"),
        (
            _line(ev_type="WAR"),
            "event 1: 'type' is 'WAR', expected one of EXPORT_CONTROL, EXPORT_BAN, TARIFF, "
            "IMPORT_RESTRICTION, SANCTION, INVESTIGATION, INDUSTRIAL_POLICY, TRADE_DEAL",
        ),
        (_line(ev_actors=[]), "event 1: 'actors' must name at least one entity"),
        (_line(ev_actors=["RUS"]), "event 1: id 'RUS' is not among the article's entities"),
        (_line(ev_items=[3]), "event 1: 'items' must be a list of entity ids"),
        (_line(ev_date="2025-11"), "event 1: 'date' is '2025-11', not an ISO 8601 date"),
        (_line(ev_until="2025-11-07T10:00:00"), "event 1: 'until' is '2025-11-07T10:00:00', not an ISO 8601 date"),
        (_line(ev_value=[1]), "event 1: 'value' must be an object or null"),
        (_line(ev_value={"rate_pct": True}), "event 1: value 'rate_pct' must be a number or a string"),
        (_line(ev_evidence_start=-1), "event 1: 'evidence_start' must be a non-negative integer or null"),
    ],
)
def test_bad_line_is_skipped_with_reason_and_batch_goes_on(line, reason):
    batch = parse_events_jsonl([_line(article_id="first"), line, "", _line(article_id="last")], "in.jsonl")
    assert [r.article.article_id for r in batch.records] == ["first", "last"]
    assert batch.skipped == (f"in.jsonl:2: {reason}",)


def test_read_events_bad_utf8_line_and_bom(tmp_path):
    path = tmp_path / "e.jsonl"
    path.write_bytes(
        b"\xef\xbb\xbf" + _line().encode() + b"\n" + b'{"title": "\xff"}\n' + _line(article_id="z").encode()
    )
    batch = read_events(path)
    assert [r.article.article_id for r in batch.records] == ["a1", "z"]
    assert batch.skipped == (f"{path}:2: not UTF-8 (invalid byte at offset 11)",)


def test_read_events_missing_file(tmp_path):
    with pytest.raises(PolicyKGError, match=r"nope.jsonl: cannot read \(No such file or directory\)"):
        read_events(tmp_path / "nope.jsonl")


def test_gold_file_reads_without_skips_and_gets_fallback_ids():
    batch = read_events(GOLD)
    assert (len(batch.records), batch.skipped) == (13, ())
    assert sum(len(r.events) for r in batch.records) == 31
    first = batch.records[0].article
    assert first.article_id == fallback_article_id(first.title, "2025-11-08T07:38:00", "Sou Hu Cai Jing")
    assert len({r.article.article_id for r in batch.records}) == 13


def test_fixture_reads_cleanly():
    batch = read_events(FIXTURE)
    assert (len(batch.records), sum(len(r.events) for r in batch.records), batch.skipped) == (6, 13, ())
    assert {r.lang for r in batch.records} == {"en", "zh", "mixed"}
