// name: in_force_on
// description: Measures in force on a date: imposed and effective by then, not suspended, lifted or expired
// param: date date = null
// param: actor string = null
// param: item string = null
// param: target string = null
// param: type string = null
// param: limit int = 100
// param: offset int = 0
// example: policykg query in_force_on --param date=2025-11-01 --param actor=CHN
//
// `date` defaults to today (server clock). A measure is the restriction itself (graph/SCHEMA.md
// "Measures"); its status on any day is precomputed by the loader from the acts on it. A measure
// is listed when its status on `date` is `in_force` (see `measure_status` for every status).
// Columns: `actor` the main actor, `date` the imposing act's date, `until` the end of validity
// (an extend moves it), `value` the rate or amount, `set_by` the event that set the status,
// `event` the measure's key (its imposing event). `actor` matches any actor of the imposing act.
// Paged: `limit` rows (null: all) from row `offset` of the whole answer, in its order;
// `total` on every row is the number of rows of the whole answer. Only the page's rows
// read names.
WITH coalesce(toString($date), toString(date())) AS day
// Start from the given entity with the fewest events (stored degrees): the dominant actor's
// measures on one item are found from the item. The first of actor, item, target given must be
// on the measure's own event (as when the query started from it); the others are checked on
// the measure, so a start from them may find more measures first (any event of the measure).
OPTIONAL MATCH (ax:Entity {id: $actor})
OPTIONAL MATCH (ix:Entity {id: $item})
OPTIONAL MATCH (tx:Entity {id: $target})
WITH day, CASE WHEN ax IS NULL THEN 0 ELSE COUNT { (ax)-[:ACTOR]->() } END AS n_actor,
  CASE WHEN ix IS NULL THEN 0 ELSE COUNT { (ix)<-[:ITEM]-() } END AS n_item,
  CASE WHEN tx IS NULL THEN 0 ELSE COUNT { (tx)<-[:TARGET]-() } END AS n_target
WITH day, CASE
    WHEN $actor IS NOT NULL AND ($item IS NULL OR n_actor <= n_item) AND ($target IS NULL OR n_actor <= n_target)
      THEN 'actor'
    WHEN $item IS NOT NULL AND ($target IS NULL OR n_item <= n_target) THEN 'item'
    WHEN $target IS NOT NULL THEN 'target'
    ELSE 'scan'
  END AS start
