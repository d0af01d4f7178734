"""The eval scorer on hand-made gold/prediction pairs with known scores."""

from __future__ import annotations

import json

import pytest

from policykg import PolicyKGError
from policykg.extract.evaluate import (
    Counts,
    compatible,
    format_report,
    jaccard,
    match_events,
    pair_records,
    parse_records,
    score,
)


def ev(type_="EXPORT_CONTROL", action="impose", actors=("CHN",), items=(), targets=(), date=None, until=None):
    return {
        "type": type_,
        "action": action,
        "actors": list(actors),
        "items": list(items),
        "targets": list(targets),
        "date": date,
        "until": until,
    }


def rec(title, ids=(), events=(), published="2025-11-07T18:09:00"):
    return {"title": title, "published": published, "entities": [{"id": i} for i in ids], "events": list(events)}


GOLD = [
    rec(
        "China  curbs\ngallium",
        ["CHN", "USA", "element:Ga", "element:Ge"],
        [
            ev(items=["element:Ga", "element:Ge"], date="2023-08-01"),
            ev("EXPORT_BAN", actors=["CHN", "org:mofcom"], items=["element:Ga"], targets=["USA"], date="2024-12-03"),
        ],
    ),
    rec(
        "US tariffs",
        ["USA", "CHN", "item:electric_vehicles"],
        [
            ev(
                "TARIFF",
                actors=["USA"],
                items=["item:electric_vehicles"],
                targets=["CHN"],
                date="2024-05-14",
                until="2025-05-14",
            ),
        ],
    ),
    rec("Nothing happened", ["EU"]),
]

PRED = [
    # title white space differs; one entity wrong, one missing
    rec(
        "China curbs gallium",
        ["CHN", "element:Ga", "element:Ge", "JPN"],
        [
            ev(items=["element:Ga"], date="2023-08-01"),  # items J 1/2, date right
            ev(
                "EXPORT_BAN", actors=["org:mofcom", "CHN"], items=["element:Ga"], targets=["USA"], date="2024-12-04"
            ),  # agencies reordered: match; date wrong
            ev("TARIFF", actors=["CHN"]),  # spurious
        ],
    ),
    rec(
        "US tariffs",
        ["USA", "CHN", "item:electric_vehicles"],
        [
            ev(
                "TARIFF", actors=["CHN", "USA"], items=["item:electric_vehicles"], targets=["CHN"], date="2024-05-14"
            ),  # wrong main actor: no match
        ],
    ),
    rec("An article not in gold", ["RUS"], [ev(actors=["RUS"])]),
]


def test_micro_counts_and_slots_exact():
    report = score(GOLD, PRED)
    assert report.entities == Counts(tp=6, fp=2, fn=2)
    assert report.events == Counts(tp=2, fp=3, fn=1)
    assert report.events.precision == pytest.approx(0.4)
    assert report.events.recall == pytest.approx(2 / 3)
    assert report.events.f1 == pytest.approx(0.5)
    assert report.entities.f1 == pytest.approx(0.75)
    s = report.slots
    assert (s.matched, s.date_correct, s.date_total, s.until_total) == (2, 1, 2, 0)
    assert s.items_jaccard == pytest.approx(0.75)
    assert s.targets_jaccard == pytest.approx(1.0)
    assert s.date_accuracy == pytest.approx(0.5)
    assert s.until_accuracy is None


def test_per_article_status_and_counts():
    report = score(GOLD, PRED)
    got = [(a.title, a.status, a.entities, a.events) for a in report.articles]
    assert got == [
        ("China curbs gallium", "paired", Counts(3, 1, 1), Counts(2, 1, 0)),
        ("US tariffs", "paired", Counts(3, 0, 0), Counts(0, 1, 1)),
        ("Nothing happened", "missing", Counts(0, 0, 1), Counts(0, 0, 0)),
        ("An article not in gold", "extra", Counts(0, 1, 0), Counts(0, 1, 0)),
    ]
    assert (report.count("paired"), report.count("missing"), report.count("extra")) == (2, 1, 1)


def test_self_score_is_perfect():
    report = score(GOLD, GOLD)
    assert (report.entities, report.events) == (Counts(8, 0, 0), Counts(3, 0, 0))
    assert report.slots.until_accuracy == 1.0 and report.slots.date_accuracy == 1.0


