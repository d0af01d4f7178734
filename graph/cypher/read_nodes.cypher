// read_nodes: every policykg node with its labels and properties (export --from-neo4j).
MATCH (n)
WHERE n:Entity OR n:Event OR n:Measure OR n:Article OR n:Source
RETURN labels(n) AS labels, properties(n) AS props
