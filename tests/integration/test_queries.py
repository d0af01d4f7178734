"""Every canned query on the fixture graph, loaded into the real Neo4j: exact rows.

The fixture (tests/data/events_fixture.jsonl) holds the US-China 2025 sequence:
April tariffs and same-week counter-tariffs, the September US chip rule, China's
October 9 rare-earth controls (reported twice: corroboration), the October US
tariff and China's soybean halt, the November truce (suspend/lift), the 2026 lift,
plus an undated Dutch licence request and an undated EU threat.

Event keys are computed with ``policykg.graph.build.event_key``, not pasted.
"""

from __future__ import annotations

import datetime as dt
import math
from pathlib import Path
from typing import Any

import pytest

from policykg.extract.models import Event
from policykg.graph import neo4j as kg_neo4j
from policykg.graph.build import event_key
from policykg.graph.events_io import parse_events_jsonl, read_events
from policykg.graph.load import clear_graph, load_records
from policykg.queries import QueryError, parse_query, run_query
from tests.helpers import graph_nodes, graph_rels

pytestmark = pytest.mark.neo4j

FIXTURE = Path(__file__).resolve().parents[1] / "data" / "events_fixture.jsonl"


def _key(type_: str, action: str, actor: str, date: str | None, targets=(), items=(), article=None) -> str:
    return event_key(Event(type_, action, (actor,), tuple(items), tuple(targets), date), article)


RE, DY, SOY, SEMI = "item:rare_earths", "element:Dy", "item:soybeans", "item:semiconductors"
US_APR = _key("TARIFF", "impose", "USA", "2025-04-02", ["CHN"])
CN_APR = _key("TARIFF", "impose", "CHN", "2025-04-04", ["USA"])
US_CHIPS = _key("EXPORT_CONTROL", "impose", "USA", "2025-09-29", ["CHN"], [SEMI])
CN_RE = _key("EXPORT_CONTROL", "impose", "CHN", "2025-10-09", [], [RE, DY])
US_OCT = _key("TARIFF", "impose", "USA", "2025-10-14", ["CHN"])
CN_SOY = _key("IMPORT_RESTRICTION", "impose", "CHN", "2025-10-20", ["USA"], [SOY])
CN_RE_SUSP = _key("EXPORT_CONTROL", "suspend", "CHN", "2025-11-07", [], [RE])
US_SUSP = _key("TARIFF", "suspend", "USA", "2025-11-10", ["CHN"])
CN_SOY_LIFT = _key("IMPORT_RESTRICTION", "lift", "CHN", "2025-11-10", ["USA"], [SOY])
CN_RE_LIFT = _key("EXPORT_CONTROL", "lift", "CHN", "2026-02-01", [], [RE, DY])
NLD_REQ = _key("EXPORT_CONTROL", "request", "NLD", None, ["CHN"], [SEMI], "fx0006lift")
EU_THREAT = _key("SANCTION", "threaten", "EU", None, ["CHN"], article="fx0006lift")


def _cell(value: Any) -> Any:
    if isinstance(value, list):
        return tuple(_cell(v) for v in value)
    if isinstance(value, float) and math.isnan(value):
        return None
    if hasattr(value, "item"):  # numpy scalar
        return value.item()
    return value


def rows(df, *columns: str) -> list[tuple]:
    """The DataFrame's rows as tuples (lists become tuples, NaN None), in order."""
    cols = list(columns) or list(df.columns)
    return [tuple(_cell(v) for v in rec) for rec in df[cols].itertuples(index=False, name=None)]


@pytest.fixture(scope="module")
def db(neo4j_driver) -> Any:
    """The fixture graph, loaded once for this module (the queries only read)."""
    database = kg_neo4j.database()
    clear_graph(neo4j_driver, database)
    batch = read_events(FIXTURE)
    assert batch.skipped == ()
    load_records(neo4j_driver, batch.records, database)
    return neo4j_driver


def q(name: str, db: Any, **params: Any):
    return run_query(name, db, **params)


# --- who_restricts ------------------------------------------------------------------

WHO_COLS = ("actor", "type", "action", "items", "targets", "date", "until", "n_sources", "event")


def test_who_restricts_restrictive_actions_by_default(db) -> None:
    df = q("who_restricts", db)
    assert list(df.columns) == [
        "actor",
        "actor_name",
        "type",
        "action",
        "items",
        "item_names",
        "targets",
        "target_names",
        "date",
        "until",
        "value",
        "n_sources",
        "confidence",
        "measure",
        "event",
        "provenance",
        "total",
    ]
    assert rows(df, "event", "action") == [
        (US_APR, "impose"),
        (CN_APR, "impose"),
        (US_CHIPS, "impose"),
        (CN_RE, "impose"),
        (US_OCT, "impose"),
        (CN_SOY, "impose"),
        (EU_THREAT, "threaten"),
    ]
    assert rows(df, "event", "item_names", "target_names", "value", "confidence", "measure")[3:5] == [
        (CN_RE, ("dysprosium", "rare earths"), (), None, (), CN_RE),
        (US_OCT, (), ("China",), "100%", ("single_source",), US_OCT),
    ]


