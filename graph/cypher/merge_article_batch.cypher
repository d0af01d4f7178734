// merge_article_batch: upsert a batch of Article nodes keyed on article_id and, in the same statement,
// CREATE the PUBLISHED_BY and MENTIONS relationships of the articles it created (they cannot exist yet:
// no MERGE check). One row per article, so each article is looked up once.
// rows: {key: article_id, props: {title, published, url, lang} (nulls left out), source: name or null,
//   mentions: [entity id, ...]}; on a known article the first non-null value of each property wins.
// Returns the ids of the articles it created (flagged on creation, flag removed in the same statement);
// the loader MERGEs the relationships of the others (merge_*_rel) in the same transaction.
// replan=skip: the plan (unique-index seeks) does not depend on the counts a load keeps changing, so
// the cached plan is reused instead of being replanned every few seconds as the graph grows.
CYPHER replan=skip
UNWIND $rows AS row
MERGE (a:Article {article_id: row.key})
  ON CREATE SET a += row.props, a.load_fresh = true
  ON MATCH SET a.title = coalesce(a.title, row.props.title), a.published = coalesce(a.published, row.props.published),
    a.url = coalesce(a.url, row.props.url), a.lang = coalesce(a.lang, row.props.lang)
WITH a, row WHERE a.load_fresh
REMOVE a.load_fresh
WITH a, row
CALL (a, row) {
  MATCH (s:Source {name: row.source})
  CREATE (a)-[:PUBLISHED_BY]->(s)
}
CALL (a, row) {
  UNWIND row.mentions AS id
  MATCH (n:Entity {id: id})
  CREATE (a)-[:MENTIONS]->(n)
}
RETURN a.article_id AS key
