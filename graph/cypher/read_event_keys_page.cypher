// read_event_keys_page: up to $limit event keys after $after, in key order (the Event.key index):
// the pages `policykg retally` adds to the pair tallies (merge_pair_tallies.cypher drops the undated
// ones), so no more than one page of keys is ever held.
MATCH (e:Event)
WHERE e.key > $after
RETURN e.key AS key
ORDER BY key
LIMIT $limit
