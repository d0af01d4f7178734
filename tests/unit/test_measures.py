"""graph/measures.py: every lifecycle path, corroboration, and order independence (pure, no Neo4j)."""

from __future__ import annotations

import itertools

from policykg.graph.measures import Report, cluster_acts, link_block
from policykg.graph.status import status_on, timeline


def rep(key, action, date=None, *, items=("item:x",), targets=(), until=None, published=None, article=None, **kw):
    """A report of CHN EXPORT_CONTROL (the block is fixed); published defaults to the date."""
    published = published or (f"{date}T08:00:00" if date else "2025-01-01T08:00:00")
    return Report(
        key,
        kw.pop("type", "EXPORT_CONTROL"),
        action,
        kw.pop("actor", "CHN"),
        frozenset(items),
        frozenset(targets),
        date=date,
        until=until,
        published=published,
        articles=frozenset({article or f"a-{key}"}),
        outlets=frozenset({kw.pop("outlet", f"o-{key}")}),
        **kw,
    )


def statuses(measure, *days):
    return {day: status_on(measure, day)[:2] for day in days}


def only(reports):
    [measure] = link_block(reports)
    return measure


def test_impose_suspend_with_window_then_window_ends():
    m = only([rep("imp", "impose", "2025-10-09"), rep("sus", "suspend", "2025-11-07", until="2026-11-10")])
    assert statuses(m, "2025-10-08", "2025-10-09", "2025-11-07", "2026-11-10", "2026-11-11") == {
        "2025-10-08": ("not_announced", None),
        "2025-10-09": ("in_force", None),
        "2025-11-07": ("suspended", "2026-11-10"),
        "2026-11-10": ("suspended", "2026-11-10"),
        "2026-11-11": ("in_force", None),
    }
    assert status_on(m, "2026-11-11")[2] == "sus"  # the window's end is set by the suspension
    assert timeline(m) == (
        ("2025-10-09", "in_force", None, "imp"),
        ("2025-11-07", "suspended", "2026-11-10", "sus"),
        ("2026-11-11", "in_force", None, "sus"),
    )


def test_impose_then_lift():
    m = only([rep("imp", "impose", "2023-07-20"), rep("lift", "lift", "2024-09-28")])
    assert statuses(m, "2024-09-27", "2024-09-28", "2030-01-01") == {
        "2024-09-27": ("in_force", None),
        "2024-09-28": ("lifted", None),
        "2030-01-01": ("lifted", None),
    }


def test_extend_of_a_suspension_moves_its_end():
    m = only(
        [
            rep("imp", "impose", "2025-04-09", items=()),
            rep("sus", "suspend", "2025-05-14", items=(), until="2025-08-12"),
            rep("ext", "extend", "2025-08-11", items=(), until="2025-11-10"),
        ]
    )
    assert statuses(m, "2025-08-13", "2025-11-10", "2025-11-11") == {
        "2025-08-13": ("suspended", "2025-11-10"),
        "2025-11-10": ("suspended", "2025-11-10"),
        "2025-11-11": ("in_force", None),
    }


def test_extend_of_the_measure_moves_its_expiry():
    m = only(
        [rep("imp", "impose", "2024-06-17", until="2025-06-16"), rep("ext", "extend", "2025-06-10", until="2025-12-16")]
    )
    assert statuses(m, "2025-06-01", "2025-06-17", "2025-12-17") == {
        "2025-06-01": ("in_force", "2025-06-16"),
        "2025-06-17": ("in_force", "2025-12-16"),
        "2025-12-17": ("expired", "2025-12-16"),
    }


def test_threatened_then_imposed():
    m = only([rep("thr", "threaten", "2024-11-25", items=()), rep("imp", "impose", "2025-02-04", items=())])
    assert statuses(m, "2024-11-24", "2024-12-01", "2025-02-04") == {
        "2024-11-24": ("not_announced", None),
        "2024-12-01": ("threatened", None),
        "2025-02-04": ("in_force", None),
    }


def test_announced_before_effective():
    m = only([rep("imp", "impose", "2023-07-03", effective="2023-08-01")])
    assert statuses(m, "2023-07-03", "2023-07-31", "2023-08-01") == {
        "2023-07-03": ("announced", None),
        "2023-07-31": ("announced", None),
        "2023-08-01": ("in_force", None),
    }


