"""Who acts (extract/roles.py, extract/actor_rules.py), on sentences of our own wording.

Each case goes through the whole pipeline and asserts the exact events, then puts back the
behaviour its rule replaced and asserts that the answer changes, so every case pins its rule:

* ``compound_modifier`` — "Australian-owned Nexperia": a state fused into a compound adjective
  ("-owned", "-based", "-backed") qualifies the noun after it; it is neither the agent, nor the
  subject, nor a target of the act (the firm applied);
* ``office_first`` — an agentless sentence inherits the actors of the one before; when an office holder
  leads them ("Joe Biden and China clashed"), his state comes first, and the state named after him is
  the new measure's target, not its actor;
* ``decision_owner`` — "concerned about China's decision to tighten", 欧方对中国加强…的决定感到关切: the act
  is the content of the named party's decision; the party reacting to it does not act;
* ``main_explicit`` — an agentless sentence inherits the actor of the previous sentence's first explicit act
  (its main clause), not of a measure named in an adjunct after it ("in retaliation for Brussels's tariffs");
* ``titled_state`` — "British Foreign Secretary Jeremy Hunt asked for an exemption": an office holder the
  lexicon does not know acts for the state his title names right before his name (a minister's country).
"""

from __future__ import annotations

import re

import pytest

from policykg.extract import coref, roles
from tests.rule_cases import PUBLISHED, case_ids, rule_events

assert PUBLISHED == "2025-11-25T09:00:00"  # a Tuesday: "on Monday" is 2025-11-24

NEVER = re.compile(r"(?!)")
# the behaviour each rule replaced: (module, attribute, old value)
REPLACED: dict[str, tuple[object, str, object]] = {
    "compound_modifier": (roles, "_COMPOUND", NEVER),
    "office_first": (coref, "office_first", lambda actors, entities, officials: list(actors)),
    "decision_owner": (coref, "decision_owner", lambda *args: []),
    "titled_state": (coref, "titled_state", lambda text, mentions, actors, entities, officials: list(actors)),
    "main_explicit": (
        coref,
        "main_explicit",
        lambda cands: next(
            (list(c.actors) for c in reversed(cands) if c.how == "explicit" and c.actors and not c.title), None
        ),
    ),
}


def events(body: str) -> set[tuple]:
    return {(e.type, e.action, e.actors, e.items, e.targets, e.date) for e in rule_events(body)}


CASES = [
    (
        "China's Ministry of Commerce launched an anti-dumping investigation into steel from Japan on Monday after"
        " getting an application from Australian-owned Nexperia.",
        "compound_modifier",
        {("INVESTIGATION", "request", ("org:nexperia",), ("item:steel",), ("JPN",), "2025-11-24")},
    ),
    (
        "Australian-owned Nexperia has filed applications for export licences, the company said on Monday.",
        "compound_modifier",
        # perfect_report (dates): a present-perfect act whose only day is the day it was said has no date
        {("EXPORT_CONTROL", "request", ("org:nexperia",), (), (), None)},
    ),
    (
        "Joe Biden and China clashed on Monday. The new rules tighten export controls on China.",
        "office_first",
        {("EXPORT_CONTROL", "impose", ("USA", "person:joe_biden"), (), ("CHN",), "2025-11-24")},
    ),
    (
        "拜登政府即将敲定对中国芯片出口限制新规。法规更新将收紧对中国的出口限制。",
        "office_first",
        {("EXPORT_CONTROL", "impose", ("USA", "person:joe_biden"), (), ("CHN",), None)},
    ),
    (
        "The EU is concerned about China's decision to tighten rare earth export controls.",
        "decision_owner",
        {("EXPORT_CONTROL", "impose", ("CHN",), ("item:rare_earths",), (), None)},
    ),
    (
        "欧方对中国加强稀土出口管制的决定感到关切。",
        "decision_owner",
        {("EXPORT_CONTROL", "impose", ("CHN",), ("item:rare_earths",), (), None)},
    ),
    (
        "中方对美方将中国企业列入实体清单的做法表示强烈不满。",
        "decision_owner",
        {("SANCTION", "impose", ("USA",), (), ("CHN",), None)},
    ),
    # no reaction after the decision noun: 对 marks the target of the subject's act
    ("美国对中国加征关税的决定于周一生效。", None, {("TARIFF", "impose", ("USA",), (), ("CHN",), "2025-11-24")}),
    (
        "China slapped anti-dumping duties on EU pork on Monday, in a move widely seen as retaliation for Brussels’s"
        " tariffs on Chinese electric vehicles. The investigation has been extended to December 16.",
        "main_explicit",
        {
            ("INVESTIGATION", "extend", ("CHN",), (), (), "2025-11-24"),
            ("TARIFF", "impose", ("EU",), ("item:electric_vehicles",), ("CHN",), None),
            ("TARIFF", "impose", ("CHN",), ("item:pork",), ("EU",), "2025-11-24"),
        },
    ),
    (
        "Germany extended its arms export ban on Saudi Arabia on Monday. Last month, British Foreign Secretary"
        " Jeremy Hunt asked for an exemption for such projects.",
        "titled_state",
        {
            ("EXPORT_BAN", "request", ("GBR", "person:jeremy_hunt"), (), ("DEU",), None),
            ("EXPORT_BAN", "extend", ("DEU",), ("item:weapons",), ("SAU",), "2025-11-24"),
        },
    ),
]


@pytest.mark.parametrize(("body", "rule", "expected"), CASES, ids=case_ids(CASES))
def test_actor_rules(body: str, rule: str | None, expected: set[tuple], monkeypatch: pytest.MonkeyPatch) -> None:
    assert events(body) == expected
    if rule is None:
        return
    module, name, old = REPLACED[rule]
    monkeypatch.setattr(module, name, old)
    assert events(body) != expected
