import pytest
from tests.helpers import graph_nodes, graph_rels

pytestmark = pytest.mark.neo4j

def test_clean(clean_db):
    clean_db.execute_query("CREATE (:Country:Entity {id:'CHN', name:'China'})-[:ACTOR {position:0}]->(:Event {key:'e1'})", database_="neo4j")
    clean_db.execute_query("CREATE CONSTRAINT zz IF NOT EXISTS FOR (n:Zz) REQUIRE n.id IS UNIQUE", database_="neo4j")
    assert graph_nodes(clean_db, "Country", ["id", "name"]) == {("CHN", "China")}
    assert graph_rels(clean_db, "ACTOR", ["position"]) == {("CHN", "e1", 0)}

def test_clean_again(clean_db):
    assert graph_nodes(clean_db, "Country", ["id"]) == set()
    assert clean_db.execute_query("SHOW CONSTRAINTS YIELD name RETURN name", database_="neo4j").records == []
