// read_responders: events whose evidence states a response (response_cue, indexed) and whose
// main actor is one of $ids, as the response linker reads them.
// $ids: entity ids
MATCH (r:Event)
WHERE r.response_cue IS NOT NULL
MATCH (a:Entity)-[:ACTOR {position: 0}]->(r)
WHERE a.id IN $ids
OPTIONAL MATCH (r)-[:RESPONDS_TO]->(x:Event)
RETURN r.key AS key, r.type AS type, r.action AS action, a.id AS actor,
  [(r)-[:ITEM]->(i) | i.id] AS items, [(r)-[:TARGET]->(t) | t.id] AS targets,
  [(r)-[:REPORTED_IN]->(art) | art.article_id] AS articles, [] AS outlets,
  properties(r) AS props, x.key AS responds_to
