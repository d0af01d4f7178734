"""Loader rows as ``neo4j-admin database import full`` CSV files (for ``policykg load --bulk``).

The rows are the transactional loader's own (:func:`policykg.graph.build.graph_to_rows`
of :func:`~policykg.graph.build.build_graph`), so the bulk graph is the same graph,
never a second model of it.  The import tool types a whole column, so rows are
grouped by their *signature* (which properties they hold, with which type): each
group gets its own header file, and a property that is absent stays absent (never
a null or an empty string), as the loader leaves it.

The tool cannot express an empty list (an empty array field is read as no value)
nor a list of one empty string, and it splits arrays on a delimiter; a list
property of that kind is held back as a *fix-up* (``{key, props}``), which
:mod:`policykg.graph.bulk` sets with Cypher after the import.

>>> plan = plan_rows({"Event": [{"key": "k1", "type": "TARIFF", "rate_pct": 10, "confidence": []}]}, {})
>>> [(g.spec, g.header) for g in plan.groups]
[('Event', ['key:ID(Event)', 'rate_pct:long', 'type:string'])]
>>> plan.groups[0].rows, plan.fixups
([['k1', '10', 'TARIFF']], {'Event': [{'key': 'k1', 'props': {'confidence': []}}]})
"""

from __future__ import annotations

import csv
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from policykg.graph.build import ENTITY_LABELS, KEY_PROPERTY

# The unit separator: no text we extract holds it (a list value that does is a fix-up).
ARRAY_DELIMITER = "\x1f"
ARRAY_DELIMITER_ARG = "U+001F"
# The ID space (import "group") of each label: entities share one, as Entity.id is unique.
ID_GROUP = {**dict.fromkeys(ENTITY_LABELS, "Entity"), "Event": "Event", "Measure": "Measure"}
ID_GROUP |= {"Article": "Article", "Source": "Source"}
# Start and end label kind of each relationship type (graph/SCHEMA.md "Relationships").
REL_ENDS = {
    "ACTOR": ("Entity", "Event"),
    "ITEM": ("Event", "Entity"),
    "TARGET": ("Event", "Entity"),
    "REPORTED_IN": ("Event", "Article"),
    "ACTS_ON": ("Event", "Event"),
    "PART_OF": ("Event", "Measure"),
    "RESPONDS_TO": ("Event", "Event"),
    "PUBLISHED_BY": ("Article", "Source"),
    "MENTIONS": ("Article", "Entity"),
}
SCALAR_TYPES = {bool: "boolean", int: "long", float: "double", str: "string"}


@dataclass
class Group:
    """One header and its data rows: ``spec`` is the import's ``Label:Label`` or relationship type."""

    kind: str  # "nodes" or "relationships"
    spec: str
    header: list[str]
    rows: list[list[str]] = field(default_factory=list)


@dataclass
class ImportPlan:
    """Every CSV group of a graph, and the list properties to set after the import."""

    groups: list[Group] = field(default_factory=list)
    fixups: dict[str, list[dict[str, Any]]] = field(default_factory=dict)

    def row_count(self) -> int:
        return sum(len(g.rows) for g in self.groups)


def scalar_type(value: Any) -> str | None:
    """The import type of a scalar: ``boolean``, ``long``, ``double``, ``string``; else None.

    >>> scalar_type(True), scalar_type(3), scalar_type(0.5), scalar_type("x"), scalar_type(None)
    ('boolean', 'long', 'double', 'string', None)
    """
    return SCALAR_TYPES.get(type(value))


def column_type(value: Any) -> str | None:
    """The import type of a property value, or None when the tool cannot hold it (a fix-up).

    >>> column_type(["a", "b"]), column_type([]), column_type([""]), column_type(["a", 1]), column_type(2.5)
    ('string[]', None, None, None, 'double')
    """
    if type(value) is not list:
        return SCALAR_TYPES.get(type(value))
    types = {scalar_type(v) for v in value}
    if len(types) != 1 or None in types or field_text(value) == "":
        return None
    if any(ARRAY_DELIMITER in str(v) for v in value):
        return None
    return f"{types.pop()}[]"


def field_text(value: Any) -> str:
    """A value as the import tool reads it: ``true``/``false``, ``repr`` of floats, joined arrays."""
    if type(value) is str:
        return value
    if isinstance(value, list):
        return ARRAY_DELIMITER.join(field_text(v) for v in value)
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, float):
        return repr(value)
    return str(value)


def _split(props: dict[str, Any]) -> tuple[list[tuple[str, str]], dict[str, Any]]:
    """(sorted ``(name, type)`` of the columns, the props held back as a fix-up)."""
    columns, held = [], {}
    for name in sorted(props):
        kind = column_type(props[name])
        if kind is None:
            held[name] = props[name]
        else:
            columns.append((name, kind))
    return columns, held


def _group(groups: dict[tuple[Any, ...], Group], kind: str, spec: str, ids: tuple[str, ...], columns: list) -> Group:
    """The group of rows with these columns (created, with its header, on first use)."""
    signature = (kind, spec, tuple(columns))
    group = groups.get(signature)
    if group is None:
        group = groups[signature] = Group(kind, spec, [*ids, *(f"{name}:{t}" for name, t in columns)])
    return group


def plan_rows(nodes: dict[str, list[dict[str, Any]]], rels: dict[str, list[dict[str, Any]]]) -> ImportPlan:
    """Group loader node rows (per label) and relationship rows (per type) into CSV groups."""
    groups: dict[tuple[Any, ...], Group] = {}
    plan = ImportPlan()
    for label, rows in nodes.items():
        key = KEY_PROPERTY[label]
        spec = f"Entity:{label}" if label in ENTITY_LABELS else label
        for row in rows:
            props = {k: v for k, v in row.items() if v is not None and k != key and k not in ("key", "label")}
            columns, held = _split(props)
            data = [row[key]] + [field_text(props[name]) for name, _ in columns]
            _group(groups, "nodes", spec, (f"{key}:ID({ID_GROUP[label]})",), columns).rows.append(data)
            if held:
                plan.fixups.setdefault(label, []).append({"key": row[key], "props": held})
    for rel, rows in rels.items():
        start, end = REL_ENDS[rel]
        for row in rows:
            props = {k: v for k, v in row.items() if v is not None and k not in ("src", "dst")}
            columns, held = _split(props)
            data = [row["src"], row["dst"]] + [field_text(props[name]) for name, _ in columns]
            ids = (f":START_ID({start})", f":END_ID({end})")
            _group(groups, "relationships", rel, ids, columns).rows.append(data)
            if held:
                plan.fixups.setdefault(rel, []).append({"src": row["src"], "dst": row["dst"], "props": held})
    plan.groups = list(groups.values())
    return plan


def write_groups(groups: Iterable[Group], folder: Path) -> list[str]:
    """Write each group as ``<n>.header.csv`` + ``<n>.csv``; the import tool's ``--nodes``/``--relationships`` args."""
    folder.mkdir(parents=True, exist_ok=True)
    args = []
    for n, group in enumerate(groups):
        header, data = folder / f"{n:03d}.header.csv", folder / f"{n:03d}.csv"
        header.write_text(",".join(group.header) + "\n", encoding="utf-8")  # plain names, no quoting needed
        with open(data, "w", encoding="utf-8", newline="") as handle:
            csv.writer(handle, quoting=csv.QUOTE_ALL, lineterminator="\n").writerows(group.rows)
        args.append(f"--{group.kind}={group.spec}={header},{data}")
    return args