def test_who_restricts_all_actions(db) -> None:
    df = q("who_restricts", db, all_actions=True)
    assert rows(df, "event", "measure")[6:8] == [(CN_RE_SUSP, CN_RE), (CN_SOY_LIFT, CN_SOY)]
    assert rows(df, *WHO_COLS) == [
        ("USA", "TARIFF", "impose", (), ("CHN",), "2025-04-02", None, 1, US_APR),
        ("CHN", "TARIFF", "impose", (), ("USA",), "2025-04-04", None, 1, CN_APR),
        ("USA", "EXPORT_CONTROL", "impose", (SEMI,), ("CHN",), "2025-09-29", None, 1, US_CHIPS),
        ("CHN", "EXPORT_CONTROL", "impose", (DY, RE), (), "2025-10-09", None, 2, CN_RE),
        ("USA", "TARIFF", "impose", (), ("CHN",), "2025-10-14", "2025-12-31", 1, US_OCT),
        ("CHN", "IMPORT_RESTRICTION", "impose", (SOY,), ("USA",), "2025-10-20", None, 1, CN_SOY),
        ("CHN", "EXPORT_CONTROL", "suspend", (RE,), (), "2025-11-07", "2026-11-10", 1, CN_RE_SUSP),
        ("CHN", "IMPORT_RESTRICTION", "lift", (SOY,), ("USA",), "2025-11-10", None, 1, CN_SOY_LIFT),
        ("USA", "TARIFF", "suspend", (), ("CHN",), "2025-11-10", None, 1, US_SUSP),
        ("CHN", "EXPORT_CONTROL", "lift", (DY, RE), (), "2026-02-01", None, 1, CN_RE_LIFT),
        ("EU", "SANCTION", "threaten", (), ("CHN",), None, None, 1, EU_THREAT),
        ("NLD", "EXPORT_CONTROL", "request", (SEMI,), ("CHN",), None, None, 1, NLD_REQ),
    ]
    assert rows(df, "actor", "actor_name")[:2] == [("USA", "United States"), ("CHN", "China")]


def test_who_restricts_by_co_actor_agency(db) -> None:
    # org:mofcom is a co-actor (position 1): the row still shows the main actor
    assert rows(q("who_restricts", db, actor="org:mofcom", all_actions=True), "actor", "action", "event") == [
        ("CHN", "impose", CN_APR),
        ("CHN", "impose", CN_RE),
        ("CHN", "suspend", CN_RE_SUSP),
        ("CHN", "lift", CN_RE_LIFT),
    ]


def test_who_restricts_by_target_action_and_dates(db) -> None:
    df = q("who_restricts", db, target="CHN", action="impose", date_from="2025-04-03", date_to=dt.date(2025, 10, 14))
    assert rows(df, "event") == [(US_CHIPS,), (US_OCT,)]


def test_who_restricts_date_bounds_are_inclusive(db) -> None:
    df = q("who_restricts", db, date_from="2025-11-10", date_to="2025-11-10", all_actions=True)
    assert rows(df, "event") == [(CN_SOY_LIFT,), (US_SUSP,)]


def test_who_restricts_by_item_and_type(db) -> None:
    assert rows(q("who_restricts", db, item=DY), "event") == [(CN_RE,)]
    assert rows(q("who_restricts", db, item=DY, all_actions=True), "event") == [(CN_RE,), (CN_RE_LIFT,)]
    assert rows(q("who_restricts", db, type="TARIFF", action="suspend"), "event") == [(US_SUSP,)]


def test_who_restricts_non_restrictive_type_only_when_asked(db) -> None:
    df = q("who_restricts", db, type="INVESTIGATION")
    assert rows(df) == [] and list(df.columns)[:2] == ["actor", "actor_name"]


# --- in_force_on --------------------------------------------------------------------

FORCE_COLS = ("actor", "type", "items", "targets", "date", "until", "event")


def test_in_force_before_the_truce(db) -> None:
    assert rows(q("in_force_on", db, date="2025-10-20"), *FORCE_COLS) == [
        ("USA", "TARIFF", (), ("CHN",), "2025-04-02", None, US_APR),
        ("CHN", "TARIFF", (), ("USA",), "2025-04-04", None, CN_APR),
        ("USA", "EXPORT_CONTROL", (SEMI,), ("CHN",), "2025-09-29", None, US_CHIPS),
        ("CHN", "EXPORT_CONTROL", (DY, RE), (), "2025-10-09", None, CN_RE),
        ("USA", "TARIFF", (), ("CHN",), "2025-10-14", "2025-12-31", US_OCT),
        ("CHN", "IMPORT_RESTRICTION", (SOY,), ("USA",), "2025-10-20", None, CN_SOY),
    ]


def test_in_force_after_the_suspension_day(db) -> None:
    # 2025-11-07: rare-earth controls suspended; the US suspension and the soybean lift come on 11-10
    assert rows(q("in_force_on", db, date="2025-11-07"), "event") == [
        (US_APR,),
        (CN_APR,),
        (US_CHIPS,),
        (US_OCT,),
        (CN_SOY,),
    ]
    assert rows(q("in_force_on", db, date="2025-11-06"), "event") == [
        (US_APR,),
        (CN_APR,),
        (US_CHIPS,),
        (CN_RE,),
        (US_OCT,),
        (CN_SOY,),
    ]


