// snapshot_rels: every relationship's type, end keys and properties (whole-graph comparisons in tests).
MATCH (a)-[r]->(b)
RETURN type(r) AS type, coalesce(a.key, a.id, a.article_id, a.name) AS src,
  coalesce(b.key, b.id, b.article_id, b.name) AS dst, properties(r) AS props
