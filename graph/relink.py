"""Relink measures and stated responses in Neo4j after a batch: only what the batch can change.

A batch can change the measures of the blocks (event type and party, see
:func:`policykg.graph.measures.block_of`) its events belong to, and nothing else:
blocks never interact.  Within a block it can change only the events that share an
item with its own (or name none), near in time unless the rule looks back without
limit (:mod:`policykg.graph.subblock`).  Given the batch's event keys, the loader
grows that sub-block through indexed keys (``Event.block``, ``Event.key``, the
``PART_OF`` links of whole measures) until the links it computes agree with the
stored ones outside the changed set, and runs the same pure linker as the build
(:func:`policykg.graph.measures.link_block`) on it.  A block is relinked whole
instead when it is small (under 1,000 events), when the batch holds a quarter of
it, or when the sub-block's first growth would reach half of it.  Either way only
the measures and links that differ from what is stored are written, and the
result equals relinking every block from scratch.  Responses are relinked for
the responders among the batch's actors and targets (``Event.response_cue``,
indexed).  Each read collects its rows on the server into one record (the driver
then decodes one message, not one per event), and :data:`RELINK_WRITERS`
transactions run at a time, so Python links one while the server reads for another.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from typing import Any

from policykg.graph.build import report_from_row
from policykg.graph.measure_rows import measure_fingerprint, measure_link_rows, measure_props
from policykg.graph.measures import RESTRICTIVE_ACTIONS, Measure, Report, link_block
from policykg.graph.responses import pick_first_act
from policykg.graph.subblock import neighbours

BLOCKS_PER_TX = 200
WHOLE_BLOCK_SHARE = 0.25  # a batch holding this share of a block relinks the whole block
SUBBLOCK_MIN_EVENTS = 1_000  # smaller blocks are relinked whole: fewer round trips, as fast
FALLBACK_SHARE = 0.5  # a sub-block this large after its first growth is relinked whole
RELINK_WRITERS = 2  # transactions at a time: one thread links in Python while the server reads for the other


def _cypher(name: str) -> str:
    from policykg.graph.load import cypher

    return cypher(name)


def _rows(tx: Any, name: str, **params: Any) -> list[dict[str, Any]]:
    return [record.data() for record in tx.run(_cypher(name), params)]


def _collected(tx: Any, name: str, column: str = "rows", **params: Any) -> list[Any]:
    """The one list a ``read_*`` query collects server-side (one record: no per-row message or decoding)."""
    record = tx.run(_cypher(name), params).single(strict=True)
    return list(record[column])


def _write(tx: Any, name: str, rows: list[dict[str, Any]]) -> Any:
    return tx.run(_cypher(name), rows=rows).consume().counters


def relink_blocks_tx(tx: Any, blocks: list[str], locked: bool = False) -> list[Any]:
    """One transaction: lock the blocks' parties, read the whole blocks, write what changed.

    Unlike the loader's other ``_tx`` functions this one reads before it writes: the
    lock makes the read and the writes one step, so two loads relinking the same
    block serialise, and a retry (deadlock) simply recomputes from the database.
    ``locked``: the transaction holds the parties' locks already (a sub-block fell back).
    """
    if not locked:
        _rows(tx, "lock_parties", ids=sorted({_party(b) for b in blocks}))
    record = tx.run(_cypher("read_block_reports"), blocks=blocks).single(strict=True)
    writes, links, stale = plan_relink(list(record["rows"]), list(record["measures"]))
    return _write_plan(tx, writes, links, stale)


def relink_keys_tx(tx: Any, block: str, keys: list[str], size: int) -> list[Any]:
    """One transaction: lock the party, grow the sub-block the events ``keys`` can change, relink it.

    The sub-block starts as ``keys``; each round adds the events that may interact with
    a changed event and every event of their stored measures, then runs the linker; an
    added event whose link comes out different is changed too, and the next round grows
    around it.  It stops when no link outside the changed set differs.  When the first
    round would hold :data:`FALLBACK_SHARE` of the block's ``size`` events, the whole
    block is relinked instead (the same result, fewer round trips).
    """
    _rows(tx, "lock_parties", ids=[_party(block)])
    reports = {row["key"]: row for row in _collected(tx, "read_reports_by_key", keys=keys)}
    changed = expanded = set(reports)
    if not _grow(tx, reports, list(reports.values()), limit=FALLBACK_SHARE * size):
        return relink_blocks_tx(tx, [block], locked=True)
    mates = _act_mates(reports, {}, changed) - expanded  # the batch's events join stored acts: grow once more
    expanded, frontier = expanded | mates, [reports[key] for key in sorted(mates)]
    cache: dict[str, Report] = {}
    while True:
        _grow(tx, reports, frontier)
        placed: dict[str, str] = {}
        measures, links = link_plan(list(reports.values()), placed, cache)
        changed = changed | {link["event"] for link in links}
        grow = (changed | _act_mates(reports, placed, changed)) - expanded
        if not grow:
            break
        expanded = expanded | grow
        frontier = [reports[key] for key in sorted(grow)]
    writes, stale = measure_plan(measures, stored_measures(reports.values()))
    return _write_plan(tx, writes, links, stale)


def stored_measures(rows: Iterable[dict[str, Any]]) -> list[dict[str, Any]]:
    """The stored measures of these event rows with their fingerprints, as ``read_block_reports``
    gives them: the rows carry both (``read_reports_by_key``), so no read of the measures by key.

    >>> stored_measures([{"measure": "m2", "fingerprint": "f2"}, {"measure": None, "fingerprint": None},
    ...                  {"measure": "m1", "fingerprint": None}, {"measure": "m2", "fingerprint": "f2"}])
    [{'key': 'm1', 'fingerprint': None}, {'key': 'm2', 'fingerprint': 'f2'}]
    """
    found = {row["measure"]: row["fingerprint"] for row in rows if row["measure"]}
    return [{"key": key, "fingerprint": found[key]} for key in sorted(found)]


def _act_mates(reports: dict[str, dict[str, Any]], placed: dict[str, str], changed: set[str]) -> set[str]:
    """Events of the measures (stored or new) that hold a changed event: their acts may have changed
    (items, dates, articles), so what interacts with any of their reports must be looked at."""
    touched = {reports[k]["measure"] for k in changed} | {placed.get(k) for k in changed}
    touched.discard(None)
    return {k for k, row in reports.items() if row["measure"] in touched or placed.get(k) in touched}


def _grow(
    tx: Any, reports: dict[str, dict[str, Any]], frontier: list[dict[str, Any]], limit: float = float("inf")
) -> bool:
    """Add to ``reports`` the events that may interact with ``frontier``, with their whole measures.

    False (and no more read) when that would make ``reports`` hold ``limit`` events or more: the
    neighbours alone are checked before the measure members are read (a block that falls back
    to a whole read, as the dominant actor's largest do, spends one read fewer).
    """
    by_block: dict[str, set[str]] = defaultdict(set)
    open_blocks = set()
    for row in frontier:
        by_block[row["block"]].update(row["items"] or ())
        if not row["items"]:
            open_blocks.add(row["block"])
    query = [{"block": b, "items": [] if b in open_blocks else sorted(i)} for b, i in sorted(by_block.items())]
    near = neighbours(frontier, _collected(tx, "read_block_neighbours", rows=query)) - set(reports)
    if len(reports) + len(near) >= limit:
        return False
    members = set(_collected(tx, "read_measure_members", "keys", keys=sorted(near)))
    new = sorted((near | members) - set(reports))
    if len(reports) + len(new) >= limit:
        return False
    reports.update((row["key"], row) for row in _collected(tx, "read_reports_by_key", keys=new))
    return True


def _write_plan(tx: Any, writes: list[Any], links: list[Any], stale: list[Any]) -> list[Any]:
    """Run the writes that have rows: an empty list costs a round trip and, on a fresh server, a
    plan of its own (Neo4j caches a plan per query text and parameter types; ``[]`` is another type)."""
    steps = (("merge_measure", writes), ("link_measure", links), ("delete_measure", stale))
    return [_write(tx, name, rows) for name, rows in steps if rows]


def relink_measures(
    driver: Any, database: str, blocks: list[str], keys: Mapping[str, Sequence[str]] | None = None
) -> Any:
    """Recompute the measures of ``blocks`` from the stored events; write what changed.

    With ``keys`` (the batch's event keys by block) only the sub-block those events can
    change is read, except in blocks where they are a quarter of the events or more.
    """
    from policykg.graph.load import LoadSummary

    summary = LoadSummary()
    with driver.session(database=database, notifications_min_severity="OFF") as session:
        whole, partial, sizes = _split_blocks(session, blocks, keys)
    work = relink_work(whole, [(b, sorted((keys or {})[b]), size) for b, size in partial])
    lanes = relink_lanes(work, RELINK_WRITERS, sizes)
    run_lanes(driver, database, lanes, relink_tx, done=lambda _, c: _add(summary, c))
    return summary


def _party(block: str) -> str:
    return block.split("|", 1)[1]


def relink_work(whole: list[str], partial: list[tuple[str, list[str], int]]) -> list[tuple[Any, ...]]:
    """The relink transactions: one ``("keys", [(block, keys, size)])`` per sub-block, then
    ``("whole", blocks)`` chunks of :data:`BLOCKS_PER_TX` in the order given.

    Grouping a party's sub-blocks in one transaction, and whole blocks sorted by party, cut
    lock waits on a busy box, but at 100,000 events a party's blocks together overflowed the
    server's transaction memory (``dbms.memory.transaction.total.max``), so each sub-block
    keeps its own transaction and whole-block chunks keep the blocks' own order.

    >>> relink_work(["A|USA", "B|CHN", "B|USA"], [("A|CHN", ["k1"], 9), ("C|CHN", ["k2"], 9)])
    [('keys', [('A|CHN', ['k1'], 9)]), ('keys', [('C|CHN', ['k2'], 9)]), ('whole', ['A|USA', 'B|CHN', 'B|USA'])]
    """
    work: list[tuple[Any, ...]] = [("keys", [item]) for item in partial]
    work += [("whole", whole[n : n + BLOCKS_PER_TX]) for n in range(0, len(whole), BLOCKS_PER_TX)]
    return work


def relink_lanes(
    work: list[tuple[Any, ...]], lanes: int, sizes: Mapping[str, int] | None = None
) -> list[list[tuple[Any, ...]]]:
    """``work`` split into at most ``lanes`` lists whose parties never meet, each in ``work``'s order.

    Every transaction locks the parties of its blocks, so two writers taking the next
    items of one list waited on each other whenever both held the dominant party (its
    sub-blocks, and the whole-block chunks that hold one of its small blocks).  A party's
    work goes to one lane, the heaviest parties first to the lightest lane (a sub-block
    weighs its block's events, a whole block its ``sizes`` entry, or one chunk's share when
    not known), so the lanes run side by side without waiting; each transaction stays as
    small as before.  With real sizes a dominant party gets a lane of its own and the many
    small blocks the other (a chunk's share overweighted a 13-event block 8x, so half of
    them queued behind the dominant party).

    >>> work = [("keys", [("A|CHN", ["k1"], 900)]), ("whole", ["A|USA", "B|CHN", "B|EU"])]
    >>> relink_lanes(work, 2)
    [[('keys', [('A|CHN', ['k1'], 900)]), ('whole', ['B|CHN'])], [('whole', ['A|USA', 'B|EU'])]]
    """
    weight: dict[str, float] = defaultdict(float)
    for item in work:
        for block, size in _item_blocks(item, sizes or {}):
            weight[_party(block)] += size
    lane_of: dict[str, int] = {}
    loads = [0.0] * max(1, lanes)
    for party in sorted(weight, key=lambda p: (-weight[p], p)):
        lane_of[party] = loads.index(min(loads))
        loads[lane_of[party]] += weight[party]
    out: list[list[tuple[Any, ...]]] = [[] for _ in loads]
    for item in work:
        if item[0] == "keys":
            out[lane_of[_party(item[1][0][0])]].append(item)
            continue
        for n, lane in enumerate(out):
            blocks = [b for b in item[1] if lane_of[_party(b)] == n]
            if blocks:
                lane.append(("whole", blocks))
    return [lane for lane in out if lane]


def _item_blocks(item: tuple[Any, ...], sizes: Mapping[str, int]) -> list[tuple[str, float]]:
    """The blocks of one work item with their weights (a whole block: its size, else a chunk's share)."""
    if item[0] == "keys":
        return [(block, float(size)) for block, _, size in item[1]]
    return [(block, float(sizes.get(block, SUBBLOCK_MIN_EVENTS / 10))) for block in item[1]]


def run_lanes(driver: Any, database: str, lanes: list[list[Any]], tx_func: Any, done: Any) -> None:
    """Run each lane's items in order on a session of its own, the lanes side by side (one
    thread each); ``done(item, result)`` runs in the calling thread as each lane finishes."""
    from concurrent.futures import ThreadPoolExecutor

    def run(lane: list[Any]) -> list[tuple[Any, Any]]:
        with driver.session(database=database) as session:
            return [(item, session.execute_write(tx_func, item)) for item in lane]

    with ThreadPoolExecutor(max_workers=max(1, len(lanes)), thread_name_prefix="policykg-relink") as pool:
        for future in [pool.submit(run, lane) for lane in lanes]:
            for item, result in future.result():
                done(item, result)


def relink_tx(tx: Any, item: tuple[Any, ...]) -> list[Any]:
    """One relink transaction: ``("whole", blocks)`` or ``("keys", [(block, keys, size), ...])``."""
    if item[0] == "whole":
        return relink_blocks_tx(tx, item[1])
    return [c for block, keys, size in item[1] for c in relink_keys_tx(tx, block, keys, size)]


def _add(summary: Any, counters: list[Any]) -> None:
    for c in counters:
        summary.add(c)


def _split_blocks(
    session: Any, blocks: list[str], keys: Mapping[str, Sequence[str]] | None
) -> tuple[list[str], list[tuple[str, int]], dict[str, int]]:
    """(blocks to relink whole, (block, its size) to relink by sub-block, every block's size;
    no sizes, and every block whole, without ``keys``)."""
    if keys is None:
        return blocks, [], {}
    sizes = {r["block"]: r["n"] for r in session.execute_read(_read_tx, "count_block_events", blocks=blocks)}
    partial = [
        (b, sizes[b])
        for b in blocks
        if sizes.get(b, 0) >= SUBBLOCK_MIN_EVENTS and len(keys.get(b, ())) < WHOLE_BLOCK_SHARE * sizes[b]
    ]
    whole = sorted(set(blocks) - {b for b, _ in partial})
    return whole, partial, sizes


def _read_tx(tx: Any, name: str, **params: Any) -> list[dict[str, Any]]:
    return _rows(tx, name, **params)


def plan_relink(
    report_rows: list[dict[str, Any]], measure_rows: list[dict[str, Any]], placed: dict[str, str] | None = None
) -> tuple[list[dict[str, Any]], list[dict[str, Any]], list[dict[str, Any]]]:
    """Pure: (measure rows to write, link rows to write, measure keys to delete) for these blocks.

    ``placed`` (when given) receives every event's new measure key.
    """
    measures, links = link_plan(report_rows, placed)
    writes, stale = measure_plan(measures, measure_rows)
    return writes, links, stale


def link_plan(
    report_rows: list[dict[str, Any]], placed: dict[str, str] | None = None, cache: dict[str, Report] | None = None
) -> tuple[list[Measure], list[dict[str, Any]]]:
    """Pure: the measures of these blocks' events, and the link rows that differ from the stored links.

    ``placed`` (when given) receives every event's new measure key; ``cache`` keeps the
    :class:`Report` of each row across the rounds of a sub-block relink (rows never change there).
    """
    cache = {} if cache is None else cache
    by_block: dict[str, list[Report]] = defaultdict(list)
    current_links = {}
    for row in report_rows:
        report = cache.get(row["key"]) or cache.setdefault(row["key"], report_from_row(row))
        by_block[row["block"]].append(report)
        current_links[row["key"]] = (row["measure"], row["acts_on"], list(row["props"].get("confidence") or []))
    measures, links = [], []
    for block in sorted(by_block):
        for measure in link_block(by_block[block]):
            measures.append(measure)
            for link in measure_link_rows(measure):
                if placed is not None:
                    placed[link["event"]] = measure.key
                if current_links.get(link["event"]) != (link["measure"], link["acts_on"], link["confidence"]):
                    links.append(link)
    return measures, links


def measure_plan(
    measures: list[Measure], measure_rows: list[dict[str, Any]], digests: dict[str, str] | None = None
) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """Pure: (measure rows to write, stored measure keys no longer derived).

    A measure whose stored fingerprint equals its new one (the same acts of the same
    reports under the same rules, :func:`measure_fingerprint`) has the same properties:
    it is neither recomputed nor written.  Any other is recomputed and written (a new
    fingerprint is written even when the properties come out equal).  ``digests``
    caches report digests by key within one relink.
    """
    stored = {row["key"]: row["fingerprint"] for row in measure_rows}
    digests = {} if digests is None else digests
    writes = []
    for measure in measures:
        fingerprint = measure_fingerprint(measure, digests)
        if stored.get(measure.key) != fingerprint:
            writes.append({"key": measure.key, "props": {"key": measure.key, **measure_props(measure, fingerprint)}})
    stale = [{"key": key} for key in sorted(set(stored) - {m.key for m in measures})]
    return writes, stale


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
