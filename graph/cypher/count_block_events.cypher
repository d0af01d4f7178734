// count_block_events: how many events each given block holds (indexed), so the relink can pick
// between recomputing the whole block and growing the sub-block a batch can change.
// $blocks: list of block strings
UNWIND $blocks AS block
MATCH (e:Event {block: block})
RETURN block, count(e) AS n
