// read_measures_by_key: the given Measure nodes (indexed by key) with the digest of their properties
// (the loader rewrites a measure only when its digest changes).
// $keys: list of measure keys
UNWIND $keys AS k
MATCH (m:Measure {key: k})
RETURN m.key AS key, m.digest AS digest
