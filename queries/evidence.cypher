// name: evidence
// description: The sentences and articles behind an event, or behind the events linking an entity (and another)
// param: event string = null
// param: entity string = null
// param: other string = null
// param: limit int = 100
// param: offset int = 0
// example: policykg query evidence --param entity=CHN --param other=USA
//
// An event qualifies when it is `event`, or when `entity` (and `other`, if given) take
// part in it as actor, item or target. At least one parameter must be set, else no rows.
// One row per event and article, with the evidence text and its offsets in the article.
// Start from the event, else from whichever of `entity` and `other` has fewer events (stored
// degrees; index seeks): the dominant actor's events with one item are found from the item.
// Paged: `limit` rows (null: all) from row `offset` of the whole answer, in its order;
// `total` on every row is the number of rows of the whole answer. Only the page's rows
// read the evidence, titles and sources.
OPTIONAL MATCH (x:Entity {id: $entity})
OPTIONAL MATCH (y:Entity {id: $other})
WITH $entity IS NOT NULL AND ($other IS NULL OR x IS NULL
    OR (y IS NOT NULL AND COUNT { (x)-[:ACTOR|ITEM|TARGET]-() } <= COUNT { (y)-[:ACTOR|ITEM|TARGET]-() }))
  AS from_entity
CALL (from_entity) {
  MATCH (e:Event {key: $event})
  RETURN e
  UNION
  MATCH (:Entity {id: $entity})-[:ACTOR|ITEM|TARGET]-(e:Event)
  WHERE $event IS NULL AND from_entity
  RETURN e
  UNION
  MATCH (:Entity {id: $other})-[:ACTOR|ITEM|TARGET]-(e:Event)
  WHERE $event IS NULL AND NOT from_entity
  RETURN e
}
WITH e
WHERE ($event IS NULL OR e.key = $event)
  // the event's own slots (`actor` the main actor, `items`, `targets`) first; co-actors by their link
  AND ($entity IS NULL OR e.actor = $entity OR $entity IN e.items OR $entity IN e.targets
    OR EXISTS { MATCH (:Entity {id: $entity})-[:ACTOR]->(e) })
  AND ($other IS NULL OR e.actor = $other OR $other IN e.items OR $other IN e.targets
    OR EXISTS { MATCH (:Entity {id: $other})-[:ACTOR]->(e) })
MATCH (e)-[r:REPORTED_IN]->(art:Article)
// the whole answer in its order, then one page
WITH e, r, art ORDER BY art.published, art.article_id, e.key
WITH collect([e, r, art]) AS found
UNWIND found[coalesce($offset, 0)..coalesce(coalesce($offset, 0) + $limit, size(found))] AS row
WITH row[0] AS e, row[1] AS r, row[2] AS art, size(found) AS total
OPTIONAL MATCH (art)-[:PUBLISHED_BY]->(s:Source)
RETURN e.key AS event, e.summary AS summary, r.evidence AS evidence,
  r.evidence_start AS evidence_start, r.evidence_end AS evidence_end,
  art.article_id AS article_id, art.title AS title, art.published AS published,
  s.name AS source, art.url AS url, total
ORDER BY published, article_id, event
