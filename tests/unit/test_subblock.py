"""The sub-block relation: which events of a block the linker may compare (policykg.graph.subblock)."""

from __future__ import annotations

import pytest

from policykg.graph.subblock import may_interact, neighbours


def ev(key: str, action: str, items: tuple[str, ...] = ("item:ga",), **days: str) -> dict:
    return {"key": key, "block": "EXPORT_CONTROL|CHN", "action": action, "items": list(items), **days}


@pytest.mark.parametrize(
    "a, b, expected",
    [
        # acts on a measure look back without limit, but never at a measure founded after them
        (ev("i", "impose", date="2019-01-01"), ev("l", "lift", date="2025-01-01"), True),
        (ev("i", "impose", date="2025-06-01"), ev("l", "lift", date="2025-01-01"), False),
        (ev("i", "impose", date="2025-06-01"), ev("l", "lift", first_reported="2025-01-01T08:00:00"), True),
        (ev("s", "suspend", date="2025-06-01"), ev("l", "lift", date="2019-01-01"), True),
        (ev("r", "request", date="2020-01-01"), ev("a", "approve", date="2025-01-01"), True),
        (ev("r", "request", date="2025-02-01"), ev("a", "approve", date="2025-01-01"), False),
        # no shared item: never (an event naming none shares with all)
        (ev("i", "impose", date="2019-01-01"), ev("l", "lift", ("item:ge",), date="2025-01-01"), False),
        (ev("i", "impose", (), date="2019-01-01"), ev("l", "lift", ("item:ge",), date="2025-01-01"), True),
        # reports of one act: dated a day apart (or effective), undated within the windows
        (ev("a", "impose", date="2025-01-01"), ev("b", "impose", date="2025-01-02"), True),
        (ev("a", "impose", date="2025-01-01"), ev("b", "impose", date="2025-01-03"), False),
        (ev("a", "impose", date="2025-01-01", effective="2025-03-01"), ev("b", "impose", date="2025-03-02"), True),
        (ev("a", "impose", date="2025-01-01"), ev("b", "impose", first_reported="2025-06-01T00:00:00"), True),
        (ev("a", "impose", date="2020-01-01"), ev("b", "impose", first_reported="2025-06-01T00:00:00"), False),
        # threats: within the year before the imposition; undated ones by article, any day
        (ev("t", "threaten", date="2024-06-01"), ev("i", "impose", date="2025-01-01"), True),
        (ev("t", "threaten", date="2020-06-01"), ev("i", "impose", date="2025-01-01"), False),
        (ev("t", "threaten"), ev("i", "impose", date="2025-01-01"), True),
        # actions the linker never compares
        (ev("t", "threaten", date="2025-01-01"), ev("l", "lift", date="2025-01-02"), False),
        (ev("r", "request", date="2025-01-01"), ev("i", "impose", date="2025-01-01"), False),
    ],
)
def test_may_interact(a: dict, b: dict, expected: bool) -> None:
    assert (may_interact(a, b), may_interact(b, a)) == (expected, expected)


def test_neighbours_go_through_the_items_and_keep_blocks_apart() -> None:
    frontier = [ev("new", "impose", ("item:ga",), date="2020-01-01")]
    block = [
        ev("lift_ga", "lift", ("item:ga", "item:ge"), date="2025-01-01"),
        ev("lift_all", "lift", (), date="2025-01-01"),
        ev("lift_w", "lift", ("item:w",), date="2025-01-01"),
        ev("old_lift", "lift", ("item:ga",), date="2019-01-01"),
        {**ev("other_block", "lift", date="2025-01-01"), "block": "TARIFF|CHN"},
    ]
    assert neighbours(frontier, block) == {"lift_ga", "lift_all"}


def test_a_frontier_event_naming_no_item_reaches_the_whole_block() -> None:
    frontier = [ev("new", "lift", (), date="2025-01-01")]
    block = [ev("a", "impose", ("item:w",), date="2020-01-01"), ev("b", "impose", ("item:ga",), date="2026-01-01")]
    assert neighbours(frontier, block) == {"a"}
