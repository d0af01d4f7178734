// name: timeline
// description: Dated events involving an entity (as actor, item or target), in date order
// param: entity string
// param: date_from date = null
// param: date_to date = null
// example: policykg query timeline --param entity=item:rare_earths
//
// `roles` says how the entity takes part (actor, item, target); undated events are left out.
MATCH (n:Entity {id: $entity})-[:ACTOR|ITEM|TARGET]-(e:Event)
WHERE e.date IS NOT NULL
  AND ($date_from IS NULL OR e.date >= toString($date_from))
  AND ($date_to IS NULL OR e.date <= toString($date_to))
WITH DISTINCT n, e
MATCH (a:Entity)-[:ACTOR {position: 0}]->(e)
RETURN e.date AS date,
  COLLECT { MATCH (n)-[r:ACTOR|ITEM|TARGET]-(e) RETURN DISTINCT toLower(type(r)) AS role ORDER BY role } AS roles,
  a.id AS actor, a.name AS actor_name, e.type AS type, e.action AS action,
  COLLECT { MATCH (e)-[:ITEM]->(i) RETURN i.id ORDER BY i.id } AS items,
  COLLECT { MATCH (e)-[:ITEM]->(i) RETURN i.name ORDER BY i.id } AS item_names,
  COLLECT { MATCH (e)-[:TARGET]->(t) RETURN t.id ORDER BY t.id } AS targets,
  COLLECT { MATCH (e)-[:TARGET]->(t) RETURN t.name ORDER BY t.id } AS target_names,
  e.until AS until, e.key AS event
ORDER BY date, event
