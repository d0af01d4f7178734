// lock_parties: take a write lock on each party entity of the blocks (or responders) a relink
// transaction recomputes, in sorted order, so concurrent loads that touch the same blocks
// relink them one after the other (each then reads the other's events) and never deadlock.
// $ids: sorted entity ids
UNWIND $ids AS id
MATCH (a:Entity {id: id})
SET a.id = a.id
