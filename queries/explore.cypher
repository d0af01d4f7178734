// name: explore
// description: Events around an entity, or given events, with their roles, evidence and measure history (one row per event, for the explorer)
// param: entity string = null
// param: events list = null
// param: among list = null
// param: limit int = 150
// example: policykg query explore --param entity=element:Ga --param limit=20
//
// An event qualifies when `entity` takes part in it (actor, item or target), when its key is
// in `events`, or when two or more of the entity ids in `among` take part in it. The best
// sourced (then latest) `limit` events come back, each with `total` (how many qualified),
// its properties, its actors (with position), items and targets (id, label, properties),
// its reports (evidence, article properties, source) and its measure: the impose it acts
// on, or itself, and every event acting on that impose (`history`, each with its roles).
// Lists come in a fixed order (actors by position, items and targets by id, reports by
// publication, history by date then key), whatever order the store holds them in.
CALL () {
  MATCH (:Entity {id: $entity})-[:ACTOR|ITEM|TARGET]-(e:Event)
  RETURN e
  UNION
  UNWIND coalesce($events, []) AS k
  MATCH (e:Event {key: k})
  RETURN e
  UNION
  UNWIND coalesce($among, []) AS a
  MATCH (:Entity {id: a})-[:ACTOR|ITEM|TARGET]-(e:Event)
  WHERE COUNT { MATCH (e)-[:ACTOR|ITEM|TARGET]-(x:Entity) WHERE x.id IN $among } >= 2
  RETURN e
}
WITH DISTINCT e
ORDER BY e.n_sources DESC, coalesce(e.date, '') DESC, e.key
WITH collect(e) AS found
UNWIND found[0..$limit] AS e
OPTIONAL MATCH (e)-[:ACTS_ON]->(m:Event)
WITH e, size(found) AS total, coalesce(m, e) AS root
RETURN e.key AS key, total, properties(e) AS props,
  COLLECT { MATCH (a:Entity)-[r:ACTOR]->(e)
    RETURN {id: a.id, label: [l IN labels(a) WHERE l <> 'Entity'][0], props: properties(a), position: r.position}
    ORDER BY r.position, a.id } AS actors,
  COLLECT { MATCH (e)-[:ITEM]->(i:Entity)
    RETURN {id: i.id, label: [l IN labels(i) WHERE l <> 'Entity'][0], props: properties(i)} ORDER BY i.id } AS items,
  COLLECT { MATCH (e)-[:TARGET]->(t:Entity)
    RETURN {id: t.id, label: [l IN labels(t) WHERE l <> 'Entity'][0], props: properties(t)} ORDER BY t.id } AS targets,
  COLLECT { MATCH (e)-[r:REPORTED_IN]->(art:Article)
    OPTIONAL MATCH (art)-[:PUBLISHED_BY]->(s:Source)
    RETURN {evidence: r.evidence, article: properties(art), source: s.name} ORDER BY art.published, art.article_id
  } AS reports,
  root.key AS measure,
  COLLECT { MATCH (h:Event)-[:ACTS_ON*0..1]->(root)
    RETURN {key: h.key, props: properties(h),
      actors: COLLECT { MATCH (a:Entity)-[r:ACTOR]->(h)
        RETURN {id: a.id, label: [l IN labels(a) WHERE l <> 'Entity'][0], props: properties(a), position: r.position}
        ORDER BY r.position, a.id },
      items: COLLECT { MATCH (h)-[:ITEM]->(i:Entity)
        RETURN {id: i.id, label: [l IN labels(i) WHERE l <> 'Entity'][0], props: properties(i)} ORDER BY i.id },
      targets: COLLECT { MATCH (h)-[:TARGET]->(t:Entity)
        RETURN {id: t.id, label: [l IN labels(t) WHERE l <> 'Entity'][0], props: properties(t)} ORDER BY t.id }}
    ORDER BY coalesce(h.date, ''), h.key } AS history
ORDER BY e.n_sources DESC, coalesce(e.date, '') DESC, e.key
