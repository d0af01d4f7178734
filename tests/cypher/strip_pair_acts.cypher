// strip_pair_acts: make every PairTally look like one written before the tallies kept their acts'
// dates, types and actions (keys and mutual only), as an older policykg left them.
MATCH (p:PairTally)
REMOVE p.dates, p.types, p.actions
