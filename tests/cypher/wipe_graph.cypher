// wipe_graph: delete every node and relationship but the test-database marker (tests only, via clean_db).
MATCH (n) WHERE NOT $label IN labels(n) DETACH DELETE n
