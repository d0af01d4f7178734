// merge_article_batch: upsert a batch of Article nodes keyed on article_id and, in the same statement,
// CREATE the PUBLISHED_BY and MENTIONS relationships of the articles it created (they cannot exist yet:
// no MERGE check). One row per article, so each article is looked up once.
// entities: the distinct entity ids the batch mentions; sources: its distinct source names. Each is looked
// up once per batch (one index seek each), and rows name them by position in these lists.
// rows: {key: article_id, props: {title, published, url, lang} (nulls left out)}; on a known article the
//   first non-null value of each property wins.
// published_by: [[row, position in $sources]] and mentions: [[row, position in $entities]], flat lists naming
// the article by its position in $rows: one UNWIND per type over the whole batch (no per-article subquery).
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
CALL () {
  UNWIND $rows AS row
  MERGE (a:Article {article_id: row.key})
    ON CREATE SET a += row.props, a.load_fresh = true
    ON MATCH SET a.title = coalesce(a.title, row.props.title), a.published = coalesce(a.published, row.props.published),
      a.url = coalesce(a.url, row.props.url), a.lang = coalesce(a.lang, row.props.lang)
  WITH a, a.load_fresh AS fresh
  REMOVE a.load_fresh
  RETURN collect([CASE WHEN fresh THEN a END]) AS owners
}
CALL (owners, sources) {
  UNWIND $published_by AS r
  WITH owners[r[0]][0] AS a, sources[r[1]][0] AS s WHERE a IS NOT NULL AND s IS NOT NULL
  CREATE (a)-[:PUBLISHED_BY]->(s)
}
CALL (owners, entities) {
  UNWIND $mentions AS r
  WITH owners[r[0]][0] AS a, entities[r[1]][0] AS n WHERE a IS NOT NULL AND n IS NOT NULL
  CREATE (a)-[:MENTIONS]->(n)
}
RETURN [x IN owners WHERE x[0] IS NOT NULL | x[0].article_id] AS fresh