def test_main_actor_rule_is_symmetric():
    gold = ev(actors=["CHN", "org:mofcom"])
    assert compatible(gold, ev(actors=["org:mofcom", "CHN"]))
    assert compatible(gold, ev(actors=["CHN"]))
    assert not compatible(gold, ev(actors=["org:mofcom"]))  # gold's main actor absent
    assert not compatible(ev(actors=["CHN"]), ev(actors=["USA", "CHN"]))  # pred's main wrong
    assert not compatible(gold, ev(action="lift", actors=["CHN"]))
    assert compatible(ev(actors=[]), ev(actors=[]))
    assert not compatible(ev(actors=[]), ev(actors=["CHN"]))


def test_greedy_matching_prefers_best_overlap_and_is_one_to_one():
    gold = [ev(items=["a"]), ev(items=["b"], targets=["USA"])]
    pred = [ev(items=["b"]), ev(items=["b"], targets=["USA"]), ev(items=["a"])]
    # (1,1) overlap 2.0 first, then (0,2) 2.0; pred 0 is left over
    assert match_events(gold, pred) == [(0, 2), (1, 1)]
    # ties go to the earlier gold, then the earlier prediction
    assert match_events([ev(), ev()], [ev(), ev()]) == [(0, 0), (1, 1)]


def test_jaccard_of_empty_sets_is_one():
    assert jaccard([], []) == 1.0
    assert jaccard(["a"], []) == 0.0


def test_repeated_titles_pair_by_published():
    gold = [
        rec("Same", ["CHN"], published="2025-10-25T12:49:00"),
        rec("Same", ["USA"], published="2025-10-26T03:24:00"),
    ]
    pred = [rec("Same", ["USA"], published="2025-10-26 03:24"), rec("Same", ["CHN"], published="2025-10-25T12:49:00")]
    pairs = pair_records(gold, pred)
    assert [(g["entities"], p["entities"]) for g, p in pairs] == [
        ([{"id": "CHN"}], [{"id": "CHN"}]),
        ([{"id": "USA"}], [{"id": "USA"}]),
    ]
    assert score(gold, pred).entities == Counts(2, 0, 0)


def test_unique_title_pairs_even_when_published_differs():
    gold = [rec("Only", ["CHN"], published="2025-10-25T12:49:00")]
    pred = [rec("Only", ["CHN"], published=None)]
    assert score(gold, pred).entities == Counts(1, 0, 0)


def test_empty_article_scored_against_empty_gold_is_perfect():
    report = score([rec("E")], [rec("E")])
    assert (report.events.precision, report.events.recall, report.events.f1) == (1.0, 1.0, 1.0)


def test_to_json_round_trips_numbers():
    data = json.loads(json.dumps(score(GOLD, PRED).to_json()))
    assert data["articles"] == {"paired": 2, "missing": 1, "extra": 1}
    assert data["events"] == {"tp": 2, "fp": 3, "fn": 1, "precision": 0.4, "recall": 2 / 3, "f1": 0.5}
    assert data["slots"]["date_accuracy"] == 0.5 and data["slots"]["until_accuracy"] is None
    assert [a["status"] for a in data["per_article"]] == ["paired", "paired", "missing", "extra"]


def test_format_report_text():
    text = format_report(score(GOLD, PRED))
    assert text.splitlines() == [
        "articles paired 2, missing from prediction 1 (all FN), extra in prediction 1 (all FP)",
        "entities P 0.750  R 0.750  F1 0.750  (tp 6, fp 2, fn 2)",
        "events   P 0.400  R 0.667  F1 0.500  (tp 2, fp 3, fn 1)",
        "slots    matched 2  items J 0.750  targets J 1.000  date acc 0.500 (1/2)  until acc n/a (0/0)",
        "missing: Nothing happened (2025-11-07T18:09:00)",
        "extra: An article not in gold (2025-11-07T18:09:00)",
    ]
    per = format_report(score(GOLD, PRED), per_article=True).splitlines()
    assert per[5] == "[paired] China curbs gallium (2025-11-07T18:09:00)"
    assert per[7] == "  events   P 0.667  R 1.000  F1 0.800  (tp 2, fp 1, fn 0)"


def test_parse_records_reports_file_and_line():
    assert parse_records(['{"title": "a"}', "", '{"title": "b"}']) == [{"title": "a"}, {"title": "b"}]
    with pytest.raises(PolicyKGError, match=r"^gold.jsonl:2: not valid JSON"):
        parse_records(['{"title": "a"}', "{oops"], "gold.jsonl")
    with pytest.raises(PolicyKGError, match=r"^p:1: expected an article record"):
        parse_records(["[1, 2]"], "p")
