// read_block_measures: the Measure nodes of the given blocks (indexed), with their properties.
// $blocks: list of block strings
UNWIND $blocks AS block
MATCH (m:Measure {block: block})
RETURN m.key AS key, properties(m) AS props
