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
// param: limit int = 100
// param: offset int = 0
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
// Paged: `limit` rows (null: all) from row `offset` of the whole answer, in its order;
// `total` on every row is the number of rows of the whole answer. Only the page's rows
// read names and measures, so the first page of a large answer comes fast.
// The anchor (actor, else target, else item) and its number of events (a stored degree), and
// the events of the date range counted from the date index (up to a cap, and only when the
// anchor is large): the query starts from the smaller of the two, so a month of the dominant
// actor does not expand its whole history. A scan with a date range seeks each type's events
// of the range in the (type, date) index.
OPTIONAL MATCH (anchor:Entity {id: coalesce($actor, $target, $item)})
WITH CASE
    WHEN $actor IS NULL AND $target IS NULL AND $item IS NULL THEN 1000000000
    WHEN anchor IS NULL THEN 0
    WHEN $actor IS NOT NULL THEN COUNT { (anchor)-[:ACTOR]->() }
    WHEN $target IS NOT NULL THEN COUNT { (anchor)<-[:TARGET]-() }
    ELSE COUNT { (anchor)<-[:ITEM]-() }
  END AS degree
// (a scan never starts from the date index alone: the (type, date) index holds fewer)
WITH CASE WHEN degree < 1000 OR degree = 1000000000 OR ($date_from IS NULL AND $date_to IS NULL)
    THEN 20000 ELSE size(COLLECT {
    MATCH (d:Event)
    WHERE d.date >= coalesce(toString($date_from), '') AND d.date <= coalesce(toString($date_to), '~')
    RETURN 1 LIMIT 20000 }) END AS in_range, degree
WITH in_range < 20000 AND in_range < degree AS by_date
CALL (by_date) {
  // Start from the most selective filter given (index seeks); a null id matches nothing.
  MATCH (:Entity {id: $actor})-[:ACTOR]->(e:Event)
  WHERE NOT by_date
  RETURN e
  UNION
  MATCH (:Entity {id: $target})<-[:TARGET]-(e:Event)
  WHERE $actor IS NULL AND NOT by_date
  RETURN e
  UNION
  MATCH (:Entity {id: $item})<-[:ITEM]-(e:Event)
  WHERE $actor IS NULL AND $target IS NULL AND NOT by_date
  RETURN e
  UNION
  // (an empty list unless by_date: a filter on by_date alone would still run the seek)
  UNWIND CASE WHEN by_date THEN [true] ELSE [] END AS go
  MATCH (e:Event)
  WHERE e.date >= coalesce(toString($date_from), '') AND e.date <= coalesce(toString($date_to), '~')
  RETURN e
  UNION
  // a scan: the events of the type (else of each restrictive type), one index seek each
  UNWIND CASE WHEN $actor IS NULL AND $target IS NULL AND $item IS NULL AND NOT by_date
      AND $date_from IS NULL AND $date_to IS NULL
    THEN CASE WHEN $type IS NULL THEN ['EXPORT_CONTROL', 'EXPORT_BAN', 'TARIFF', 'IMPORT_RESTRICTION', 'SANCTION']
      ELSE [$type] END
    ELSE [] END AS scan_type
  MATCH (e:Event {type: scan_type})
  RETURN e
  UNION
  // a scan with a date range: each type's events of the range, one seek of the (type, date) index
  // each (a year of a million events holds ~300,000 events of one type; the range only its share)
  UNWIND CASE WHEN $actor IS NULL AND $target IS NULL AND $item IS NULL AND NOT by_date
      AND ($date_from IS NOT NULL OR $date_to IS NOT NULL)
    THEN CASE WHEN $type IS NULL THEN ['EXPORT_CONTROL', 'EXPORT_BAN', 'TARIFF', 'IMPORT_RESTRICTION', 'SANCTION']
      ELSE [$type] END
    ELSE [] END AS scan_type
  MATCH (e:Event {type: scan_type})
  WHERE e.date >= coalesce(toString($date_from), '') AND e.date <= coalesce(toString($date_to), '~')
  RETURN e
}
WITH e
WHERE (($type IS NULL AND e.type IN ['EXPORT_CONTROL', 'EXPORT_BAN', 'TARIFF', 'IMPORT_RESTRICTION', 'SANCTION'])
    OR e.type = $type)
  AND (($action IS NULL AND ($all_actions OR e.action IN ['impose', 'threaten', 'extend']))
    OR e.action = $action)
  AND ($date_from IS NULL OR e.date >= toString($date_from))
  AND ($date_to IS NULL OR e.date <= toString($date_to))
  // the event's own slots (`actor` the main actor, `items`, `targets`) first; co-actors by their link
  AND ($actor IS NULL OR e.actor = $actor OR EXISTS { MATCH (:Entity {id: $actor})-[:ACTOR]->(e) })
  AND ($target IS NULL OR $target IN e.targets)
  AND ($item IS NULL OR $item IN e.items)
  AND (NOT $reviewed OR e.provenance IN ['confirmed', 'edited', 'added'])
// the whole answer in its order (the main actor is the event's `actor` property), then one page
WITH e ORDER BY e.date, e.actor, e.type, e.action, e.key
WITH collect(e) AS found
UNWIND found[coalesce($offset, 0)..coalesce(coalesce($offset, 0) + $limit, size(found))] AS e
WITH e, size(found) AS total
MATCH (a:Entity {id: e.actor})
// each event's items and targets read once, as [id, name] pairs in id order
WITH a, e, total, COLLECT { MATCH (e)-[:ITEM]->(i) RETURN [i.id, i.name] ORDER BY i.id } AS goods,
  COLLECT { MATCH (e)-[:TARGET]->(t) RETURN [t.id, t.name] ORDER BY t.id } AS aims,
  COLLECT { MATCH (e)-[:PART_OF]->(m:Measure) RETURN m } [0] AS m
RETURN a.id AS actor, a.name AS actor_name, e.type AS type, e.action AS action,
  [x IN goods | x[0]] AS items, [x IN goods | x[1]] AS item_names,
  [x IN aims | x[0]] AS targets, [x IN aims | x[1]] AS target_names,
  e.date AS date, e.until AS until,
  m.value AS value,
  e.n_sources AS n_sources, e.confidence AS confidence,
  m.key AS measure, e.key AS event,
  coalesce(e.provenance, 'machine') AS provenance, total
ORDER BY date, actor, type, action, event