def test_in_force_drops_lifted_and_expired(db) -> None:
    # the October tariff is suspended on 11-10 and expires 12-31; soybeans lifted 11-10
    assert rows(q("in_force_on", db, date="2025-11-10"), "event") == [(US_APR,), (CN_APR,), (US_CHIPS,)]
    assert rows(q("in_force_on", db, date="2026-03-01"), "event") == [(US_APR,), (CN_APR,), (US_CHIPS,)]


def test_in_force_not_before_imposed(db) -> None:
    assert rows(q("in_force_on", db, date="2025-04-03"), "event") == [(US_APR,)]
    assert rows(q("in_force_on", db, date="2025-04-01")) == []


def test_in_force_filters(db) -> None:
    assert rows(q("in_force_on", db, date="2025-10-20", actor="CHN"), "event") == [(CN_APR,), (CN_RE,), (CN_SOY,)]
    assert rows(q("in_force_on", db, date="2025-10-20", item=RE), "event") == [(CN_RE,)]
    assert rows(q("in_force_on", db, date="2025-10-20", target="USA", type="TARIFF"), "event") == [(CN_APR,)]


def test_in_force_from_an_item_with_type_or_target(db) -> None:
    # an item and no actor: its own branch, which still checks the type and the target
    assert rows(q("in_force_on", db, date="2025-10-20", item=SEMI, type="EXPORT_CONTROL"), "event") == [(US_CHIPS,)]
    assert rows(q("in_force_on", db, date="2025-10-20", item=SEMI, type="TARIFF")) == []
    assert rows(q("in_force_on", db, date="2025-10-20", item=SOY, target="USA"), "event") == [(CN_SOY,)]
    assert rows(q("in_force_on", db, date="2025-10-20", item=RE, target="USA")) == []
    assert rows(q("in_force_on", db, date="2025-10-20", item=DY, limit=1), "event", "total") == [(CN_RE, 1)]


def test_in_force_defaults_to_today(db) -> None:
    today = dt.date.today().isoformat()
    assert rows(q("in_force_on", db)) == rows(q("in_force_on", db, date=today))
    assert rows(q("in_force_on", db), "event") == [(US_APR,), (CN_APR,), (US_CHIPS,)]


def test_in_force_columns_names_status_and_value(db) -> None:
    df = q("in_force_on", db, date="2025-10-20", actor="USA")
    assert list(df.columns) == [
        "actor",
        "actor_name",
        "type",
        "items",
        "item_names",
        "targets",
        "target_names",
        "date",
        "status",
        "until",
        "value",
        "n_sources",
        "n_outlets",
        "set_by",
        "event",
        "total",
    ]
    assert rows(df, "event", "target_names", "status", "until", "value", "set_by") == [
        (US_APR, ("China",), "in_force", None, "34%", US_APR),
        (US_CHIPS, ("China",), "in_force", None, None, US_CHIPS),
        (US_OCT, ("China",), "in_force", "2025-12-31", "100%", US_OCT),
    ]


# --- measure_status -----------------------------------------------------------------

STATUS_COLS = ("measure", "actor", "kind", "date", "status", "until", "set_by")


def test_measure_status_on_a_day(db) -> None:
    # 2025-11-15: the rare-earth controls are suspended, October's tariff suspended (open-ended),
    # soybeans lifted; the undated threat and request say they cannot be dated.
    assert rows(q("measure_status", db, date="2025-11-15"), *STATUS_COLS) == [
        (US_APR, "USA", "impose", "2025-04-02", "in_force", None, US_APR),
        (CN_APR, "CHN", "impose", "2025-04-04", "in_force", None, CN_APR),
        (US_CHIPS, "USA", "impose", "2025-09-29", "in_force", None, US_CHIPS),
        (CN_RE, "CHN", "impose", "2025-10-09", "suspended", "2026-11-10", CN_RE_SUSP),
        (US_OCT, "USA", "impose", "2025-10-14", "suspended", None, US_SUSP),
        (CN_SOY, "CHN", "impose", "2025-10-20", "lifted", None, CN_SOY_LIFT),
        *sorted(
            [
                (EU_THREAT, "EU", "threaten", None, "undatable", None, EU_THREAT),
                (NLD_REQ, "NLD", "request", None, "undatable", None, NLD_REQ),
            ],
            key=lambda r: (r[1], r[0]),
        ),
    ]


def test_measure_status_filters(db) -> None:
    assert rows(q("measure_status", db, date="2026-03-01", item=RE), "measure", "status", "set_by") == [
        (CN_RE, "lifted", CN_RE_LIFT)
    ]
    assert rows(q("measure_status", db, date="2025-04-03", status="not_announced"), "measure") == [
        (CN_APR,),
        (US_CHIPS,),
        (CN_RE,),
        (US_OCT,),
        (CN_SOY,),
    ]
    assert rows(q("measure_status", db, date="2025-11-15", status="suspended", target="CHN"), "measure") == [(US_OCT,)]


# --- measure_history ----------------------------------------------------------------

