// link_lifecycle: (re)link every suspend/lift/extend event of a (type, main actor) group
// to the latest impose it acts on: the rule of policykg.graph.build.acts_on (same type and
// main actor; items overlap or both empty; targets overlap or either empty; the impose is
// not dated after it; "date" = date, else the day first reported). Stale links are removed.
// The SET takes a write lock on the actor, so concurrent loads re-link one at a time.
// rows: {type, actor}
UNWIND $rows AS row
MATCH (a:Entity {id: row.actor})
SET a.id = a.id
WITH a, row
MATCH (a)-[:ACTOR {position: 0}]->(e:Event {type: row.type})
WHERE e.action IN ['suspend', 'lift', 'extend']
WITH a, e, [(e)-[:ITEM]->(i) | i.id] AS items, [(e)-[:TARGET]->(t) | t.id] AS targets,
  coalesce(e.date, substring(e.first_reported, 0, 10), '') AS when
CALL (a, e, items, targets, when) {
  MATCH (a)-[:ACTOR {position: 0}]->(m:Event {type: e.type, action: 'impose'})
  WITH m, items, targets, when, [(m)-[:ITEM]->(i) | i.id] AS m_items,
    [(m)-[:TARGET]->(t) | t.id] AS m_targets,
    coalesce(m.date, substring(m.first_reported, 0, 10), '') AS m_when
  WHERE (any(x IN items WHERE x IN m_items) OR (size(items) = 0 AND size(m_items) = 0))
    AND (any(x IN targets WHERE x IN m_targets) OR size(targets) = 0 OR size(m_targets) = 0)
    AND (m_when = '' OR when = '' OR m_when <= when)
  WITH m, m_when ORDER BY m_when DESC, m.key DESC
  RETURN collect(m)[0] AS best
}
OPTIONAL MATCH (e)-[old:ACTS_ON]->(prev)
WHERE best IS NULL OR prev <> best
DELETE old
WITH DISTINCT e, best
WHERE best IS NOT NULL
MERGE (e)-[:ACTS_ON]->(best)
