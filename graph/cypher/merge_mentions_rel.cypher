// merge_mentions_rel: (article)-[:MENTIONS]->(entity) for every entity the article names.
// rows: {src: article_id, dst: entity id}
UNWIND $rows AS row
MATCH (a:Article {article_id: row.src})
MATCH (n:Entity {id: row.dst})
MERGE (a)-[:MENTIONS]->(n)