HIST_COLS = ("measure", "date", "action", "actor", "items", "until", "event")
RE_HISTORY = [
    (CN_RE, "2025-10-09", "impose", "CHN", (DY, RE), None, CN_RE),
    (CN_RE, "2025-11-07", "suspend", "CHN", (RE,), "2026-11-10", CN_RE_SUSP),
    (CN_RE, "2026-02-01", "lift", "CHN", (DY, RE), None, CN_RE_LIFT),
]


@pytest.mark.parametrize("key", [CN_RE, CN_RE_SUSP, CN_RE_LIFT])
def test_measure_history_from_any_event_of_the_chain(db, key: str) -> None:
    assert rows(q("measure_history", db, event=key), *HIST_COLS) == RE_HISTORY


def test_measure_history_by_actor_type_item(db) -> None:
    df = q("measure_history", db, actor="CHN", type="EXPORT_CONTROL", item=RE)
    assert rows(df, *HIST_COLS) == RE_HISTORY


def test_measure_history_of_all_measures(db) -> None:
    assert rows(q("measure_history", db), "measure", "action", "event") == [
        (US_APR, "impose", US_APR),
        (CN_APR, "impose", CN_APR),
        (US_CHIPS, "impose", US_CHIPS),
        (CN_RE, "impose", CN_RE),
        (CN_RE, "suspend", CN_RE_SUSP),
        (CN_RE, "lift", CN_RE_LIFT),
        (US_OCT, "impose", US_OCT),
        (US_OCT, "suspend", US_SUSP),
        (CN_SOY, "impose", CN_SOY),
        (CN_SOY, "lift", CN_SOY_LIFT),
        # undated measures last, by key
        *sorted([(EU_THREAT, "threaten", EU_THREAT), (NLD_REQ, "request", NLD_REQ)]),
    ]


def test_measure_history_unknown_event(db) -> None:
    assert rows(q("measure_history", db, event="0000000000000000")) == []


# --- timeline -----------------------------------------------------------------------


def test_timeline_of_an_item(db) -> None:
    assert rows(q("timeline", db, entity=RE), "date", "roles", "actor", "action", "event") == [
        ("2025-10-09", ("item",), "CHN", "impose", CN_RE),
        ("2025-11-07", ("item",), "CHN", "suspend", CN_RE_SUSP),
        ("2026-02-01", ("item",), "CHN", "lift", CN_RE_LIFT),
    ]


def test_timeline_of_a_country_leaves_out_undated_events(db) -> None:
    assert rows(q("timeline", db, entity="CHN"), "date", "roles", "event") == [
        ("2025-04-02", ("target",), US_APR),
        ("2025-04-04", ("actor",), CN_APR),
        ("2025-09-29", ("target",), US_CHIPS),
        ("2025-10-09", ("actor",), CN_RE),
        ("2025-10-14", ("target",), US_OCT),
        ("2025-10-20", ("actor",), CN_SOY),
        ("2025-11-07", ("actor",), CN_RE_SUSP),
        ("2025-11-10", ("target",), US_SUSP),
        ("2025-11-10", ("actor",), CN_SOY_LIFT),
        ("2026-02-01", ("actor",), CN_RE_LIFT),
    ]


def test_timeline_date_range(db) -> None:
    df = q("timeline", db, entity="USA", date_from="2025-10-01", date_to="2025-10-31")
    assert rows(df, "date", "roles", "event") == [
        ("2025-10-14", ("actor",), US_OCT),
        ("2025-10-20", ("target",), CN_SOY),
    ]


def test_timeline_requires_entity(db) -> None:
    with pytest.raises(QueryError, match="parameter entity is required"):
        q("timeline", db)


# --- retaliation --------------------------------------------------------------------

RET_COLS = ("first_actor", "responder", "first_date", "response_date", "days_after", "first_event", "response_event")


def test_retaliation_within_90_days(db) -> None:
    assert rows(q("retaliation", db), *RET_COLS) == [
        ("USA", "CHN", "2025-04-02", "2025-04-04", 2, US_APR, CN_APR),
        ("USA", "CHN", "2025-09-29", "2025-10-20", 21, US_CHIPS, CN_SOY),
        ("USA", "CHN", "2025-10-14", "2025-10-20", 6, US_OCT, CN_SOY),
    ]


def test_retaliation_window_and_types(db) -> None:
    assert rows(q("retaliation", db, days=200), "first_event", "response_event", "days_after") == [
        (US_APR, CN_APR, 2),
        (CN_APR, US_CHIPS, 178),
        (CN_APR, US_OCT, 193),
        (US_CHIPS, CN_SOY, 21),
        (US_OCT, CN_SOY, 6),
    ]
    assert rows(q("retaliation", db, days=5), "first_event", "response_event") == [(US_APR, CN_APR)]
    assert rows(q("retaliation", db, days=200, types=["TARIFF"]), "first_event", "response_event") == [
        (US_APR, CN_APR),
        (CN_APR, US_OCT),
    ]


