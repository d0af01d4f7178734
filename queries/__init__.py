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
from collections.abc import Iterator
from contextlib import contextmanager
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

    from policykg.queries.names import Match

__all__ = [
    "PARAM_TYPES",
    "Param",
    "Query",
    "QueryError",
    "bind_params",
    "convert_value",
    "cypher_parameters",
    "known_entities",
    "list_queries",
    "load_query",
    "parse_cli_params",
    "parse_query",
    "plain_frame",
    "plain_value",
    "query_names",
    "resolve_query_params",
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

    Parameters that take an id accept any English or Chinese name, and closed
    lists any case (``actor="中国"``, ``item="gallium"``, ``type="tariff"``),
    resolved by :mod:`policykg.queries.names`; an ambiguous or unknown name
    raises its one-line error.  A ``names`` column next to ``id`` gets every
    name of the entity.
    """
    query = name if isinstance(name, Query) else load_query(name)
    bind_params(query, params)  # unknown, missing or mistyped parameters fail before connecting
    with _driver(driver, database) as (own, db):
        resolved, _ = resolve_query_params(query, params, own, db)
        df = _execute(own, query, bind_params(query, resolved), db)
    return _with_names(df)


@contextmanager
def _driver(driver: neo4j.Driver | None, database: str | None) -> Iterator[tuple[neo4j.Driver, str]]:
    """The given driver (left open), or the configured one (closed after use), and the database."""
    from policykg.graph import neo4j as kg_neo4j

    db = database or kg_neo4j.database()
    if driver is not None:
        yield driver, db
        return
    with kg_neo4j.driver() as own:
        yield own, db


def resolve_query_params(
    query: Query, params: dict[str, Any], driver: neo4j.Driver, database: str
) -> tuple[dict[str, Any], tuple[tuple[str, str, Match], ...]]:
    """``params`` with names turned into ids, and (param, value, match) of fuzzy matches (to report).

    The gazetteer is tried first; only a name it does not know makes one
    read of the graph's entities (so a firm found only in articles resolves by
    its stored name, and suggestions come from what the graph holds).  With
    ``search`` given to a query that also takes ``ids``, the ids of every
    entity whose EN/ZH names match the search are filled in.
    """
    from policykg.queries import names

    for key in params:
        query.param(key)  # an unknown parameter is named before any lookup
    out, loose, known = dict(params), [], None
    for key, value in params.items():
        values = value if isinstance(value, list | tuple) else [value]
        if key not in names.ENTITY_PARAMS and key not in names.CLOSED_PARAMS:
            continue
        done = []
        for one in values:
            if not isinstance(one, str):
                done.append(one)
                continue
            try:
                match = names.resolve_match(key, one, fuzzy=False)
            except names.UnknownName:
                known = known if known is not None else known_entities(driver, database)
                match = names.resolve_match(key, one, known=known)
            done.append(match.id)
            loose += [(key, one, match)] if match.how == "fuzzy" else []
        out[key] = done if isinstance(value, list | tuple) else done[0]
    _fill_search_ids(query, out)
    return out, tuple(loose)


def _fill_search_ids(query: Query, params: dict[str, Any]) -> None:
    """A query taking ``search`` and ``ids`` gets the ids whose names match the search."""
    from policykg.queries import names

    declared = {p.name for p in query.params}
    if not {"search", "ids"} <= declared or not params.get("search") or params.get("ids"):
        return
    found = names.search(str(params["search"]), entity_type=params.get("entity_type"), limit=200)
    params["ids"] = [m.id for m in found]


def known_entities(driver: neo4j.Driver | None = None, database: str | None = None) -> dict[str, str | None]:
    """Every entity id in the graph with its stored name: the ``known`` of :mod:`policykg.queries.names`."""
    query = load_query("entities")
    with _driver(driver, database) as (own, db):
        df = _execute(own, query, bind_params(query, {"limit": 10_000_000}), db)
    return {row.id: (row.name if isinstance(row.name, str) else None) for row in df.itertuples()}


def _with_names(df: pandas.DataFrame) -> pandas.DataFrame:
    """Every EN/ZH name in a ``names`` column beside ``id`` (the graph stores one name)."""
    from policykg.queries import names

    if not len(df) or not {"id", "names"} <= set(df.columns):
        return df
    df = df.copy()
    stored = [n[0] if isinstance(n, list) and n else None for n in df["names"]]
    df["names"] = [list(names.aliases(i, known={i: s})) for i, s in zip(df["id"], stored)]
    return df


# Server errors saying the transaction ran out of the memory it may use, and the neo4j.conf
# setting that bounds it.  The server calls them transient, so the driver would retry them for
# its whole retry time; but the same query needs the same memory, so a retry cannot help.
MEMORY_SETTINGS = {
    "Neo.TransientError.General.TransactionMemoryLimit": "db.memory.transaction.max",
    "Neo.TransientError.General.MemoryPoolOutOfMemoryError": "db.memory.transaction.total.max",
    "Neo.ClientError.General.TransactionOutOfMemoryError": "db.memory.transaction.max",
}


_SETTING_NAMED = re.compile(r"\b(?:dbms|db)\.memory\.transaction\.[a-z_]+(?:\.max)?")


def memory_error(name: str, code: str | None, message: str | None = None) -> QueryError | None:
    """The one-line error for query ``name`` when ``code`` is a transaction out of memory, else None.

    The setting named is the one the server's ``message`` names, else the one of the code.

    >>> print(memory_error("neighbourhood", "Neo.TransientError.General.TransactionMemoryLimit"))
    query neighbourhood: the server ran out of transaction memory (Neo.TransientError.General.TransactionMemoryLimit); \
