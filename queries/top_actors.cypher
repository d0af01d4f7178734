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
// Without a date range the counts are the loaders' facts (ActorTally, graph/tallies.py: the
// events of each block per main actor and action, with their first and last dates), never the
// events themselves. With one, the events of the range are read from the date index and
// counted here.
CALL () {
  UNWIND CASE WHEN $date_from IS NULL AND $date_to IS NULL THEN [true] ELSE [] END AS tallied
  MATCH (t:ActorTally)
  WHERE ($type IS NULL OR t.type = $type) AND ($action IS NULL OR t.action = $action)
  RETURN t.actor AS actor_id, t.type AS type, t.n AS n, t.first_date AS first, t.last_date AS last
  UNION ALL
  UNWIND CASE WHEN $date_from IS NOT NULL OR $date_to IS NOT NULL THEN [true] ELSE [] END AS by_date
  MATCH (e:Event)
  WHERE e.date >= coalesce(toString($date_from), '') AND e.date <= coalesce(toString($date_to), '~')
    AND ($type IS NULL OR e.type = $type) AND ($action IS NULL OR e.action = $action)
    AND e.actor IS NOT NULL
  RETURN e.actor AS actor_id, e.type AS type, 1 AS n, e.date AS first, e.date AS last
}
// the main actor is the event's own `actor` property (no expansion); names for the rows kept only
WITH actor_id, sum(n) AS n_measures, min(first) AS first_date, max(last) AS last_date, count(DISTINCT type) AS n_types
ORDER BY n_measures DESC, actor_id
LIMIT $limit
MATCH (a:Entity {id: actor_id})
RETURN a.id AS actor, a.name AS actor_name, n_measures, n_types, first_date, last_date
ORDER BY n_measures DESC, actor
