"""The explorer's page: the offline view's body and ``view.js``, plus ``explore.js`` and the query forms.

Pure: returns the HTML and the inline scripts (whose hashes make the CSP).  The
canned queries' forms and the vis-network options travel as JSON in a
non-executed ``<script type="application/json">`` block, escaped as in the views.
"""

from __future__ import annotations

from typing import Any

from policykg import __version__


def render_page(forms: list[dict[str, Any]]) -> tuple[str, tuple[str, ...]]:
    """The explorer's HTML and its inline scripts (vis-network, view.js, explore.js)."""
    from markupsafe import Markup

    from policykg.queries.view_html import environment, inline_script, inline_style, resource, script_json, vis_js_text
    from policykg.queries.view_payload import ENTITY_STYLE, EVENT_GROUPS, group_styles, vis_options

    groups = [*ENTITY_STYLE, *EVENT_GROUPS, "Entity"]
    empty = {"nodes": [], "edges": [], "legend": _legend_rows(), "options": vis_options(0, group_styles(groups))}
    scripts = (vis_js_text(), inline_script(resource("view.js")), inline_script(resource("explore.js")))
    html = (
        environment()
        .get_template("explore.html.j2")
        .render(
            heading="policykg explore",
            description="Search an entity by its English or Chinese name, draw its events, double-click to expand, "
            "click for evidence and sources, narrow with the time slider, run a canned query, export the view.",
            stats="nothing drawn yet",
            note=None,
            empty=None,
            index_link=False,
            explorer=True,
            version=__version__,
            view_css=Markup(inline_style(resource("view.css"))),
            data=Markup(script_json({"payload": empty, "queries": forms})),
            scripts=[Markup(s) for s in scripts],
        )
    )
    return html, scripts


def _legend_rows() -> list[dict[str, Any]]:
    from policykg.queries.view_payload import ENTITY_STYLE, EVENT_GROUPS, OTHER_STYLE

    rows = [{"group": g, "text": g, "symbol": s, "color": c} for g, (_, c, s) in ENTITY_STYLE.items()]
    rows += [{"group": g, "text": t, "symbol": "\u25c6", "color": c} for g, (c, t) in EVENT_GROUPS.items()]
    return [*rows, {"group": "Entity", "text": "other", "symbol": OTHER_STYLE[2], "color": OTHER_STYLE[1]}]
