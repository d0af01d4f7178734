// merge_event: upsert Event nodes keyed on key (the corroboration key, see SCHEMA.md).
// rows: {key, type, action, date, until, rate_pct, amount, currency, count, unit, tonnes, summary,
//   provenance, corrections, block, effective, response_cue, actor_inferred, actor, items, targets};
//   block, actor, items and targets are set on creation (they are the key's own slots).
// Slots in the key never change. When reports disagree on until, effective, a value field or the response cue,
// the smallest wins (the same in any load order, as build.MIN_WINS); the rest
// keep the first non-null value.
// provenance (machine < confirmed < edited < added) keeps the strongest; corrections (ids) are unioned.
// Returns the keys of the events this statement created (flagged on creation, flag removed in the same
// statement): their relationships cannot exist yet, so the loader CREATEs them in the same transaction.
// n_sources / first_reported / last_reported are set by update_event_reports.cypher.
UNWIND $rows AS row
MERGE (e:Event {key: row.key})
  ON CREATE SET e.type = row.type, e.action = row.action, e.date = row.date, e.until = row.until,
    e.rate_pct = row.rate_pct, e.amount = row.amount, e.currency = row.currency,
    e.count = row.count, e.unit = row.unit, e.tonnes = row.tonnes, e.summary = row.summary,
    e.provenance = row.provenance, e.corrections = row.corrections,
    e.block = row.block, e.effective = row.effective, e.response_cue = row.response_cue,
    e.actor_inferred = row.actor_inferred, e.actor = row.actor, e.items = row.items, e.targets = row.targets,
    e.load_fresh = true
  ON MATCH SET
    e.until = CASE WHEN row.until IS NOT NULL AND (e.until IS NULL OR row.until < e.until) THEN row.until ELSE e.until END,
    e.effective = CASE WHEN row.effective IS NOT NULL AND (e.effective IS NULL OR row.effective < e.effective) THEN row.effective ELSE e.effective END,
    e.rate_pct = CASE WHEN row.rate_pct IS NOT NULL AND (e.rate_pct IS NULL OR row.rate_pct < e.rate_pct) THEN row.rate_pct ELSE e.rate_pct END,
    e.amount = CASE WHEN row.amount IS NOT NULL AND (e.amount IS NULL OR row.amount < e.amount) THEN row.amount ELSE e.amount END,
    e.currency = CASE WHEN row.currency IS NOT NULL AND (e.currency IS NULL OR row.currency < e.currency) THEN row.currency ELSE e.currency END,
    e.count = CASE WHEN row.count IS NOT NULL AND (e.count IS NULL OR row.count < e.count) THEN row.count ELSE e.count END,
    e.unit = CASE WHEN row.unit IS NOT NULL AND (e.unit IS NULL OR row.unit < e.unit) THEN row.unit ELSE e.unit END,
    e.tonnes = CASE WHEN row.tonnes IS NOT NULL AND (e.tonnes IS NULL OR row.tonnes < e.tonnes) THEN row.tonnes ELSE e.tonnes END,
    e.response_cue = CASE WHEN row.response_cue IS NOT NULL AND (e.response_cue IS NULL OR row.response_cue < e.response_cue) THEN row.response_cue ELSE e.response_cue END,
    e.actor_inferred = coalesce(e.actor_inferred, row.actor_inferred),
    e.provenance = CASE WHEN coalesce(e.provenance, 'machine') = 'machine' OR (e.provenance = 'confirmed'
      AND row.provenance IN ['edited', 'added']) OR row.provenance = 'added' THEN row.provenance ELSE e.provenance END,
    e.corrections = CASE WHEN row.corrections IS NULL THEN e.corrections
      ELSE [x IN coalesce(e.corrections, []) WHERE NOT x IN row.corrections] + row.corrections END
WITH e WHERE e.load_fresh
REMOVE e.load_fresh
RETURN e.key AS key
