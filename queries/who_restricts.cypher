// name: who_restricts
// description: Who restricts what, to whom: one row per restrictive act (impose, threaten, extend), with names, value and measure
// param: actor string = null
// param: target string = null
// param: item string = null
// param: type string = null
// param: action string = null
// param: date_from date = null
// param: date_to date = null
// param: all_actions bool = false
// param: reviewed bool = false
// example: policykg query who_restricts --param actor=CHN --param date_from=2025-10-01
//
// Without `type`, only restrictive types count (EXPORT_CONTROL, EXPORT_BAN, TARIFF,
// IMPORT_RESTRICTION, SANCTION); without `action`, only restrictive actions (impose,
// threaten, extend) unless `all_actions` is true (then suspend, lift, request, ... too).
// `actor` matches any of the event's actors, the `actor` column is the main one. Dates are
// ISO strings; the range is inclusive. `measure` is the key of the measure the act is on;
// `confidence` flags single-source, undated and inferred-actor events.
// `reviewed` keeps only events an analyst confirmed, edited or added (docs/corrections.md);
// `provenance` is machine, confirmed, edited or added.
CALL () {
  // Start from the most selective filter given (index seeks); a null id matches nothing.
  MATCH (:Entity {id: $actor})-[:ACTOR]->(e:Event)
  RETURN e
  UNION
  MATCH (:Entity {id: $target})<-[:TARGET]-(e:Event)
  WHERE $actor IS NULL
  RETURN e
  UNION
  MATCH (:Entity {id: $item})<-[:ITEM]-(e:Event)
  WHERE $actor IS NULL AND $target IS NULL
  RETURN e
  UNION
  UNWIND CASE WHEN $actor IS NULL AND $target IS NULL AND $item IS NULL THEN [true] ELSE [] END AS scan
  MATCH (e:Event)
  WHERE ($type IS NULL AND e.type IN ['EXPORT_CONTROL', 'EXPORT_BAN', 'TARIFF', 'IMPORT_RESTRICTION', 'SANCTION'])
    OR e.type = $type
  RETURN e
}
WITH e
WHERE (($type IS NULL AND e.type IN ['EXPORT_CONTROL', 'EXPORT_BAN', 'TARIFF', 'IMPORT_RESTRICTION', 'SANCTION'])
    OR e.type = $type)
  AND (($action IS NULL AND ($all_actions OR e.action IN ['impose', 'threaten', 'extend']))
    OR e.action = $action)
  AND ($date_from IS NULL OR e.date >= toString($date_from))
  AND ($date_to IS NULL OR e.date <= toString($date_to))
  AND ($actor IS NULL OR EXISTS { MATCH (:Entity {id: $actor})-[:ACTOR]->(e) })
  AND ($target IS NULL OR EXISTS { MATCH (e)-[:TARGET]->(:Entity {id: $target}) })
  AND ($item IS NULL OR EXISTS { MATCH (e)-[:ITEM]->(:Entity {id: $item}) })
  AND (NOT $reviewed OR e.provenance IN ['confirmed', 'edited', 'added'])
MATCH (a:Entity)-[:ACTOR {position: 0}]->(e)
RETURN a.id AS actor, a.name AS actor_name, e.type AS type, e.action AS action,
  COLLECT { MATCH (e)-[:ITEM]->(i) RETURN i.id ORDER BY i.id } AS items,
  COLLECT { MATCH (e)-[:ITEM]->(i) RETURN i.name ORDER BY i.id } AS item_names,
  COLLECT { MATCH (e)-[:TARGET]->(t) RETURN t.id ORDER BY t.id } AS targets,
  COLLECT { MATCH (e)-[:TARGET]->(t) RETURN t.name ORDER BY t.id } AS target_names,
  e.date AS date, e.until AS until,
  COLLECT { MATCH (e)-[:PART_OF]->(m:Measure) RETURN m.value } [0] AS value,
  e.n_sources AS n_sources, e.confidence AS confidence,
  COLLECT { MATCH (e)-[:PART_OF]->(m:Measure) RETURN m.key } [0] AS measure, e.key AS event,
  coalesce(e.provenance, 'machine') AS provenance
ORDER BY date, actor, type, action, event
