// name: exposure
// description: Exposure of an item: who restricts it, who is targeted, which firms are mentioned with it
// param: item string
// example: policykg query exposure --param item=item:rare_earths
//
// role `restricts`: main actors of `impose` events of a restrictive type covering the
// item (n = events); `targeted`: the targets of those events (n = events);
// `firm_mentioned`: firms named in the articles that mention the item (n = articles).
// first/last: the earliest and latest event date (or article day for firms).
CALL () {
  MATCH (:Entity {id: $item})<-[:ITEM]-(e:Event {action: 'impose'})<-[:ACTOR {position: 0}]-(x:Entity)
  WHERE e.type IN ['EXPORT_CONTROL', 'EXPORT_BAN', 'TARIFF', 'IMPORT_RESTRICTION', 'SANCTION']
  RETURN 0 AS rank, 'restricts' AS role, x, count(DISTINCT e) AS n, min(e.date) AS first, max(e.date) AS last
  UNION ALL
  MATCH (:Entity {id: $item})<-[:ITEM]-(e:Event {action: 'impose'})-[:TARGET]->(x:Entity)
  WHERE e.type IN ['EXPORT_CONTROL', 'EXPORT_BAN', 'TARIFF', 'IMPORT_RESTRICTION', 'SANCTION']
  RETURN 1 AS rank, 'targeted' AS role, x, count(DISTINCT e) AS n, min(e.date) AS first, max(e.date) AS last
  UNION ALL
  MATCH (:Entity {id: $item})<-[:MENTIONS]-(art:Article)-[:MENTIONS]->(x:Firm)
  RETURN 2 AS rank, 'firm_mentioned' AS role, x, count(DISTINCT art) AS n,
    min(left(art.published, 10)) AS first, max(left(art.published, 10)) AS last
}
RETURN role, x.id AS id, x.name AS name, n, first, last
ORDER BY rank, n DESC, id
