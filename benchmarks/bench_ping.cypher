// description: a round trip that reads nothing, timed by bench_queries as the floor under every case (the box's load shows here)
// param: one int = 1
RETURN $one AS one
