"""Export straight from Neo4j, streamed: node-link JSON, CSV and GraphML written while the rows come in.

``policykg export --from-neo4j --format json|csv|graphml`` reads the stored graph in the
order the files are written (``read_rels_sorted`` / ``read_nodes_sorted``: sorted by node id,
and by ends and type; the server sorts, the driver fetches 1,000 records at a time) and
writes each row as it arrives, so the process holds one fetch, not the graph.  The JSON and
CSV text is what :func:`policykg.graph.export.write_export` writes for
:func:`~policykg.graph.load.read_graph` of the same database (the rows are made by the same
``node_item`` / ``edge_item``), and the GraphML reads back as the same graph; CSV
first asks the server for every property name (a header comes before the rows), and
GraphML for every property's value types (each attribute's one type is declared before
the first node: ``read_property_types``, typed as ``scalar_graph`` types them), then
writes nodes and edges as they come (:func:`~policykg.graph.export.generate_graphml_text`).
An export from events files builds the graph in memory (measures are linked over every
event of a block), so stream large inputs by loading them and exporting ``--from-neo4j``.
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path
from typing import Any

from policykg.graph.export import (
    NODE_COLUMNS,
    REL_COLUMNS,
    combined_type,
    generate_csv_text,
    generate_graphml_text,
    generate_json_text,
    node_csv_row,
    rel_csv_row,
)
from policykg.graph.load import cypher, edge_item, node_item

STREAMED_FORMATS = ("json", "csv", "graphml")
# Python types the driver returns for Neo4j value types; anything else (strings, lists, which
# GraphML holds as JSON text, temporal values) is written as text.
VALUE_TYPES = (("INTEGER", int), ("FLOAT", float), ("BOOLEAN", bool))


def stream_nodes(driver: Any, database: str, counts: dict[str, int]) -> Iterator[tuple[str, dict[str, Any]]]:
    """``(id, attributes)`` of every stored node, sorted by id; ``counts["nodes"]`` counts them."""
    for record in _stream(driver, database, "read_nodes_sorted"):
        counts["nodes"] = counts.get("nodes", 0) + 1
        yield node_item(record)


def stream_edges(driver: Any, database: str, counts: dict[str, int]) -> Iterator[tuple[str, str, str, dict[str, Any]]]:
    """``(source, target, type, attributes)`` of every stored relationship, sorted; counted in ``counts``."""
    for record in _stream(driver, database, "read_rels_sorted"):
        counts["edges"] = counts.get("edges", 0) + 1
        yield edge_item(record)


def _stream(driver: Any, database: str, name: str) -> Iterator[Any]:
    """The records of a read query as the driver fetches them (a READ session: routed to a reader)."""
    import neo4j

    with driver.session(database=database, default_access_mode=neo4j.READ_ACCESS) as session:
        yield from session.run(cypher(name))


def property_names(driver: Any, database: str) -> tuple[list[str], list[str]]:
    """(node property names, relationship property names) stored in the graph."""
    import neo4j

    with driver.session(database=database, default_access_mode=neo4j.READ_ACCESS) as session:
        record = session.run(cypher("read_property_names")).single(strict=True)
    return list(record["node_names"]), list(record["rel_names"])


def property_types(driver: Any, database: str) -> tuple[dict[str, type], dict[str, type]]:
    """The GraphML type of every node attribute and every edge attribute of the stored graph.

    The attributes are those :func:`~policykg.graph.load.node_item` and ``edge_item`` make:
    the stored properties plus the node's ``label`` and ``key`` and the edge's ``type``.
    """
    import neo4j

    with driver.session(database=database, default_access_mode=neo4j.READ_ACCESS) as session:
        record = session.run(cypher("read_property_types")).single(strict=True)
    nodes = {**graphml_types(record["node_types"]), "label": str, "key": str}
    return nodes, graphml_types([*record["rel_types"], ("type", "STRING NOT NULL")])


def graphml_types(pairs: Iterable[Sequence[str]]) -> dict[str, type]:
    """``{name: type}`` from (property name, Neo4j ``valueType``) pairs, a name's types combined.

    >>> graphml_types([("n", "INTEGER NOT NULL"), ("n", "FLOAT NOT NULL"), ("xs", "LIST<NOTHING> NOT NULL")])
    {'n': <class 'float'>, 'xs': <class 'str'>}
    """
    seen: dict[str, set[type]] = {}
    for name, value_type in pairs:
        kind = next((kind for prefix, kind in VALUE_TYPES if value_type.startswith(prefix)), str)
        seen.setdefault(name, set()).add(kind)
    return {name: combined_type(types) for name, types in seen.items()}


def export_from_neo4j(driver: Any, database: str, fmt: str, path: str | Path) -> tuple[list[Path], dict[str, int]]:
    """Write the stored graph in ``fmt`` (json, csv or graphml) to ``path``, streamed; (files written, counts)."""
    counts = {"nodes": 0, "edges": 0}
    nodes, edges = stream_nodes(driver, database, counts), stream_edges(driver, database, counts)
    if fmt == "json":
        _write_text(Path(path), generate_json_text(nodes, edges))
        return [Path(path)], counts
    if fmt == "graphml":
        _write_text(Path(path), generate_graphml_text(property_types(driver, database), nodes, edges))
        return [Path(path)], counts
    node_names, rel_names = property_names(driver, database)
    folder = Path(path)
    node_rows = (node_csv_row(*item) for item in nodes)
    rel_rows = (rel_csv_row(*item) for item in edges)
    _write_text(folder / "nodes.csv", generate_csv_text(node_rows, NODE_COLUMNS, [*node_names, "label", "key"]))
    _write_text(folder / "relationships.csv", generate_csv_text(rel_rows, REL_COLUMNS, rel_names))
    return [folder / "nodes.csv", folder / "relationships.csv"], counts


def _write_text(path: Path, chunks: Iterable[str]) -> None:
    """Write ``chunks`` to a hidden sibling and rename it into place when complete (no half file)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    partial = path.with_name(f".{path.name}.partial")
    with contextlib.ExitStack() as stack:
        stack.callback(lambda: partial.unlink(missing_ok=True))
        with partial.open("w", encoding="utf-8") as out:
            out.writelines(chunks)
        os.replace(partial, path)
