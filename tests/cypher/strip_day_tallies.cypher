// strip_day_tallies: delete every DayTally, as a graph loaded by a policykg older than the day
// tallies (and not yet retallied) has none.
MATCH (t:DayTally)
DETACH DELETE t
