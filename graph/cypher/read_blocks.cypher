// read_blocks: every measure block of the stored events, sorted, as one record (`load --bulk`
// recounts the facts of every block after the import).
MATCH (e:Event)
WHERE e.block IS NOT NULL
WITH DISTINCT e.block AS block ORDER BY block
RETURN collect(block) AS blocks
