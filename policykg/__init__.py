"""policykg: a policy-event knowledge graph built from trade-policy news.

Packages: ``policykg.extract`` (articles in, entities and dated events out),
``policykg.graph`` (networkx build, Neo4j server, load, export),
``policykg.queries`` (canned Cypher queries and HTML views), ``policykg.cli``.
"""

__version__ = "0.1.0"


class PolicyKGError(Exception):
    """A user-facing error: the CLI prints its message on one line, no traceback."""

    exit_code = 1
