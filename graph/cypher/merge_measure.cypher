// merge_measure: create or overwrite Measure nodes (every property is derived by the linker,
// policykg.graph.measures, from the events of the measure's block).
// rows: {key, props}; props holds key too.
UNWIND $rows AS row
MERGE (m:Measure {key: row.key})
SET m = row.props
