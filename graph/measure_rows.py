"""Measure nodes and their links as rows: what both the build and the loader write.

Pure.  :func:`measure_props` is a Measure node's properties (with a ``digest`` the
loader compares instead of every property, and a ``fingerprint`` of what they are
computed from); :func:`measure_link_rows` the ``PART_OF`` / ``ACTS_ON`` links and
confidence flags of its events.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable
from importlib.resources import files
from typing import Any

from policykg.graph.measures import Measure, Report
from policykg.graph.status import BEFORE, confidence, status_on, timeline

# The rules a Measure's properties follow: a new version of them changes every fingerprint,
# so a relink recomputes each measure once instead of keeping properties the old rules gave.
RULES = hashlib.sha256(
    b"".join(
        files("policykg.graph").joinpath(f"{name}.py").read_bytes()
        for name in ("acts", "measures", "status", "measure_rows")
    )
).hexdigest()[:8]


def report_digest(report: Report) -> str:
    """A stable digest of every field of a report (sets sorted), the same in every process."""
    fields = (
        report.key,
        report.type,
        report.action,
        report.actor,
        sorted(report.items),
        sorted(report.targets),
        report.date,
        report.effective,
        report.until,
        report.published,
        sorted(report.articles),
        sorted(report.outlets),
        report.value,
        report.actor_inferred,
    )
    return hashlib.blake2b(repr(fields).encode("utf-8"), digest_size=8).hexdigest()


def measure_fingerprint(measure: Measure, digests: dict[str, str] | None = None) -> str:
    """A digest of everything :func:`measure_props` reads: the rules' version, the acts in order
    (founding first) and every field of each act's reports.  Equal fingerprints give equal
    properties, so the relink skips a measure whose stored fingerprint is unchanged.

    ``digests`` (when given) caches :func:`report_digest` by report key; it must hold only
    the reports of one state of the graph (one relink).

    >>> from policykg.graph.measures import link_block
    >>> imp = Report("k1", "TARIFF", "impose", "USA", date="2025-04-02")
    >>> [m], [same] = link_block([imp]), link_block([imp])
    >>> [later] = link_block([Report("k1", "TARIFF", "impose", "USA", date="2025-04-03")])
    >>> measure_fingerprint(m) == measure_fingerprint(same), measure_fingerprint(m) == measure_fingerprint(later)
    (True, False)
    """
    parts = [RULES]
    for act in measure.all_acts:
        parts.append(f"act:{act.key}")
        for report in act.reports:
            digest = digests.get(report.key) if digests is not None else None
            if digest is None:
                digest = report_digest(report)
                if digests is not None:
                    digests[report.key] = digest
            parts.append(digest)
    return hashlib.blake2b("|".join(parts).encode("utf-8"), digest_size=8).hexdigest()


def measure_props(measure: Measure, fingerprint: str | None = None) -> dict[str, Any]:
    """The Measure node's properties (no nulls; lists of strings only, as Neo4j stores them).

    ``digest`` hashes the others, so the loader compares one string, not every property;
    ``fingerprint`` (:func:`measure_fingerprint`, computed unless given) is added after it.
    """
    found = measure.founding
    segments = timeline(measure)
    props: dict[str, Any] = {
        "block": measure.block,
        "type": measure.type,
        "actor": measure.actor,
        "kind": found.action,
        "date": found.date,
        "effective": found.effective,
        "until": found.until,
        "items": sorted(found.items),
        "targets": sorted(found.targets),
        "value": value_text(found.value),
        "n_sources": len(found.articles),
        "n_outlets": len(found.outlets),
        "n_acts": len(measure.all_acts),
        "status_before": status_on(measure, BEFORE)[0],
        "t_from": [seg[0] for seg in segments],
        "t_status": [seg[1] for seg in segments],
        "t_until": [seg[2] or "" for seg in segments],
        "t_event": [seg[3] for seg in segments],
    }
    props = {k: v for k, v in props.items() if v is not None}
    props["digest"] = hashlib.sha256(json.dumps(props, sort_keys=True).encode("utf-8")).hexdigest()[:16]
    props["fingerprint"] = fingerprint or measure_fingerprint(measure)
    return props


def measure_link_rows(measure: Measure) -> list[dict[str, Any]]:
    """``{event, measure, acts_on, confidence}`` for every report of the measure."""
    rows = []
    for act in measure.all_acts:
        acts_on = measure.key if act is not measure.founding else None
        for report in act.reports:
            rows.append(
                {
                    "event": report.key,
                    "measure": measure.key,
                    "acts_on": acts_on,
                    "confidence": list(confidence(report, act)),
                }
            )
    return rows


def value_text(value: Iterable[tuple[str, Any]]) -> str | None:
    """A readable value: ``10%``, ``700000000000 RUB``, ``2000 applications``, ``2400000 t``.

    >>> value_text((("rate_pct", 35.3),)), value_text((("amount", 7e11), ("currency", "RUB")))
    ('35.3%', '700000000000 RUB')
    """
    v = dict(value)
    parts = []
    if "rate_pct" in v:
        parts.append(f"{_num(v['rate_pct'])}%")
    if "amount" in v:
        parts.append(" ".join(x for x in (_num(v["amount"]), str(v.get("currency") or "")) if x))
    if "count" in v:
        parts.append(" ".join(x for x in (_num(v["count"]), str(v.get("unit") or "")) if x))
    if "tonnes" in v:
        parts.append(f"{_num(v['tonnes'])} t")
    return "; ".join(parts) or None


def _num(x: Any) -> str:
    return str(int(x)) if isinstance(x, float) and x.is_integer() else str(x)
