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
  // Acts are read through their own slots (`actor` the main actor, `targets`, `date`), never
  // by expanding the dominant actor's events. With `entity` (X): every pair holds one act
  // aimed at X, so the acts aimed at X give the other parties b (few), and each b's incoming
  // TARGET links give X's acts against b; the pairs are formed per b, in memory. Without
  // `entity`: one pass over the dated acts of the types, grouped by unordered pair of
  // parties, each group paired in memory. The window of `days` is applied here already: a
  // pair outside it is kept only when an article states it, and the last branch finds every
  // stated pair.
  MATCH (x:Entity {id: $entity})<-[:TARGET]-(t:Event)
  WHERE t.actor <> x.id AND t.date IS NOT NULL
    AND ($types IS NULL OR t.type IN $types) AND ($actions IS NULL OR t.action IN $actions)
  WITH x, t.actor AS b_id, collect(t) AS ts
  MATCH (b:Entity {id: b_id})<-[:TARGET]-(o:Event)
  WHERE o.actor = x.id AND o.date IS NOT NULL
    AND ($types IS NULL OR o.type IN $types) AND ($actions IS NULL OR o.action IN $actions)
  WITH x, b, ts, collect(o) AS os
  // (first actor, its acts against the other, responder, the responder's acts against it)
  UNWIND [[x, os, b, ts], [b, ts, x, os]] AS side
  WITH side[0] AS a, side[1] AS firsts, side[2] AS b, side[3] AS seconds
  UNWIND firsts AS e1
  UNWIND seconds AS e2
  WITH a, e1, b, e2
  WHERE e2.date > e1.date AND e2.action IN ['impose', 'threaten', 'extend']
    AND date(e2.date) <= date(e1.date) + duration({days: $days})
  RETURN a, e1, b, e2
  UNION
  UNWIND CASE WHEN $entity IS NULL THEN [true] ELSE [] END AS scan
  MATCH (e:Event)
  WHERE e.date IS NOT NULL AND ($types IS NULL OR e.type IN $types) AND ($actions IS NULL OR e.action IN $actions)
  UNWIND e.targets AS t
  WITH e, t WHERE t <> e.actor
  // one group per unordered pair of parties, holding the acts of both directions
  WITH CASE WHEN e.actor < t THEN [e.actor, t] ELSE [t, e.actor] END AS pair, collect([e.actor, e]) AS acts
  WITH pair, [p IN acts WHERE p[0] = pair[0] | p[1]] AS lo, [p IN acts WHERE p[0] = pair[1] | p[1]] AS hi
  WHERE size(lo) > 0 AND size(hi) > 0
  UNWIND [[pair[0], lo, pair[1], hi], [pair[1], hi, pair[0], lo]] AS side
  WITH side[0] AS a_id, side[1] AS firsts, side[2] AS b_id, side[3] AS seconds
  UNWIND firsts AS e1
  UNWIND seconds AS e2
  WITH a_id, e1, b_id, e2
  WHERE e2.date > e1.date AND e2.action IN ['impose', 'threaten', 'extend']
    AND date(e2.date) <= date(e1.date) + duration({days: $days})
  MATCH (a:Entity {id: a_id}), (b:Entity {id: b_id})
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