def test_retaliation_entity_and_any_action(db) -> None:
    assert rows(q("retaliation", db, entity="EU")) == []
    # actions=None: any first act counts, but a response is always restrictive: the soybean
    # lift and the US suspension (easings) are not responses
    assert rows(q("retaliation", db, actions=None), "first_event", "response_event", "days_after") == [
        (US_APR, CN_APR, 2),
        (US_CHIPS, CN_SOY, 21),
        (US_OCT, CN_SOY, 6),
    ]


# --- exposure -----------------------------------------------------------------------


def test_exposure_of_rare_earths(db) -> None:
    df = q("exposure", db, item=RE)
    assert list(df.columns) == ["role", "id", "name", "n", "first", "last", "total"]
    assert rows(df) == [
        ("restricts", "CHN", "China", 1, "2025-10-09", "2025-10-09", 3),
        ("firm_mentioned", "org:mp_materials", "MP Materials", 1, "2025-10-09", "2025-10-09", 3),
        ("firm_mentioned", "org:nexperia", "Nexperia", 1, "2026-02-02", "2026-02-02", 3),
    ]


def test_exposure_of_semiconductors_and_soybeans(db) -> None:
    assert rows(q("exposure", db, item=SEMI), "role", "id", "n") == [
        ("restricts", "USA", 1),
        ("targeted", "CHN", 1),
        ("firm_mentioned", "org:nexperia", 1),
        ("firm_mentioned", "org:nvidia", 1),
    ]
    assert rows(q("exposure", db, item=SOY), "role", "id", "n") == [
        ("restricts", "CHN", 1),
        ("targeted", "USA", 1),
        ("firm_mentioned", "org:nvidia", 1),
    ]


def test_exposure_unknown_item(db) -> None:
    assert rows(q("exposure", db, item="item:unobtainium")) == []


# --- evidence -----------------------------------------------------------------------

EV_COLS = ("event", "evidence", "evidence_start", "evidence_end", "article_id", "published", "source")


def test_evidence_of_a_corroborated_event_in_two_languages(db) -> None:
    assert rows(q("evidence", db, event=CN_RE), *EV_COLS) == [
        (
            CN_RE,
            "China's commerce ministry on Thursday expanded export controls on rare earths including dysprosium",
            70,
            170,
            "fx0002oct9ctrl",
            "2025-10-09T14:30:00",
            "Reuters",
        ),
        (
            CN_RE,
            "商务部10月9日公布对稀土及镝等相关物项实施出口管制",
            15,
            40,
            "fx0003oct9zh",
            "2025-10-10T08:00:00",
            "Xin Hua She",
        ),
    ]
    df = q("evidence", db, event=CN_RE)
    assert rows(df, "title", "url")[0] == (
        "China tightens rare earth export controls, MP Materials shares jump",
        "https://example.com/reuters/rare-earths",
    )


def test_evidence_of_a_pair_of_entities(db) -> None:
    assert rows(q("evidence", db, entity="CHN", other=SOY), "event", "article_id") == [
        (CN_SOY, "fx0004ustariff"),
        (CN_SOY_LIFT, "fx0005truce"),
    ]
    assert rows(q("evidence", db, entity="NLD"), "event", "article_id") == [(NLD_REQ, "fx0006lift")]


def test_evidence_needs_a_parameter(db) -> None:
    assert rows(q("evidence", db)) == []


# --- neighbourhood ------------------------------------------------------------------

SOY_EVENT = "CHN impose IMPORT_RESTRICTION [item:soybeans] -> [USA] on 2025-10-20"
SOY_LIFT_EVENT = "CHN lift IMPORT_RESTRICTION [item:soybeans] -> [USA] on 2025-11-10"


def test_neighbourhood_one_hop(db) -> None:
    df = q("neighbourhood", db, entity=SOY)
    assert list(df.columns) == ["from_id", "from_label", "from_name", "rel", "to_id", "to_label", "to_name"]
    assert rows(df) == [
        (CN_SOY, "Event", SOY_EVENT, "ITEM", SOY, "Item", "soybeans"),
        (CN_SOY_LIFT, "Event", SOY_LIFT_EVENT, "ITEM", SOY, "Item", "soybeans"),
    ]


def test_neighbourhood_two_hops(db) -> None:
    assert rows(q("neighbourhood", db, entity=SOY, hops=2), "from_id", "rel", "to_id") == [
        ("CHN", "ACTOR", CN_SOY),
        ("CHN", "ACTOR", CN_SOY_LIFT),
        (CN_SOY_LIFT, "ACTS_ON", CN_SOY),
        (CN_SOY, "ITEM", SOY),
        (CN_SOY_LIFT, "ITEM", SOY),
        (CN_SOY, "TARGET", "USA"),
        (CN_SOY_LIFT, "TARGET", "USA"),
    ]


def test_neighbourhood_node_budget(db) -> None:
    # max_nodes=2: the item and the first of its two events (in key order) are expanded
    first = min(CN_SOY, CN_SOY_LIFT)
    full = rows(q("neighbourhood", db, entity=SOY, hops=2, max_nodes=None), "from_id", "rel", "to_id")
    cut = rows(q("neighbourhood", db, entity=SOY, hops=2, max_nodes=2), "from_id", "rel", "to_id")
    assert cut == [r for r in full if SOY in (r[0], r[2]) or first in (r[0], r[2])]
    assert len(cut) == 5
    one = rows(q("neighbourhood", db, entity=SOY, hops=1), "from_id", "rel", "to_id")
    assert rows(q("neighbourhood", db, entity=SOY, hops=3, max_nodes=1), "from_id", "rel", "to_id") == one


