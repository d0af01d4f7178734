"""Graph rows as ``neo4j-admin database import full`` CSV files, appended chunk by chunk (``load --bulk``).

The rows are the graph of the build (:mod:`policykg.graph.build`, the transactional
loader's own), so the bulk graph is the same graph, never a second model of it.  The
import tool types a whole column, so rows are grouped by their *signature* (which
properties they hold, with which type): each signature gets its own header and data
file, kept open while the chunks stream by (:class:`CsvSink`), and a property that is
absent stays absent (never a null or an empty string), as the loader leaves it.

What the tool cannot express is handled so that the stored graph is the loader's:

- an empty list (the tool reads an empty array as no value): the list properties
  that every node of a label holds (:data:`ALWAYS_LISTS`) are left out and set to
  ``[]`` after the import wherever they are missing, by one server-side statement;
- a list of one empty string (``t_until: [""]`` of a measure in force with no end):
  written as one space, which the tool's ``--trim-strings`` reads as ``[""]``;
- a list element that trimming would change (leading or trailing space or control
  character), a list holding the delimiter, a list of mixed types: held back as a
  *fix-up* (``{key, props}``), set with Cypher after the import (rare).

>>> import tempfile
>>> with tempfile.TemporaryDirectory() as folder:
...     sink = CsvSink(Path(folder))
...     sink.node("Event", "k1", {"type": "TARIFF", "rate_pct": 10, "items": [], "tags": [" x"]})
...     args = sink.close()
...     print(open(Path(folder) / "000.header.csv").read().strip(), open(Path(folder) / "000.csv").read().strip())
key:ID(Event),rate_pct:long,type:string "k1","10","TARIFF"
>>> sink.fixups, sink.rows
({'Event': [{'key': 'k1', 'props': {'tags': [' x']}}]}, 1)
"""

from __future__ import annotations

import csv
from pathlib import Path
from typing import IO, Any

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
# List properties every node of the label holds in the loader's graph (so "missing" means []).
ALWAYS_LISTS = {
    "Event": ("items", "targets", "articles", "outlets", "confidence"),
    "Measure": ("items", "targets", "t_from", "t_status", "t_until", "t_event"),
}
SCALAR_TYPES = {bool: "boolean", int: "long", float: "double", str: "string"}


def scalar_type(value: Any) -> str | None:
    """The import type of a scalar: ``boolean``, ``long``, ``double``, ``string``; else None.

    >>> scalar_type(True), scalar_type(3), scalar_type(0.5), scalar_type("x"), scalar_type(None)
    ('boolean', 'long', 'double', 'string', None)
    """
    return SCALAR_TYPES.get(type(value))


def trims(text: str) -> bool:
    """Whether the tool's ``--trim-strings`` would change ``text`` as a list element (Java's ``trim``:
    chars <= U+0020 at either end; a quoted scalar string is never trimmed)."""
    return bool(text) and (text[0] <= " " or text[-1] <= " ")


def column_type(value: Any) -> str | None:
    """The import type of a property value, or None when the tool cannot hold it (left out or a fix-up).

    >>> column_type(["a", "b"]), column_type([]), column_type([""]), column_type(["a", 1]), column_type(2.5)
    ('string[]', None, 'string[]', None, 'double')
    >>> column_type(" padded"), column_type(["", "x"]), column_type([" a"])
    ('string', 'string[]', None)
    """
    kind = type(value)
    if kind is not list:
        return SCALAR_TYPES.get(kind)
    types = {type(v) for v in value}
    if len(types) != 1:
        return None
    (item,) = types
    if item is str and any(ARRAY_DELIMITER in v or trims(v) for v in value):
        return None
    return f"{SCALAR_TYPES[item]}[]" if item in SCALAR_TYPES else None


def field_text(value: Any) -> str:
    """A value as the import tool reads it: ``true``/``false``, ``repr`` of floats, joined arrays,
    ``[""]`` as one space (trimmed to ``""`` by the tool)."""
    if type(value) is str:
        return value
    if isinstance(value, list):
        return ARRAY_DELIMITER.join(field_text(v) for v in value) or " "
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, float):
        return repr(value)
    return str(value)


def split_props(label: str, props: dict[str, Any]) -> tuple[tuple[tuple[str, str], ...], dict[str, Any]]:
    """(sorted ``(name, type)`` columns, props held back as a fix-up); None values and the label's
    empty :data:`ALWAYS_LISTS` are left out."""
    columns, held = [], {}
    lists = ALWAYS_LISTS.get(label, ())
    for name in sorted(props):
        value = props[name]
        if value is None or (value == [] and name in lists):
            continue
        kind = column_type(value)
        if kind is None:
            held[name] = value
        else:
            columns.append((name, kind))
    return tuple(columns), held


