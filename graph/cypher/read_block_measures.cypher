// read_block_measures: the Measure nodes of the given blocks (indexed), with the digest of their
// properties (the loader rewrites a measure only when its digest changes); one row holding them all.
// $blocks: list of block strings
UNWIND $blocks AS block
MATCH (m:Measure {block: block})
RETURN collect({key: m.key, digest: m.digest}) AS rows
