// merge_event_batch: upsert a batch of Event nodes keyed on key and, in the same statement, CREATE the
// ACTOR, ITEM, TARGET and REPORTED_IN relationships of the events it created (they cannot exist yet:
// no MERGE check). One row per event, so each event is looked up once.
// entities: the distinct entity ids of the batch's actors, items and targets; articles: the distinct ids of
// the articles reporting its events. Each is looked up once per batch (one index seek each), and rows name
// them by position in these lists.
// rows: {key, props: {the properties merge_event.cypher sets on creation, nulls left out, and the
//   corroboration n_sources, n_outlets, first_reported, last_reported, articles, outlets when every article
//   reporting the event was created by this load}, actors: [[position in $entities, actor position]],
//   items: [position in $entities], targets: [position in $entities], reports: [{article: position in
//   $articles, evidence, evidence_start, evidence_end, report, provenance, corrections}]}.
// A known event is updated by the rules of merge_event.cypher (the smallest value wins, provenance keeps the
// strongest, corrections are unioned); its relationships are MERGEd by the loader (merge_*_rel) and its
// corroboration recounted (update_event_reports).
// Returns one row, fresh: the keys of the events it created (flagged on creation, flag removed in the same statement).
// replan=skip: the plan (unique-index seeks) does not depend on the counts a load keeps changing, so
// the cached plan is reused instead of being replanned every few seconds as the graph grows.
CYPHER replan=skip
CALL () {
  UNWIND $entities AS id
  OPTIONAL MATCH (n:Entity {id: id})
  RETURN collect([n]) AS entities
}
CALL () {
  UNWIND $articles AS id
  OPTIONAL MATCH (a:Article {article_id: id})
  RETURN collect([a]) AS articles
}
UNWIND $rows AS row
MERGE (e:Event {key: row.key})
  ON CREATE SET e += row.props, e.load_fresh = true
  ON MATCH SET
    e.until = CASE WHEN row.props.until IS NOT NULL AND (e.until IS NULL OR row.props.until < e.until) THEN row.props.until ELSE e.until END,
    e.effective = CASE WHEN row.props.effective IS NOT NULL AND (e.effective IS NULL OR row.props.effective < e.effective) THEN row.props.effective ELSE e.effective END,
    e.rate_pct = CASE WHEN row.props.rate_pct IS NOT NULL AND (e.rate_pct IS NULL OR row.props.rate_pct < e.rate_pct) THEN row.props.rate_pct ELSE e.rate_pct END,
    e.amount = CASE WHEN row.props.amount IS NOT NULL AND (e.amount IS NULL OR row.props.amount < e.amount) THEN row.props.amount ELSE e.amount END,
    e.currency = CASE WHEN row.props.currency IS NOT NULL AND (e.currency IS NULL OR row.props.currency < e.currency) THEN row.props.currency ELSE e.currency END,
    e.count = CASE WHEN row.props.count IS NOT NULL AND (e.count IS NULL OR row.props.count < e.count) THEN row.props.count ELSE e.count END,
    e.unit = CASE WHEN row.props.unit IS NOT NULL AND (e.unit IS NULL OR row.props.unit < e.unit) THEN row.props.unit ELSE e.unit END,
    e.tonnes = CASE WHEN row.props.tonnes IS NOT NULL AND (e.tonnes IS NULL OR row.props.tonnes < e.tonnes) THEN row.props.tonnes ELSE e.tonnes END,
    e.response_cue = CASE WHEN row.props.response_cue IS NOT NULL AND (e.response_cue IS NULL OR row.props.response_cue < e.response_cue) THEN row.props.response_cue ELSE e.response_cue END,
    e.actor_inferred = coalesce(e.actor_inferred, row.props.actor_inferred),
    e.provenance = CASE WHEN coalesce(e.provenance, 'machine') = 'machine' OR (e.provenance = 'confirmed'
      AND row.props.provenance IN ['edited', 'added']) OR row.props.provenance = 'added' THEN row.props.provenance ELSE e.provenance END,
    e.corrections = CASE WHEN row.props.corrections IS NULL THEN e.corrections
      ELSE [x IN coalesce(e.corrections, []) WHERE NOT x IN row.props.corrections] + row.props.corrections END
WITH e, row, entities, articles WHERE e.load_fresh
REMOVE e.load_fresh
WITH e, row, entities, articles
CALL (e, row, entities) {
  UNWIND row.actors AS r
  WITH e, r, entities[r[0]][0] AS n WHERE n IS NOT NULL
  CREATE (n)-[:ACTOR {position: r[1]}]->(e)
}
CALL (e, row, entities) {
  UNWIND row.items AS at
  WITH e, entities[at][0] AS n WHERE n IS NOT NULL
  CREATE (e)-[:ITEM]->(n)
}
CALL (e, row, entities) {
  UNWIND row.targets AS at
  WITH e, entities[at][0] AS n WHERE n IS NOT NULL
  CREATE (e)-[:TARGET]->(n)
}
CALL (e, row, articles) {
  UNWIND row.reports AS r
  WITH e, r, articles[r.article][0] AS a WHERE a IS NOT NULL
  CREATE (e)-[:REPORTED_IN {evidence: r.evidence, evidence_start: r.evidence_start, evidence_end: r.evidence_end,
    report: r.report, provenance: r.provenance, corrections: r.corrections}]->(a)
}
RETURN collect(e.key) AS fresh
