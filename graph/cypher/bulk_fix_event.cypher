// bulk_fix_event: set the Event list properties the import tool cannot write (an empty list, a list
// of one empty string) after `load --bulk`, so the node equals the transactional loader's.
// rows: {key, props}
UNWIND $rows AS row
MATCH (n:Event {key: row.key})
SET n += row.props
