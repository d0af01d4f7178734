// description: event count and which sample keys exist (bench_queries: is the generated graph loaded?)
// param: keys list = x
MATCH (e:Event) WITH count(e) AS n
RETURN n, COLLECT { MATCH (e:Event) WHERE e.key IN $keys RETURN e.key } AS found
