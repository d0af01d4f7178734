// read_block_neighbours: the events of each given block (indexed) that name one of the row's items
// or none (every event of the block when the row names no item), as slim rows the relink filters
// with policykg.graph.subblock.may_interact: slots and days only, no traversal; one row holding them all.
// $rows: list of {block, items}
UNWIND $rows AS row
MATCH (e:Event {block: row.block})
WHERE row.items = [] OR e.items = [] OR any(i IN e.items WHERE i IN row.items)
RETURN collect({block: row.block, key: e.key, action: e.action, items: e.items, date: e.date,
  effective: e.effective, first_reported: e.first_reported}) AS rows
