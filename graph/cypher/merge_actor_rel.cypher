// merge_actor_rel: (entity)-[:ACTOR {position}]->(event); position 0 is the main actor.
// rows: {src: entity id, dst: event key, position}; the first load's position wins.
UNWIND $rows AS row
MATCH (a:Entity {id: row.src})
MATCH (e:Event {key: row.dst})
MERGE (a)-[r:ACTOR]->(e)
  ON CREATE SET r.position = row.position
