// name: top_actors
// description: Actors ranked by number of measures (events they lead), filtered by type, action and date range
// param: type string = null
// param: action string = impose
// param: date_from date = null
// param: date_to date = null
// param: limit int = 10
// example: policykg query top_actors --param type=EXPORT_CONTROL --param limit=5
//
// Counts events whose main actor is the entity; `action` null (`--param action=`) counts all actions.
//
// The events are read from one index, chosen by the parameters given: the date range, else the
// type, else the action; only without any of them every event.
CALL () {
  UNWIND CASE WHEN $date_from IS NOT NULL OR $date_to IS NOT NULL THEN [true] ELSE [] END AS by_date
  MATCH (e:Event)
  WHERE e.date >= coalesce(toString($date_from), '') AND e.date <= coalesce(toString($date_to), '~')
  RETURN e
  UNION ALL
  UNWIND CASE WHEN $date_from IS NULL AND $date_to IS NULL THEN [$type] ELSE [] END AS by_type
  MATCH (e:Event {type: by_type})
  RETURN e
  UNION ALL
  UNWIND CASE WHEN $date_from IS NULL AND $date_to IS NULL AND $type IS NULL THEN [$action] ELSE [] END AS by_action
  MATCH (e:Event {action: by_action})
  RETURN e
  UNION ALL
  UNWIND CASE WHEN $date_from IS NULL AND $date_to IS NULL AND $type IS NULL AND $action IS NULL
    THEN [true] ELSE [] END AS scan
  MATCH (e:Event)
  RETURN e
}
// the main actor is the event's own `actor` property (no expansion); names for the rows kept only
WITH e
WHERE ($type IS NULL OR e.type = $type)
  AND ($action IS NULL OR e.action = $action)
  AND ($date_from IS NULL OR e.date >= toString($date_from))
  AND ($date_to IS NULL OR e.date <= toString($date_to))
WITH e.actor AS actor_id, count(e) AS n_measures, min(e.date) AS first_date, max(e.date) AS last_date,
  count(DISTINCT e.type) AS n_types
ORDER BY n_measures DESC, actor_id
LIMIT $limit
MATCH (a:Entity {id: actor_id})
RETURN a.id AS actor, a.name AS actor_name, n_measures, n_types, first_date, last_date
ORDER BY n_measures DESC, actor
