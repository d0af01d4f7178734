"""On the real server: a query out of transaction memory fails once, with one line, and is not retried.

The query collects lists whose tracked size (~2.7 MiB each, 27 GB for all) exceeds the
transaction memory pool of any test server (70% of its heap by default), so the server stops
it when the pool is full, before any row is sent.  The driver logs a warning for each retry
("Transaction failed and will be retried"); before the fix there were two or three.
"""

from __future__ import annotations

import logging

import pytest

from policykg.queries import QueryError, parse_query, run_query

pytestmark = pytest.mark.neo4j

HUGE = parse_query(
    "huge",
    "// description: more memory than the server allows one transaction\n"
    "// param: n int = 10000\n"
    "UNWIND range(1, $n) AS i WITH i, [x IN range(1, 100000) | x] AS big RETURN collect(big) AS lists\n",
)


def test_out_of_transaction_memory_fails_at_once_with_the_setting_to_raise(neo4j_driver, caplog):
    caplog.set_level(logging.WARNING, logger="neo4j")
    with pytest.raises(QueryError) as err:
        run_query(HUGE, neo4j_driver)
    assert str(err.value) == (
        "query huge: the server ran out of transaction memory (Neo.TransientError.General.MemoryPoolOutOfMemoryError); "
        "narrow the query (fewer hops, a shorter window, a limit) or raise dbms.memory.transaction.total.max in "
        "neo4j.conf (on the managed server, the pool is 70% of the heap: POLICYKG_NEO4J_HEAP)"
    )
    assert [r.getMessage() for r in caplog.records if "will be retried" in r.getMessage()] == []
    one = parse_query("one", "// description: the server still answers\n// param: n int = 1\nRETURN $n AS one\n")
    assert run_query(one, neo4j_driver).to_dict("records") == [{"one": 1}]
