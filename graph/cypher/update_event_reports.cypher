// update_event_reports: recompute corroboration (n_sources, n_outlets, first/last reported, the
// sorted lists of article ids and outlet names the measure linker reads) from the
// REPORTED_IN links, so that a later batch adding an article for a known event updates it.
// The first SET locks the event before its links are read, so two concurrent loads that
// report the same event recompute it one after the other (no lost update).
// rows: {key: event key}
UNWIND $rows AS row
MATCH (e:Event {key: row.key})
SET e.key = e.key
WITH e
CALL (e) {
  OPTIONAL MATCH (e)-[:REPORTED_IN]->(a:Article)
  OPTIONAL MATCH (a)-[:PUBLISHED_BY]->(s:Source)
  RETURN count(DISTINCT a) AS n, count(DISTINCT s) AS outlets, min(a.published) AS first, max(a.published) AS last
}
SET e.n_sources = n, e.n_outlets = outlets, e.first_reported = first, e.last_reported = last,
  e.articles = COLLECT { MATCH (e)-[:REPORTED_IN]->(a:Article) RETURN DISTINCT a.article_id AS id ORDER BY id },
  e.outlets = COLLECT { MATCH (e)-[:REPORTED_IN]->()-[:PUBLISHED_BY]->(s:Source) RETURN DISTINCT s.name AS name ORDER BY name }
