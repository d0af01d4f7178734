// delete_batch: delete up to $limit policykg nodes with their relationships (for --replace);
// the loader repeats it until nothing is deleted, so no transaction grows unbounded. The tallies
// (graph/tallies.py) go with the graph they count.
MATCH (n)
WHERE n:Entity OR n:Event OR n:Measure OR n:Article OR n:Source OR n:ActorTally OR n:PairTally
WITH n LIMIT $limit
DETACH DELETE n
