// drop_index: drop one index by name (tests only).
DROP INDEX $name IF EXISTS
