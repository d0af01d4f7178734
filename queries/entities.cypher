// name: entities
// description: Entities in the graph by name or id (any English or Chinese name via run_query), with their number of events
// example: policykg query entities --param search=gallium
// param: search string = null
// param: ids list = null
// param: entity_type string = null
// param: limit int = 50
//
// `search` matches the id or the stored name, case-insensitively, as a substring; through
// run_query (and `policykg entities`) it is also looked up among every EN/ZH name of the
// gazetteer, whose ids arrive in `ids` (given alone, `ids` lists those entities). `entity_type` is a label (Country, Bloc, Agency,
// Firm, Person, Element, Item). `events`: events the entity takes part in (actor, item or
// target). `names` holds the stored name; run_query adds the gazetteer's other names.
// Rows come in the order of `ids` (best match first), then by events.
MATCH (n:Entity)
WHERE ($entity_type IS NULL OR $entity_type IN labels(n))
  AND (($search IS NULL AND $ids IS NULL) OR n.id IN coalesce($ids, [])
    OR toLower(n.id) CONTAINS toLower($search) OR toLower(n.name) CONTAINS toLower($search))
// ACTOR, ITEM and TARGET always join an entity to an event: counting them without the
// event's label reads the node's stored degree instead of visiting every event
WITH n, COUNT { (n)-[:ACTOR|ITEM|TARGET]-() } AS events,
  // the position in `ids` (best name match first); others after them
  coalesce(head([i IN range(0, size(coalesce($ids, [])) - 1) WHERE $ids[i] = n.id]), size(coalesce($ids, []))) AS rank
RETURN n.id AS id, [l IN labels(n) WHERE l <> 'Entity'][0] AS type, n.name AS name,
  [x IN [n.name] WHERE x IS NOT NULL] AS names, events
ORDER BY rank, events DESC, id
LIMIT $limit
