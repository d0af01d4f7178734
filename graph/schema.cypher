// policykg schema: uniqueness constraints (each backs an index) and lookup indexes.
// One statement per line; every statement is idempotent (IF NOT EXISTS).
// Applied by policykg.graph.load.apply_schema before every load.
CREATE CONSTRAINT entity_id IF NOT EXISTS FOR (n:Entity) REQUIRE n.id IS UNIQUE
CREATE CONSTRAINT country_id IF NOT EXISTS FOR (n:Country) REQUIRE n.id IS UNIQUE
CREATE CONSTRAINT bloc_id IF NOT EXISTS FOR (n:Bloc) REQUIRE n.id IS UNIQUE
CREATE CONSTRAINT agency_id IF NOT EXISTS FOR (n:Agency) REQUIRE n.id IS UNIQUE
CREATE CONSTRAINT firm_id IF NOT EXISTS FOR (n:Firm) REQUIRE n.id IS UNIQUE
CREATE CONSTRAINT person_id IF NOT EXISTS FOR (n:Person) REQUIRE n.id IS UNIQUE
CREATE CONSTRAINT element_id IF NOT EXISTS FOR (n:Element) REQUIRE n.id IS UNIQUE
CREATE CONSTRAINT item_id IF NOT EXISTS FOR (n:Item) REQUIRE n.id IS UNIQUE
CREATE CONSTRAINT event_key IF NOT EXISTS FOR (n:Event) REQUIRE n.key IS UNIQUE
CREATE CONSTRAINT article_id IF NOT EXISTS FOR (n:Article) REQUIRE n.article_id IS UNIQUE
CREATE CONSTRAINT source_name IF NOT EXISTS FOR (n:Source) REQUIRE n.name IS UNIQUE
CREATE INDEX event_type IF NOT EXISTS FOR (n:Event) ON (n.type)
CREATE INDEX event_action IF NOT EXISTS FOR (n:Event) ON (n.action)
CREATE INDEX event_date IF NOT EXISTS FOR (n:Event) ON (n.date)
CREATE INDEX event_type_date IF NOT EXISTS FOR (n:Event) ON (n.type, n.date)
CREATE INDEX event_last_reported IF NOT EXISTS FOR (n:Event) ON (n.last_reported)
CREATE INDEX article_published IF NOT EXISTS FOR (n:Article) ON (n.published)
CREATE INDEX actor_position IF NOT EXISTS FOR ()-[r:ACTOR]-() ON (r.position)
CREATE CONSTRAINT measure_key IF NOT EXISTS FOR (n:Measure) REQUIRE n.key IS UNIQUE
CREATE INDEX event_block IF NOT EXISTS FOR (n:Event) ON (n.block)
CREATE INDEX event_response_cue IF NOT EXISTS FOR (n:Event) ON (n.response_cue)
CREATE INDEX measure_block IF NOT EXISTS FOR (n:Measure) ON (n.block)
CREATE INDEX measure_actor IF NOT EXISTS FOR (n:Measure) ON (n.actor)
CREATE INDEX measure_type IF NOT EXISTS FOR (n:Measure) ON (n.type)
CREATE CONSTRAINT actor_tally_key IF NOT EXISTS FOR (n:ActorTally) REQUIRE (n.block, n.actor, n.action) IS UNIQUE
CREATE INDEX actor_tally_block IF NOT EXISTS FOR (n:ActorTally) ON (n.block)
CREATE INDEX actor_tally_type IF NOT EXISTS FOR (n:ActorTally) ON (n.type)
CREATE CONSTRAINT pair_tally_key IF NOT EXISTS FOR (n:PairTally) REQUIRE (n.actor, n.target) IS UNIQUE
CREATE INDEX pair_tally_mutual IF NOT EXISTS FOR (n:PairTally) ON (n.mutual)
CREATE CONSTRAINT day_tally_key IF NOT EXISTS FOR (n:DayTally) REQUIRE n.type IS UNIQUE
CREATE INDEX measure_type_date IF NOT EXISTS FOR (n:Measure) ON (n.type, n.date)
