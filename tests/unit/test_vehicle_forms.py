"""A directive that carries an act its sentence states is no industrial policy of its own (noun_rules).

"Executive order", "decree", 行政命令, 总统令, 法令 are industrial-policy nouns when they are the measure ("signed a
decree on the development of the rare earth industry", 签署总统令,推动稀土产业发展); when the sentence states an act
with a strong verb after the directive, the directive is its vehicle: 以行政命令单方面终止菠萝输陆 (``directive_vehicle``,
``noun_rules.directive_carries_act``), "signed a decree, halting exports of nickel ore" (``directive_is_vehicle``,
a type noun in the sentence).  Rows: English and Chinese (Simplified and Traditional); negative controls: a
directive whose only verb is weak or a purpose stays the measure.

Each row: the expected (type, action, main actor) of every event of the article.
"""

from __future__ import annotations

import pytest

from tests.rule_cases import main_actor_events

IP = "INDUSTRIAL_POLICY"


def row(body: str, want: set[tuple[str, str, str]], *, xfail: str = "") -> object:
    """One invented sentence and the (type, action, main actor) of its events."""
    marks = [pytest.mark.xfail(reason=xfail, strict=True)] if xfail else []
    return pytest.param(body, want, marks=marks, id=body[:40])


FORMS = [
    # the directive carries a strong verb's act stated after it: no industrial policy
    row("台湾这次却以行政命令单方面终止菠萝输陆。", set()),
    row("中国海关以行政命令终止台湾菠萝输陆。", set()),
    row("總統簽署行政命令,終止鳳梨輸陸。", set()),
    row("中国以行政命令单方面暂停台湾菠萝进口。", {("IMPORT_RESTRICTION", "impose", "CHN")}),
    row("俄罗斯总统普京周一签署法令,暂停向美国出口浓缩铀。", {("EXPORT_BAN", "impose", "RUS")}),
    row("印尼總統簽署總統令,禁止鎳礦出口。", {("EXPORT_BAN", "impose", "IDN")}),
    row(
        "Indonesia's president signed a decree on Monday, halting exports of nickel ore.",
        {("EXPORT_BAN", "impose", "IDN")},
    ),
    row(
        "Putin signed a decree on Monday and halted exports of enriched uranium to the US.",
        {("EXPORT_BAN", "impose", "RUS")},
    ),
    # controls: the directive is the measure
    row("普京周一签署总统令,推动稀土产业发展。", {(IP, "impose", "RUS")}),
    row("Putin signed a decree on Monday on the development of the rare earth industry.", {(IP, "impose", "RUS")}),
    row("Trump signed an executive order on Monday to boost production of critical minerals.", {(IP, "impose", "USA")}),
]


@pytest.mark.parametrize(("body", "want"), FORMS)
def test_vehicle_form(body: str, want: set[tuple[str, str, str]]) -> None:
    assert main_actor_events(body) == want
