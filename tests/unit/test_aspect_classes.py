"""The aspect and type rows of ``extract/data/triggers/aspect_classes.jsonl`` and the anaphoric ban of
``noun_rules.anaphoric_ban``, on sentences of our own wording through the whole pipeline."""

from __future__ import annotations

import pytest

from policykg.extract import event_rules, noun_rules
from tests.rule_cases import case_ids, rule_events
from tests.rule_cases import main_actor_events as events

ROWS = [
    # lift (lapse): letting a measure run out ends it
    ("Peru let its tariffs on Chilean wine lapse on Monday.", {("TARIFF", "lift", "PER")}),
    (
        "Peru imposed a ban on imports of Chilean onions in May. Peru allowed the ban to expire on Monday.",
        {("IMPORT_RESTRICTION", "impose", "PER"), ("IMPORT_RESTRICTION", "lift", "PER")},
    ),
    # limits: "allowed" with no running out is no act on the measure
    ("Peru allowed Chilean firms to export copper.", set()),
    # threaten (deliberation): a body studying or weighing a measure aloud threatens it
    ("秘鲁外贸部发言人表示,有关部门正研究进一步采取中止对智利关税减让等措施。", {("TARIFF", "threaten", "PER")}),
    ("秘鲁外贸部表示,将考虑采取加征关税等措施。", {("TARIFF", "threaten", "PER")}),
    # suspend (tariff relief granted): the tariff stays, some are let off
    ("Peru granted tariff exclusions to Chilean exporters on Monday.", {("TARIFF", "suspend", "PER")}),
    (
        "Peru said on Monday it would offer exemptions from its wine tariffs to Chilean exporters.",
        {("TARIFF", "suspend", "PER")},
    ),
    # limits: relief from another measure is no tariff
    ("Peru granted an exemption from its export controls to Chilean firms.", {("EXPORT_CONTROL", "approve", "PER")}),
    # tariff: a compensatory quota (cuota compensatoria) is a duty
    (
        "On Monday, Peru established compensatory quotas on imports of footwear originating in China.",
        {("TARIFF", "impose", "PER")},
    ),
]


@pytest.mark.parametrize("body, expected", ROWS, ids=case_ids(ROWS))
def test_aspect_rows(body: str, expected: set[tuple[str, str, str]]) -> None:
    assert events(body) == expected


ANAPHORS = [
    # anaphoric_ban: "this ban" keeps the type of the ban stated before, whatever flow its own sentence names
    (
        "Peru imposed its own ban on imports of Chilean onions in May. Peru allowed this ban to expire on Monday "
        "after Chile pledged to tighten controls on exports.",
        {("IMPORT_RESTRICTION", "impose", "PER"), ("IMPORT_RESTRICTION", "lift", "PER")},
    ),
]


@pytest.mark.parametrize("body, expected", ANAPHORS, ids=case_ids(ANAPHORS))
def test_anaphoric_ban(body: str, expected: set[tuple[str, str, str]], monkeypatch: pytest.MonkeyPatch) -> None:
    assert events(body) == expected
    monkeypatch.setattr(noun_rules, "anaphoric_ban", lambda text, start, end: False)
    assert events(body) != expected


PARTICIPLES = [
    # attributive_operation: a participle of extending, pausing or lifting as an adjective restates the measure
    (
        "Peru extended its export ban on copper to Chile on Monday. The extended export ban will hurt Chilean "
        "smelters.",
        {("EXPORT_BAN", "extend", "PER")},
    ),
    ("The suspended tariffs on Chilean wine will return in May, Peru said.", set()),
    # "threatened" as an adjective after a preposition or a determiner names someone else's threat
    (
        "Peru's president met regional leaders on Monday to discuss plans for persuading Chile to back off "
        "threatened steep tariffs.",
        set(),
    ),
    # the verb form states the act
    ("Peru suspended the tariffs on Chilean wine on Monday.", {("TARIFF", "suspend", "PER")}),
    ("Chile threatened steep tariffs on Peru on Monday.", {("TARIFF", "threaten", "CHL")}),
]


