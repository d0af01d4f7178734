// read_reports_by_key: the given events (indexed by key) as the measure linker reads them, the same
// columns as read_block_reports: properties only, with the event's block, its current measure,
// ACTS_ON target and confidence (to write only what changes).
// $keys: list of event keys
UNWIND $keys AS k
MATCH (e:Event {key: k})
RETURN e.block AS block, e.key AS key, e.type AS type, e.action AS action, e.actor AS actor,
  e.items AS items, e.targets AS targets, e.articles AS articles, e.outlets AS outlets,
  e {.date, .effective, .until, .first_reported, .rate_pct, .amount, .currency, .count, .unit, .tonnes,
    .actor_inferred, .confidence} AS props,
  [(e)-[:PART_OF]->(m:Measure) | m.key][0] AS measure, [(e)-[:ACTS_ON]->(x:Event) | x.key][0] AS acts_on
