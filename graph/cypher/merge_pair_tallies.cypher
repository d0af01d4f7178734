// merge_pair_tallies: add the events of $keys to the PairTally facts of their (main actor, target).
// One PairTally per ordered pair of parties (`actor` acted against `target`: a dated event whose
// main actor is `actor` and one of whose targets is `target`, not the actor itself): `keys` the
// sorted keys of those events and, in the same order, their `dates`, `types` and `actions`, and
// `mutual` true when the reverse pair has one too. `retaliation` reads the mutual pairs only (every
// pair of acts it lists is one) and pairs their acts from these lists, reading only the events it
// returns. An event's type, action, actor, targets and date never change (they make its key), so
// adding acts is a union: idempotent and independent of the order of the loads. Both loaders run
// it: `load` for the events a load wrote, `load --bulk` for every event after the import, and
// `policykg retally` for every event.
UNWIND $keys AS key
MATCH (e:Event {key: key})
WHERE e.date IS NOT NULL AND e.actor IS NOT NULL
UNWIND e.targets AS target
WITH e, target WHERE target <> e.actor
WITH e.actor AS actor, target, collect([e.key, e.date, e.type, e.action]) AS added
// ON MATCH writes first, so the pair's write lock is held before its acts are read: two loads
// adding to the same pair add one after the other (no lost acts).
MERGE (p:PairTally {actor: actor, target: target})
  ON CREATE SET p.keys = [], p.dates = [], p.types = [], p.actions = [], p.mutual = false
  ON MATCH SET p.mutual = p.mutual
// a tally written before it kept `dates` holds keys only: its acts are read from their events once
WITH p, added, CASE
    WHEN p.dates IS NULL THEN COLLECT { UNWIND p.keys AS k MATCH (x:Event {key: k}) RETURN [k, x.date, x.type, x.action] }
    ELSE [i IN range(0, size(p.keys) - 1) | [p.keys[i], p.dates[i], p.types[i], p.actions[i]]]
  END AS had
WITH p, COLLECT { UNWIND had + added AS act WITH DISTINCT act RETURN act ORDER BY act[0] } AS acts
SET p.keys = [a IN acts | a[0]], p.dates = [a IN acts | a[1]], p.types = [a IN acts | a[2]],
  p.actions = [a IN acts | a[3]]
WITH p
OPTIONAL MATCH (q:PairTally {actor: p.target, target: p.actor})
SET p.mutual = q IS NOT NULL
FOREACH (x IN CASE WHEN q IS NULL THEN [] ELSE [q] END | SET x.mutual = true)
