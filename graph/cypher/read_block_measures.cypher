// read_block_measures: the Measure nodes of the given blocks (indexed), with the digest of their
// properties (the loader rewrites a measure only when its digest changes).
// $blocks: list of block strings
UNWIND $blocks AS block
MATCH (m:Measure {block: block})
RETURN m.key AS key, m.digest AS digest
