// list_constraints: names of all constraints (tests only).
SHOW CONSTRAINTS YIELD name RETURN name
