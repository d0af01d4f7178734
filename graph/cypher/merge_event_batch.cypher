// merge_event_batch: upsert a batch of Event nodes keyed on key and, in the same statement, CREATE the
// ACTOR, ITEM, TARGET and REPORTED_IN relationships of the events it created (they cannot exist yet:
// no MERGE check). One row per event, so each event is looked up once.
// rows: {key, props: {the properties merge_event.cypher sets on creation, nulls left out, and the
//   corroboration n_sources, n_outlets, first_reported, last_reported, articles, outlets when every article
//   reporting the event was created by this load}, actors: [{src: entity id, position}], items: [entity id],
//   targets: [entity id], reports: [{dst: article_id, props: {evidence, evidence_start, evidence_end, report,
//   provenance, corrections}}]}.
// A known event is updated by the rules of merge_event.cypher (the smallest value wins, provenance keeps the
// strongest, corrections are unioned); its relationships are MERGEd by the loader (merge_*_rel) and its
// corroboration recounted (update_event_reports).
// Returns the keys of the events it created (flagged on creation, flag removed in the same statement).
// replan=skip: the plan (unique-index seeks) does not depend on the counts a load keeps changing, so
// the cached plan is reused instead of being replanned every few seconds as the graph grows.
CYPHER replan=skip
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
WITH e, row WHERE e.load_fresh
REMOVE e.load_fresh
WITH e, row
CALL (e, row) {
  UNWIND row.actors AS r
  MATCH (n:Entity {id: r.src})
  CREATE (n)-[:ACTOR {position: r.position}]->(e)
}
CALL (e, row) {
  UNWIND row.items AS id
  MATCH (n:Entity {id: id})
  CREATE (e)-[:ITEM]->(n)
}
CALL (e, row) {
  UNWIND row.targets AS id
  MATCH (n:Entity {id: id})
  CREATE (e)-[:TARGET]->(n)
}
CALL (e, row) {
  UNWIND row.reports AS r
  MATCH (a:Article {article_id: r.dst})
  CREATE (e)-[x:REPORTED_IN]->(a)
  SET x += r.props
}
RETURN e.key AS key
