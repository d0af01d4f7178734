"""A measure named as a part of an instrument just adopted (``noun_rules.included_measure``).

"The EU adopted its 19th package, which includes a ban on Russian LNG imports": adopting the whole adopts its
parts, so the bare measure noun states the adopter's act (the subject before the inclusion, not the state of the
goods).  Invented sentences, one per form: which includes / that contains / including / containing, the verbs of
adopting (adopt, approve, unveil, announce, pass), packages, bills and sanctions packages, English and Chinese
(其中包括 / 包括); and the forms that adopt nothing (a condemnation, a hedged discussion).
"""

from __future__ import annotations

import pytest

from tests.rule_cases import case_ids, main_actor_events

CASES = [
    (
        "The EU adopted its 19th package against Russia on Monday, which includes a ban on Russian LNG imports.",
        {("IMPORT_RESTRICTION", "impose", "EU")},
    ),
    (
        "Japan approved a new package of measures on Monday, including a ban on exports of chip equipment to Russia.",
        {("EXPORT_BAN", "impose", "JPN")},
    ),
    (
        "The UK unveiled a package on Monday that contains restrictions on Russian steel imports.",
        {("IMPORT_RESTRICTION", "impose", "GBR")},
    ),
    (
        "Canada announced a package on Monday containing a ban on imports of Russian aluminium.",
        {("IMPORT_RESTRICTION", "impose", "CAN")},
    ),
    (
        "The US Congress passed a bill on Monday that includes a ban on imports of Russian uranium.",
        {("IMPORT_RESTRICTION", "impose", "USA")},
    ),
    (
        "The EU adopted a new sanctions package against Russia on Monday, including a ban on Russian LNG imports.",
        {("SANCTION", "impose", "EU"), ("IMPORT_RESTRICTION", "impose", "EU")},
    ),
    # 通过…制裁 adopts the sanctions as "adopted a new sanctions package" does (xrole8, triggers/role_classes.jsonl)
    (
        "欧盟周一通过第19轮对俄制裁方案，其中包括禁止进口俄罗斯液化天然气。",
        {("SANCTION", "impose", "EU"), ("IMPORT_RESTRICTION", "impose", "EU")},
    ),
    ("欧盟通过了新一揽子措施，包括对俄罗斯钢铁的进口禁令。", {("IMPORT_RESTRICTION", "impose", "EU")}),
    # nothing adopted
    ("Russia condemned the package, which includes a ban on Russian gas imports.", set()),
    ("The EU is discussing a package that could include a ban on Russian LNG imports.", set()),
]


@pytest.mark.parametrize(("body", "expected"), CASES, ids=case_ids(CASES))
def test_included_measure(body: str, expected: set[tuple[str, str, str]]) -> None:
    assert main_actor_events(body) == expected
