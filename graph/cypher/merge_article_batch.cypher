// merge_article_batch: upsert a batch of Article nodes keyed on article_id and, in the same statement,
// CREATE the PUBLISHED_BY and MENTIONS relationships of the articles it created (they cannot exist yet:
// no MERGE check). One row per article, so each article is looked up once.
// entities: the distinct entity ids the batch mentions; sources: its distinct source names. Each is looked
// up once per batch (one index seek each), and rows name them by position in these lists.
// rows: {key: article_id, props: {title, published, url, lang} (nulls left out), source: position in
//   $sources or null, mentions: [position in $entities, ...]}; on a known article the first non-null value
//   of each property wins.
// Returns one row, fresh: the ids of the articles it created (flagged on creation, flag removed in the
// same statement); the loader MERGEs the relationships of the others (merge_*_rel) in the same transaction.
// replan=skip: the plan (unique-index seeks) does not depend on the counts a load keeps changing, so
// the cached plan is reused instead of being replanned every few seconds as the graph grows.
CYPHER replan=skip
CALL () {
  UNWIND $entities AS id
  OPTIONAL MATCH (n:Entity {id: id})
  RETURN collect([n]) AS entities
}
CALL () {
  UNWIND $sources AS name
  OPTIONAL MATCH (s:Source {name: name})
  RETURN collect([s]) AS sources
}
UNWIND $rows AS row
MERGE (a:Article {article_id: row.key})
  ON CREATE SET a += row.props, a.load_fresh = true
  ON MATCH SET a.title = coalesce(a.title, row.props.title), a.published = coalesce(a.published, row.props.published),
    a.url = coalesce(a.url, row.props.url), a.lang = coalesce(a.lang, row.props.lang)
WITH a, row, entities, sources WHERE a.load_fresh
REMOVE a.load_fresh
WITH a, row, entities, sources
CALL (a, row, sources) {
  WITH a, sources[row.source][0] AS s WHERE s IS NOT NULL
  CREATE (a)-[:PUBLISHED_BY]->(s)
}
CALL (a, row, entities) {
  UNWIND row.mentions AS at
  WITH a, entities[at][0] AS n WHERE n IS NOT NULL
  CREATE (a)-[:MENTIONS]->(n)
}
RETURN collect(a.article_id) AS fresh