narrow the query (fewer hops, a shorter window, a limit) or raise db.memory.transaction.max in neo4j.conf \
(on the managed server, the pool is 70% of the heap: POLICYKG_NEO4J_HEAP)
    >>> memory_error("q", "Neo.TransientError.General.MemoryPoolOutOfMemoryError", "... dbms.memory.transaction.total.max \
threshold reached").args[0].split(" or raise ")[1][:42]
    'dbms.memory.transaction.total.max in neo4j'
    >>> memory_error("totals", "Neo.TransientError.Transaction.DeadlockDetected") is None
    True
    """
    setting = MEMORY_SETTINGS.get(code or "")
    if setting is None:
        return None
    named = _SETTING_NAMED.search(message or "")
    return QueryError(
        f"query {name}: the server ran out of transaction memory ({code}); narrow the query (fewer hops, a "
        f"shorter window, a limit) or raise {named.group(0) if named else setting} in neo4j.conf (on the managed "
        "server, the pool is 70% of the heap: POLICYKG_NEO4J_HEAP)"
    )


def _frame_or_fail(name: str) -> Any:
    """``Result.to_df`` for query ``name``, turning a transaction out of memory into its :class:`QueryError`.

    The transformer runs inside the driver's managed transaction, where a ``QueryError`` (not a
    driver error) ends the retries at once.
    """
    from neo4j.exceptions import Neo4jError

    def to_frame(result: neo4j.Result) -> pandas.DataFrame:
        try:
            return result.to_df()
        except Neo4jError as exc:
            error = memory_error(name, exc.code, exc.message)
            if error is None:
                raise
            raise error from exc

    return to_frame


def _execute(driver: neo4j.Driver, query: Query, bound: dict[str, Any], database: str) -> pandas.DataFrame:
    import neo4j
    from neo4j.exceptions import DriverError, Neo4jError, ServiceUnavailable

    try:
        df = driver.execute_query(
            neo4j.Query(query.text),
            bound,
            routing_=neo4j.RoutingControl.READ,
            database_=database,
            result_transformer_=_frame_or_fail(query.name),
        )
    except ServiceUnavailable as exc:
        raise QueryError(
            f"query {query.name}: cannot reach Neo4j ({_one_line(exc)}); "
            "start it with `policykg neo4j start` or check NEO4J_URI"
        ) from exc
    except Neo4jError as exc:
        refused = QueryError(f"query {query.name}: the server refused it: {exc.code}: {_one_line(exc.message)}")
        raise memory_error(query.name, exc.code, exc.message) or refused from exc
    except DriverError as exc:
        raise QueryError(f"query {query.name}: driver error: {_one_line(exc)}") from exc
    return plain_frame(df) if len(df) else df


def _one_line(text: object) -> str:
    return " ".join(str(text).split())


_PLAIN_TYPES = frozenset((str, int, float, bool, type(None)))
_PLAIN_DTYPES = frozenset(("string", "integer", "floating", "boolean", "empty", "mixed-integer-float"))


def plain_frame(df: pandas.DataFrame) -> pandas.DataFrame:
    """``df`` with :func:`plain_value` applied to the columns that hold a temporal value.

    Most columns hold strings, numbers or lists of them, which need nothing; checking
    a column (pandas' C type inference, then a Python look at list cells) costs far
    less than converting every cell, which was most of the decoding time of a large
    result.
    """
    from pandas.api.types import infer_dtype

    out = df
    for col in df.columns:
        if infer_dtype(df[col], skipna=True) in _PLAIN_DTYPES:
            continue
        values = df[col].tolist()
        if any(map(_needs_plain, values)):
            out = df.copy() if out is df else out
            out[col] = [plain_value(v) for v in values]
    return out


def _needs_plain(value: Any) -> bool:
    """Whether :func:`plain_value` would change ``value`` (a temporal value, maybe inside lists or maps)."""
    kind = type(value)
    if kind in _PLAIN_TYPES:
        return False
    if kind is list:
        return any(type(v) not in _PLAIN_TYPES and _needs_plain(v) for v in value)
    if kind is dict:
        return any(map(_needs_plain, value.values()))
    return True


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
