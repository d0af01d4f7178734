// merge_acts_on_rel: (act)-[:ACTS_ON]->(founding event of its measure), as computed by
// build.link_measures. rows: {src: event key, dst: event key}. Used by the naive benchmark
// loader; load() relinks measures with link_measure.cypher instead.
UNWIND $rows AS row
MATCH (e:Event {key: row.src})
MATCH (m:Event {key: row.dst})
MERGE (e)-[:ACTS_ON]->(m)
