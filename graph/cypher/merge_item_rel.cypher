// merge_item_rel: (event)-[:ITEM]->(entity): what the measure covers.
// rows: {src: event key, dst: entity id}
UNWIND $rows AS row
MATCH (e:Event {key: row.src})
MATCH (i:Entity {id: row.dst})
MERGE (e)-[:ITEM]->(i)
