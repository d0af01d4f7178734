// drop_constraint: drop one constraint by name (tests only).
DROP CONSTRAINT $name IF EXISTS
