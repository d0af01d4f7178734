// link_measure: (re)link an event to its measure (PART_OF) and, for an act on the measure,
// to the measure's founding event (ACTS_ON); set its confidence flags. Only links that
// differ are replaced, so relinking an unchanged event creates and deletes nothing.
// rows: {event, measure, acts_on (event key or null), confidence (list)}
UNWIND $rows AS row
MATCH (e:Event {key: row.event})
MATCH (m:Measure {key: row.measure})
SET e.confidence = row.confidence
WITH e, m, row
CALL (e, m) {
  OPTIONAL MATCH (e)-[old:PART_OF]->(other)
  WHERE other <> m
  DELETE old
}
CALL (e, row) {
  OPTIONAL MATCH (e)-[old:ACTS_ON]->(x)
  WHERE row.acts_on IS NULL OR x.key <> row.acts_on
  DELETE old
}
MERGE (e)-[:PART_OF]->(m)
WITH e, row
MATCH (x:Event {key: row.acts_on})
MERGE (e)-[:ACTS_ON]->(x)
