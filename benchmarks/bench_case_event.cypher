// description: the smallest key of an event that is not an imposition (bench_queries --loaded: the event cases)
// param: action string = impose
MATCH (e:Event) WHERE e.action <> $action
RETURN min(e.key) AS key, count(e) AS n
