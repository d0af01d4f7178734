// read_nodes_sorted: every policykg node with its labels and properties, in the order of its
// networkx id (policykg.graph.build.node_id: the key, prefixed for events, measures, articles and
// sources), so the streamed export writes sorted rows without holding them (export --from-neo4j).
MATCH (n)
WHERE n:Entity OR n:Event OR n:Measure OR n:Article OR n:Source
WITH n, CASE WHEN n:Event THEN 'event:' + n.key WHEN n:Measure THEN 'measure:' + n.key
  WHEN n:Article THEN 'article:' + n.article_id WHEN n:Source THEN 'source:' + n.name ELSE n.id END AS id
RETURN labels(n) AS labels, properties(n) AS props
ORDER BY id
