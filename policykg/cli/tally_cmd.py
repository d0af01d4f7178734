"""``policykg retally``: rebuild the tallies beside the graph from the events Neo4j holds.

The tallies (graph/SCHEMA.md, "Tallies") are kept by both loaders as they write; a graph
loaded by a policykg older than them has none, and a change to what they hold leaves an
existing graph with the old ones. ``retally`` counts them all again from the stored events,
without reading an events file or changing the graph; running it twice changes nothing.
A top-level verb like ``load`` and ``export`` (the CLI has no ``graph`` group), rather than
an option of ``load``, which needs events files and whose options do not apply.
"""

from __future__ import annotations

import argparse
import sys

from policykg import EXIT_OK


def register(subparsers: argparse._SubParsersAction) -> None:
    retally = subparsers.add_parser(
        "retally",
        help="rebuild the tallies of the graph in Neo4j from its events (idempotent)",
        description="Rebuild the tallies (graph/SCHEMA.md, 'Tallies') from the events the database holds, "
        "e.g. for a graph loaded by a policykg older than them. Reads no events file; the graph is not changed.",
    )
    retally.set_defaults(handler=handle_retally)


def handle_retally(args: argparse.Namespace) -> int:
    """Delete every tally and count them again (:func:`policykg.graph.tallies.retally`), with a progress bar."""
    from tqdm import tqdm

    from policykg.graph import neo4j
    from policykg.graph.tallies import retally

    bar = tqdm(desc="retally", unit="row", file=sys.stderr, disable=None, leave=False)  # blocks + events
    with neo4j.driver() as drv, bar:

        def progress(done: int, total: int) -> None:
            bar.total = total
            bar.update(done - bar.n)

        report = retally(drv, neo4j.database(), progress)
    for line in report.lines():
        print(line)
    return EXIT_OK
