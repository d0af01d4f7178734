// name: in_force_on
// description: Measures in force on a date: imposed on or before it, within their `until`, not lifted or suspended by then
// param: date date = null
// param: actor string = null
// param: item string = null
// param: target string = null
// param: type string = null
// example: policykg query in_force_on --param date=2025-11-01 --param actor=CHN
//
// `date` defaults to today (server clock). A measure is an `impose` event with a date.
// It ends when a `lift` dated on or before the day acts on it, or a `suspend` whose
// window [date, until] holds the day. "Acts on" is the ACTS_ON link written by the
// loader; a suspend/lift with no ACTS_ON link at all also ends every measure of the
// same main actor and type that it matches (items overlap or it names none; targets
// overlap or either names none; not dated before the measure). An `extend` acting on
// the measure replaces its `until` with the extend's `until`.
WITH coalesce(toString($date), toString(date())) AS day
MATCH (a:Entity)-[:ACTOR {position: 0}]->(m:Event {action: 'impose'})
WHERE m.date <= day
  AND ($type IS NULL OR m.type = $type)
  AND ($actor IS NULL OR EXISTS { MATCH (:Entity {id: $actor})-[:ACTOR]->(m) })
  AND ($item IS NULL OR EXISTS { MATCH (m)-[:ITEM]->(:Entity {id: $item}) })
  AND ($target IS NULL OR EXISTS { MATCH (m)-[:TARGET]->(:Entity {id: $target}) })
WITH day, a, m,
  COLLECT { MATCH (m)-[:ITEM]->(i) RETURN i.id ORDER BY i.id } AS items,
  COLLECT { MATCH (m)-[:TARGET]->(t) RETURN t.id ORDER BY t.id } AS targets,
  COLLECT {
    MATCH (x:Event {action: 'extend'})-[:ACTS_ON]->(m)
    WHERE x.date <= day AND x.until IS NOT NULL
    RETURN x.until ORDER BY x.date DESC, x.until DESC LIMIT 1
  } AS extended
WITH day, a, m, items, targets, coalesce(extended[0], m.until) AS until
WHERE (until IS NULL OR until >= day)
  AND NOT EXISTS {
    MATCH (s:Event)-[:ACTS_ON]->(m)
    WHERE s.date <= day AND (s.action = 'lift' OR (s.action = 'suspend' AND (s.until IS NULL OR s.until >= day)))
  }
  AND NOT EXISTS {
    MATCH (a)-[:ACTOR {position: 0}]->(s:Event {type: m.type})
    WHERE s.action IN ['lift', 'suspend'] AND NOT EXISTS { MATCH (s)-[:ACTS_ON]->() }
      AND s.date >= m.date AND s.date <= day
      AND (s.action = 'lift' OR s.until IS NULL OR s.until >= day)
      AND (NOT EXISTS { MATCH (s)-[:ITEM]->() } OR EXISTS { MATCH (s)-[:ITEM]->()<-[:ITEM]-(m) })
      AND (NOT EXISTS { MATCH (s)-[:TARGET]->() } OR size(targets) = 0
           OR EXISTS { MATCH (s)-[:TARGET]->()<-[:TARGET]-(m) })
  }
RETURN a.id AS actor, a.name AS actor_name, m.type AS type, items, targets,
  m.date AS date, until, m.n_sources AS n_sources, m.key AS event
ORDER BY date, actor, type, event
