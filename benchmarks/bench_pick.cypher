// description: the heavy ids of a loaded graph for bench_queries: dominant actor, most frequent item and target, busiest measure
// param: top int = 1
//
// `actor`: the entity that is main actor of the most events (C0 in generated data); `item`
// and `target`: the entity most often an event's item / target; `type`: the actor's most
// frequent event type; `event`: the key of the actor's measure with the most acts
// (its imposing event); `act`: a non-impose event acting on that measure.
// `since`: the day of the 300th latest first report. Run once, before timing.
MATCH (a:Entity)-[:ACTOR {position: 0}]->(:Event)
WITH a, count(*) AS n ORDER BY n DESC, a.id LIMIT $top
WITH a
CALL (a) {
  MATCH (a)-[:ACTOR {position: 0}]->(e:Event)
  RETURN e.type AS type, count(*) AS n_type ORDER BY n_type DESC, type LIMIT 1
}
CALL () {
  MATCH (i:Entity)<-[:ITEM]-(:Event)
  RETURN i.id AS item, count(*) AS n_item ORDER BY n_item DESC, item LIMIT 1
}
CALL () {
  MATCH (t:Entity)<-[:TARGET]-(:Event)
  RETURN t.id AS target, count(*) AS n_target ORDER BY n_target DESC, target LIMIT 1
}
CALL (a) {
  MATCH (m:Measure {actor: a.id})
  RETURN m.key AS event ORDER BY m.n_acts DESC, m.key LIMIT 1
}
CALL (event) {
  MATCH (h:Event)-[:PART_OF]->(:Measure {key: event})
  WHERE h.action <> 'impose'
  RETURN h.key AS act ORDER BY h.key LIMIT 1
}
CALL () {
  MATCH (e:Event)
  WHERE e.first_reported IS NOT NULL
  RETURN left(e.first_reported, 10) AS since ORDER BY e.first_reported DESC SKIP 300 LIMIT 1
}
RETURN a.id AS actor, type, item, target, event, act, since
