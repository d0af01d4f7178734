// read_property_types: every (property name, value type) pair of policykg nodes and of the
// relationships between them (GraphML declares each attribute's one type before the first node,
// so the streamed GraphML export asks for them first; valueType() names the type, e.g. "INTEGER NOT NULL").
CALL () {
  MATCH (n)
  WHERE n:Entity OR n:Event OR n:Measure OR n:Article OR n:Source
  UNWIND keys(n) AS name
  RETURN collect(DISTINCT [name, valueType(n[name])]) AS node_types
}
CALL () {
  MATCH (a)-[r]->(b)
  WHERE (a:Entity OR a:Event OR a:Measure OR a:Article OR a:Source) AND (b:Entity OR b:Event OR b:Measure OR b:Article OR b:Source)
  UNWIND keys(r) AS name
  RETURN collect(DISTINCT [name, valueType(r[name])]) AS rel_types
}
RETURN node_types, rel_types
