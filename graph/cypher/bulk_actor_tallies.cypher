// bulk_actor_tallies: after `load --bulk`, count the ActorTally facts of every block in one pass over
// the events (what merge_actor_tallies.cypher writes for the blocks a transactional load touches:
// one per block, main actor and action, with `type`, `n`, `first_date`, `last_date`). The database
// held no tally before the import, so they are created, in batches.
MATCH (e:Event)
WHERE e.actor IS NOT NULL
WITH e.block AS block, e.actor AS actor, e.action AS action, e.type AS type, count(e) AS n,
  min(e.date) AS first_date, max(e.date) AS last_date
CALL (block, actor, action, type, n, first_date, last_date) {
  CREATE (:ActorTally {block: block, actor: actor, action: action, type: type, n: n, first_date: first_date,
    last_date: last_date})
} IN TRANSACTIONS OF 10000 ROWS
