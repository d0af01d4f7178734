// read_rels_sorted: every relationship between policykg nodes (the columns of read_rels), in the
// order of its ends' networkx ids and its type, so the streamed export writes sorted rows.
MATCH (a)-[r]->(b)
WHERE (a:Entity OR a:Event OR a:Measure OR a:Article OR a:Source) AND (b:Entity OR b:Event OR b:Measure OR b:Article OR b:Source)
WITH a, r, b,
  CASE WHEN a:Event THEN 'event:' + a.key WHEN a:Measure THEN 'measure:' + a.key
    WHEN a:Article THEN 'article:' + a.article_id WHEN a:Source THEN 'source:' + a.name ELSE a.id END AS src_id,
  CASE WHEN b:Event THEN 'event:' + b.key WHEN b:Measure THEN 'measure:' + b.key
    WHEN b:Article THEN 'article:' + b.article_id WHEN b:Source THEN 'source:' + b.name ELSE b.id END AS dst_id
RETURN type(r) AS type, labels(a) AS src_labels, coalesce(a.key, a.id, a.article_id, a.name) AS src,
  labels(b) AS dst_labels, coalesce(b.key, b.id, b.article_id, b.name) AS dst, properties(r) AS props
ORDER BY src_id, dst_id, type
