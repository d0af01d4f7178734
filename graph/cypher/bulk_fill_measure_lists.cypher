// bulk_fill_measure_lists: after `load --bulk`, set to [] the Measure list properties the import tool
// cannot write when empty (items, targets, and the status timeline of a measure with no segment).
// Every measure holds these lists in the transactional loader's graph. Runs server-side, in batches.
MATCH (m:Measure)
WHERE m.items IS NULL OR m.targets IS NULL OR m.t_from IS NULL OR m.t_status IS NULL OR m.t_until IS NULL
  OR m.t_event IS NULL
CALL (m) {
  SET m.items = coalesce(m.items, []), m.targets = coalesce(m.targets, []), m.t_from = coalesce(m.t_from, []),
    m.t_status = coalesce(m.t_status, []), m.t_until = coalesce(m.t_until, []), m.t_event = coalesce(m.t_event, [])
} IN TRANSACTIONS OF 10000 ROWS
