// create_published_by_rel: (article)-[:PUBLISHED_BY]->(source) for an article this transaction created.
// rows: {src: article_id, dst: source name}
UNWIND $rows AS row
MATCH (a:Article {article_id: row.src})
MATCH (s:Source {name: row.dst})
CREATE (a)-[:PUBLISHED_BY]->(s)
