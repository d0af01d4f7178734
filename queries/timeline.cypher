// name: timeline
// description: Dated events involving an entity (as actor, item or target), in date order
// param: entity string
// param: date_from date = null
// param: date_to date = null
// param: limit int = 100
// param: offset int = 0
// example: policykg query timeline --param entity=item:rare_earths
//
// `roles` says how the entity takes part (actor, item, target); undated events are left out.
// Paged: `limit` rows (null: all) from row `offset` of the whole answer, in its order;
// `total` on every row is the number of rows of the whole answer. Only the page's rows
// read roles and names, so the first page of a long timeline comes fast.
//
// The query starts from the entity's events, or from the date index when the date range holds
// fewer events than a large entity has (counted up to a cap): a recent month of the dominant actor
// does not expand its whole history.
MATCH (n:Entity {id: $entity})
WITH n, COUNT { (n)-[:ACTOR|ITEM|TARGET]-() } AS degree
WITH n, degree, CASE WHEN degree < 1000 OR ($date_from IS NULL AND $date_to IS NULL) THEN 20000 ELSE size(COLLECT {
    MATCH (d:Event)
    WHERE d.date >= coalesce(toString($date_from), '') AND d.date <= coalesce(toString($date_to), '~')
    RETURN 1 LIMIT 20000 }) END AS in_range
WITH n, in_range < 20000 AND in_range < degree AS by_date
CALL (n, by_date) {
  MATCH (n)-[:ACTOR|ITEM|TARGET]-(e:Event)
  WHERE NOT by_date
  RETURN e
  UNION
  // (an empty list unless by_date: a filter on by_date alone would still run the seek)
  UNWIND CASE WHEN by_date THEN [true] ELSE [] END AS go
  MATCH (e:Event)
  WHERE e.date >= coalesce(toString($date_from), '') AND e.date <= coalesce(toString($date_to), '~')
    // the event's own slots first (main actor, items, targets); co-actors by their link
    AND (e.actor = n.id OR n.id IN e.items OR n.id IN e.targets OR EXISTS { (n)-[:ACTOR]->(e) })
  RETURN e
}
WITH n, e
WHERE e.date IS NOT NULL
  AND ($date_from IS NULL OR e.date >= toString($date_from))
  AND ($date_to IS NULL OR e.date <= toString($date_to))
WITH DISTINCT n, e
// the whole answer in date order, then one page
ORDER BY e.date, e.key
WITH n, collect(e) AS found
UNWIND found[coalesce($offset, 0)..coalesce(coalesce($offset, 0) + $limit, size(found))] AS e
WITH n, e, size(found) AS total
MATCH (a:Entity {id: e.actor})
// each event's items and targets read once, as [id, name] pairs in id order
WITH n, a, e, total, COLLECT { MATCH (e)-[:ITEM]->(i) RETURN [i.id, i.name] ORDER BY i.id } AS goods,
  COLLECT { MATCH (e)-[:TARGET]->(t) RETURN [t.id, t.name] ORDER BY t.id } AS aims
RETURN e.date AS date,
  COLLECT { MATCH (n)-[r:ACTOR|ITEM|TARGET]-(e) RETURN DISTINCT toLower(type(r)) AS role ORDER BY role } AS roles,
  a.id AS actor, a.name AS actor_name, e.type AS type, e.action AS action,
  [x IN goods | x[0]] AS items, [x IN goods | x[1]] AS item_names,
  [x IN aims | x[0]] AS targets, [x IN aims | x[1]] AS target_names,
  e.until AS until, e.key AS event, total
ORDER BY date, event
