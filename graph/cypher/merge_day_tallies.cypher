// merge_day_tallies: recount the DayTally of each measure type in $types from its measures. One
// DayTally per type with a measure in force on some day: `days` (sorted) the days the number of its
// measures in force changes, `counts` that number from each of those days until the next. The
// number on a day D is `counts[i]` for the last `days[i] <= D` (0 before the first): the exact
// `total` of `in_force_on` by type, without reading every measure of the type. A measure is in
// force on D when D >= its `date` and the status segment holding D (the last `t_from <= D`, or
// `status_before` before the first) is `in_force` (as `in_force_on` reads it); that status can
// only change on its date and on a segment start after it, so those are its points. Recounted
// from every measure of the type (idempotent, exact whatever came before); a type left with none
// in force loses its tally. The tally is locked first, so two loads recounting one type recount
// one after the other. Both loaders run it after relinking (`load` for the types of the blocks
// it touched, `load --bulk` and `policykg retally` for every type).
UNWIND $types AS type
MERGE (lock:DayTally {type: type})
  ON MATCH SET lock.type = lock.type
WITH lock, type
CALL (type) {
  MATCH (m:Measure {type: type})
  WHERE m.date IS NOT NULL
  WITH m, [m.date] + [f IN m.t_from WHERE f > m.date] AS points
  WITH m, points, [p IN points | [i IN range(0, size(m.t_from) - 1) WHERE m.t_from[i] <= p]] AS pasts
  WITH points, [past IN pasts |
      CASE CASE WHEN size(past) = 0 THEN m.status_before ELSE m.t_status[past[-1]] END
        WHEN 'in_force' THEN 1 ELSE 0 END] AS inside
  UNWIND range(0, size(points) - 1) AS j
  WITH points[j] AS day, inside[j] - CASE WHEN j = 0 THEN 0 ELSE inside[j - 1] END AS delta
  WHERE delta <> 0
  WITH day, sum(delta) AS delta
  WHERE delta <> 0
  WITH day, delta ORDER BY day
  RETURN collect(day) AS days, collect(delta) AS deltas
}
WITH lock, days, reduce(acc = [], d IN deltas | acc + [coalesce(acc[-1], 0) + d]) AS counts
SET lock.days = days, lock.counts = counts
WITH lock, days
WHERE size(days) = 0
DELETE lock
