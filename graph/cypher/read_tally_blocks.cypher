// read_tally_blocks: every measure block that holds an event with a main actor, sorted: the blocks
// `policykg retally` recounts (merge_actor_tallies.cypher, a batch of them per transaction).
MATCH (e:Event)
WHERE e.block IS NOT NULL AND e.actor IS NOT NULL
RETURN DISTINCT e.block AS block
ORDER BY block
