// bulk_count_nodes: how many nodes the database holds (of any label; read from the count store).
// `load --bulk` imports into an empty database only.
MATCH (n)
RETURN count(n) AS n
