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
CALL () {
  // Start from the most selective filter given (index seeks); a null id matches nothing.
  MATCH (:Entity {id: $actor})-[:ACTOR]->(m:Event {action: 'impose'})
  RETURN m
  UNION
  MATCH (:Entity {id: $item})<-[:ITEM]-(m:Event {action: 'impose'})
  WHERE $actor IS NULL
  RETURN m
  UNION
  MATCH (:Entity {id: $target})<-[:TARGET]-(m:Event {action: 'impose'})
  WHERE $actor IS NULL AND $item IS NULL
  RETURN m
  UNION
  UNWIND CASE WHEN $actor IS NULL AND $item IS NULL AND $target IS NULL THEN [true] ELSE [] END AS scan
  MATCH (m:Event {action: 'impose'})
  WHERE $type IS NULL OR m.type = $type
  RETURN m
}
WITH day, m
WHERE m.date <= day
  AND ($type IS NULL OR m.type = $type)
  AND ($actor IS NULL OR EXISTS { MATCH (:Entity {id: $actor})-[:ACTOR]->(m) })
  AND ($item IS NULL OR EXISTS { MATCH (m)-[:ITEM]->(:Entity {id: $item}) })
  AND ($target IS NULL OR EXISTS { MATCH (m)-[:TARGET]->(:Entity {id: $target}) })
MATCH (a:Entity)-[:ACTOR {position: 0}]->(m)
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
// the fall-back: the main actor's suspend/lift events in effect on the day that have no ACTS_ON link
WITH day, a, collect([m, items, targets, until]) AS measures
WITH a, measures, [(a)-[:ACTOR {position: 0}]->(s:Event)
    WHERE s.action IN ['lift', 'suspend'] AND s.date <= day AND (s.action = 'lift' OR s.until IS NULL OR s.until >= day)
      AND NOT EXISTS { MATCH (s)-[:ACTS_ON]->() } | s] AS loose
UNWIND measures AS measure
WITH a, loose, measure[0] AS m, measure[1] AS items, measure[2] AS targets, measure[3] AS until
WHERE NOT any(s IN loose WHERE s.type = m.type AND s.date >= m.date
    AND (NOT EXISTS { MATCH (s)-[:ITEM]->() } OR EXISTS { MATCH (s)-[:ITEM]->()<-[:ITEM]-(m) })
    AND (size(targets) = 0 OR NOT EXISTS { MATCH (s)-[:TARGET]->() }
         OR EXISTS { MATCH (s)-[:TARGET]->()<-[:TARGET]-(m) }))
RETURN a.id AS actor, a.name AS actor_name, m.type AS type, items, targets,
  m.date AS date, until, m.n_sources AS n_sources, m.key AS event
ORDER BY date, actor, type, event
