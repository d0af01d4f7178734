// bulk_pair_tallies: after `load --bulk`, collect the PairTally facts of every (main actor, target) in
// one pass over the dated events (what merge_pair_tallies.cypher adds for the events a transactional
// load writes: `keys` sorted, their `dates`, `types` and `actions` in the same order, `mutual` set by
// bulk_mutual_pairs.cypher afterwards). The database held no tally before the import, so they are
// created, in batches.
MATCH (e:Event)
WHERE e.date IS NOT NULL AND e.actor IS NOT NULL
UNWIND e.targets AS target
WITH e.actor AS actor, target, e.key AS key, e.date AS date, e.type AS type, e.action AS action
WHERE target <> actor
ORDER BY key
WITH actor, target, collect(key) AS keys, collect(date) AS dates, collect(type) AS types, collect(action) AS actions
CALL (actor, target, keys, dates, types, actions) {
  CREATE (:PairTally {actor: actor, target: target, keys: keys, dates: dates, types: types, actions: actions,
    mutual: false})
} IN TRANSACTIONS OF 10000 ROWS
