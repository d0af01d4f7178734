// name: totals
// description: What the database holds: entities (and each type), events, articles, sources and relationships
// example: policykg query totals --param what=events
// param: what string = null
//
// One row per kind, in this order: entities, Country, Bloc, Agency, Firm, Person, Element,
// Item, events, articles, sources, relationships. Each count reads Neo4j's count store, so
// the query is instant on any graph size. `what` keeps the row of that kind (null: all).
// `policykg load` and `policykg ingest` print these totals after writing.
CALL () {
  MATCH (n:Entity) RETURN 0 AS rank, 'entities' AS what, count(n) AS n
  UNION ALL MATCH (n:Country) RETURN 1 AS rank, 'Country' AS what, count(n) AS n
  UNION ALL MATCH (n:Bloc) RETURN 2 AS rank, 'Bloc' AS what, count(n) AS n
  UNION ALL MATCH (n:Agency) RETURN 3 AS rank, 'Agency' AS what, count(n) AS n
  UNION ALL MATCH (n:Firm) RETURN 4 AS rank, 'Firm' AS what, count(n) AS n
  UNION ALL MATCH (n:Person) RETURN 5 AS rank, 'Person' AS what, count(n) AS n
  UNION ALL MATCH (n:Element) RETURN 6 AS rank, 'Element' AS what, count(n) AS n
  UNION ALL MATCH (n:Item) RETURN 7 AS rank, 'Item' AS what, count(n) AS n
  UNION ALL MATCH (n:Event) RETURN 8 AS rank, 'events' AS what, count(n) AS n
  UNION ALL MATCH (n:Article) RETURN 9 AS rank, 'articles' AS what, count(n) AS n
  UNION ALL MATCH (n:Source) RETURN 10 AS rank, 'sources' AS what, count(n) AS n
  UNION ALL MATCH ()-[r]->() RETURN 11 AS rank, 'relationships' AS what, count(r) AS n
}
WITH rank, what, n
WHERE $what IS NULL OR what = $what
RETURN what, n
ORDER BY rank