def test_neighbourhood_with_articles_and_limit(db) -> None:
    df = q("neighbourhood", db, entity=SOY, articles=True)
    assert rows(df, "from_id", "from_label", "rel", "to_id") == [
        (CN_SOY, "Event", "ITEM", SOY),
        (CN_SOY_LIFT, "Event", "ITEM", SOY),
        ("fx0004ustariff", "Article", "MENTIONS", SOY),
        ("fx0005truce", "Article", "MENTIONS", SOY),
    ]
    assert rows(q("neighbourhood", db, entity=SOY, articles=True, limit=1), "from_id") == [(CN_SOY,)]


def test_neighbourhood_three_hops_reaches_further(db) -> None:
    two = set(rows(q("neighbourhood", db, entity=SOY, hops=2), "from_id", "rel", "to_id"))
    three = set(rows(q("neighbourhood", db, entity=SOY, hops=3), "from_id", "rel", "to_id"))
    assert two < three
    assert ("CHN", "ACTOR", CN_RE) in three and ("CHN", "ACTOR", CN_RE) not in two
    assert ("org:mofcom", "ACTOR", CN_RE) not in three  # four hops away
    assert three == set(rows(q("neighbourhood", db, entity=SOY, hops=9), "from_id", "rel", "to_id"))


# --- top_actors ---------------------------------------------------------------------


def test_top_actors_by_imposed_measures(db) -> None:
    assert rows(q("top_actors", db)) == [
        ("CHN", "China", 3, 3, "2025-04-04", "2025-10-20"),
        ("USA", "United States", 3, 2, "2025-04-02", "2025-10-14"),
    ]


def test_top_actors_filters(db) -> None:
    assert rows(q("top_actors", db, action=None), "actor", "n_measures") == [
        ("CHN", 6),
        ("USA", 4),
        ("EU", 1),
        ("NLD", 1),
    ]
    assert rows(q("top_actors", db, type="EXPORT_CONTROL", action=None, limit=2), "actor", "n_measures") == [
        ("CHN", 3),
        ("NLD", 1),
    ]
    df = q("top_actors", db, date_from="2025-10-01", date_to="2025-10-31")
    assert rows(df, "actor", "n_measures", "first_date", "last_date") == [
        ("CHN", 2, "2025-10-09", "2025-10-20"),
        ("USA", 1, "2025-10-14", "2025-10-14"),
    ]


# --- changes_since ------------------------------------------------------------------


def test_changes_since_new_events(db) -> None:
    assert rows(q("changes_since", db, since="2025-11-01"), "first_reported", "change", "actor", "event") == [
        ("2025-11-07T18:09:00", "new", "CHN", CN_RE_SUSP),
        ("2025-11-07T18:09:00", "new", "USA", US_SUSP),
        ("2025-11-07T18:09:00", "new", "CHN", CN_SOY_LIFT),
        *sorted(
            [
                ("2026-02-02T10:00:00", "new", "CHN", CN_RE_LIFT),
                ("2026-02-02T10:00:00", "new", "EU", EU_THREAT),
                ("2026-02-02T10:00:00", "new", "NLD", NLD_REQ),
            ],
            key=lambda r: r[3],
        ),
    ]


def test_changes_since_with_corroborations(db) -> None:
    assert rows(q("changes_since", db, since="2025-10-10", type="EXPORT_CONTROL"), "event") == [
        (US_CHIPS,),
        (CN_RE_SUSP,),
        *sorted([(CN_RE_LIFT,), (NLD_REQ,)]),
    ]
    df = q("changes_since", db, since="2025-10-10", type="EXPORT_CONTROL", corroborated=True)
    assert rows(df, "change", "event", "n_sources") == [
        ("corroborated", CN_RE, 2),
        ("new", US_CHIPS, 1),
        ("new", CN_RE_SUSP, 1),
        *sorted([("new", CN_RE_LIFT, 1), ("new", NLD_REQ, 1)], key=lambda r: r[1]),
    ]
    assert rows(q("changes_since", db, since="2026-02-03")) == []


# --- read-only ----------------------------------------------------------------------


def test_a_write_through_run_query_is_refused_by_the_server(db) -> None:
    writer = parse_query(
        "write_attempt",
        "// description: tries to write\n// param: label_name string = probe\n"
        "CREATE (n:Probe {name: $label_name}) RETURN n.name AS name",
    )
    with pytest.raises(QueryError) as info:
        run_query(writer, db)
    assert info.value.__cause__.code == "Neo.ClientError.Statement.AccessMode"
    assert str(info.value).startswith(
        "query write_attempt: the server refused it: Neo.ClientError.Statement.AccessMode: "
        "Writing in read access mode not allowed"
    )
    assert graph_nodes(db, "Probe", ["name"]) == set()


