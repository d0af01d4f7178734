"""A canned query that runs out of transaction memory fails at once, with one line naming the setting.

The server reports these errors as transient, so the driver would retry them for its whole
retry time; the same query needs the same memory, so :func:`policykg.queries.memory_error`
turns them into a :class:`QueryError`, which is no driver error: raised inside the managed
transaction (the result transformer), it ends the retries.  Community cannot lower
``db.memory.transaction.max`` at run time, so the real server is made to fill its whole pool
in ``tests/integration/test_query_out_of_memory.py``; every code and message form is checked here.
"""

from __future__ import annotations

import pytest
from neo4j.exceptions import DriverError, Neo4jError

from policykg.queries import MEMORY_SETTINGS, QueryError, memory_error

TAIL = "in neo4j.conf (on the managed server, the pool is 70% of the heap: POLICYKG_NEO4J_HEAP)"


@pytest.mark.parametrize("code", sorted(MEMORY_SETTINGS))
def test_out_of_memory_codes_become_one_line_query_errors(code):
    error = memory_error("neighbourhood", code, "The allocation of an extra 2.0 MiB would use more than the limit")
    assert isinstance(error, QueryError) and not isinstance(error, (Neo4jError, DriverError))
    setting = MEMORY_SETTINGS[code]
    assert str(error) == (
        f"query neighbourhood: the server ran out of transaction memory ({code}); narrow the query (fewer hops, "
        f"a shorter window, a limit) or raise {setting} {TAIL}"
    )
    assert "\n" not in str(error)


def test_the_setting_the_server_names_wins():
    message = (
        "The allocation of an extra 4.0 MiB would use more than the limit 716.8 MiB. Currently using 714.1 MiB. "
        "dbms.memory.transaction.total.max threshold reached"
    )
    error = memory_error("evidence", "Neo.TransientError.General.MemoryPoolOutOfMemoryError", message)
    assert str(error).endswith(f"or raise dbms.memory.transaction.total.max {TAIL}")


@pytest.mark.parametrize(
    "code",
    [
        "Neo.TransientError.Transaction.DeadlockDetected",
        "Neo.TransientError.General.OutOfMemoryError",  # the JVM heap: pressure from others may pass
        "Neo.ClientError.Statement.SyntaxError",
        None,
    ],
)
def test_other_errors_are_left_to_the_driver(code):
    assert memory_error("totals", code, "dbms.memory.transaction.total.max") is None
