// merge_pair_tallies: add the events of $keys to the PairTally facts of their (main actor, target).
// One PairTally per ordered pair of parties (`actor` acted against `target`: a dated event whose
// main actor is `actor` and one of whose targets is `target`, not the actor itself): `keys` the
// sorted keys of those events, and `mutual` true when the reverse pair has one too. `retaliation`
// reads the mutual pairs only (every pair of acts it lists is one), instead of grouping every act.
// An event's actor, targets and date never change (they make its key), so adding keys is a
// union: idempotent and independent of the order of the loads. Both loaders run it: `load` for
// the events a load wrote, `load --bulk` for every event after the import.
UNWIND $keys AS key
MATCH (e:Event {key: key})
WHERE e.date IS NOT NULL AND e.actor IS NOT NULL
UNWIND e.targets AS target
WITH e, target WHERE target <> e.actor
WITH e.actor AS actor, target, collect(e.key) AS added
// ON MATCH writes first, so the pair's write lock is held before its keys are read: two loads
// adding to the same pair add one after the other (no lost keys).
MERGE (p:PairTally {actor: actor, target: target})
  ON CREATE SET p.keys = [], p.mutual = false
  ON MATCH SET p.mutual = p.mutual
SET p.keys = COLLECT { UNWIND p.keys + added AS k RETURN DISTINCT k ORDER BY k }
WITH p
OPTIONAL MATCH (q:PairTally {actor: p.target, target: p.actor})
SET p.mutual = q IS NOT NULL
FOREACH (x IN CASE WHEN q IS NULL THEN [] ELSE [q] END | SET x.mutual = true)
