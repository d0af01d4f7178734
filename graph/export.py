"""Export the policy graph: GraphML, node-link JSON, node and relationship CSVs.

Each format has a pure ``generate_*`` half (graph in, text out, tested fast) and
a ``write_*`` half that only writes files.  The graph is the networkx form of
``graph/SCHEMA.md``, built from events JSONL or read back from Neo4j.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterable, Iterator, Mapping
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape, quoteattr

import networkx as nx

from policykg import PolicyKGError

FORMATS = ("graphml", "json", "csv")
NODE_COLUMNS = ("id", "label", "key")
REL_COLUMNS = ("src", "dst", "type")
CSV_CHUNK_ROWS = 1_000  # rows per chunk of streamed CSV text
GRAPHML_TYPES = {bool: "boolean", int: "long", float: "double", str: "string"}  # networkx's names
GRAPHML_OPEN = (
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" '
    'xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">\n'
)


def scalar_graph(graph: nx.MultiDiGraph) -> nx.MultiDiGraph:
    """A copy whose attributes GraphML can hold: None dropped, lists as JSON, one type per name.

    >>> g = nx.MultiDiGraph(); g.add_node("a", x=1, y=None, z=["p"]); g.add_node("b", x=2.5)
    >>> dict(scalar_graph(g).nodes(data=True))
    {'a': {'x': 1.0, 'z': '["p"]'}, 'b': {'x': 2.5}}
    """
    out = nx.MultiDiGraph()
    node_types, edge_types = attribute_types(graph)
    for node, attrs in graph.nodes(data=True):
        out.add_node(node, **_scalars(attrs, node_types))
    for src, dst, key, attrs in graph.edges(keys=True, data=True):
        out.add_edge(src, dst, key=key, **_scalars(attrs, edge_types))
    return out


def attribute_types(graph: nx.MultiDiGraph) -> tuple[dict[str, type], dict[str, type]]:
    """The one GraphML type of every node attribute and of every edge attribute with a value.

    >>> g = nx.MultiDiGraph(); _ = g.add_edge("a", "b", key="T", w=1); g.add_node("a", x=[1], y=None)
    >>> attribute_types(g)
    ({'x': <class 'str'>}, {'w': <class 'int'>})
    """
    node_types = _attr_types(attrs for _, attrs in graph.nodes(data=True))
    return node_types, _attr_types(attrs for *_, attrs in graph.edges(keys=True, data=True))


def _scalar(value: Any) -> Any:
    if isinstance(value, (list, tuple, dict)):
        return json.dumps(value, ensure_ascii=False)
    return value


def _attr_types(rows: Iterator[dict[str, Any]]) -> dict[str, type]:
    """One type per attribute name: int+float -> float; any other mix -> str."""
    seen: dict[str, set[type]] = {}
    for attrs in rows:
        for name, value in attrs.items():
            if value is not None:
                seen.setdefault(name, set()).add(type(_scalar(value)))
    return {name: combined_type(types) for name, types in seen.items()}


def combined_type(types: set[type]) -> type:
    """The one type GraphML declares for values of ``types``: int+float -> float; any other mix -> str.

    >>> combined_type({int}), combined_type({int, float}), combined_type({bool, int})
    (<class 'int'>, <class 'float'>, <class 'str'>)
    """
    if len(types) == 1:
        return next(iter(types))
    return float if types <= {int, float} else str


def _scalars(attrs: dict[str, Any], types: Mapping[str, type]) -> dict[str, Any]:
    return {k: types[k](_scalar(v)) for k, v in attrs.items() if v is not None}


def generate_graphml(graph: nx.MultiDiGraph) -> Iterator[str]:
    """GraphML text, line by line (attributes made scalar first)."""
    return nx.generate_graphml(scalar_graph(graph), prettyprint=True)


def generate_graphml_text(
    types: tuple[Mapping[str, type], Mapping[str, type]],
    nodes: Iterable[tuple[str, dict[str, Any]]],
    edges: Iterable[tuple[str, str, str, dict[str, Any]]],
) -> Iterator[str]:
    """GraphML text of ``nodes`` then ``edges``, one element at a time (a graph too large to hold).

    GraphML declares each attribute's one type before the first node, so ``types`` (node
    attributes, edge attributes) must name every attribute that has a value, typed as
    :func:`scalar_graph` types them (:func:`combined_type`); values are converted as there.
    Text is escaped with :mod:`xml.sax.saxutils` (a carriage return as ``&#13;``, which XML
    would otherwise read as a line feed).  networkx's ``read_graphml`` reads the text back as
    the graph that :func:`generate_graphml` writes for the same nodes and edges.

    >>> text = "".join(generate_graphml_text(({"label": str}, {}), [("a<1", {"label": "Country"})], []))
    >>> print(text[text.index("  <key"):], end="")
      <key id="d0" for="node" attr.name="label" attr.type="string" />
      <graph edgedefault="directed">
        <node id="a&lt;1">
          <data key="d0">Country</data>
        </node>
      </graph>
    </graphml>
    """
    node_types, edge_types = types
    node_keys = {name: f"d{n}" for n, name in enumerate(sorted(node_types))}
    edge_keys = {name: f"d{n}" for n, name in enumerate(sorted(edge_types), start=len(node_keys))}
    yield GRAPHML_OPEN
    for scope, keys, typed in (("node", node_keys, node_types), ("edge", edge_keys, edge_types)):
        for name, key in keys.items():
            kind = GRAPHML_TYPES[typed[name]]
            yield f'  <key id="{key}" for="{scope}" attr.name={quoteattr(name)} attr.type="{kind}" />\n'
    yield '  <graph edgedefault="directed">\n'
    for node, attrs in nodes:
        yield f"    <node id={quoteattr(node)}>\n{_graphml_data(attrs, node_types, node_keys)}    </node>\n"
    for src, dst, key, attrs in edges:
        head = f"    <edge source={quoteattr(src)} target={quoteattr(dst)} id={quoteattr(key)}>\n"
        yield f"{head}{_graphml_data(attrs, edge_types, edge_keys)}    </edge>\n"
    yield "  </graph>\n</graphml>\n"


def _graphml_data(attrs: dict[str, Any], types: Mapping[str, type], keys: Mapping[str, str]) -> str:
    """The ``<data>`` lines of one node or edge (values made scalar and typed as declared)."""
    undeclared = sorted(name for name, value in attrs.items() if value is not None and name not in types)
    if undeclared:
        raise PolicyKGError(f"GraphML export: attribute {undeclared[0]!r} appeared after the keys were declared")
    values = _scalars(attrs, types)
    return "".join(
        f'      <data key="{keys[name]}">{escape(str(value), {chr(13): "&#13;"})}</data>\n'
        for name, value in values.items()
    )


def write_graphml(graph: nx.MultiDiGraph, path: str | Path) -> None:
    with open(path, "w", encoding="utf-8") as out:
        out.writelines(line + "\n" for line in generate_graphml(graph))


def generate_json(graph: nx.MultiDiGraph) -> dict[str, Any]:
    """networkx node-link data: ``{"nodes": [...], "edges": [...], ...}``."""
    return nx.node_link_data(graph, edges="edges")


def write_json(graph: nx.MultiDiGraph, path: str | Path) -> None:
    with open(path, "w", encoding="utf-8") as out:
        out.writelines(generate_json_text(sorted_nodes(graph), sorted_edges(graph)))


def sorted_nodes(graph: nx.MultiDiGraph) -> list[tuple[str, dict[str, Any]]]:
    """``(id, attributes)`` of every node, sorted by id (the order of the streamed export)."""
    return sorted(graph.nodes(data=True), key=lambda item: item[0])


def sorted_edges(graph: nx.MultiDiGraph) -> list[tuple[str, str, str, dict[str, Any]]]:
    """``(source, target, key, attributes)`` of every edge, sorted by its ends and key."""
    return sorted(graph.edges(keys=True, data=True), key=lambda item: item[:3])


def generate_json_text(
    nodes: Iterable[tuple[str, dict[str, Any]]], edges: Iterable[tuple[str, str, str, dict[str, Any]]]
) -> Iterator[str]:
    """The node-link JSON text of :func:`generate_json` piece by piece, one node or edge at a time.

    The text is what ``json.dump(..., indent=1, sort_keys=True)`` writes for the node-link
    data with nodes and edges in the order given; ``edges`` come first (keys sorted), so a
    stream of rows is written as it is read.

    >>> print("".join(generate_json_text([("a", {"label": "Country"})], [])), end="")
    {
     "directed": true,
     "edges": [],
     "graph": {},
     "multigraph": true,
     "nodes": [
      {
       "id": "a",
       "label": "Country"
      }
     ]
    }
    """
    yield '{\n "directed": true,\n "edges": '
    yield from _json_list({**attrs, "source": src, "target": dst, "key": key} for src, dst, key, attrs in edges)
    yield ',\n "graph": {},\n "multigraph": true,\n "nodes": '
    yield from _json_list({**attrs, "id": node} for node, attrs in nodes)
    yield "\n}\n"


def _json_list(items: Iterable[dict[str, Any]]) -> Iterator[str]:
    """A JSON list at depth 1 of an ``indent=1`` document, one item at a time."""
    first = True
    for item in items:
        text = json.dumps(item, ensure_ascii=False, indent=1, sort_keys=True).replace("\n", "\n  ")
        yield ("[\n  " if first else ",\n  ") + text
        first = False
    yield "[]" if first else "\n ]"


def generate_csv(graph: nx.MultiDiGraph) -> dict[str, str]:
    """``{"nodes.csv": text, "relationships.csv": text}``, rows sorted, one column per property."""
    nodes = [node_csv_row(n, attrs) for n, attrs in graph.nodes(data=True)]
    rels = [rel_csv_row(s, d, k, attrs) for s, d, k, attrs in graph.edges(keys=True, data=True)]
    return {
        "nodes.csv": _csv_text(sorted(nodes, key=lambda r: r["id"]), NODE_COLUMNS),
        "relationships.csv": _csv_text(sorted(rels, key=lambda r: (r["src"], r["dst"], r["type"])), REL_COLUMNS),
    }


def _csv_text(rows: list[dict[str, Any]], first: tuple[str, ...]) -> str:
    names = {name for row in rows for name, value in row.items() if value is not None}
    return "".join(generate_csv_text(rows, first, names))


def generate_csv_text(rows: Iterable[dict[str, Any]], first: tuple[str, ...], names: Iterable[str]) -> Iterator[str]:
    """CSV text of ``rows`` in chunks: the ``first`` columns, then the other ``names`` sorted.

    ``names`` must hold every property name with a value in ``rows`` (the header comes first).

    >>> "".join(generate_csv_text([{"id": "a", "x": [1]}], ("id",), {"id", "x"}))
    'id,x\\na,[1]\\n'
    """
    extra = sorted(set(names) - set(first))
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=[*first, *extra], lineterminator="\n")
    writer.writeheader()
    for n, row in enumerate(rows, start=1):
        writer.writerow({k: _scalar(v) for k, v in row.items() if v is not None})
        if n % CSV_CHUNK_ROWS == 0:
            yield buffer.getvalue()
            buffer.seek(0)
            buffer.truncate()
    yield buffer.getvalue()


def node_csv_row(node: str, attrs: dict[str, Any]) -> dict[str, Any]:
    return {"id": node, **attrs}


def rel_csv_row(src: str, dst: str, key: str, attrs: dict[str, Any]) -> dict[str, Any]:
    return {"src": src, "dst": dst, **attrs, "type": key}


def write_csv(graph: nx.MultiDiGraph, directory: str | Path) -> list[Path]:
    """Write ``nodes.csv`` and ``relationships.csv`` into ``directory`` (created if needed)."""
    directory = Path(directory)
    directory.mkdir(parents=True, exist_ok=True)
    written = []
    for name, text in generate_csv(graph).items():
        (directory / name).write_text(text, encoding="utf-8")
        written.append(directory / name)
    return written


def write_export(graph: nx.MultiDiGraph, fmt: str, path: str | Path) -> list[Path]:
    """Write ``graph`` in ``fmt`` (one of :data:`FORMATS`) to ``path`` (a directory for csv)."""
    writers = {"graphml": write_graphml, "json": write_json}
    if fmt == "csv":
        return write_csv(graph, path)
    Path(path).parent.mkdir(parents=True, exist_ok=True)
    writers[fmt](graph, path)
    return [Path(path)]
