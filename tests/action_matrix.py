"""Rows of the action matrix: which ACTION a sentence gives, by the linguistic class that decides it.

An extracted event matches gold only with the same type AND action, so the action of a measure must follow the
contract's conventions (``events-format.md``, "Actions" and "Further labelling conventions"), whatever the verb:

* ``threat``: conditional and threatened measures ("will impose X unless", "vowed to", "warned it would", "if
  ... then", 扬言, 威胁, 若…将) are ``threaten`` and never ``impose``; ``scheduled``: announced future facts ("will
  take effect on") are ``impose``;
* ``pause``: tariff cuts for a window, paused or delayed increases, exemptions (暂停加征, 暫緩) are ``suspend``;
  ``prolong``: prolonging the pause / truce / exemption (延长暂停期, 继续暂停) is ``extend``; ``resume``: bringing
  the measure back (reinstate, resume, 恢复加征) is ``impose``;
* ``ending``: lift / remove / scrap / terminate / end / revoke / phase out / let lapse, 取消 / 解除 / 终止, and the
  easing of a licence regime (eased export controls, 放宽) are ``lift``;
* ``halt``: the object of the verb decides: halting a trade flow (exports, imports, purchases) is itself a ban
  (``impose``), halting a measure's implementation or halting it for a window is ``suspend`` (a bare halt of a
  measure is its end, ``lift``, as the sample corpus labels "halting countermeasures");
* ``grant``: approving / granting licences and applications is ``approve``, refusing requests ``reject``.

Every sentence is invented; each row is generated from the explicit lists below with the expected (type, action,
main actor) written out, and most rows carry the near-miss action they must NOT give (``avoid``).  Chinese
templates are used in Simplified and, through OpenCC ``s2t``, Traditional script.  Actors rotate over
:data:`tests.trigger_matrix_cells.ACTORS`.  ``tests/unit/test_action_matrix.py`` runs the rows;
``tests/action_matrix_gaps.txt`` names the rows the rules miss (``python -m tests.action_matrix`` prints the pass
rate per cell and the failing ids).
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from tests.trigger_matrix import Row, Triple, passes, traditional
from tests.trigger_matrix_cells import ACTORS


@dataclass(frozen=True)
class Measure:
    """A measure of one type: the new measure (EN object, ZH verb phrase) and the measure in force (EN, ZH noun)."""

    type: str
    new: str
    new_zh: str
    held: str
    held_zh: str


TARIFF = Measure("TARIFF", "tariffs of 25% on steel from Vietnam", "对越南钢铁加征25%关税",
                 "its tariffs on steel from Vietnam", "对越南钢铁加征的关税")  # fmt: skip
CONTROL = Measure("EXPORT_CONTROL", "export controls on graphite", "对石墨实施出口管制",
                  "its export controls on graphite", "对石墨的出口管制")  # fmt: skip
BAN = Measure("EXPORT_BAN", "a ban on exports of nickel ore", "禁止镍矿出口",
              "its ban on nickel ore exports", "镍矿出口禁令")  # fmt: skip
IMPORT_BAN = Measure("IMPORT_RESTRICTION", "a ban on imports of Japanese seafood", "禁止进口日本水产品",
                     "its ban on imports of Japanese seafood", "日本水产品进口禁令")  # fmt: skip
MEASURES = (TARIFF, CONTROL, BAN, IMPORT_BAN)


@dataclass(frozen=True)
class Cell:
    """One class of forms: templates over measures (``{A}`` actor, ``{o}`` / ``{z}`` the measure's EN / ZH form).

    ``action`` is wanted of each row (``None``: no event of the measure's type and ``avoid`` action), ``avoid`` the
    near-miss action it must not give; ``type`` overrides the measure's type (a halt of exports is an EXPORT_BAN).
    """

    name: str
    action: str | None
    avoid: str | None
    measures: tuple[Measure, ...]
    en: tuple[str, ...]
    zh: tuple[str, ...] = ()
    held: bool = False
    type: str = ""


THREAT = Cell(
    "threat", "threaten", "impose", MEASURES,
    (
        "{A} will impose {o} unless Vietnam curbs its exports, officials said on Monday.",
        "{A} vowed on Monday to impose {o}.",
        "{A} warned on Monday that it would impose {o}.",
        "{A} said on Monday it would impose {o} if the talks fail.",
        "If the talks fail, {A} will impose {o}, its trade minister said on Monday.",
        "{A} threatened on Monday to impose {o} if Vietnam does not curb its exports.",
        "{A} said on Monday it was ready to impose {o} if the talks collapse.",
        "{A} has threatened to impose {o}.",
        "{A} warned on Monday that Vietnam could face {o}.",
        "{A} pledged on Monday to retaliate with {o}.",
        "{A} said on Monday it would retaliate with {o} if the talks fail.",
        "Exporters braced on Monday for {o} threatened by {A}.",
    ),
    (
        "{A}周一扬言{z}。",
        "{A}周一威胁{z}。",
        "{A}周一表示，若谈判破裂，将{z}。",
        "{A}周一警告称，如果越南不让步，将{z}。",
        "{A}周一表示，除非越南削减出口，否则将{z}。",
    ),
)  # fmt: skip
SCHEDULED = Cell(
    "scheduled", "impose", "threaten", MEASURES,
    (
        "{A} will impose {o} from December 1, officials said on Monday.",
        "{A} announced {o} on Monday, which will take effect on December 1.",
        "{A} said on Monday that it will impose {o}, effective December 1.",
        "{A} imposed {o} on Monday after months of threats.",
    ),
    ("{A}周一宣布，将自12月1日起{z}。", "{A}周一决定{z}，自12月1日起施行。"),
)  # fmt: skip
PAUSE = Cell(
    "pause", "suspend", "impose", (TARIFF,),
    (
        "{A} cut tariffs on Vietnamese goods to 10% for 90 days on Monday.",
        "{A} agreed on Monday to lower its tariffs on Vietnamese goods to 10% for 90 days.",
        "{A} paused the planned tariff increase on Vietnamese goods on Monday.",
        "{A} delayed the tariff increase on Vietnamese goods by two weeks on Monday.",
        "{A} postponed the planned {o} on Monday.",
        "{A} suspended its additional tariffs on Vietnamese goods for 90 days on Monday.",
        "{A} agreed on Monday to hold off on new tariffs on Vietnamese goods.",
        "{A} exempted Vietnamese steel from its tariffs on Monday.",
        "{A} granted Vietnam an exemption from its steel tariffs on Monday.",
        "{A} reduced its tariffs on Vietnamese goods to 10% on Monday under a 90-day truce.",
    ),
    (
        "{A}周一宣布暂停对越南商品加征关税90天。",
        "{A}周一决定暂缓对越南商品加征关税。",
        "{A}周一宣布将对越南商品加征的关税下调至10%，为期90天。",
        "{A}周一宣布对越南商品暂停加征24%的关税。",
    ),
)  # fmt: skip
PROLONG = Cell(
    "prolong", "extend", "impose", (TARIFF,),
    (
        "{A} extended the pause on tariffs on Vietnamese goods by 90 days on Monday.",
        "{A} extended its tariff truce with Vietnam for another 90 days on Monday.",
        "{A} extended the tariff exemption for Vietnamese steel until March 31 on Monday.",
        "{A} prolonged its suspension of tariffs on Vietnamese goods on Monday.",
        "{A} extended the tariff exclusions for Vietnamese goods until March 31 on Monday.",
        "{A} said on Monday it would keep the reduced tariffs on Vietnamese goods in place until March 31.",
        "{A} said on Monday it would keep {o} in place until March 31.",
        "{A} renewed its tariff waiver for Vietnamese steel on Monday.",
    ),
    (
        "{A}周一宣布将暂停加征越南商品关税的期限延长90天。",
        "{A}周一宣布继续暂停对越南商品加征关税。",
        "{A}周一宣布延长对越南商品的关税暂停期至3月31日。",
    ),
)  # fmt: skip
RESUME = Cell(
    "resume", "impose", "suspend", (TARIFF,),
    (
        "{A} reinstated {o} on Monday.",
        "{A} resumed {o} on Monday.",
        "{A} reimposed {o} on Monday.",
        "{A} restored {o} on Monday after a 90-day pause.",
    ),
    ("{A}周一宣布恢复{z}。", "{A}周一宣布重新{z}。"),
)  # fmt: skip
ENDING = Cell(
    "ending", "lift", "impose", MEASURES,
    (
        "{A} lifted {o} on Monday.",
        "{A} removed {o} on Monday.",
        "{A} scrapped {o} on Monday.",
        "{A} terminated {o} on Monday.",
        "{A} ended {o} on Monday.",
        "{A} revoked {o} on Monday.",
        "{A} abolished {o} on Monday.",
        "{A} said on Monday it will phase out {o} by December.",
        "{A} allowed {o} to lapse on Monday.",
    ),
    ("{A}周一宣布取消{z}。", "{A}周一宣布解除{z}。", "{A}周一宣布终止{z}。", "{A}周一宣布废除{z}。"),
    held=True,
)  # fmt: skip
EASING = Cell(
    "easing", "lift", "impose", (CONTROL,),
    (
        "{A} eased {o} on Monday.",
        "{A} relaxed {o} on Monday.",
        "{A} loosened {o} on Monday.",
        "{A} narrowed {o} on Monday.",
    ),
    ("{A}周一宣布放宽{z}。", "{A}周一宣布放松{z}。"),
    held=True,
)  # fmt: skip
HALT_FLOW = Cell(
    "halt_flow", "impose", "suspend", (BAN,),
    (
        "{A} halted exports of nickel ore on Monday.",
        "{A} stopped exports of nickel ore on Monday.",
        "{A} suspended exports of nickel ore on Monday.",
        "{A} will halt nickel ore exports from December 1.",
    ),
    ("{A}周一宣布暂停镍矿出口。", "{A}周一宣布停止出口镍矿。"),
)  # fmt: skip
HALT_IMPORTS = Cell(
    "halt_imports", "impose", "suspend", (IMPORT_BAN,),
    (
        "{A} halted imports of Japanese seafood on Monday.",
        "{A} halted purchases of Japanese seafood on Monday.",
        "{A} stopped buying Japanese seafood on Monday.",
        "{A} suspended imports of Japanese seafood on Monday.",
    ),
    ("{A}周一宣布暂停进口日本水产品。", "{A}周一宣布全面暂停日本水产品进口。"),
)  # fmt: skip
HALT_MEASURE = Cell(
    "halt_measure", "suspend", "impose", (TARIFF, CONTROL, BAN),
    (
        "{A} halted {o} for 90 days on Monday.",
        "{A} halted the implementation of {o} on Monday.",
        "{A} stopped enforcing {o} on Monday.",
        "{A} froze {o} on Monday.",
    ),
    ("{A}周一宣布暂停实施{z}。", "{A}周一宣布暂停执行{z}。"),
    held=True,
)  # fmt: skip
GRANT = Cell(
    "grant", "approve", "impose", (CONTROL,),
    (
        "{A} approved licence applications for graphite exports on Monday.",
        "{A} granted export licences for graphite to three firms on Monday.",
        "{A} issued its first export licences for graphite on Monday.",
        "{A} approved some applications to export graphite on Monday.",
    ),
    ("{A}周一批准了部分石墨出口许可申请。", "{A}周一向三家企业发放了石墨出口许可证。", "{A}周一向三家企业核发了石墨出口许可证。"),
)  # fmt: skip
REFUSE = Cell(
    "refuse", "reject", "impose", (CONTROL,),
    (
        "{A} rejected licence applications for graphite exports on Monday.",
        "{A} denied applications to export graphite on Monday.",
        "{A} turned down requests for graphite export licences on Monday.",
    ),
    ("{A}周一驳回了石墨出口许可申请。", "{A}周一拒绝了石墨出口许可申请。"),
)  # fmt: skip
REFUSE_EXEMPTION = Cell(
    "refuse_exemption", "reject", "suspend", (TARIFF,),
    (
        "{A} rejected Vietnam's request for an exemption from its steel tariffs on Monday.",
        "{A} turned down a request by Vietnamese firms to be exempted from its steel tariffs on Monday.",
    ),
    ("{A}周一拒绝了越南提出的钢铁关税豁免申请。",),
)  # fmt: skip
CELLS = (
    THREAT, SCHEDULED, PAUSE, PROLONG, RESUME, ENDING, EASING,
    HALT_FLOW, HALT_IMPORTS, HALT_MEASURE, GRANT, REFUSE, REFUSE_EXEMPTION,
)  # fmt: skip


def _fill(template: str, measure: Measure, held: bool, actor: str) -> str:
    """``template`` with the actor and the measure's (new or in-force) form put in, first letter upper-case."""
    o, z = (measure.held, measure.held_zh) if held else (measure.new, measure.new_zh)
    text = template.format(A=actor, o=o, z=z)
    return text[:1].upper() + text[1:]


def _cell_rows(cell: Cell, counter: Iterator[int]) -> Iterator[Row]:
    """The rows of one cell: each template x each measure, English once, Chinese in both scripts."""
    for measure in cell.measures:
        type_ = cell.type or measure.type
        for lang, templates in (("en", cell.en), ("zh", cell.zh), ("zht", cell.zh)):
            for k, template in enumerate(templates):
                actor = ACTORS[next(counter) % len(ACTORS)]
                text = _fill(template, measure, cell.held, actor.name if lang == "en" else actor.zh)
                text = traditional(text) if lang == "zht" else text
                want: Triple | None = (type_, cell.action, actor.code) if cell.action else None
                avoid: Triple | None = (type_, cell.avoid, actor.code) if cell.avoid else None
                yield Row(f"{cell.name}:{type_}:{lang}:{k}", (type_, cell.name), lang, text, False, want, avoid)


def rows() -> list[Row]:
    """Every row of the action matrix in a stable order."""
    counter = iter(range(10**6))
    return [r for cell in CELLS for r in _cell_rows(cell, counter)]


def report() -> str:
    """Pass rate per cell (class x type) and per class, and the failing row ids with their output."""
    from collections import Counter

    from tests.rule_cases import rule_events

    total: Counter[str] = Counter()
    good: Counter[str] = Counter()
    failing: list[str] = []
    for r in rows():
        got = {(e.type, e.action, e.actors[0] if e.actors else None) for e in rule_events(r.text)}
        ok = passes(r, got)
        for key in (r.cell[1], f"{r.cell[1]}:{r.cell[0]}", "all"):
            total[key] += 1
            good[key] += ok
        failing += [] if ok else [f"{r.id}  {r.text}  -> {sorted(got, key=str)}"]
    lines = [f"{k:40s} {good[k]:4d}/{total[k]:<4d} {good[k] / total[k]:.2f}" for k in total]
    return "\n".join([*lines, "# failing", *failing])


if __name__ == "__main__":
    print(report())
