// merge_source: upsert Source nodes (news outlets) keyed on name.
// rows: {name}
UNWIND $rows AS row
MERGE (s:Source {name: row.name})
