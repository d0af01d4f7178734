// read_response_pool: the acts a responder may answer: events whose main actor is one of its
// targets (or, when it names none, events of its own articles) and that target its main actor.
// rows: {key: responder event key}
UNWIND $rows AS row
MATCH (r:Event {key: row.key})<-[:ACTOR {position: 0}]-(ra:Entity)
CALL (r, ra) {
  MATCH (r)-[:TARGET]->(b:Entity)-[:ACTOR {position: 0}]->(c:Event)-[:TARGET]->(ra)
  RETURN c
  UNION
  MATCH (r)-[:REPORTED_IN]->()<-[:REPORTED_IN]-(c:Event)-[:TARGET]->(ra)
  WHERE NOT EXISTS { (r)-[:TARGET]->() }
  RETURN c
}
MATCH (a:Entity)-[:ACTOR {position: 0}]->(c)
RETURN row.key AS responder, c.key AS key, c.type AS type, c.action AS action, a.id AS actor,
  [(c)-[:ITEM]->(i) | i.id] AS items, [(c)-[:TARGET]->(t) | t.id] AS targets,
  [(c)-[:REPORTED_IN]->(art) | art.article_id] AS articles, [] AS outlets, properties(c) AS props
