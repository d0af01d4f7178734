"""Canned Cypher queries: one ``.cypher`` file per query, read-only, DataFrame out.

Each ``queries/<name>.cypher`` opens with a header of ``//`` lines::

    // description: Who restricts what, to whom (one row per measure)
    // param: actor string = null
    // param: days int = 90
    // param: entity string

The header ends at the first line that is not a ``//`` line, or at a bare
``//`` line (free comment lines may follow it).  A ``param`` line gives the
name, a type among ``string int float date bool list`` and an optional default
(``null`` or a value written as on the command line); a parameter without a
default is required.  The loader refuses a file whose description is missing or
whose declared parameters differ from the ``$params`` the Cypher uses (found by
a small tokeniser that skips strings, quoted names and comments), with
``file:line`` in the message.  The same file runs unchanged in Neo4j Browser
after ``:param``.

Dates are passed to the server as ISO strings (``"2025-11-07"``), the form the
graph stores them in; queries compare ``toString($x)``, so a Browser user may
give either a string or a ``date(...)`` value.  Lists are lists of strings
(``a,b,c`` on the command line).  See ``docs/queries.md``.

>>> [p.name for p in parse_query("demo", "// description: d\\n// param: x int = 1\\nRETURN $x AS x").params]
['x']
"""

from __future__ import annotations

import re
from importlib import resources
from typing import TYPE_CHECKING, Any

from policykg.queries.header import (
    PARAM_TYPES,
    Param,
    Query,
    QueryError,
    bind_params,
    convert_value,
    cypher_parameters,
    parse_cli_params,
    parse_query,
)

if TYPE_CHECKING:  # heavy imports stay out of module import time
    import neo4j
    import pandas

__all__ = [
    "PARAM_TYPES",
    "Param",
    "Query",
    "QueryError",
    "bind_params",
    "convert_value",
    "cypher_parameters",
    "list_queries",
    "load_query",
    "parse_cli_params",
    "parse_query",
    "plain_value",
    "query_names",
    "run_query",
]

_ZERO_FRACTION = re.compile(r"\.0+(?=$|[+\-Z\[])")


# --- files ----------------------------------------------------------------------


def _files():
    return resources.files("policykg.queries")


def query_names() -> list[str]:
    """Names of the canned queries (the ``.cypher`` file stems), sorted."""
    return sorted(f.name[: -len(".cypher")] for f in _files().iterdir() if f.name.endswith(".cypher") and f.is_file())


def load_query(name: str) -> Query:
    """Read and check ``queries/<name>.cypher``; QueryError when unknown or invalid."""
    names = query_names()
    if name not in names:
        raise QueryError(f"unknown query {name!r}; known: {', '.join(names)}")
    resource = _files() / f"{name}.cypher"
    return parse_query(name, resource.read_text(encoding="utf-8"), f"queries/{name}.cypher")


def list_queries() -> list[Query]:
    """Every canned query, parsed and checked, sorted by name."""
    return [load_query(name) for name in query_names()]


# --- running --------------------------------------------------------------------


def run_query(
    name: str | Query,
    driver: neo4j.Driver | None = None,
    database: str | None = None,
    **params: Any,
) -> pandas.DataFrame:
    """Run a canned query read-only and return its rows as a DataFrame.

    ``name`` is a query name (or an already parsed :class:`Query`).  Without a
    ``driver`` the one from ``policykg.graph.neo4j`` is opened and closed.  The
    transaction is routed as READ, so the server refuses any write.  Neo4j
    temporal values come back as ISO strings; lists stay lists.
    """
    query = name if isinstance(name, Query) else load_query(name)
    bound = bind_params(query, params)
    if driver is None:
        from policykg.graph import neo4j as kg_neo4j

        with kg_neo4j.driver() as own:
            return _execute(own, query, bound, database or kg_neo4j.database())
    if database is None:
        from policykg.graph import neo4j as kg_neo4j

        database = kg_neo4j.database()
    return _execute(driver, query, bound, database)


def _execute(driver: neo4j.Driver, query: Query, bound: dict[str, Any], database: str) -> pandas.DataFrame:
    import neo4j
    from neo4j.exceptions import DriverError, Neo4jError, ServiceUnavailable

    try:
        df = driver.execute_query(
            neo4j.Query(query.text),
            bound,
            routing_=neo4j.RoutingControl.READ,
            database_=database,
            result_transformer_=neo4j.Result.to_df,
        )
    except ServiceUnavailable as exc:
        raise QueryError(
            f"query {query.name}: cannot reach Neo4j ({_one_line(exc)}); "
            "start it with `policykg neo4j start` or check NEO4J_URI"
        ) from exc
    except Neo4jError as exc:
        raise QueryError(f"query {query.name}: the server refused it: {exc.code}: {_one_line(exc.message)}") from exc
    except DriverError as exc:
        raise QueryError(f"query {query.name}: driver error: {_one_line(exc)}") from exc
    return df.map(plain_value) if len(df) else df


def _one_line(text: object) -> str:
    return " ".join(str(text).split())


def plain_value(value: Any) -> Any:
    """Neo4j temporal values to ISO strings, recursively inside lists and maps.

    A fraction of seconds that is all zeros is dropped (``18:09:00``, not
    ``18:09:00.000000000``).
    """
    iso = getattr(value, "iso_format", None)
    if callable(iso):  # Date, Time, DateTime, Duration (a tuple subclass)
        return _ZERO_FRACTION.sub("", iso())
    if isinstance(value, (list, tuple)):
        return [plain_value(v) for v in value]
    if isinstance(value, dict):
        return {k: plain_value(v) for k, v in value.items()}
    return value