def test_temporal_values_come_back_as_iso_strings(db) -> None:
    reader = parse_query(
        "temporal",
        "// description: temporal values\n// param: day date = 2025-11-07\n"
        "RETURN date($day) AS d, [date($day), localdatetime('2025-11-07T18:09')] AS l, duration({days: 2}) AS p",
    )
    assert rows(run_query(reader, db)) == [("2025-11-07", ("2025-11-07", "2025-11-07T18:09:00"), "P2D")]


# --- the lifecycle fall-back for graphs without ACTS_ON links ----------------------

UNLINKED = """\
{"article_id": "fxu1", "title": "t1", "source": "S", "published": "2025-03-01T00:00:00", "lang": "en", "entities": [{"id": "JPN", "type": "Country", "name": "Japan"}, {"id": "item:gallium", "type": "Item", "name": "gallium"}], "events": [{"type": "EXPORT_BAN", "action": "impose", "actors": ["JPN"], "items": ["item:gallium"], "targets": [], "date": "2025-03-01", "until": "2025-04-01", "value": null, "evidence": "t1", "evidence_start": 0, "evidence_end": 2}, {"type": "EXPORT_BAN", "action": "extend", "actors": ["JPN"], "items": ["item:gallium"], "targets": [], "date": "2025-03-20", "until": "2025-12-31", "value": null, "evidence": "t1", "evidence_start": 0, "evidence_end": 2}]}
{"article_id": "fxu2", "title": "t2", "source": "S", "published": "2025-06-01T00:00:00", "lang": "en", "entities": [{"id": "JPN", "type": "Country", "name": "Japan"}], "events": [{"type": "EXPORT_BAN", "action": "lift", "actors": ["JPN"], "items": [], "targets": [], "date": "2025-06-01", "until": null, "value": null, "evidence": "t2", "evidence_start": 0, "evidence_end": 2}]}
"""


def test_in_force_extend_and_a_lift_naming_no_items(db) -> None:
    """An extend moves `until`; a lift naming no items covers the whole measure and ends it."""
    database = kg_neo4j.database()
    batch = parse_events_jsonl(UNLINKED.splitlines(), "unlinked")
    load_records(db, batch.records, database)
    try:
        ban = _key("EXPORT_BAN", "impose", "JPN", "2025-03-01", [], ["item:gallium"])
        extend = _key("EXPORT_BAN", "extend", "JPN", "2025-03-20", [], ["item:gallium"])
        lift = _key("EXPORT_BAN", "lift", "JPN", "2025-06-01")
        assert {(a, b) for a, b in graph_rels(db, "ACTS_ON")} >= {(extend, ban), (lift, ban)}
        force = {
            day: rows(q("in_force_on", db, date=day, actor="JPN"), "event", "until")
            for day in ("2025-02-28", "2025-03-10", "2025-05-01", "2025-05-31", "2025-06-01")
        }
        assert force == {
            "2025-02-28": [],
            "2025-03-10": [(ban, "2025-04-01")],
            "2025-05-01": [(ban, "2025-12-31")],
            "2025-05-31": [(ban, "2025-12-31")],
            "2025-06-01": [],
        }
        assert rows(q("measure_history", db, actor="JPN"), "measure", "action", "until") == [
            (ban, "impose", "2025-04-01"),
            (ban, "extend", "2025-12-31"),
            (ban, "lift", None),
        ]
        status = q("measure_status", db, date="2025-06-01", actor="JPN")
        assert rows(status, "measure", "status", "until", "set_by", "n_acts") == [(ban, "lifted", None, lift, 3)]
    finally:  # back to the plain fixture graph
        clear_graph(db, database)
        load_records(db, read_events(FIXTURE).records, database)
    assert rows(q("who_restricts", db, actor="JPN")) == []


STATED = """\
{"article_id": "fxr1", "title": "r1", "source": "S", "published": "2025-12-02T00:00:00", "lang": "en", "entities": [{"id": "CHN", "type": "Country", "name": "China"}, {"id": "USA", "type": "Country", "name": "United States"}, {"id": "org:acme", "type": "Firm", "name": "Acme"}], "events": [{"type": "SANCTION", "action": "impose", "actors": ["CHN"], "items": [], "targets": ["org:acme"], "date": "2025-12-01", "until": null, "value": null, "evidence": "China sanctioned Acme in response to US chip curbs", "evidence_start": 0, "evidence_end": 50}]}
"""


def test_retaliation_stated_by_an_article(db) -> None:
    """A response cue in the evidence links the act to what it answers (RESPONDS_TO), listed beyond the window."""
    database = kg_neo4j.database()
    stated = json_record(STATED)
    # the response targets a US firm, not the USA: the window rule cannot pair it; the cue can't either
    load_records(db, [stated], database)
    try:
        assert graph_rels(db, "RESPONDS_TO") == set()
        retarget = json_record(STATED.replace('"targets": ["org:acme"]', '"targets": ["USA"]').replace("fxr1", "fxr2"))
        load_records(db, [retarget], database)
        response = _key("SANCTION", "impose", "CHN", "2025-12-01", ["USA"])
        assert graph_rels(db, "RESPONDS_TO", ["cue"]) == {(response, US_OCT, "in response to")}
        df = q("retaliation", db, entity="CHN", days=30, types=["TARIFF", "SANCTION"])
        assert rows(df, "first_event", "response_event", "days_after", "stated", "cue", "evidence") == [
            (US_APR, CN_APR, 2, False, None, None),
            (US_OCT, response, 48, True, "in response to", "China sanctioned Acme in response to US chip curbs"),
        ]
    finally:
        clear_graph(db, database)
        load_records(db, read_events(FIXTURE).records, database)


