// name: totals
// description: What the database holds: entities (and each type), events, articles, sources and relationships
// example: policykg query totals --param what=events
// param: what string = null
//
// One row per kind, in this order: entities, Country, Bloc, Agency, Firm, Person, Element,
// Item, events, articles, sources, relationships (a kind the database holds none of has no row). Each count reads Neo4j's count store, so
// the query is instant on any graph size. `what` keeps the row of that kind (null: all).
// `policykg load` and `policykg ingest` print these totals after writing.
// (COUNT subqueries of one label or of every relationship are answered by the count store;
// MATCH ... count() inside a UNION subquery scanned every node and relationship instead.)
UNWIND [
  ['entities', COUNT { MATCH (:Entity) }], ['Country', COUNT { MATCH (:Country) }],
  ['Bloc', COUNT { MATCH (:Bloc) }], ['Agency', COUNT { MATCH (:Agency) }], ['Firm', COUNT { MATCH (:Firm) }],
  ['Person', COUNT { MATCH (:Person) }], ['Element', COUNT { MATCH (:Element) }], ['Item', COUNT { MATCH (:Item) }],
  ['events', COUNT { MATCH (:Event) }], ['articles', COUNT { MATCH (:Article) }],
  ['sources', COUNT { MATCH (:Source) }], ['relationships', COUNT { MATCH ()-[]->() }]
] AS row
WITH row[0] AS what, row[1] AS n
// a kind the database holds none of has no row (as when each count was grouped by its kind)
WHERE n > 0 AND ($what IS NULL OR what = $what)
RETURN what, n
ORDER BY CASE what WHEN 'entities' THEN 0 WHEN 'Country' THEN 1 WHEN 'Bloc' THEN 2 WHEN 'Agency' THEN 3
  WHEN 'Firm' THEN 4 WHEN 'Person' THEN 5 WHEN 'Element' THEN 6 WHEN 'Item' THEN 7 WHEN 'events' THEN 8
  WHEN 'articles' THEN 9 WHEN 'sources' THEN 10 ELSE 11 END
