// delete_batch: delete up to $limit policykg nodes with their relationships (for --replace);
// the loader repeats it until nothing is deleted, so no transaction grows unbounded.
MATCH (n)
WHERE n:Entity OR n:Event OR n:Measure OR n:Article OR n:Source
WITH n LIMIT $limit
DETACH DELETE n