@pytest.mark.parametrize("body, expected", PARTICIPLES, ids=case_ids(PARTICIPLES))
def test_attributive_operation(body: str, expected: set[tuple[str, str, str]], monkeypatch: pytest.MonkeyPatch) -> None:
    assert events(body) == expected
    if not expected:  # without the veto the participle states an act of its own
        monkeypatch.setattr(
            event_rules, "VETOES", tuple(r for r in event_rules.VETOES if r[0] != "attributive_operation")
        )
        assert events(body) != expected


GOODS_PARTICIPLES = [
    # attributive_goods: a participle of the act as the adjective of goods or parties states no act
    (
        "Malaysia imposed anti-dumping duties on steel from China and Vietnam on Monday. Imports from Thailand are "
        "exempted from the duties as the volume of investigated imports is below 3 per cent.",
        {("TARIFF", "impose", "MYS")},
    ),
    (
        "Japan granted subsidies of 10 billion yen to chipmakers on Monday. Japan said the volume of subsidised "
        "imports had doubled.",
        {("INDUSTRIAL_POLICY", "impose", "JPN")},
    ),
    (
        "Peru imposed anti-dumping duties on Chilean steel on Monday. The ministry said that the investigated "
        "products had been sold below cost.",
        {("TARIFF", "impose", "PER")},
    ),
    (
        "秘鲁周一对智利钢铁征收反倾销税。秘鲁称,被调查产品的进口数量大幅增加。",
        {("TARIFF", "impose", "PER")},
    ),
    # the verb form states the act
    ("Peru investigated imports of Chilean steel on Monday.", {("INVESTIGATION", "impose", "PER")}),
    ("秘鲁周一宣布调查智利钢铁产品。", {("INVESTIGATION", "impose", "PER")}),
]


@pytest.mark.parametrize("body, expected", GOODS_PARTICIPLES, ids=case_ids(GOODS_PARTICIPLES))
def test_attributive_goods(body: str, expected: set[tuple[str, str, str]]) -> None:
    assert events(body) == expected
    assert len(rule_events(body)) == len(expected)  # no second event of the same key


def test_attributive_goods_is_needed(monkeypatch: pytest.MonkeyPatch) -> None:
    """Without the veto the participle of the first two articles states an act of its own (a second event)."""
    monkeypatch.setattr(event_rules, "VETOES", tuple(r for r in event_rules.VETOES if r[0] != "attributive_goods"))
    assert all(len(rule_events(body)) == 2 for body, _ in GOODS_PARTICIPLES[:2])


REDUCED_RELATIVES = [
    # reduced_relative: a participle of the act after a definite noun of parties or goods refers to the act
    (
        "Chile's trade ministry said the Peruvian companies added to its entity list had helped Bolivia. Chile's "
        "trade ministry on Monday added 28 Peruvian companies to the entity list.",
        {("SANCTION", "impose", "CHL")},
    ),
    (
        "Chile added 28 Peruvian companies to its entity list on Monday. The Peruvian companies added to the list "
        "had helped Bolivia, the ministry said.",
        {("SANCTION", "impose", "CHL")},
    ),
    (
        "Chile banned exports of copper on Monday. Exports of the products banned by Chile fell by half.",
        {("EXPORT_BAN", "impose", "CHL")},
    ),
    # the verb form states the act, and so does a headline's participle
    ("Chile added 28 Peruvian companies to its entity list on Monday.", {("SANCTION", "impose", "CHL")}),
]


@pytest.mark.parametrize("body, expected", REDUCED_RELATIVES, ids=case_ids(REDUCED_RELATIVES))
def test_reduced_relative(body: str, expected: set[tuple[str, str, str]]) -> None:
    assert events(body) == expected
    assert len(rule_events(body)) == len(expected)


