"""Review, correct and list corrections from Python (notebooks) and the CLI: the I/O edge.

Usage (it reads the graph in Neo4j and appends to the corrections file, so this is
an example to copy, not a doctest)::

    from policykg.graph import review_api as rv
    rv.review(limit=3)                                # the three most doubtful reports
    rv.correct("b52e209c1f048d11:404-560", set={"action": "suspend"}, note="it suspends them")
    rv.corrections()                                  # every decision, oldest first

The graph comes from Neo4j (what was loaded) unless ``events`` files are given,
in which case it is built from them with the corrections applied.  Names in
``set`` resolve as in every other parameter (``{"actor": "China"}``) through
:func:`policykg.queries.names.resolve`.  Corrections take effect in Neo4j at the
next ``load`` / ``ingest`` (use ``--replace`` so rejected and re-keyed events go).
"""

from __future__ import annotations

import getpass
import json
import os
import sys
from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path
from typing import Any

import networkx as nx

from policykg import PolicyKGError
from policykg.extract.models import ArticleRecord
from policykg.graph.apply_corrections import ApplyReport, apply_corrections
from policykg.graph.build import VALUE_FIELDS
from policykg.graph.corrections import (
    Correction,
    CorrectionError,
    _set_fields,
    append_correction,
    default_path,
    new_id,
    now,
    read_corrections,
)
from policykg.graph.review import event_json, gold_records, report_event, review_rows

PathLike = str | Path | None


def corrected(
    records: Iterable[ArticleRecord], path: PathLike = None
) -> tuple[tuple[ArticleRecord, ...], ApplyReport, list[str]]:
    """``records`` with the corrections file applied, what was applied, and the bad lines skipped."""
    batch = read_corrections(path)
    out, report = apply_corrections(records, batch.corrections)
    return out, report, list(batch.skipped)


def review_graph(events: Sequence[str | Path] = (), path: PathLike = None) -> nx.MultiDiGraph:
    """The graph to review: built from ``events`` files (corrected), else read from Neo4j."""
    if events:
        from policykg.graph.build import build_graph
        from policykg.graph.events_io import read_events_paths

        return build_graph(corrected(read_events_paths(events).records, path)[0])
    from policykg.graph import neo4j
    from policykg.graph.load import read_graph

    with neo4j.driver() as drv:
        return read_graph(drv, neo4j.database())


def review(
    events: Sequence[str | Path] = (), path: PathLike = None, limit: int | None = 20, types: Sequence[str] = ()
) -> list[dict[str, Any]]:
    """The undecided reports that most need an eye, most doubtful first (see graph.review).

    ``types`` keeps only those event types (names resolve: ``"export control"``).
    """
    from policykg.queries.names import resolve

    decided = {c.report for c in read_corrections(path).corrections}
    rows = review_rows(review_graph(events, path), decided)
    wanted = {resolve("type", t) for t in types}
    rows = [r for r in rows if not wanted or r["type"] in wanted]
    return rows[:limit] if limit else rows


def corrections(path: PathLike = None) -> list[dict[str, Any]]:
    """Every decision in the corrections file, oldest first, as JSON objects (``report`` included)."""
    return [c.to_json() for c in sorted(read_corrections(path).corrections, key=lambda c: c.order)]


def correct(
    report: str,
    *,
    confirm: bool = False,
    reject: bool = False,
    set: Mapping[str, str] | None = None,
    merge_with: str | None = None,
    split: bool = False,
    note: str | None = None,
    by: str | None = None,
    events: Sequence[str | Path] = (),
    path: PathLike = None,
) -> Correction:
    """Record one decision about ``report`` (exactly one of confirm/reject/set/merge_with/split)."""
    decision = _decision(confirm, reject, bool(set), merge_with, split)
    graph = review_graph(events, path)
    found = report_event(graph, report)
    if found is None:
        raise PolicyKGError(f"no report {report!r} in the graph; `policykg review` lists report ids")
    event, article, data = found
    was = event_json(graph, event)
    if merge_with and report_event(graph, merge_with) is None:
        raise PolicyKGError(f"no report {merge_with!r} to merge with")
    values = parse_set(set or {}, was)
    fix = _correction(decision, report, graph.nodes[article], data, was, values, merge_with, note, by)
    fix = _with_entities(fix, graph)
    append_correction(fix, path)
    return fix


def add_event(
    article_id: str,
    evidence: str,
    set: Mapping[str, str],
    *,
    span: tuple[int, int] | None = None,
    note: str | None = None,
    by: str | None = None,
    events: Sequence[str | Path] = (),
    path: PathLike = None,
) -> Correction:
    """Record an event the extractor missed in ``article_id``, with its evidence (and span)."""
    graph = review_graph(events, path)
    node = f"article:{article_id}"
    if node not in graph:
        raise PolicyKGError(f"no article {article_id!r} in the graph")
    empty: dict[str, Any] = {"actors": [], "items": [], "targets": [], "value": None}
    values = parse_set(set, empty)
    if not {"type", "action", "actors"} <= values.keys() or not values["actors"]:
        raise PolicyKGError("an added event needs --set type=... action=... actor=...")
    data = {
        "evidence": evidence,
        "evidence_start": span[0] if span else None,
        "evidence_end": span[1] if span else None,
    }
    cid = new_id()
    fix = _correction("add", f"add:{cid}", graph.nodes[node], data, None, values, None, note, by, cid)
    fix = _with_entities(fix, graph)
    append_correction(fix, path)
    return fix