def test_undated_measure_says_so_and_a_dated_lift_still_ends_it():
    m = only([rep("imp", "impose", None, published="2023-08-05T00:00:00"), rep("lift", "lift", "2023-08-04")])
    assert statuses(m, "2023-08-03", "2023-08-04") == {
        "2023-08-03": ("undatable", None),
        "2023-08-04": ("lifted", None),
    }


def test_request_then_approve():
    req = rep("req", "request", "2025-07-14", actor="org:nvidia", targets=("USA",), type="EXPORT_CONTROL")
    ok = rep("ok", "approve", "2025-07-20", actor="USA", targets=("org:nvidia",))
    m = only([req, ok])
    assert statuses(m, "2025-07-15", "2025-07-20") == {
        "2025-07-15": ("requested", None),
        "2025-07-20": ("approved", None),
    }


def test_suspension_prefers_the_dated_measure_over_an_undated_restatement():
    dated = rep("dated", "impose", "2025-10-09", items=("item:x", "item:y"))
    spurious = rep("spur", "impose", None, article="a-sus", published="2025-11-07T10:00:00")
    same_day = rep("same", "impose", "2025-11-07", items=("item:x",), article="a-sus")
    sus = rep("sus", "suspend", "2025-11-07", until="2026-11-10", article="a-sus")
    measures = {m.key: m for m in link_block([dated, spurious, same_day, sus])}
    assert [a.key for a in measures["dated"].acts] == ["sus"]
    assert status_on(measures["dated"], "2025-11-15")[0] == "suspended"
    assert status_on(measures["same"], "2025-11-15")[0] == "in_force"  # the restatement is not suspended


def test_easing_of_some_goods_does_not_lift_a_measure_on_all_goods():
    all_goods = rep("all", "impose", "2025-04-09", items=(), type="TARIFF")
    exemption = rep("exempt", "lift", "2025-04-11", items=("item:phones",), type="TARIFF")
    assert {m.key: [a.key for a in m.acts] for m in link_block([all_goods, exemption])} == {"all": [], "exempt": []}


def test_same_act_two_articles_a_day_apart_is_one_measure():
    a = rep("r1", "impose", "2025-10-09", article="art1", outlet="Reuters")
    b = rep("r2", "impose", "2025-10-10", article="art2", outlet="Xinhua")
    [act] = cluster_acts([a, b])
    assert (act.key, len(act.articles), len(act.outlets)) == ("r1", 2, 2)
    assert [m.key for m in link_block([a, b])] == ["r1"]


def test_effective_date_report_joins_the_announcement():
    announced = rep("ann", "impose", "2023-07-03", effective="2023-08-01")
    effective = rep("eff", "impose", "2023-08-01")
    assert [m.key for m in link_block([announced, effective])] == ["ann"]


def test_undated_report_joins_a_dated_act_published_shortly_before():
    dated = rep("dated", "impose", "2025-10-09")
    background = rep("bg", "impose", None, published="2025-11-08T07:00:00")
    assert [a.key for a in cluster_acts([dated, background])] == ["dated"]


def test_two_undated_look_alikes_years_apart_are_two_measures():
    old = rep("old", "impose", None, published="2020-01-16T00:00:00", type="TRADE_DEAL", items=())
    new = rep("new", "impose", None, published="2025-11-07T00:00:00", type="TRADE_DEAL", items=())
    assert sorted(m.key for m in link_block([old, new])) == ["new", "old"]


def test_link_block_does_not_depend_on_input_order():
    reports = [
        rep("imp", "impose", "2025-10-09", items=("item:x", "item:y")),
        rep("imp2", "impose", "2025-10-10", items=("item:y",)),
        rep("bg", "impose", None, published="2025-11-08T07:00:00"),
        rep("sus", "suspend", "2025-11-07", until="2026-11-10"),
        rep("ext", "extend", "2026-11-01", until="2027-11-10"),
        rep("lift", "lift", "2028-01-01"),
    ]
    results = {tuple(link_block(order)) for order in itertools.permutations(reports)}
    assert len(results) == 1
