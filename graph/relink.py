"""Relink measures and stated responses in Neo4j after a batch: only what the batch can change.

A batch can change the measures of the blocks (event type and party, see
:func:`policykg.graph.measures.block_of`) its events belong to, and nothing else:
blocks never interact.  For each such block the loader reads the block's events
through the indexed ``Event.block`` property, runs the same pure linker as the
build (:func:`policykg.graph.measures.link_block`), and writes only the measures and
links that differ from what is stored.  The work is linear in the size of the
touched blocks, never in the square of an actor's events.  Responses are relinked
for the responders among the batch's actors and targets (``Event.response_cue``,
indexed).
"""

from __future__ import annotations

from collections import defaultdict
from typing import Any

from policykg.graph.build import report_from_row
from policykg.graph.measure_rows import measure_link_rows, measure_props
from policykg.graph.measures import RESTRICTIVE_ACTIONS, link_block
from policykg.graph.responses import pick_first_act

BLOCKS_PER_READ = 200


def _cypher(name: str) -> str:
    from policykg.graph.load import cypher

    return cypher(name)


def _read_tx(tx: Any, query: str, params: dict[str, Any]) -> list[dict[str, Any]]:
    return [record.data() for record in tx.run(query, params)]


def _read(driver: Any, database: str, name: str, **params: Any) -> list[dict[str, Any]]:
    """Rows of a read query; notifications off (a fresh database lacks the link types it names)."""
    with driver.session(database=database, notifications_min_severity="OFF") as session:
        return session.execute_read(_read_tx, _cypher(name), params)


def relink_measures(driver: Any, database: str, blocks: list[str], batch_size: int) -> Any:
    """Recompute the measures of ``blocks`` from the stored events; write what changed."""
    from policykg.graph.load import LoadSummary, write_rows

    summary = LoadSummary()
    for start in range(0, len(blocks), BLOCKS_PER_READ):
        chunk = blocks[start : start + BLOCKS_PER_READ]
        writes, links, stale = plan_relink(
            _read(driver, database, "read_block_reports", blocks=chunk),
            _read(driver, database, "read_block_measures", blocks=chunk),
        )
        summary.add(write_rows(driver, database, _cypher("merge_measure"), writes, batch_size))
        summary.add(write_rows(driver, database, _cypher("link_measure"), links, batch_size))
        summary.add(write_rows(driver, database, _cypher("delete_measure"), stale, batch_size))
    return summary


def plan_relink(
    report_rows: list[dict[str, Any]], measure_rows: list[dict[str, Any]]
) -> tuple[list[dict[str, Any]], list[dict[str, Any]], list[dict[str, Any]]]:
    """Pure: (measure rows to write, link rows to write, measure keys to delete) for these blocks."""
    by_block: dict[str, list[Any]] = defaultdict(list)
    current_links = {}
    for row in report_rows:
        by_block[row["block"]].append(report_from_row(row))
        current_links[row["key"]] = (row["measure"], row["acts_on"], list(row["props"].get("confidence") or []))
    stored = {row["key"]: row["digest"] for row in measure_rows}
    writes, links, keep = [], [], set()
    for block in sorted(by_block):
        for measure in link_block(by_block[block]):
            props = {"key": measure.key, **measure_props(measure)}
            keep.add(measure.key)
            if stored.get(measure.key) != props["digest"]:
                writes.append({"key": measure.key, "props": props})
            for link in measure_link_rows(measure):
                if current_links.get(link["event"]) != (link["measure"], link["acts_on"], link["confidence"]):
                    links.append(link)
    stale = [{"key": key} for key in sorted(set(stored) - keep)]
    return writes, links, stale


def relink_responses(driver: Any, database: str, ids: list[str], batch_size: int) -> Any:
    """Relink RESPONDS_TO for the responders whose main actor is among ``ids``."""
    from policykg.graph.load import LoadSummary, write_rows

    summary = LoadSummary()
    responders = [r for r in _read(driver, database, "read_responders", ids=ids) if r["action"] in RESTRICTIVE_ACTIONS]
    if not responders:
        return summary
    pool: dict[str, list[Any]] = defaultdict(list)
    for row in _read(driver, database, "read_response_pool", rows=[{"key": r["key"]} for r in responders]):
        pool[row["responder"]].append(report_from_row(row))
    rows = []
    for row in responders:
        first = pick_first_act(report_from_row(row), pool[row["key"]])
        dst = first.key if first else None
        if dst != row["responds_to"]:
            rows.append({"src": row["key"], "dst": dst, "cue": row["props"]["response_cue"]})
    summary.add(write_rows(driver, database, _cypher("link_response"), rows, batch_size))
    return summary
