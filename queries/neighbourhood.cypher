// name: neighbourhood
// description: An entity's graph within `hops` hops (1-3), one row per relationship, for views
// param: entity string
// param: hops int = 1
// param: articles bool = false
// param: limit int = 1000
// example: policykg query neighbourhood --param entity=CHN --param hops=2
//
// Nodes within `hops - 1` hops of the entity are expanded: every relationship touching
// one of them is a row (from/to id, label, name; rel type). Article and Source nodes
// are left out unless `articles` is true; Measure nodes are left out (see measure_status). hops above 3 count as 3. A node's id is its
// key (Entity.id, Event.key, Article.article_id, Source.name); its label is the
// specific one (Country, Event, ...); its name is the entity name, the event summary,
// the article title or the source name.
MATCH (c:Entity {id: $entity})
OPTIONAL MATCH (c)--(n1)
WHERE $hops >= 2 AND NOT n1:Measure AND ($articles OR NOT (n1:Article OR n1:Source))
WITH c, collect(DISTINCT n1) AS ring1
OPTIONAL MATCH (x)--(n2)
WHERE $hops >= 3 AND x IN ring1 AND NOT n2:Measure AND ($articles OR NOT (n2:Article OR n2:Source))
WITH c, ring1, collect(DISTINCT n2) AS ring2
UNWIND [c] + ring1 + ring2 AS inner
WITH DISTINCT inner
MATCH (inner)-[r]-(y)
WHERE NOT y:Measure AND ($articles OR NOT (y:Article OR y:Source))
WITH DISTINCT r
WITH r, startNode(r) AS f, endNode(r) AS t
RETURN coalesce(f.id, f.key, f.article_id, f.name) AS from_id,
  [l IN labels(f) WHERE l <> 'Entity'][0] AS from_label,
  coalesce(f.summary, f.title, f.name) AS from_name,
  type(r) AS rel,
  coalesce(t.id, t.key, t.article_id, t.name) AS to_id,
  [l IN labels(t) WHERE l <> 'Entity'][0] AS to_label,
  coalesce(t.summary, t.title, t.name) AS to_name
ORDER BY rel, from_id, to_id
LIMIT $limit
