// name: neighbourhood
// description: An entity's graph within `hops` hops (1-3), one row per relationship, for views
// param: entity string
// param: hops int = 1
// param: articles bool = false
// param: limit int = 1000
// param: max_nodes int = 2000
// example: policykg query neighbourhood --param entity=CHN --param hops=2
//
// Nodes within `hops - 1` hops of the entity are expanded: every relationship touching
// one of them is a row (from/to id, label, name; rel type). Article and Source nodes
// are left out unless `articles` is true; Measure nodes are left out (see measure_status). hops above 3 count as 3. A node's id is its
// key (Entity.id, Event.key, Article.article_id, Source.name); its label is the
// specific one (Country, Event, ...); its name is the entity name, the event summary,
// the article title or the source name.
// `max_nodes` bounds the nodes expanded (the entity and its rings, each ring taken in id
// order): around a node of 100,000 events the second ring is cut at the budget instead of
// growing until the server runs out of memory; null expands everything.
// Measure, Article and Source nodes are told by the relationship that reaches them (PART_OF;
// REPORTED_IN, MENTIONS, PUBLISHED_BY), which costs no read of the other node's labels.
// Every expansion names its relationship types (the article ones in a branch of their own,
// empty unless `articles`): around a dense node the server then reads only the chains of
// those types, not the node's MENTIONS and PART_OF links to drop them one by one.
// (the rings are grown from lists that are empty below their hop count, so the planner never
// scans every node to find `x IN ring1`)
// A node's id is read by its label: an Event's `key` at once (most nodes around a busy entity
// are events), never a miss on `id` first, which reads through the event's many properties for nothing.
MATCH (c:Entity {id: $entity})
CALL (c) {
  UNWIND CASE WHEN $hops >= 2 THEN [c] ELSE [] END AS x
  CALL (x) {
    MATCH (x)-[:ACTOR|ITEM|TARGET|ACTS_ON|RESPONDS_TO]-(n1)
    RETURN n1
    UNION ALL
    UNWIND CASE WHEN $articles THEN [x] ELSE [] END AS y
    MATCH (y)-[:REPORTED_IN|MENTIONS|PUBLISHED_BY]-(n1)
    RETURN n1
  }
  WITH DISTINCT n1
  ORDER BY CASE WHEN n1:Event THEN n1.key ELSE coalesce(n1.id, n1.article_id, n1.name) END
  LIMIT coalesce($max_nodes - 1, 1000000000)
  RETURN collect(n1) AS ring1
}
CALL (ring1) {
  UNWIND CASE WHEN $hops >= 3 THEN ring1 ELSE [] END AS x
  CALL (x) {
    MATCH (x)-[:ACTOR|ITEM|TARGET|ACTS_ON|RESPONDS_TO]-(n2)
    RETURN n2
    UNION ALL
    UNWIND CASE WHEN $articles THEN [x] ELSE [] END AS y
    MATCH (y)-[:REPORTED_IN|MENTIONS|PUBLISHED_BY]-(n2)
    RETURN n2
  }
  WITH DISTINCT n2
  ORDER BY CASE WHEN n2:Event THEN n2.key ELSE coalesce(n2.id, n2.article_id, n2.name) END
  LIMIT coalesce($max_nodes, 1000000000)
  WITH collect(n2) AS ring2
  RETURN ring2[0..coalesce($max_nodes - 1 - size(ring1), size(ring2))] AS ring2
}
WITH c, ring1, ring2
UNWIND [c] + ring1 + ring2 AS inner
WITH DISTINCT inner
CALL (inner) {
  MATCH (inner)-[r:ACTOR|ITEM|TARGET|ACTS_ON|RESPONDS_TO]-()
  RETURN r
  UNION ALL
  UNWIND CASE WHEN $articles THEN [inner] ELSE [] END AS y
  MATCH (y)-[r:REPORTED_IN|MENTIONS|PUBLISHED_BY]-()
  RETURN r
}
WITH DISTINCT r
// sort and cut on the ids first, then read labels and names of the rows kept only
WITH r, startNode(r) AS f, endNode(r) AS t
WITH f, t, type(r) AS rel, CASE WHEN f:Event THEN f.key ELSE coalesce(f.id, f.article_id, f.name) END AS from_id,
  CASE WHEN t:Event THEN t.key ELSE coalesce(t.id, t.article_id, t.name) END AS to_id
ORDER BY rel, from_id, to_id
LIMIT $limit
RETURN from_id,
  [l IN labels(f) WHERE l <> 'Entity'][0] AS from_label,
  coalesce(f.summary, f.title, f.name) AS from_name,
  rel,
  to_id,
  [l IN labels(t) WHERE l <> 'Entity'][0] AS to_label,
  coalesce(t.summary, t.title, t.name) AS to_name
ORDER BY rel, from_id, to_id
