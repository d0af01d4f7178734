// name: measure_history
// description: The lifecycle of a measure (impose, extend, suspend, lift, ...) in date order, by event key or by actor/type/item
// param: event string = null
// param: actor string = null
// param: type string = null
// param: item string = null
// example: policykg query measure_history --param actor=CHN --param type=EXPORT_CONTROL --param item=item:rare_earths
//
// With `event`, the measure is that event, or the impose it acts on. Otherwise every
// event whose main actor, type and item match the given filters (any left null
// matches all) selects its measure the same way. One row per event of each measure:
// the measure's impose first, then the events that act on it (ACTS_ON).
CALL () {
  // Start from the most selective filter given (index seeks); a null key or id matches nothing.
  MATCH (e:Event {key: $event})
  RETURN e
  UNION
  MATCH (:Entity {id: $actor})-[:ACTOR {position: 0}]->(e:Event)
  WHERE $event IS NULL
  RETURN e
  UNION
  MATCH (:Entity {id: $item})<-[:ITEM]-(e:Event)
  WHERE $event IS NULL AND $actor IS NULL
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
       AND ($actor IS NULL OR EXISTS { MATCH (:Entity {id: $actor})-[:ACTOR {position: 0}]->(e) })
       AND ($item IS NULL OR EXISTS { MATCH (e)-[:ITEM]->(:Entity {id: $item}) }))
OPTIONAL MATCH (e)-[:ACTS_ON]->(m:Event)
WITH DISTINCT coalesce(m, e) AS root
MATCH (h:Event)-[:ACTS_ON*0..1]->(root)
WITH DISTINCT root, h
MATCH (a:Entity)-[:ACTOR {position: 0}]->(h)
RETURN root.key AS measure, h.date AS date, h.action AS action, a.id AS actor, h.type AS type,
  COLLECT { MATCH (h)-[:ITEM]->(i) RETURN i.id ORDER BY i.id } AS items,
  COLLECT { MATCH (h)-[:TARGET]->(t) RETURN t.id ORDER BY t.id } AS targets,
  h.until AS until, h.n_sources AS n_sources, h.key AS event
ORDER BY root.date, measure, h = root DESC, date,
  CASE action WHEN 'extend' THEN 1 WHEN 'suspend' THEN 2 WHEN 'lift' THEN 3 ELSE 0 END, event