CALL (start, day) {
  // A scan by type: the page in the order of the (type, date) index (the type is one, so this is
  // the answer's order, and only the measures up to the page are read), and the exact total from
  // the type's day tally (DayTally, graph/tallies.py: the number of its measures in force from
  // each day it changes), never from every measure of the type.
  WITH start, day
  WHERE start = 'scan' AND $type IS NOT NULL
  MATCH (m:Measure {type: $type})
  WHERE m.date <= day
  WITH day, m, [i IN range(0, size(m.t_from) - 1) WHERE m.t_from[i] <= day] AS past
  WITH day, m, CASE WHEN size(past) = 0 THEN null ELSE past[-1] END AS i
  WITH day, m, i, CASE WHEN i IS NULL THEN m.status_before ELSE m.t_status[i] END AS status
  WHERE status = 'in_force'
  WITH day, m, i, status ORDER BY m.type, m.date, m.actor, m.key
  SKIP coalesce($offset, 0) LIMIT coalesce($limit, 9223372036854775807)
  WITH day, collect({m: m, i: i, status: status}) AS page
  OPTIONAL MATCH (t:DayTally {type: $type})
  WITH day, page, t, [k IN range(0, size(coalesce(t.days, [])) - 1) WHERE t.days[k] <= day] AS upto
  // A graph loaded before the day tallies (and not yet retallied) has none: count its measures
  // then, as the other branch does, rather than report 0.
  RETURN page, CASE
      WHEN t IS NULL THEN COUNT {
        MATCH (x:Measure {type: $type})
        WHERE x.date <= day AND coalesce(
          last([k IN range(0, size(x.t_from) - 1) WHERE x.t_from[k] <= day | x.t_status[k]]), x.status_before
        ) = 'in_force'
      }
      WHEN size(upto) = 0 THEN 0
      ELSE t.counts[upto[-1]]
    END AS total
  UNION
  // From the item with no actor: the measures whose own event names the item, each sought by
  // its event's key (the item, type and target checked as the branch below does), in order,
  // then one page: the same answer without the six-way union, its distinct and its filters.
  WITH start, day
  WHERE start = 'item' AND $actor IS NULL
  MATCH (:Entity {id: $item})<-[:ITEM]-(f:Event)
  WHERE ($type IS NULL OR f.type = $type) AND f.date <= day
  MATCH (m:Measure {key: f.key})
  WHERE ($type IS NULL OR m.type = $type) AND $item IN m.items AND ($target IS NULL OR $target IN m.targets)
  WITH day, m, [i IN range(0, size(m.t_from) - 1) WHERE m.t_from[i] <= day] AS past
  WITH day, m, CASE WHEN size(past) = 0 THEN null ELSE past[-1] END AS i
  WITH day, m, i, CASE WHEN i IS NULL THEN m.status_before ELSE m.t_status[i] END AS status
  WHERE status = 'in_force'
  WITH m, i, status ORDER BY m.date, m.actor, m.type, m.key
  WITH collect({m: m, i: i, status: status}) AS found
  RETURN found[coalesce($offset, 0)..coalesce(coalesce($offset, 0) + $limit, size(found))] AS page, size(found) AS total
  UNION
  // From the item with an actor (the item has fewer events): every measure an event of the item
  // is part of, kept when the actor is on the measure's own event, checked as the branch below
  // does, in order, then one page. (One branch for both item starts, a union of the two finds
  // inside, cost as much as the six-way union below: measured.)
  WITH start, day
  WHERE start = 'item' AND $actor IS NOT NULL
  MATCH (:Entity {id: $item})<-[:ITEM]-(f:Event)-[:PART_OF]->(m:Measure)
  WHERE ($type IS NULL OR f.type = $type) AND m.date <= day
  WITH DISTINCT day, m
  WHERE ($type IS NULL OR m.type = $type) AND $item IN m.items AND ($target IS NULL OR $target IN m.targets)
    AND EXISTS { MATCH (f:Event {key: m.key}) WHERE f.actor = $actor OR EXISTS { (:Entity {id: $actor})-[:ACTOR]->(f) } }
  WITH day, m, [i IN range(0, size(m.t_from) - 1) WHERE m.t_from[i] <= day] AS past
  WITH day, m, CASE WHEN size(past) = 0 THEN null ELSE past[-1] END AS i
  WITH day, m, i, CASE WHEN i IS NULL THEN m.status_before ELSE m.t_status[i] END AS status
  WHERE status = 'in_force'
  WITH m, i, status ORDER BY m.date, m.actor, m.type, m.key
  WITH collect({m: m, i: i, status: status}) AS found
  RETURN found[coalesce($offset, 0)..coalesce(coalesce($offset, 0) + $limit, size(found))] AS page, size(found) AS total
  UNION
  // otherwise (from the actor or the target, or a scan of every type): every measure found from
  // the start, filtered, in order, then one page (the item starts are the two branches above)
  WITH start, day
  WHERE NOT (start = 'scan' AND $type IS NOT NULL) AND start <> 'item'
  CALL (start, day) {
    // A measure is in force only from its imposing act's date (`date`, the date of its own event):
    // a measure with no date, or dated after the day, is never read.
    // index seeks; a null id matches nothing. A measure has the type of its events (blocks are
    // per type), so events of another type are dropped before their measure is read. A measure's own event has the measure's key, so
    // that measure is read by its key (an index seek, not an expansion of the event).
    MATCH (:Entity {id: $actor})-[:ACTOR]->(f:Event)
    WHERE start = 'actor' AND ($type IS NULL OR f.type = $type) AND f.date <= day
    MATCH (m:Measure {key: f.key})
    RETURN m
    UNION
    MATCH (:Entity {id: $target})<-[:TARGET]-(f:Event)
    WHERE start = 'target' AND $actor IS NULL AND $item IS NULL AND ($type IS NULL OR f.type = $type)
      AND f.date <= day
    MATCH (m:Measure {key: f.key})
    RETURN m
    UNION
    // from the target when it is not the first given: every measure one of its events is part of
    MATCH (:Entity {id: $target})<-[:TARGET]-(f:Event)-[:PART_OF]->(m:Measure)
    WHERE start = 'target' AND ($actor IS NOT NULL OR $item IS NOT NULL) AND ($type IS NULL OR f.type = $type)
      AND m.date <= day
    RETURN m
    UNION
    // a scan of every type: every dated measure (a scan by type is the branch above)
    UNWIND CASE WHEN start = 'scan' AND $type IS NULL THEN [true] ELSE [] END AS scan
    MATCH (m:Measure)
    WHERE m.date <= day
    RETURN m
  }
  WITH day, m, start
  // the first entity given on the measure's own event: already so when the query started from it
  WHERE ($type IS NULL OR m.type = $type)
    AND ($actor IS NULL OR start = 'actor'
      OR EXISTS { MATCH (f:Event {key: m.key}) WHERE f.actor = $actor OR EXISTS { (:Entity {id: $actor})-[:ACTOR]->(f) } })
    AND ($actor IS NOT NULL OR $item IS NULL
      OR EXISTS { MATCH (:Entity {id: $item})<-[:ITEM]-(:Event {key: m.key}) })
    AND ($item IS NULL OR $item IN m.items)
    AND ($target IS NULL OR $target IN m.targets)
  // the status segment that holds on the day (segments are precomputed by the loader)
  WITH day, m, [i IN range(0, size(m.t_from) - 1) WHERE m.t_from[i] <= day] AS past
  WITH day, m, CASE WHEN size(past) = 0 THEN null ELSE past[-1] END AS i
  WITH day, m, i, CASE WHEN i IS NULL THEN m.status_before ELSE m.t_status[i] END AS status
  WHERE status = 'in_force'
  // the whole answer in its order, then one page
  WITH m, i, status ORDER BY m.date, m.actor, m.type, m.key
  WITH collect({m: m, i: i, status: status}) AS found
  RETURN found[coalesce($offset, 0)..coalesce(coalesce($offset, 0) + $limit, size(found))] AS page, size(found) AS total
}
UNWIND page AS row
WITH row.m AS m, row.i AS i, row.status AS status, total
MATCH (a:Entity {id: m.actor})
WITH m, a, status, total, CASE WHEN i IS NULL OR m.t_until[i] = '' THEN null ELSE m.t_until[i] END AS until,
  CASE WHEN i IS NULL THEN m.key ELSE m.t_event[i] END AS set_by
RETURN a.id AS actor, a.name AS actor_name, m.type AS type, m.items AS items,
  COLLECT { UNWIND m.items AS id MATCH (x:Entity {id: id}) RETURN x.name ORDER BY x.id } AS item_names,
  m.targets AS targets,
  COLLECT { UNWIND m.targets AS id MATCH (x:Entity {id: id}) RETURN x.name ORDER BY x.id } AS target_names,
  m.date AS date, status, until, m.value AS value, m.n_sources AS n_sources, m.n_outlets AS n_outlets,
  set_by, m.key AS event, total
ORDER BY date, actor, type, event
