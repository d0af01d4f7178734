// read_property_names: the property names used by policykg nodes and by the relationships between
// them (a CSV header needs every column before the first row; Neo4j stores no null property).
CALL () {
  MATCH (n)
  WHERE n:Entity OR n:Event OR n:Measure OR n:Article OR n:Source
  UNWIND keys(n) AS name
  RETURN collect(DISTINCT name) AS node_names
}
CALL () {
  MATCH (a)-[r]->(b)
  WHERE (a:Entity OR a:Event OR a:Measure OR a:Article OR a:Source) AND (b:Entity OR b:Event OR b:Measure OR b:Article OR b:Source)
  UNWIND keys(r) AS name
  RETURN collect(DISTINCT name) AS rel_names
}
RETURN node_names, rel_names