def test_reduced_relative_is_needed(monkeypatch: pytest.MonkeyPatch) -> None:
    """Without the veto the participle of the first article states an act of its own (a second event)."""
    monkeypatch.setattr(event_rules, "VETOES", tuple(r for r in event_rules.VETOES if r[0] != "reduced_relative"))
    assert len(rule_events(REDUCED_RELATIVES[0][0])) == 2


def test_headline_participle_states_the_act() -> None:
    """ "Peruvian firms added to Chile's entity list": the veto skips titles, so the headline restates the body's act."""
    got = rule_events(
        "Chile added 28 Peruvian companies to its entity list on Monday.",
        title="Peruvian firms added to Chile's entity list",
    )
    assert {(e.type, e.action) for e in got} == {("SANCTION", "impose")}


REVIEWS = [
    # review_scope (types.jsonl investigation_opened): a review of duties or imports is a trade investigation ...
    (
        "Peru's trade ministry has initiated a review to see whether there is a need to continue anti-dumping duties "
        "on steel from China.",
        {("INVESTIGATION", "impose", "PER")},
    ),
    ("On Monday, Peru launched a sunset review of its duties on Chinese steel.", {("INVESTIGATION", "impose", "PER")}),
    # ... a security review, or a review of a deal or a policy, is not (contract)
    ("Peru's regulator launched a cybersecurity review of a Chilean chipmaker on Monday.", set()),
    ("Peru launched a review of its mining policy on Monday.", set()),
]


@pytest.mark.parametrize("body, expected", REVIEWS, ids=case_ids(REVIEWS))
def test_review_scope(body: str, expected: set[tuple[str, str, str]]) -> None:
    assert events(body) == expected


HALTS = [
    # halting a trade flow imposes a ban (export_halt / purchase_halt rows) ...
    ("Peru halted exports of copper to Chile on Monday.", {("EXPORT_BAN", "impose", "PER")}),
    ("Peru halted imports of Chilean beef on Monday.", {("IMPORT_RESTRICTION", "impose", "PER")}),
    # ... halting or suspending a measure (a ban, a tax, a duty) pauses it: the rows stop before a measure noun
    ("Peru suspended the export ban on copper on Monday.", {("EXPORT_BAN", "suspend", "PER")}),
    ("Peru suspended the imports ban on Chilean beef on Monday.", {("IMPORT_RESTRICTION", "suspend", "PER")}),
    # (halting a measure stays lift, as the sample corpus labels "halting countermeasures"; scrapping is lift)
    ("Peru halted the export ban on copper on Monday.", {("EXPORT_BAN", "lift", "PER")}),
    ("Peru scrapped its tariffs on Chilean wine on Monday.", {("TARIFF", "lift", "PER")}),
    # freezing a measure (aspect_classes.jsonl suspend) pauses it; freezing assets pauses no measure: it is the
    # contract's asset-freeze SANCTION (verb_forms.jsonl)
    ("Peru announced a freeze on new export controls on copper on Monday.", {("EXPORT_CONTROL", "suspend", "PER")}),
    ("Peru froze the assets of Chilean firms on Monday.", {("SANCTION", "impose", "PER")}),
]


@pytest.mark.parametrize("body, expected", HALTS, ids=case_ids(HALTS))
def test_halts_and_pauses(body: str, expected: set[tuple[str, str, str]]) -> None:
    assert events(body) == expected


CONJUNCTS = [
    # conjunct_rules.shared_subject: a subjectless passive conjunct acts on the measure of the clause before it
    (
        "Peru imposed the duty on Chilean steel in 2016. This duty was set to expire on May 16 this year, but was "
        "later extended to October 31, 2026.",
        {("TARIFF", "impose", "PER"), ("TARIFF", "extend", "PER")},
    ),
    # modality.modal_before_verb: the month "May 16" is no modal "may"
    ("Peru's tariffs on Chilean wine, due in May 2026, were extended on Monday.", {("TARIFF", "extend", "PER")}),
]


@pytest.mark.parametrize("body, expected", CONJUNCTS, ids=case_ids(CONJUNCTS))
def test_shared_subject(body: str, expected: set[tuple[str, str, str]]) -> None:
    assert events(body) == expected
