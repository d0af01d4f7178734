// link_measure: (re)link an event to its measure (PART_OF) and, for an act on the measure,
// to the measure's founding event (ACTS_ON); set its confidence flags. Old links are replaced.
// rows: {event, measure, acts_on (event key or null), confidence (list)}
UNWIND $rows AS row
MATCH (e:Event {key: row.event})
MATCH (m:Measure {key: row.measure})
CALL (e) {
  OPTIONAL MATCH (e)-[old:PART_OF|ACTS_ON]->()
  DELETE old
}
MERGE (e)-[:PART_OF]->(m)
SET e.confidence = row.confidence
WITH e, row
MATCH (x:Event {key: row.acts_on})
MERGE (e)-[:ACTS_ON]->(x)
