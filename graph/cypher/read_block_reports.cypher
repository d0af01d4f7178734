// read_block_reports: every event of the given blocks (type|party, indexed) as the measure linker
// reads it, with its current measure, ACTS_ON target and confidence (to write only what changes).
// $blocks: list of block strings
UNWIND $blocks AS block
MATCH (e:Event {block: block})
MATCH (a:Entity)-[:ACTOR {position: 0}]->(e)
OPTIONAL MATCH (e)-[:PART_OF]->(m:Measure)
OPTIONAL MATCH (e)-[:ACTS_ON]->(x:Event)
RETURN block, e.key AS key, e.type AS type, e.action AS action, a.id AS actor,
  [(e)-[:ITEM]->(i) | i.id] AS items, [(e)-[:TARGET]->(t) | t.id] AS targets,
  [(e)-[:REPORTED_IN]->(art) | art.article_id] AS articles,
  [(e)-[:REPORTED_IN]->()-[:PUBLISHED_BY]->(s) | s.name] AS outlets,
  properties(e) AS props, m.key AS measure, x.key AS acts_on
