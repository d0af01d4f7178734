// bulk_fix_reported_in: set the REPORTED_IN list properties the import tool cannot write after
// `load --bulk`. rows: {src: event key, dst: article_id, props}
UNWIND $rows AS row
MATCH (e:Event {key: row.src})-[r:REPORTED_IN]->(a:Article {article_id: row.dst})
SET r += row.props
