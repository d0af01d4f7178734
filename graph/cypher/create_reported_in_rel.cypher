// create_reported_in_rel: (event)-[:REPORTED_IN {evidence, ...}]->(article) for an event this
// transaction created. rows: {src: event key, dst: article_id, evidence, evidence_start, evidence_end,
// report, provenance, corrections}
UNWIND $rows AS row
MATCH (e:Event {key: row.src})
MATCH (a:Article {article_id: row.dst})
CREATE (e)-[r:REPORTED_IN]->(a)
SET r.evidence = row.evidence, r.evidence_start = row.evidence_start, r.evidence_end = row.evidence_end,
  r.report = row.report, r.provenance = row.provenance, r.corrections = row.corrections
