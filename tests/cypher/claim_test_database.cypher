// claim_test_database: mark an empty database as the tests' own; report whether it held the marker
// and how many other nodes it holds (a database with other data and no marker is refused).
OPTIONAL MATCH (m) WHERE $label IN labels(m)
WITH count(m) > 0 AS marked
OPTIONAL MATCH (n) WHERE NOT $label IN labels(n)
WITH marked, count(n) AS others
CALL (marked, others) {
  WITH marked, others WHERE NOT marked AND others = 0
  CREATE (m:PolicykgTestMarker {created_by: 'policykg tests'})
}
RETURN marked, others
