// create_mentions_rel: (article)-[:MENTIONS]->(entity) for an article this transaction created
// (its relationships cannot exist yet, so CREATE, no MERGE check). rows: {src: article_id, dst: entity id}
UNWIND $rows AS row
MATCH (a:Article {article_id: row.src})
MATCH (n:Entity {id: row.dst})
CREATE (a)-[:MENTIONS]->(n)
