"""The HTML of one view: a self-contained, offline page from a graph and its texts.

Split from :mod:`policykg.queries.views` (which chooses what a view draws and writes
the files); this module only renders.  pyvis builds the network
(:func:`policykg.queries.view_payload.build_network`) and renders it with its own
``Network.generate_html`` through OUR template ``templates/view.html.j2`` in a Jinja
environment with autoescape on (:func:`environment`); nodes, edges and options are
embedded as escaped JSON (:func:`script_json`), scripts are inlined and allowed by
hash in a Content-Security-Policy with no network source
(:func:`content_security_policy`).  The explorer page (:mod:`policykg.queries.explore_page`)
shares these pieces.  Pure: no file is written here.
"""

from __future__ import annotations

import base64
import functools
import hashlib
import json
import math
import re
from collections.abc import Mapping, Sequence
from importlib.resources import as_file, files
from typing import Any

import networkx as nx

from policykg import __version__
from policykg.queries.view_payload import build_network, drawable, event_nodes, page_data

MAX_TABLE_ROWS = 200


@functools.cache
def resource(name: str) -> str:
    return files("policykg.queries").joinpath("templates", name).read_text(encoding="utf-8")


def inline_script(text: str) -> str:
    """Script text that can sit inside ``<script>...</script>`` as is (checked, not altered)."""
    if "</script" in text.lower() or "<!--" in text:
        raise ValueError("a vendored or template script contains '</script' or '<!--'; it cannot be inlined")
    return text


def inline_style(text: str) -> str:
    if "</style" in text.lower():
        raise ValueError("a template style sheet contains '</style'; it cannot be inlined")
    return text


def vis_js_text() -> str:
    # The vendored file ends with a sourceMappingURL comment; drop it so that no
    # browser tool ever asks for a .map file next to the page.
    return inline_script(re.sub(r"//# sourceMappingURL=\S+\s*$", "", resource("vis-network.min.js")))


def script_json(payload: Any) -> str:
    """JSON safe inside ``<script type="application/json">``: no ``<``, ``>`` or ``&`` left.

    >>> script_json({"t": "</script><b>&"})
    '{"t": "\\\\u003c/script\\\\u003e\\\\u003cb\\\\u003e\\\\u0026"}'
    """
    text = json.dumps(payload, ensure_ascii=False, sort_keys=False)
    for char, escape in (
        ("<", "\\u003c"),
        (">", "\\u003e"),
        ("&", "\\u0026"),
        ("\u2028", "\\u2028"),
        ("\u2029", "\\u2029"),
    ):
        text = text.replace(char, escape)
    return text


def script_hash(text: str) -> str:
    return "'sha256-" + base64.b64encode(hashlib.sha256(text.encode("utf-8")).digest()).decode("ascii") + "'"


def content_security_policy(*scripts: str) -> str:
    """A policy allowing exactly the given inline scripts and no network source."""
    hashes = " ".join(script_hash(s) for s in scripts)
    return (
        f"default-src 'none'; script-src {hashes}; style-src 'unsafe-inline'; img-src data:; "
        "font-src 'none'; connect-src 'none'; base-uri 'none'; form-action 'none'"
    )


def environment(loader: Any = None, **page: Any):
    """Our Jinja environment: autoescape on, undefined names an error, ``page`` as globals."""
    import jinja2

    env = jinja2.Environment(
        loader=loader or jinja2.FunctionLoader(resource),
        autoescape=True,
        undefined=jinja2.StrictUndefined,
        keep_trailing_newline=True,
    )
    env.globals.update(page)
    return env


def _data_json(nodes: Sequence[Mapping[str, Any]], edges: Sequence[Mapping[str, Any]], options: str) -> Any:
    """The ``policykg-data`` block's text from ``generate_html``'s variables (escaped JSON)."""
    from markupsafe import Markup

    return Markup(script_json(page_data(nodes, edges, options)))


def _stats(drawn: nx.MultiDiGraph) -> str:
    n_events = len(event_nodes(drawn))
    return (
        f"{plural(drawn.number_of_nodes(), 'node')} ({plural(n_events, 'event')}, "
        f"{plural(drawn.number_of_nodes() - n_events, 'entity', 'entities')}), "
        f"{plural(drawn.number_of_edges(), 'relationship')} drawn"
    )


def plural(n: int, word: str, words: str | None = None) -> str:
    """``1 event``, ``2,000 events``.

    >>> plural(1, "entity", "entities"), plural(1200, "node")
    ('1 entity', '1,200 nodes')
    """
    return f"{n:,} {word if n == 1 else words or word + 's'}"


def _table(rows: Sequence[Mapping[str, Any]] | None) -> dict[str, Any] | None:
    if rows is None:
        return None
    columns = list(rows[0].keys()) if rows else []
    shown = [[_cell(row.get(c)) for c in columns] for row in rows[:MAX_TABLE_ROWS]]
    return {"columns": columns, "rows": shown, "n_rows": len(rows), "truncated": len(rows) > MAX_TABLE_ROWS}


def _cell(value: Any) -> str:
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return ""
    if isinstance(value, (list, tuple)):
        return ", ".join(_cell(v) for v in value)
    return str(value)


def render_graph(
    graph: nx.MultiDiGraph,
    title: str,
    description: str,
    *,
    drawn: nx.MultiDiGraph | None = None,
    note: str | None = None,
    rows: Sequence[Mapping[str, Any]] | None = None,
    index_link: bool = False,
) -> str:
    """One self-contained, offline HTML page drawing ``drawn`` (default: all of ``graph``).

    ``note`` says how the view was filtered; ``rows`` (query results) are shown
    as an escaped table under the graph.
    """
    import jinja2
    from markupsafe import Markup

    drawn = drawable(graph) if drawn is None else drawn
    net = build_network(graph, drawn, heading=title)
    vis_js, view_js = vis_js_text(), inline_script(resource("view.js"))
    with as_file(files("policykg.queries").joinpath("templates")) as folder:
        # pyvis renders: set_template_dir picks our template; its Environment
        # (autoescape off) is replaced by ours, which also carries the page's texts.
        net.set_template_dir(str(folder), "view.html.j2")
        net.templateEnv = environment(
            jinja2.FileSystemLoader(str(folder)),
            description=description,
            note=note,
            stats=_stats(drawn),
            version=__version__,
            empty=None if drawn.number_of_nodes() else "Nothing to draw: no event or entity matched.",
            table=_table(rows),
            index_link=index_link,
            explorer=False,
            view_css=Markup(inline_style(resource("view.css"))),
            csp=content_security_policy(vis_js, view_js),
            policykg_data=_data_json,
            vis_js=Markup(vis_js),
            view_js=Markup(view_js),
        )
        return net.generate_html()
