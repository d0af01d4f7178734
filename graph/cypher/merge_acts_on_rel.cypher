// merge_acts_on_rel: (later event)-[:ACTS_ON]->(impose event), as computed by build.link_lifecycle.
// rows: {src: event key, dst: event key}. Used by the naive benchmark loader and for
// graphs loaded without re-linking; load() re-links with link_lifecycle.cypher instead.
UNWIND $rows AS row
MATCH (e:Event {key: row.src})
MATCH (m:Event {key: row.dst})
MERGE (e)-[:ACTS_ON]->(m)
