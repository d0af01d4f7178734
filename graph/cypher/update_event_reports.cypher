// update_event_reports: recompute corroboration from the REPORTED_IN links, so that a
// later batch adding an article for an existing event updates it.
// rows: {key: event key}
UNWIND $rows AS row
MATCH (e:Event {key: row.key})
OPTIONAL MATCH (e)-[:REPORTED_IN]->(a:Article)
WITH e, count(DISTINCT a) AS n, min(a.published) AS first, max(a.published) AS last
SET e.n_sources = n, e.first_reported = first, e.last_reported = last
