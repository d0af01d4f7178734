// read_measures_by_key: the given Measure nodes (indexed by key) with the fingerprint of what
// their properties were computed from (the loader recomputes and rewrites a measure only when its
// fingerprint changes); one row holding them all.
// $keys: list of measure keys
UNWIND $keys AS k
MATCH (m:Measure {key: k})
RETURN collect({key: m.key, fingerprint: m.fingerprint}) AS rows
