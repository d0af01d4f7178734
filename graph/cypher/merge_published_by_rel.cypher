// merge_published_by_rel: (article)-[:PUBLISHED_BY]->(source).
// rows: {src: article_id, dst: source name}
UNWIND $rows AS row
MATCH (a:Article {article_id: row.src})
MATCH (s:Source {name: row.dst})
MERGE (a)-[:PUBLISHED_BY]->(s)
