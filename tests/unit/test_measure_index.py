"""The indexed linker equals the scanning one (tests/linker_reference.py) on random blocks."""

from __future__ import annotations

import random

import pytest

from policykg.graph import measure_index as ix
from policykg.graph import measures
from policykg.graph.measures import Report, cluster_acts, link_block
from tests import linker_reference as reference

ACTIONS = ("impose",) * 5 + ("suspend", "lift", "extend", "threaten", "request", "approve", "reject")


def _day(rng: random.Random, years: tuple[int, int]) -> str:
    return f"{rng.randint(*years)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"


def random_block(rng: random.Random, n: int, items: str, widths: list[int], years: tuple[int, int]) -> list[Report]:
    """``n`` reports of one block crowded on few items, targets, days and articles, so every
    rule meets ties, windows, undated reports, values and acts naming many items."""
    out = []
    for k in range(n):
        action = rng.choice(ACTIONS)
        date = None if rng.random() < 0.3 else _day(rng, years)
        published = (
            None if rng.random() < 0.05 else f"{date if date and rng.random() < 0.7 else _day(rng, years)}T08:00:00"
        )
        value = rng.choice([(), (), (("rate", 10),), (("rate", 25),), (("amount", 5), ("rate", 10))])
        out.append(
            Report(
                f"k{k:03d}",
                "TARIFF",
                action,
                rng.choice(["CHN", "USA", "EU"]) if action == "request" else "CHN",
                frozenset(rng.sample(items, min(rng.choice(widths), len(items)))),
                frozenset(rng.sample(["X", "Y", "Z"], rng.choice([0, 0, 1, 2]))),
                date=date,
                effective=_day(rng, years) if rng.random() < 0.1 else None,
                until=_day(rng, years) if rng.random() < 0.2 else None,
                published=published,
                articles=frozenset(rng.sample([f"a{j}" for j in range(n // 2 + 2)], rng.randint(1, 2))),
                outlets=frozenset({"o"}),
                value=value,
            )
        )
    return out


SHAPES = {
    "few items, one year": ("abcde", [0, 1, 1, 2, 3, 4, 5], (2024, 2024)),
    "wide acts, three years": ("abcdefghijkl", [0, 1, 1, 2, 3, 4, 9, 10], (2023, 2025)),
    "more than filed items": ("abcdefghijklmnopqrst", [0, 1, 2, 17, 18], (2024, 2025)),
}


@pytest.mark.parametrize("indexed", [True, False])
@pytest.mark.parametrize("shape", sorted(SHAPES))
def test_indexed_linker_equals_the_scanning_one(shape, indexed, monkeypatch):
    """Fixed seed; ``indexed`` sends every act through the indexes, else only crowded ones do."""
    if indexed:
        monkeypatch.setattr(measures, "SCAN_LIMIT", 0)
        monkeypatch.setattr(measures, "SCAN_FACTOR", 0)
    items, widths, years = SHAPES[shape]
    rng = random.Random(14)
    for _ in range(150):
        block = random_block(rng, rng.randint(1, 70), list(items), widths, years)
        assert cluster_acts(block) == reference.cluster_acts(block)
        assert link_block(block) == reference.link_block(block)


@pytest.mark.parametrize(
    ("items", "targets", "pairs"),
    [
        ((), (), [("", "")]),
        (("a",), (), [("a", "")]),
        (("b", "a"), ("X",), [("a", "X"), ("b", "X")]),
    ],
)
def test_slot_pairs(items, targets, pairs):
    assert sorted(ix.slot_pairs(frozenset(items), frozenset(targets))) == pairs


def test_same_slots_is_a_shared_pair():
    sets = [frozenset(), frozenset({"a"}), frozenset({"b"}), frozenset({"a", "b"})]
    for a_items in sets:
        for b_items in sets:
            for a_t in sets:
                for b_t in sets:
                    same = (bool(a_items & b_items) or not (a_items or b_items)) and (
                        bool(a_t & b_t) or not (a_t or b_t)
                    )
                    shared = bool(set(ix.slot_pairs(a_items, a_t)) & set(ix.slot_pairs(b_items, b_t)))
                    assert shared == same


@pytest.mark.parametrize(
    ("bound", "strict", "latest"),
    [("2025-03-01", True, 0), ("2025-03-01", False, 2), ("2025-01-01", True, None), (None, True, 3)],
)
def test_latest_dated_before_a_bound_smallest_key_first(bound, strict, latest):
    buckets = ix.Buckets()
    for n, (key, date) in enumerate(
        [("a", "2025-02-01"), ("b", "2025-02-01"), ("a", "2025-03-01"), ("z", "2025-04-01")]
    ):
        buckets.add(["k"], n, key, date, None)
    assert buckets.latest("k", bound, skip=set(), strict=strict) == latest


def test_latest_skips_the_positions_ranked_one_by_one():
    buckets = ix.Buckets()
    for n, date in enumerate(["2025-01-01", "2025-02-01", "2025-02-01"]):
        buckets.add(["k"], n, f"x{n}", date, None)
    assert buckets.latest("k", None, skip={1, 2}) == 0


def test_undated_in_a_window_and_those_reported_on_no_day():
    buckets = ix.Buckets()
    for n, day in enumerate([None, "2025-01-01", "2025-06-01", "2026-01-01"]):
        buckets.add(["k"], n, f"x{n}", None, day)
    assert sorted(buckets.undated("k", "2025-02-01", "2025-12-31")) == [0, 2]
    assert sorted(buckets.undated("k", None, None)) == [0, 1, 2, 3]
