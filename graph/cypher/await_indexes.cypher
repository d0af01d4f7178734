// await_indexes: block until every index (and constraint-backed index) is online.
// $seconds: how long to wait before the server gives up.
CALL db.awaitIndexes($seconds)
