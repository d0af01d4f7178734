// delete_rels_batch: delete up to $limit policykg relationships (for --replace). Relationships go
// first, in bounded batches, so that deleting a node of high degree never builds a huge transaction;
// the loader repeats it until nothing is deleted, then runs delete_batch.cypher for the nodes.
MATCH ()-[r:ACTOR|ITEM|TARGET|REPORTED_IN|ACTS_ON|PART_OF|RESPONDS_TO|PUBLISHED_BY|MENTIONS]->()
WITH r LIMIT $limit
DELETE r
