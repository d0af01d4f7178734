"""Graph: build (networkx), managed Neo4j server, driver, load and export."""
