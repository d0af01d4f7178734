// wipe_graph: delete every node and relationship (tests only, via the clean_db fixture).
MATCH (n) DETACH DELETE n
