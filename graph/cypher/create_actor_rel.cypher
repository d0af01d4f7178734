// create_actor_rel: (entity)-[:ACTOR {position}]->(event) for an event this transaction created.
// rows: {src: entity id, dst: event key, position}
UNWIND $rows AS row
MATCH (a:Entity {id: row.src})
MATCH (e:Event {key: row.dst})
CREATE (a)-[:ACTOR {position: row.position}]->(e)
