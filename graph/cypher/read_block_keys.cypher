// read_block_keys: the keys of the events of the blocks in $blocks, collected into one record
// (`load --bulk` adds every event to its pair tallies after the import, a few blocks at a time).
UNWIND $blocks AS block
MATCH (e:Event {block: block})
RETURN collect(e.key) AS keys
