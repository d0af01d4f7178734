// create_target_rel: (event)-[:TARGET]->(entity) for an event this transaction created.
// rows: {src: event key, dst: entity id}
UNWIND $rows AS row
MATCH (e:Event {key: row.src})
MATCH (t:Entity {id: row.dst})
CREATE (e)-[:TARGET]->(t)
