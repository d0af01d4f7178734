// bulk_fix_measure: set the Measure list properties the import tool cannot write (an empty list, a
// list of one empty string, e.g. t_until) after `load --bulk`.
// rows: {key, props}
UNWIND $rows AS row
MATCH (n:Measure {key: row.key})
SET n += row.props
