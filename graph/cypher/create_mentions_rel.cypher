// create_mentions_rel: (article)-[:MENTIONS]->(entity) for articles this transaction created (their
// relationships cannot exist yet: CREATE, no MERGE check). One row per article, so the article is
// looked up once. rows: {src: article_id, dsts: [entity id, ...]}
UNWIND $rows AS row
MATCH (a:Article {article_id: row.src})
WITH a, row
UNWIND row.dsts AS id
MATCH (n:Entity {id: id})
CREATE (a)-[:MENTIONS]->(n)
