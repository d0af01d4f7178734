// read_block_reports: every event of the given blocks (type|party, indexed) as the measure linker
// reads it: properties only (the key's slots and the reporting articles are stored on the event),
// with its current measure, ACTS_ON target and confidence (to write only what changes).
// $blocks: list of block strings
UNWIND $blocks AS block
MATCH (e:Event {block: block})
RETURN block, e.key AS key, e.type AS type, e.action AS action, e.actor AS actor, e.items AS items,
  e.targets AS targets, e.articles AS articles, e.outlets AS outlets,
  e {.date, .effective, .until, .first_reported, .rate_pct, .amount, .currency, .count, .unit, .tonnes,
    .actor_inferred, .confidence} AS props,
  [(e)-[:PART_OF]->(m:Measure) | m.key][0] AS measure, [(e)-[:ACTS_ON]->(x:Event) | x.key][0] AS acts_on
