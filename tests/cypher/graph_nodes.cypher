// graph_nodes: the listed properties of every node carrying $label, one list per node.
MATCH (n) WHERE $label IN labels(n)
RETURN [p IN $props | n[p]] AS row