def cells(label: str, props: dict[str, Any]) -> tuple[tuple[tuple[str, str], ...], list[str], dict[str, Any]]:
    """:func:`split_props` and each column's :func:`field_text` in one pass (the linking workers'
    hot path: a string property, the common case, is taken as it is).

    >>> cells("Event", {"type": "TARIFF", "n_sources": 2, "items": [], "until": None, "tags": [" x"]})
    ((('n_sources', 'long'), ('type', 'string')), ['2', 'TARIFF'], {'tags': [' x']})
    """
    columns, texts, held = [], [], {}
    lists = ALWAYS_LISTS.get(label, ())
    for name in sorted(props):
        value = props[name]
        if type(value) is str:
            columns.append((name, "string"))
            texts.append(value)
            continue
        if value is None or (value == [] and name in lists):
            continue
        kind = column_type(value)
        if kind is None:
            held[name] = value
        else:
            columns.append((name, kind))
            texts.append(field_text(value))
    return tuple(columns), texts, held


# The import spec (labels) and ID column of each node label, the ID columns of each relationship type.
_NODE_SPEC = {
    label: (f"Entity:{label}" if label in ENTITY_LABELS else label, (f"{KEY_PROPERTY[label]}:ID({ID_GROUP[label]})",))
    for label in ID_GROUP
}
_REL_IDS = {rel: (f":START_ID({start})", f":END_ID({end})") for rel, (start, end) in REL_ENDS.items()}


class CsvSink:
    """CSV files for the import tool, appended row by row as chunks stream by (one file per signature)."""

    def __init__(self, folder: Path) -> None:
        folder.mkdir(parents=True, exist_ok=True)
        self.folder = folder
        self.fixups: dict[str, list[dict[str, Any]]] = {}
        self.rows = 0
        # a field holds a line break: the import tool must then read every file with
        # --multiline-fields, which costs it far more than the rows (see import_args)
        self.multiline = False
        self._writers: dict[tuple[Any, ...], Any] = {}
        self._handles: list[IO[str]] = []
        self._args: list[str] = []

    def _writer(self, kind: str, spec: str, ids: tuple[str, ...], columns: tuple[tuple[str, str], ...]) -> Any:
        """The CSV writer of this signature (its header and data files created on first use)."""
        signature = (kind, spec, columns)
        writer = self._writers.get(signature)
        if writer is None:
            n = len(self._handles)
            header, data = self.folder / f"{n:03d}.header.csv", self.folder / f"{n:03d}.csv"
            names = [*ids, *(f"{name}:{t}" for name, t in columns)]
            header.write_text(",".join(names) + "\n", encoding="utf-8")  # plain names, no quoting needed
            handle = open(data, "w", encoding="utf-8", newline="")  # noqa: SIM115 (closed by close())
            self._handles.append(handle)
            self._args.append(f"--{kind}={spec}={header},{data}")
            writer = self._writers[signature] = csv.writer(handle, quoting=csv.QUOTE_ALL, lineterminator="\n")
        return writer

    def node(self, label: str, key: str, props: dict[str, Any]) -> None:
        """One node: ``key`` is its unique key; ``props`` its other properties (None = absent)."""
        columns, texts, held = cells(label, props)
        self._row(self._writer("nodes", *_NODE_SPEC[label], columns), [key, *texts])
        if held:
            self.fixups.setdefault(label, []).append({"key": key, "props": held})

    def rel(self, rel: str, src: str, dst: str, props: dict[str, Any] | None = None) -> None:
        """One relationship of type ``rel`` between the nodes with keys ``src`` and ``dst``."""
        columns, texts, held = cells(rel, props) if props else ((), [], {})
        self._row(self._writer("relationships", rel, _REL_IDS[rel], columns), [src, dst, *texts])
        if held:
            self.fixups.setdefault(rel, []).append({"src": src, "dst": dst, "props": held})

    def _row(self, writer: Any, fields: list[str]) -> None:
        """Write one row, noting whether any field holds a line break."""
        writer.writerow(fields)
        self.rows += 1
        if not self.multiline:
            text = "".join(fields)
            self.multiline = "\n" in text or "\r" in text

    def close(self) -> list[str]:
        """Close the files; the import tool's ``--nodes=``/``--relationships=`` arguments."""
        for handle in self._handles:
            handle.close()
        return list(self._args)
