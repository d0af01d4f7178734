// read_reports_by_key: the given events (indexed by key) as the measure linker reads them, the same
// columns as read_block_reports: properties only, with the event's block, its current measure,
// ACTS_ON target and confidence (to write only what changes), and the fingerprint of its measure
// (so the relink needs no read of the measures by key); one row holding them all.
// $keys: list of event keys
UNWIND $keys AS k
MATCH (e:Event {key: k})
RETURN collect({block: e.block, key: e.key, type: e.type, action: e.action, actor: e.actor, items: e.items,
  targets: e.targets, articles: e.articles, outlets: e.outlets,
  props: e {.date, .effective, .until, .first_reported, .rate_pct, .amount, .currency, .count, .unit, .tonnes,
    .actor_inferred, .confidence},
  measure: [(e)-[:PART_OF]->(m) | m.key][0], fingerprint: [(e)-[:PART_OF]->(m) | m.fingerprint][0],
  acts_on: [(e)-[:ACTS_ON]->(x) | x.key][0]}) AS rows
