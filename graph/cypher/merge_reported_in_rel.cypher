// merge_reported_in_rel: (event)-[:REPORTED_IN {evidence, evidence_start, evidence_end}]->(article).
// rows: {src: event key, dst: article_id, evidence, evidence_start, evidence_end, report, provenance,
// corrections}; the first load's evidence wins; the review fields are the latest load's.
UNWIND $rows AS row
MATCH (e:Event {key: row.src})
MATCH (a:Article {article_id: row.dst})
MERGE (e)-[r:REPORTED_IN]->(a)
  ON CREATE SET r.evidence = row.evidence, r.evidence_start = row.evidence_start,
    r.evidence_end = row.evidence_end,
    r.report = row.report, r.provenance = row.provenance, r.corrections = row.corrections
  ON MATCH SET r.report = coalesce(row.report, r.report), r.provenance = coalesce(row.provenance, r.provenance),
    r.corrections = row.corrections