def json_record(text: str):
    batch = parse_events_jsonl(text.splitlines(), "stated")
    assert batch.skipped == ()
    return batch.records[0]


# --- the CLI on the real server -----------------------------------------------------


def test_cli_table(db, capsys: pytest.CaptureFixture[str]) -> None:
    from policykg.cli import main

    assert main(["query", "exposure", "--param", "item=item:rare_earths"]) == 0
    assert capsys.readouterr().out == (
        "role            id                name          n  first       last        total\n"
        "restricts       CHN               China         1  2025-10-09  2025-10-09  3\n"
        "firm_mentioned  org:mp_materials  MP Materials  1  2025-10-09  2025-10-09  3\n"
        "firm_mentioned  org:nexperia      Nexperia      1  2026-02-02  2026-02-02  3\n"
    )


def test_cli_table_lists_and_nulls(db, capsys: pytest.CaptureFixture[str]) -> None:
    from policykg.cli import main

    argv = ["query", "measure_history", "--param", f"event={CN_RE_LIFT}"]
    assert main(argv) == 0
    lines = capsys.readouterr().out.splitlines()
    assert [line.split("  ")[0] for line in lines] == ["measure", CN_RE, CN_RE, CN_RE]
    assert "element:Dy, item:rare_earths" in lines[1]
    assert lines[2].split()[-5:] == ["2026-11-10", "1", "single_source", CN_RE_SUSP, "3"]


def test_cli_csv(db, capsys: pytest.CaptureFixture[str]) -> None:
    from policykg.cli import main

    argv = ["query", "who_restricts", "--param", "item=element:Dy", "--format", "csv"]
    assert main(argv) == 0
    assert capsys.readouterr().out == (
        "actor,actor_name,type,action,items,item_names,targets,target_names,date,until,value,"
        "n_sources,confidence,measure,event,provenance,total\n"
        "CHN,China,EXPORT_CONTROL,impose,element:Dy;item:rare_earths,dysprosium;rare earths,,,2025-10-09,,,"
        f"2,,{CN_RE},{CN_RE},machine,1\n"
    )


def test_cli_json(db, capsys: pytest.CaptureFixture[str]) -> None:
    import json

    from policykg.cli import main

    argv = ["query", "retaliation", "--param", "days=5", "--param", "types=TARIFF,SANCTION", "--format", "json"]
    assert main(argv) == 0
    assert json.loads(capsys.readouterr().out) == [
        {
            "first_actor": "USA",
            "first_actor_name": "United States",
            "responder": "CHN",
            "responder_name": "China",
            "first_date": "2025-04-02",
            "first_type": "TARIFF",
            "first_action": "impose",
            "response_date": "2025-04-04",
            "response_type": "TARIFF",
            "response_action": "impose",
            "days_after": 2,
            "stated": False,
            "cue": None,
            "evidence": None,
            "first_event": US_APR,
            "response_event": CN_APR,
        }
    ]


def test_cli_null_param_and_no_rows(db, capsys: pytest.CaptureFixture[str]) -> None:
    from policykg.cli import main

    assert main(["query", "top_actors", "--param", "action=", "--param", "type=SANCTION"]) == 0
    assert capsys.readouterr().out == (
        "actor  actor_name      n_measures  n_types  first_date  last_date\nEU     European Union  1           1\n"
    )
    assert main(["query", "timeline", "--param", "entity=item:nobody"]) == 0  # an id: no rows; a name: exit 1
    assert capsys.readouterr().out == (
        "date  roles  actor  actor_name  type  action  items  item_names  targets  target_names  until  event  total\n"
        "(no rows)\n"
    )


# --- paging: the first page, any page, and the total ------------------------------------

PAGED = [
    ("who_restricts", {"all_actions": True}),
    ("in_force_on", {"date": "2025-10-20"}),
    ("measure_status", {"date": "2025-11-15"}),
    ("measure_history", {}),
    ("timeline", {"entity": "CHN"}),
    ("evidence", {"entity": "CHN"}),
    ("changes_since", {"since": "2000-01-01"}),
    ("exposure", {"item": RE}),
]


@pytest.mark.parametrize(("name", "params"), PAGED, ids=[p[0] for p in PAGED])
def test_pages_are_slices_of_the_whole_answer_with_its_total(db, name: str, params: dict[str, Any]) -> None:
    whole = rows(q(name, db, limit=None, **params))
    assert len(whole) >= 3 and {r[-1] for r in whole} == {len(whole)}
    pages = [rows(q(name, db, limit=2, offset=k, **params)) for k in range(0, len(whole), 2)]
    assert [r for page in pages for r in page] == whole
    assert rows(q(name, db, limit=2, offset=len(whole), **params)) == []
