// read_block_measures: the Measure nodes of the given blocks (indexed), with the fingerprint
// of what their properties were computed from (the loader recomputes and rewrites a measure only
// when its fingerprint changes); one row holding them all.
// $blocks: list of block strings
UNWIND $blocks AS block
MATCH (m:Measure {block: block})
RETURN collect({key: m.key, fingerprint: m.fingerprint}) AS rows
