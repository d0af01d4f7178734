// read_schema_names: the name and state of every index (a constraint's backing index has its name), so that
// apply_schema runs only the schema statements whose rule is missing and waits only when one is not online.
SHOW INDEXES YIELD name, state
RETURN name, state
