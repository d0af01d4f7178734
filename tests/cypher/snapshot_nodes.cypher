// snapshot_nodes: every node's labels and properties (whole-graph comparisons in tests).
MATCH (n) RETURN labels(n) AS labels, properties(n) AS props
