// delete_measure: delete Measure nodes the linker no longer derives (their events moved to
// another measure), with any link left on them.
// rows: {key}
UNWIND $rows AS row
MATCH (m:Measure {key: row.key})
DETACH DELETE m
