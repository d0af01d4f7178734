// snapshot_nodes: every node's labels and properties but the test-database marker (whole-graph comparisons in tests).
MATCH (n) WHERE NOT $label IN labels(n) RETURN labels(n) AS labels, properties(n) AS props
