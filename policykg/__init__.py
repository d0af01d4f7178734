"""policykg: a policy-event knowledge graph built from trade-policy news.

Packages: ``policykg.extract`` (articles in, entities and dated events out),
``policykg.graph`` (networkx build, Neo4j server, load, export),
``policykg.queries`` (canned Cypher queries and HTML views), ``policykg.cli``.
"""

__version__ = "0.1.0"


class PolicyKGError(Exception):
    """A user-facing error: the CLI prints its message on one line, no traceback."""

    exit_code = 1


# Documented exit codes (README "Exit codes").
EXIT_OK = 0
EXIT_ERROR = 1  # a user error: bad arguments, server unreachable, ...
EXIT_USAGE = 2  # argparse usage errors
EXIT_SKIPPED = 3  # the command finished, but some input was skipped (see the error lines)
