// delete_tally_batch: delete up to $limit tallies (graph/tallies.py) for --replace: they go with
// the graph they count; repeated until nothing is deleted, and left out of the load summary, which
// reports the graph's own nodes and relationships.
MATCH (n)
WHERE n:ActorTally OR n:PairTally OR n:DayTally
WITH n LIMIT $limit
DETACH DELETE n
