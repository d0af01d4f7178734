// bulk_mutual_pairs: after bulk_pair_tallies.cypher, flag the pairs whose reverse pair has an act too
// (`mutual`, what merge_pair_tallies.cypher keeps up to date as a transactional load adds pairs).
MATCH (p:PairTally)
WHERE EXISTS { MATCH (:PairTally {actor: p.target, target: p.actor}) }
CALL (p) {
  SET p.mutual = true
} IN TRANSACTIONS OF 10000 ROWS
