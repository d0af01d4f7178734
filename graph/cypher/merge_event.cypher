// merge_event: upsert Event nodes keyed on key (the corroboration key, see SCHEMA.md).
// rows: {key, type, action, date, until, rate_pct, amount, currency, count, unit, tonnes, summary,
//   provenance, corrections}.
// Slots in the key never change; the others keep the first non-null value.
// provenance (machine < confirmed < edited < added) keeps the strongest; corrections (ids) are unioned.
// n_sources / first_reported / last_reported are set by update_event_reports.cypher.
UNWIND $rows AS row
MERGE (e:Event {key: row.key})
  ON CREATE SET e.type = row.type, e.action = row.action, e.date = row.date, e.until = row.until,
    e.rate_pct = row.rate_pct, e.amount = row.amount, e.currency = row.currency,
    e.count = row.count, e.unit = row.unit, e.tonnes = row.tonnes, e.summary = row.summary,
    e.provenance = row.provenance, e.corrections = row.corrections
  ON MATCH SET e.until = coalesce(e.until, row.until), e.rate_pct = coalesce(e.rate_pct, row.rate_pct),
    e.amount = coalesce(e.amount, row.amount), e.currency = coalesce(e.currency, row.currency),
    e.count = coalesce(e.count, row.count), e.unit = coalesce(e.unit, row.unit),
    e.tonnes = coalesce(e.tonnes, row.tonnes),
    e.provenance = CASE WHEN coalesce(e.provenance, 'machine') = 'machine' OR (e.provenance = 'confirmed'
      AND row.provenance IN ['edited', 'added']) OR row.provenance = 'added' THEN row.provenance ELSE e.provenance END,
    e.corrections = CASE WHEN row.corrections IS NULL THEN e.corrections
      ELSE [x IN coalesce(e.corrections, []) WHERE NOT x IN row.corrections] + row.corrections END