def export_gold(out: str | Path, path: PathLike = None) -> int:
    """Write the reviewed events as a labelled-set (events-format) JSONL file; returns the records."""
    records = gold_records(read_corrections(path).corrections)
    Path(out).parent.mkdir(parents=True, exist_ok=True)
    text = "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records)
    Path(out).write_text(text, encoding="utf-8")
    return len(records)


# --- helpers -----------------------------------------------------------------------


def _decision(confirm: bool, reject: bool, edit: bool, merge_with: str | None, split: bool) -> str:
    chosen = [
        name for name, on in (("confirm", confirm), ("reject", reject), ("merge", merge_with), ("split", split)) if on
    ]
    if split and not edit:
        raise PolicyKGError("--split needs --set for the second event (what differs from the first)")
    if len(chosen) > 1 or (edit and chosen and chosen != ["split"]):
        raise PolicyKGError("give one decision: --confirm, --reject, --set, --merge-with or --split --set")
    if not chosen and not edit:
        raise PolicyKGError("give a decision: --confirm, --reject, --set field=value, --merge-with or --split")
    return chosen[0] if chosen else "edit"


_LISTS = {
    "actors": "actors",
    "targets": "targets",
    "items": "items",
    "actor": "actors",
    "target": "targets",
    "item": "items",
}


def parse_set(values: Mapping[str, str], current: Mapping[str, Any]) -> dict[str, Any]:
    """``--set`` text values as ``set`` JSON: names resolved, lists split on commas, dates checked.

    ``actor=X`` makes X the main actor (co-actors kept); ``actors=``, ``targets=``,
    ``items=`` replace the list (``target=``/``item=`` too, with one); ``date=``
    with nothing clears it; ``value=`` clears the value and ``rate_pct=10`` (any
    value field) sets one number in it.
    """
    from policykg.queries.names import resolve

    out: dict[str, Any] = {}
    for name, text in values.items():
        if name in _LISTS:
            ids = [resolve(_LISTS[name], part.strip()) for part in text.split(",") if part.strip()]
            if name == "actor":
                ids = ids[:1] + [a for a in current.get("actors") or [] if a not in ids[:1]]
            out[_LISTS[name]] = ids
        elif name in ("type", "action"):
            out[name] = resolve(name, text)
        elif name in ("date", "until"):
            out[name] = text or None
        elif name == "value":
            out["value"] = json.loads(text) if text else None
        elif name in VALUE_FIELDS:
            value = dict(out.get("value") or current.get("value") or {})
            value[name] = _number(text)
            out["value"] = value
        else:
            raise PolicyKGError(f"cannot set {name!r}; fields: type action actor(s) target(s) item(s) date until value")
    try:
        return _set_fields(out)
    except CorrectionError as exc:
        raise PolicyKGError(str(exc).replace("'set' ", "")) from None


def _number(text: str) -> Any:
    try:
        return int(text)
    except ValueError:
        try:
            return float(text)
        except ValueError:
            return text  # currency, unit


def _correction(
    decision: str,
    report: str,
    article: Mapping[str, Any],
    data: Mapping[str, Any],
    was: Mapping[str, Any] | None,
    values: Mapping[str, Any],
    merge_with: str | None,
    note: str | None,
    by: str | None,
    cid: str | None = None,
) -> Correction:
    start, end = data.get("evidence_start"), data.get("evidence_end")
    return Correction(
        id=cid or new_id(),
        at=now(),
        decision=decision,
        report=report,
        article_id=article["key"],
        span=(start, end) if start is not None and end is not None else None,
        evidence=data.get("evidence") or "",
        by=by or os.environ.get("POLICYKG_ANALYST") or getpass.getuser(),
        title=article.get("title"),
        published=article.get("published"),
        was=was,
        set=dict(values),
        with_report=merge_with,
        note=note,
    )


def _with_entities(fix: Correction, graph: nx.MultiDiGraph) -> Correction:
    """The correction with ``{id, type, name}`` of every entity its slots name (for gold and new ids)."""
    import dataclasses

    from policykg.queries.names import aliases, entity_type

    slots = [*(fix.was or {}).items(), *fix.set.items()]
    ids = dict.fromkeys(i for k, v in slots if k in ("actors", "items", "targets") for i in v)
    entities = []
    for i in ids:
        attrs = graph.nodes[i] if i in graph else {}
        name = attrs.get("name") or (aliases(i) or (i,))[0]
        entities.append({"id": i, "type": attrs.get("label") or entity_type(i), "name": name})
    return dataclasses.replace(fix, entities=tuple(entities))


def default_corrections_path() -> Path:
    """Where corrections are kept unless told otherwise (``$POLICYKG_CORRECTIONS``, see docs)."""
    return default_path()


def reviewed_gold(
    pred: list[dict[str, Any]], path: PathLike = None
) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """``(gold, pred)`` restricted to the reviewed reports (``policykg eval --gold-from-corrections``)."""
    from policykg.graph.review import reviewed_pairs

    batch = read_corrections(path)
    for message in batch.skipped:
        print(message, file=sys.stderr)
    return reviewed_pairs(pred, batch.corrections)
