"""graph/relink.py relink_lanes: the relink's work split in lanes whose parties never meet."""

from __future__ import annotations

import pytest

from policykg.graph.relink import relink_lanes

CASES = {
    "one party's sub-blocks and whole blocks share a lane": (
        [("keys", [("A|CHN", ["k1"], 4000)]), ("keys", [("B|CHN", ["k2"], 3000)]), ("whole", ["C|CHN", "C|USA"])],
        2,
        [
            [("keys", [("A|CHN", ["k1"], 4000)]), ("keys", [("B|CHN", ["k2"], 3000)]), ("whole", ["C|CHN"])],
            [("whole", ["C|USA"])],
        ],
    ),
    "parties balanced by weight, the heaviest first": (
        [("whole", ["A|EU", "A|JPN", "A|USA", "B|USA"])],
        2,
        [[("whole", ["A|USA", "B|USA"])], [("whole", ["A|EU", "A|JPN"])]],
    ),
    "one lane keeps the order of the work": (
        [("keys", [("A|CHN", ["k1"], 4000)]), ("whole", ["A|EU", "B|CHN"])],
        1,
        [[("keys", [("A|CHN", ["k1"], 4000)]), ("whole", ["A|EU", "B|CHN"])]],
    ),
    "no work, no lane": ([], 2, []),
}


@pytest.mark.parametrize("case", sorted(CASES))
def test_relink_lanes(case):
    work, lanes, expected = CASES[case]
    assert relink_lanes(work, lanes) == expected


def test_lanes_never_share_a_party():
    work = [("keys", [(f"T{n}|P{n % 5}", [f"k{n}"], 1000 + n)]) for n in range(12)]
    work += [("whole", [f"W{n}|P{n % 7}" for n in range(30)])]
    parties = [{block.split("|")[1] for item in lane for block in _blocks(item)} for lane in relink_lanes(work, 2)]
    assert len(parties) == 2 and not parties[0] & parties[1]


def _blocks(item):
    return [b for b, _, _ in item[1]] if item[0] == "keys" else item[1]


SIZED = {
    "whole blocks weigh their size: the dominant party gets a lane of its own": (
        [("keys", [("A|CHN", ["k1"], 4000)]), ("whole", ["A|EU", "A|JPN", "A|USA", "B|CHN"])],
        {"A|EU": 13, "A|JPN": 12, "A|USA": 11, "B|CHN": 20},
        [
            [("keys", [("A|CHN", ["k1"], 4000)]), ("whole", ["B|CHN"])],
            [("whole", ["A|EU", "A|JPN", "A|USA"])],
        ],
    ),
    "a block without a size weighs a chunk's share": (
        [("whole", ["A|EU", "A|JPN", "A|USA"])],
        {"A|EU": 150, "A|JPN": 40},
        [[("whole", ["A|EU"])], [("whole", ["A|JPN", "A|USA"])]],
    ),
}


@pytest.mark.parametrize("case", sorted(SIZED))
def test_relink_lanes_by_size(case):
    work, sizes, expected = SIZED[case]
    assert relink_lanes(work, 2, sizes) == expected
