// read_rels: every relationship between policykg nodes, its end keys and properties.
// A key is Event.key or Measure.key, Entity.id, Article.article_id or Source.name.
MATCH (a)-[r]->(b)
WHERE (a:Entity OR a:Event OR a:Measure OR a:Article OR a:Source) AND (b:Entity OR b:Event OR b:Measure OR b:Article OR b:Source)
RETURN type(r) AS type, labels(a) AS src_labels, coalesce(a.key, a.id, a.article_id, a.name) AS src,
  labels(b) AS dst_labels, coalesce(b.key, b.id, b.article_id, b.name) AS dst, properties(r) AS props
