// name: retaliation
// description: Retaliation pairs: B takes a restrictive act against A within `days` days after A acted against B, or an article says B responded
// param: days int = 90
// param: entity string = null
// param: types list = EXPORT_CONTROL,EXPORT_BAN,TARIFF,IMPORT_RESTRICTION,SANCTION,INVESTIGATION
// param: actions list = impose,threaten,extend
// example: policykg query retaliation --param days=30 --param entity=CHN
//
// "A acts against B": A is the event's main actor, B one of its targets, its type is in
// `types` and its action in `actions` (null: any). The response is always a restrictive act
// (impose, threaten, extend: easings are not responses), dated strictly after the first act
// and at most `days` days later. Pairs an article states ("in response to", "retaliat...",
// 反制: the RESPONDS_TO link) are listed whatever their dates and types, with `stated` true,
// the `cue` and the response's `evidence`. `entity` keeps pairs where it is A or B.
CALL () {
  // The pairs of parties that acted against each other are kept by both loaders as facts
  // (PairTally, graph/tallies.py): one per (actor, target) with a dated act, `keys` its acts with
  // their `dates`, `types` and `actions` in the same order, `mutual` when the target acted against
  // the actor too. Only mutual pairs can hold a response, so only their lists are read, and the
  // acts are paired from them: only the events of the answer are read (an index seek per key),
  // never every act of the types. p holds the first acts (its actor against its target), q the
  // responses (the reverse pair). `entity` keeps the pairs where it is either party. The window of
  // `days` is applied here already: a pair outside it is kept only when an article states it,
  // and the last branch finds every stated pair.
  MATCH (p:PairTally {mutual: true})
  WHERE $entity IS NULL OR p.actor = $entity OR p.target = $entity
  MATCH (q:PairTally {actor: p.target, target: p.actor})
  // a tally written before it kept `dates` (keys only; `policykg retally` or the next load that
  // adds to it completes it) has its acts read from their events, so no pair is silently missed
  WITH p, q,
    CASE WHEN p.dates IS NULL THEN COLLECT { UNWIND p.keys AS k MATCH (x:Event {key: k}) RETURN [x.date, x.type, x.action] } END AS pold,
    CASE WHEN q.dates IS NULL THEN COLLECT { UNWIND q.keys AS k MATCH (x:Event {key: k}) RETURN [x.date, x.type, x.action] } END AS qold
  // the lists read once each (a property inside the comprehensions would be read per act)
  WITH p, p.keys AS pk, coalesce(p.dates, [a IN pold | a[0]]) AS pd, coalesce(p.types, [a IN pold | a[1]]) AS pt,
    coalesce(p.actions, [a IN pold | a[2]]) AS pa, q.keys AS qk, coalesce(q.dates, [a IN qold | a[0]]) AS qd,
    coalesce(q.types, [a IN qold | a[1]]) AS qt, coalesce(q.actions, [a IN qold | a[2]]) AS qa
  WITH p,
    [i IN range(0, size(pk) - 1)
      WHERE ($types IS NULL OR pt[i] IN $types) AND ($actions IS NULL OR pa[i] IN $actions)
      | [pk[i], pd[i]]] AS firsts,
    [i IN range(0, size(qk) - 1)
      WHERE qa[i] IN ['impose', 'threaten', 'extend'] AND ($types IS NULL OR qt[i] IN $types)
        AND ($actions IS NULL OR qa[i] IN $actions)
      | [qk[i], qd[i], date(qd[i])]] AS seconds
  // [key, date] of each first act, [key, date, day] of each response (lists, not maps: a map's
  // field is counted as a property read)
  UNWIND firsts AS f
  WITH p, f[0] AS k1, f[1] AS first, date(f[1]) + duration({days: $days}) AS last, seconds
  UNWIND [s IN seconds WHERE s[1] > first AND s[2] <= last | s[0]] AS k2
  // the parties once per pair of the answer, then its two acts
  WITH p, collect([k1, k2]) AS found
  MATCH (a:Entity {id: p.actor}), (b:Entity {id: p.target})
  UNWIND found AS ks
  MATCH (e1:Event {key: ks[0]}), (e2:Event {key: ks[1]})
  RETURN a, e1, b, e2
  UNION
  MATCH (b:Entity)-[:ACTOR {position: 0}]->(e2:Event)-[:RESPONDS_TO]->(e1:Event)<-[:ACTOR {position: 0}]-(a:Entity)
  WHERE $entity IS NULL OR a.id = $entity OR b.id = $entity
  RETURN a, e1, b, e2
}
WITH a, e1, b, e2, COLLECT { MATCH (e2)-[r:RESPONDS_TO]->(e1) RETURN r.cue } AS cues
WHERE size(cues) > 0 OR date(e2.date) <= date(e1.date) + duration({days: $days})
RETURN a.id AS first_actor, a.name AS first_actor_name, b.id AS responder, b.name AS responder_name,
  e1.date AS first_date, e1.type AS first_type, e1.action AS first_action,
  e2.date AS response_date, e2.type AS response_type, e2.action AS response_action,
  duration.inDays(date(e1.date), date(e2.date)).days AS days_after,
  size(cues) > 0 AS stated, cues[0] AS cue,
  COLLECT { MATCH (e2)-[r:REPORTED_IN]->(art:Article) WHERE size(cues) > 0
    RETURN r.evidence ORDER BY art.published, art.article_id LIMIT 1 } [0] AS evidence,
  e1.key AS first_event, e2.key AS response_event
ORDER BY first_date, first_actor, responder, response_date, first_event, response_event
