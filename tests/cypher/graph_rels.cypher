// graph_rels: start key, end key and the listed properties of every $rel_type relationship.
// A key is Event.key, Entity.id, Article.article_id or Source.name (as in graph/cypher/read_rels.cypher).
MATCH (a)-[r]->(b) WHERE type(r) = $rel_type
RETURN [coalesce(a.key, a.id, a.article_id, a.name), coalesce(b.key, b.id, b.article_id, b.name)]
  + [p IN $props | r[p]] AS row
