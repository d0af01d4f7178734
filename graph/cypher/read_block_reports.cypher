// read_block_reports: every event of the given blocks (type|party, indexed) as the measure linker
// reads it: properties only (the key's slots and the reporting articles are stored on the event),
// with its current measure, ACTS_ON target and confidence (to write only what changes; PART_OF
// always ends at a Measure and ACTS_ON at an Event, so no label is checked); and the Measure nodes
// of the blocks (indexed) with the fingerprint of what their properties were computed from (the
// loader rewrites a measure only when its fingerprint changes). One record of two lists: the
// driver decodes one message, not one per event, and the whole-block relink plans one query.
// $blocks: list of block strings
UNWIND $blocks AS block
MATCH (e:Event {block: block})
WITH collect({block: block, key: e.key, type: e.type, action: e.action, actor: e.actor, items: e.items,
  targets: e.targets, articles: e.articles, outlets: e.outlets,
  props: e {.date, .effective, .until, .first_reported, .rate_pct, .amount, .currency, .count, .unit, .tonnes,
    .actor_inferred, .confidence},
  measure: [(e)-[:PART_OF]->(m) | m.key][0], acts_on: [(e)-[:ACTS_ON]->(x) | x.key][0]}) AS rows
CALL () {
  UNWIND $blocks AS block
  MATCH (m:Measure {block: block})
  RETURN collect({key: m.key, fingerprint: m.fingerprint}) AS measures
}
RETURN rows, measures
