// name: measure_history
// description: The lifecycle of a measure (threaten, impose, extend, suspend, lift, ...) in date order, by event key or by actor/type/item
// param: event string = null
// param: actor string = null
// param: type string = null
// param: item string = null
// param: limit int = 100
// param: offset int = 0
// example: policykg query measure_history --param actor=CHN --param type=EXPORT_CONTROL --param item=item:rare_earths
//
// With `event`, the measure is the one that event is part of. Otherwise every event whose
// main actor, type and item match the given filters (any left null matches all) selects its
// measure the same way. One row per event of each measure: the founding act first, then the
// acts on it in date order. `confidence` flags single-source, undated, inferred-actor events.
// Start from the event, else from the actor or the item, whichever has fewer events (stored
// degrees): the dominant actor's measures on one item are found from the item.
// Paged: `limit` rows (null: all) from row `offset` of the whole answer, in its order;
// `total` on every row is the number of rows of the whole answer. Only the page's rows
// read names.
OPTIONAL MATCH (ax:Entity {id: $actor})
OPTIONAL MATCH (ix:Entity {id: $item})
WITH $actor IS NOT NULL AND ($item IS NULL OR ax IS NULL
    OR (ix IS NOT NULL AND COUNT { (ax)-[:ACTOR]->() } <= COUNT { (ix)<-[:ITEM]-() })) AS from_actor
CALL (from_actor) {
  // index seeks; a null key or id matches nothing
  MATCH (e:Event {key: $event})
  RETURN e
  UNION
  MATCH (:Entity {id: $actor})-[:ACTOR {position: 0}]->(e:Event)
  WHERE $event IS NULL AND from_actor
  RETURN e
  UNION
  MATCH (:Entity {id: $item})<-[:ITEM]-(e:Event)
  WHERE $event IS NULL AND NOT from_actor
  RETURN e
  UNION
  UNWIND CASE WHEN $event IS NULL AND $actor IS NULL AND $item IS NULL THEN [true] ELSE [] END AS scan
  MATCH (e:Event)
  WHERE $type IS NULL OR e.type = $type
  RETURN e
}
WITH e
WHERE ($event IS NOT NULL AND e.key = $event)
   OR ($event IS NULL
       AND ($type IS NULL OR e.type = $type)
       // the event's own slots: `actor` is its main actor, `items` its items
       AND ($actor IS NULL OR e.actor = $actor)
       AND ($item IS NULL OR $item IN e.items))
MATCH (e)-[:PART_OF]->(m:Measure)
WITH DISTINCT m
MATCH (h:Event)-[:PART_OF]->(m)
// the whole answer in its order, then one page
WITH m, h ORDER BY m.date, m.key, h.key = m.key DESC, h.date,
  CASE h.action WHEN 'threaten' THEN 0 WHEN 'extend' THEN 2 WHEN 'suspend' THEN 3 WHEN 'lift' THEN 4 ELSE 1 END, h.key
WITH collect([m, h]) AS found
UNWIND found[coalesce($offset, 0)..coalesce(coalesce($offset, 0) + $limit, size(found))] AS row
WITH row[0] AS m, row[1] AS h, size(found) AS total
MATCH (a:Entity {id: h.actor})
// each event's items and targets read once, as [id, name] pairs in id order
WITH m, a, h, total, COLLECT { MATCH (h)-[:ITEM]->(i) RETURN [i.id, i.name] ORDER BY i.id } AS goods,
  COLLECT { MATCH (h)-[:TARGET]->(t) RETURN [t.id, t.name] ORDER BY t.id } AS aims
RETURN m.key AS measure, h.date AS date, h.action AS action, a.id AS actor, a.name AS actor_name, h.type AS type,
  [x IN goods | x[0]] AS items, [x IN goods | x[1]] AS item_names,
  [x IN aims | x[0]] AS targets, [x IN aims | x[1]] AS target_names,
  h.until AS until, [k IN ['rate_pct', 'amount', 'count', 'tonnes'] WHERE h[k] IS NOT NULL | k + '=' + toString(h[k])] AS value,
  h.n_sources AS n_sources, h.confidence AS confidence, h.key AS event, total
ORDER BY m.date, measure, h.key = m.key DESC, date,
  CASE action WHEN 'threaten' THEN 0 WHEN 'extend' THEN 2 WHEN 'suspend' THEN 3 WHEN 'lift' THEN 4 ELSE 1 END, event
