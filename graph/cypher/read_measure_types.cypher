// read_measure_types: every measure type the graph holds, sorted: the types `load --bulk` and
// `policykg retally` recount (merge_day_tallies.cypher).
MATCH (m:Measure)
WHERE m.type IS NOT NULL
RETURN DISTINCT m.type AS type
ORDER BY type
