// merge_person: upsert Person entities (also labelled Entity), keyed on id.
// rows: {id, name, country, kind}. The first load that sets a property wins
// (coalesce), so re-loading changes nothing; the type label is set on creation only.
UNWIND $rows AS row
MERGE (n:Entity {id: row.id})
  ON CREATE SET n:Person, n.name = row.name, n.country = row.country, n.kind = row.kind
  ON MATCH SET n.name = coalesce(n.name, row.name), n.country = coalesce(n.country, row.country),
    n.kind = coalesce(n.kind, row.kind)
