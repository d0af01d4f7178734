// name: changes_since
// description: Events first reported on or after a date (and, with `corroborated`, older events with new reports)
// param: since date
// param: corroborated bool = false
// param: type string = null
// param: actor string = null
// param: limit int = 100
// param: offset int = 0
// example: policykg query changes_since --param since=2025-11-01
//
// `change` is `new` (first reported on or after `since`) or `corroborated` (reported
// before, and again since). Dates of reports are article publication times.
// Paged: `limit` rows (null: all) from row `offset` of the whole answer, in its order;
// `total` on every row is the number of rows of the whole answer. Only the page's rows
// read names.
MATCH (e:Event)
WHERE e.last_reported >= toString($since)
  AND ($corroborated OR e.first_reported >= toString($since))
  AND ($type IS NULL OR e.type = $type)
  AND ($actor IS NULL OR e.actor = $actor OR EXISTS { MATCH (:Entity {id: $actor})-[:ACTOR]->(e) })
// the whole answer in its order, then one page
WITH e ORDER BY e.first_reported, e.key
WITH collect(e) AS found
UNWIND found[coalesce($offset, 0)..coalesce(coalesce($offset, 0) + $limit, size(found))] AS e
WITH e, size(found) AS total
MATCH (a:Entity {id: e.actor})
// each event's items and targets read once, as [id, name] pairs in id order
WITH a, e, total, COLLECT { MATCH (e)-[:ITEM]->(i) RETURN [i.id, i.name] ORDER BY i.id } AS goods,
  COLLECT { MATCH (e)-[:TARGET]->(t) RETURN [t.id, t.name] ORDER BY t.id } AS aims
RETURN e.first_reported AS first_reported, e.last_reported AS last_reported,
  CASE WHEN e.first_reported >= toString($since) THEN 'new' ELSE 'corroborated' END AS change,
  a.id AS actor, a.name AS actor_name, e.type AS type, e.action AS action,
  [x IN goods | x[0]] AS items, [x IN goods | x[1]] AS item_names,
  [x IN aims | x[0]] AS targets, [x IN aims | x[1]] AS target_names,
  e.date AS date, e.n_sources AS n_sources, e.key AS event, total
ORDER BY first_reported, event
