// create_item_rel: (event)-[:ITEM]->(entity) for an event this transaction created.
// rows: {src: event key, dst: entity id}
UNWIND $rows AS row
MATCH (e:Event {key: row.src})
MATCH (i:Entity {id: row.dst})
CREATE (e)-[:ITEM]->(i)
