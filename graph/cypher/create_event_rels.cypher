// create_event_rels: the ACTOR, ITEM, TARGET and REPORTED_IN relationships of events this transaction
// created (they cannot exist yet: CREATE, no MERGE check). One row per event, so the event is looked up once.
// rows: {key, actors: [{src: entity id, position}], items: [entity id], targets: [entity id],
//   reports: [{dst: article_id, evidence, evidence_start, evidence_end, report, provenance, corrections}]}
UNWIND $rows AS row
MATCH (e:Event {key: row.key})
CALL (e, row) {
  UNWIND row.actors AS r
  MATCH (n:Entity {id: r.src})
  CREATE (n)-[:ACTOR {position: r.position}]->(e)
}
CALL (e, row) {
  UNWIND row.items AS id
  MATCH (n:Entity {id: id})
  CREATE (e)-[:ITEM]->(n)
}
CALL (e, row) {
  UNWIND row.targets AS id
  MATCH (n:Entity {id: id})
  CREATE (e)-[:TARGET]->(n)
}
CALL (e, row) {
  UNWIND row.reports AS r
  MATCH (a:Article {article_id: r.dst})
  CREATE (e)-[x:REPORTED_IN]->(a)
  SET x.evidence = r.evidence, x.evidence_start = r.evidence_start, x.evidence_end = r.evidence_end,
    x.report = r.report, x.provenance = r.provenance, x.corrections = r.corrections
}
