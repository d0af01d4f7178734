// read_measure_members: every event of the stored measures of the given events (so the relink
// recomputes whole acts and whole measures); events without a measure are not returned.
// One row holding every key.
// $keys: list of event keys
UNWIND $keys AS k
MATCH (:Event {key: k})-[:PART_OF]->(m:Measure)
WITH DISTINCT m
MATCH (o:Event)-[:PART_OF]->(m)
RETURN collect(o.key) AS keys
