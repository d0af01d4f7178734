"""A demonstrative "restrictions" takes the type of the measure it refers to (noun_rules.anaphoric_ban).

"Russia banned imports of Turkish tomatoes … Russia gradually lifted the restrictions in question", 俄罗斯…禁止进口…
后来取消了上述限制: a generic restriction noun after a demonstrative (these, those, such, the same, "… in question",
该, 此, 这些, 上述) with no complement of its own names the restrictive measure stated before; its type is the
antecedent's (an import restriction, an export ban), not the export control a bare "restrictions" would default to.
Rows: English and Chinese (Simplified and Traditional), lifts and suspends of the antecedent; negative controls: a
complement of its own ("these restrictions on exports of grain"), no antecedent.

Each row: the expected (type, action, main actor) of every event of the article.
"""

from __future__ import annotations

import pytest

from tests.rule_cases import main_actor_events

RI = ("IMPORT_RESTRICTION", "impose", "RUS")
RL = ("IMPORT_RESTRICTION", "lift", "RUS")


def row(body: str, want: set[tuple[str, str, str]], *, xfail: str = "") -> object:
    """One invented article and the (type, action, main actor) of its events."""
    marks = [pytest.mark.xfail(reason=xfail, strict=True)] if xfail else []
    return pytest.param(body, want, marks=marks, id=body[:40])


FORMS = [
    row(
        "Russia banned imports of Turkish tomatoes in 2016. Russia gradually lifted the restrictions in question.",
        {RI, RL},
    ),
    row("Russia banned imports of Turkish tomatoes in 2016. On Monday Russia lifted these restrictions.", {RI, RL}),
    row("Russia banned imports of Turkish tomatoes in 2016. Moscow lifted those curbs on Monday.", {RI, RL}),
    row("俄罗斯2016年禁止进口土耳其番茄。俄罗斯后来逐步取消了上述限制。", {RI, RL}),
    row("俄羅斯2016年禁止進口土耳其番茄。俄羅斯週一取消了這些限制。", {RI, RL}),
    row(
        "Indonesia banned exports of palm oil in April. Indonesia lifted these restrictions on Monday.",
        {("EXPORT_BAN", "impose", "IDN"), ("EXPORT_BAN", "lift", "IDN")},
    ),
    row(
        "印尼4月禁止棕榈油出口。印尼周一取消了该限制。",
        {("EXPORT_BAN", "impose", "IDN"), ("EXPORT_BAN", "lift", "IDN")},
    ),
    # controls: a complement of its own, or nothing to refer to
    row(
        "Russia banned imports of Turkish tomatoes in 2016. Russia then imposed these restrictions on exports of grain.",
        {RI, ("EXPORT_CONTROL", "impose", "RUS")},
    ),
    row("Russia lifted these restrictions on Monday.", {("EXPORT_CONTROL", "lift", "RUS")}),
]


@pytest.mark.parametrize(("body", "want"), FORMS)
def test_anaphoric_type_form(body: str, want: set[tuple[str, str, str]]) -> None:
    assert main_actor_events(body) == want
