// link_response: replace a responder's RESPONDS_TO link (to the act it answers, with the cue
// that states it); a row with a null dst only removes the old link.
// rows: {src, dst, cue}
UNWIND $rows AS row
MATCH (r:Event {key: row.src})
CALL (r) {
  OPTIONAL MATCH (r)-[old:RESPONDS_TO]->()
  DELETE old
}
WITH r, row
MATCH (x:Event {key: row.dst})
MERGE (r)-[l:RESPONDS_TO]->(x)
SET l.cue = row.cue
