// read_measures_by_key: the given Measure nodes (indexed by key) with the digest of their properties
// (the loader rewrites a measure only when its digest changes); one row holding them all.
// $keys: list of measure keys
UNWIND $keys AS k
MATCH (m:Measure {key: k})
RETURN collect({key: m.key, digest: m.digest}) AS rows
