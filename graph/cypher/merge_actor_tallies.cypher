// merge_actor_tallies: recount the ActorTally facts of the blocks in $blocks from their events.
// One ActorTally per (block, main actor, action): `n` events, their earliest and latest `date`
// (null when none is dated), and the block's `type`. `top_actors` sums them instead of reading
// every event of a type. Recounted from the stored events of the whole block (idempotent: a
// re-load or a repeated refresh writes the same values), and a tally whose events are gone
// is deleted. Both loaders run it: `load` for the blocks a load touched, `load --bulk` for every
// block after the import.
UNWIND $blocks AS block
CALL (block) {
  MATCH (e:Event {block: block})
  WHERE e.actor IS NOT NULL
  WITH e.actor AS actor, e.action AS action, e.type AS type, count(e) AS n, min(e.date) AS first_date,
    max(e.date) AS last_date
  MERGE (t:ActorTally {block: block, actor: actor, action: action})
  SET t.type = type, t.n = n, t.first_date = first_date, t.last_date = last_date
  RETURN collect([actor, action]) AS kept
}
MATCH (old:ActorTally {block: block})
WHERE NOT [old.actor, old.action] IN kept
DELETE old
