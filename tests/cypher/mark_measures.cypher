// mark_measures: set a marker property on every Measure node; the loader's rewrite of a measure
// (SET m = props) removes it, so a marker still there after a load means "not rewritten".
MATCH (m:Measure)
SET m.test_mark = true
