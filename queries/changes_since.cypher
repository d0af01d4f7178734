// name: changes_since
// description: Events first reported on or after a date (and, with `corroborated`, older events with new reports)
// param: since date
// param: corroborated bool = false
// param: type string = null
// param: actor string = null
// example: policykg query changes_since --param since=2025-11-01
//
// `change` is `new` (first reported on or after `since`) or `corroborated` (reported
// before, and again since). Dates of reports are article publication times.
MATCH (e:Event)
WHERE e.last_reported >= toString($since)
  AND ($corroborated OR e.first_reported >= toString($since))
  AND ($type IS NULL OR e.type = $type)
  AND ($actor IS NULL OR EXISTS { MATCH (:Entity {id: $actor})-[:ACTOR]->(e) })
MATCH (a:Entity)-[:ACTOR {position: 0}]->(e)
RETURN e.first_reported AS first_reported, e.last_reported AS last_reported,
  CASE WHEN e.first_reported >= toString($since) THEN 'new' ELSE 'corroborated' END AS change,
  a.id AS actor, a.name AS actor_name, e.type AS type, e.action AS action,
  COLLECT { MATCH (e)-[:ITEM]->(i) RETURN i.id ORDER BY i.id } AS items,
  COLLECT { MATCH (e)-[:ITEM]->(i) RETURN i.name ORDER BY i.id } AS item_names,
  COLLECT { MATCH (e)-[:TARGET]->(t) RETURN t.id ORDER BY t.id } AS targets,
  COLLECT { MATCH (e)-[:TARGET]->(t) RETURN t.name ORDER BY t.id } AS target_names,
  e.date AS date, e.n_sources AS n_sources, e.key AS event
ORDER BY first_reported, event
