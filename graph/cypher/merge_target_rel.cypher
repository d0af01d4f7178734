// merge_target_rel: (event)-[:TARGET]->(entity): whom the measure is aimed at.
// rows: {src: event key, dst: entity id}
UNWIND $rows AS row
MATCH (e:Event {key: row.src})
MATCH (t:Entity {id: row.dst})
MERGE (e)-[:TARGET]->(t)
