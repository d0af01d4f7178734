// count_tallies: what `policykg retally` prints at the end: the tallies now kept, and the events
// they were counted from.
RETURN COUNT { (:ActorTally) } AS actor_tallies, COUNT { (:PairTally) } AS pair_tallies,
  COUNT { (:PairTally {mutual: true}) } AS mutual_pairs, COUNT { (:DayTally) } AS day_tallies,
  COUNT { (:Event) } AS events
