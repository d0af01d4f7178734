// count_nodes: how many sentinel nodes, and how many nodes in all, the database holds (isolation tests);
// the tallies the loader keeps beside the graph (graph/tallies.py) are not counted, as the load's summary does not.
OPTIONAL MATCH (s:UserSentinel {name: $name})
WITH count(s) AS sentinels
OPTIONAL MATCH (n)
WHERE NOT (n:ActorTally OR n:PairTally OR n:DayTally)
RETURN sentinels, count(n) AS nodes
