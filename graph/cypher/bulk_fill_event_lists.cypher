// bulk_fill_event_lists: after `load --bulk`, set to [] the Event list properties the import tool
// cannot write when empty (it reads an empty array as no value). Every event holds these lists in the
// transactional loader's graph, so a missing one is an empty one. Runs server-side, in batches.
MATCH (e:Event)
WHERE e.items IS NULL OR e.targets IS NULL OR e.articles IS NULL OR e.outlets IS NULL OR e.confidence IS NULL
CALL (e) {
  SET e.items = coalesce(e.items, []), e.targets = coalesce(e.targets, []), e.articles = coalesce(e.articles, []),
    e.outlets = coalesce(e.outlets, []), e.confidence = coalesce(e.confidence, [])
} IN TRANSACTIONS OF 10000 ROWS
