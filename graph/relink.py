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

BLOCKS_PER_TX = 200


def _cypher(name: str) -> str:
    from policykg.graph.load import cypher

    return cypher(name)


def _rows(tx: Any, name: str, **params: Any) -> list[dict[str, Any]]:
    return [record.data() for record in tx.run(_cypher(name), params)]


def _write(tx: Any, name: str, rows: list[dict[str, Any]]) -> Any:
    return tx.run(_cypher(name), rows=rows).consume().counters


def relink_blocks_tx(tx: Any, blocks: list[str]) -> list[Any]:
    """One transaction: lock the blocks' parties, read the blocks, write what changed.

    Unlike the loader's other ``_tx`` functions this one reads before it writes: the
    lock makes the read and the writes one step, so two loads relinking the same
    block serialise, and a retry (deadlock) simply recomputes from the database.
    """
    _rows(tx, "lock_parties", ids=sorted({b.split("|", 1)[1] for b in blocks}))
    writes, links, stale = plan_relink(
        _rows(tx, "read_block_reports", blocks=blocks), _rows(tx, "read_block_measures", blocks=blocks)
    )
    return [_write(tx, "merge_measure", writes), _write(tx, "link_measure", links), _write(tx, "delete_measure", stale)]


def relink_measures(driver: Any, database: str, blocks: list[str]) -> Any:
    """Recompute the measures of ``blocks`` from the stored events; write what changed."""
    from policykg.graph.load import LoadSummary

    summary = LoadSummary()
    with driver.session(database=database, notifications_min_severity="OFF") as session:
        for start in range(0, len(blocks), BLOCKS_PER_TX):
            for counters in session.execute_write(relink_blocks_tx, blocks[start : start + BLOCKS_PER_TX]):
                summary.add(counters)
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


def relink_responses_tx(tx: Any, ids: list[str]) -> list[Any]:
    """One transaction: lock ``ids``, read their responders and the acts they may answer, relink."""
    _rows(tx, "lock_parties", ids=ids)
    responders = [r for r in _rows(tx, "read_responders", ids=ids) if r["action"] in RESTRICTIVE_ACTIONS]
    if not responders:
        return []
    pool: dict[str, list[Any]] = defaultdict(list)
    for row in _rows(tx, "read_response_pool", rows=[{"key": r["key"]} for r in responders]):
        pool[row["responder"]].append(report_from_row(row))
    rows = []
    for row in responders:
        first = pick_first_act(report_from_row(row), pool[row["key"]])
        dst = first.key if first else None
        if dst != row["responds_to"]:
            rows.append({"src": row["key"], "dst": dst, "cue": row["props"]["response_cue"]})
    return [_write(tx, "link_response", rows)]


def relink_responses(driver: Any, database: str, ids: list[str]) -> Any:
    """Relink RESPONDS_TO for the responders whose main actor is among ``ids`` (sorted)."""
    from policykg.graph.load import LoadSummary

    summary = LoadSummary()
    with driver.session(database=database, notifications_min_severity="OFF") as session:
        for counters in session.execute_write(relink_responses_tx, sorted(ids)):
            summary.add(counters)
    return summary
