// merge_event: upsert Event nodes keyed on key (the corroboration key, see SCHEMA.md).
// rows: {key, type, action, date, until, rate_pct, amount, currency, count, unit, tonnes, summary,
//   block, effective, response_cue, actor_inferred}; block is set on creation (it derives from the key's slots).
// Slots in the key never change; the others keep the first non-null value.
// n_sources / first_reported / last_reported are set by update_event_reports.cypher.
UNWIND $rows AS row
MERGE (e:Event {key: row.key})
  ON CREATE SET e.type = row.type, e.action = row.action, e.date = row.date, e.until = row.until,
    e.rate_pct = row.rate_pct, e.amount = row.amount, e.currency = row.currency,
    e.count = row.count, e.unit = row.unit, e.tonnes = row.tonnes, e.summary = row.summary,
    e.block = row.block, e.effective = row.effective, e.response_cue = row.response_cue,
    e.actor_inferred = row.actor_inferred
  ON MATCH SET e.until = coalesce(e.until, row.until), e.rate_pct = coalesce(e.rate_pct, row.rate_pct),
    e.amount = coalesce(e.amount, row.amount), e.currency = coalesce(e.currency, row.currency),
    e.count = coalesce(e.count, row.count), e.unit = coalesce(e.unit, row.unit),
    e.tonnes = coalesce(e.tonnes, row.tonnes), e.effective = coalesce(e.effective, row.effective),
    e.response_cue = coalesce(e.response_cue, row.response_cue),
    e.actor_inferred = coalesce(e.actor_inferred, row.actor_inferred)
