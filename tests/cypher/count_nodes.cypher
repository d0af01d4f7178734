// count_nodes: how many sentinel nodes, and how many nodes in all, the database holds (isolation tests).
OPTIONAL MATCH (s:UserSentinel {name: $name})
WITH count(s) AS sentinels
OPTIONAL MATCH (n)
RETURN sentinels, count(n) AS nodes
