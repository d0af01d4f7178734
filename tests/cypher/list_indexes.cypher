// list_indexes: names of the indexes a test may have made (not the built-in token LOOKUP ones, not constraint-owned).
SHOW INDEXES YIELD name, type, owningConstraint WHERE type <> 'LOOKUP' AND owningConstraint IS NULL RETURN name
