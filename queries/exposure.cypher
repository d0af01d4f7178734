// name: exposure
// description: Exposure of an item: who restricts it, who is targeted, which firms are mentioned with it
// param: item string
// param: limit int = 100
// param: offset int = 0
// example: policykg query exposure --param item=item:rare_earths
//
// role `restricts`: main actors of `impose` events of a restrictive type covering the
// item (n = events); `targeted`: the targets of those events (n = events);
// `firm_mentioned`: firms named in the articles that mention the item (n = articles).
// first/last: the earliest and latest event date (or article day for firms).
// Paged: `limit` rows (null: all) from row `offset` of the whole answer, in its order;
// `total` on every row is the number of rows of the whole answer. Only the page's rows
// read names. The item's restrictive events are read once: their main actor and targets are
// the event's own `actor` and `targets` properties (the key's slots), not expansions.
CALL () {
  MATCH (:Entity {id: $item})<-[:ITEM]-(e:Event)
  WHERE e.action = 'impose' AND e.type IN ['EXPORT_CONTROL', 'EXPORT_BAN', 'TARIFF', 'IMPORT_RESTRICTION', 'SANCTION']
  UNWIND [[0, e.actor]] + [t IN e.targets | [1, t]] AS hit
  RETURN hit[0] AS rank, hit[1] AS id, count(e) AS n, min(e.date) AS first, max(e.date) AS last
  UNION ALL
  // each article's day read once (not once per entity it mentions), the firms grouped as nodes
  // and their ids read once per firm (not once per mention)
  MATCH (:Entity {id: $item})<-[:MENTIONS]-(art:Article)
  WITH art, left(art.published, 10) AS day
  MATCH (art)-[:MENTIONS]->(x:Firm)
  WITH x, count(DISTINCT art) AS n, min(day) AS first, max(day) AS last
  RETURN 2 AS rank, x.id AS id, n, first, last
}
// the whole answer in its order, then one page
WITH rank, id, n, first, last ORDER BY rank, n DESC, id
WITH collect([rank, id, n, first, last]) AS found
UNWIND found[coalesce($offset, 0)..coalesce(coalesce($offset, 0) + $limit, size(found))] AS row
WITH row, size(found) AS total
MATCH (x:Entity {id: row[1]})
RETURN ['restricts', 'targeted', 'firm_mentioned'][row[0]] AS role, x.id AS id, x.name AS name, row[2] AS n,
  row[3] AS first, row[4] AS last, total
ORDER BY row[0], n DESC, id
