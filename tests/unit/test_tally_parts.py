"""The pure parts of graph/tallies.py: which parties a refresh locks, how work is split."""

from __future__ import annotations

import pytest

from policykg.graph.tallies import batches, parties

PARTY_CASES = [
    # (blocks, the sorted parties a refresh of them locks)
    ([], []),
    (["TARIFF|USA"], ["USA"]),
    (["TARIFF|USA", "SANCTION|CHN", "EXPORT_BAN|USA"], ["CHN", "USA"]),
    (["EXPORT_CONTROL|org:bis"], ["org:bis"]),  # an id may hold a colon, never a bar
]


@pytest.mark.parametrize(("blocks", "expected"), PARTY_CASES)
def test_parties(blocks: list[str], expected: list[str]) -> None:
    assert parties(blocks) == expected


BATCH_CASES = [
    # (items, size, the batches)
    ([], 3, []),
    (["a", "b"], 3, [["a", "b"]]),
    (["a", "b", "c"], 3, [["a", "b", "c"]]),
    (["a", "b", "c", "d"], 3, [["a", "b", "c"], ["d"]]),
]


@pytest.mark.parametrize(("items", "size", "expected"), BATCH_CASES)
def test_batches(items: list[str], size: int, expected: list[list[str]]) -> None:
    assert list(batches(items, size)) == expected
