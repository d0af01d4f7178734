"""Who is the clause's subject (extract/roles.py ``subjects``, extract/subject_filters.py), on sentences of our own wording.

Each case goes through the whole pipeline and asserts the exact events, then puts
back the pattern its rule replaced and asserts that the answer changes, so every
case pins its rule:

* ``private_nouns`` — a state before a noun of private business (企业, 果农, "farmers")
  names firms or people of that state, not the state: 经评估智利果农整改措施 is not
  Chile acting.  The Chinese nouns are matched without a word boundary (Chinese
  text runs on without spaces, so ``\\b`` after 企业 never held inside a sentence);
* ``goods_of_origin`` — a state before a goods noun ("cheap Chinese imports", "Chinese
  steel") names where goods come from, not who acts;
* ``passive_patient`` — the subject of a Chinese passive (华为被美国列入实体清单) undergoes the
  act; it is not the actor (a firm as subject would drop the act altogether);
* ``envoys_nationals`` — a state before a noun of its envoys or nationals ("the Lebanese
  ambassador", "Russian diplomats", "Iraqi nationals") names people of that state: "Saudi Arabia
  expels Lebanese ambassador, bans all imports from Lebanon" is Saudi Arabia's act on Lebanon;
* ``reported_subject`` — states that speak ("Two Iraqi officials say", "China says") before the
  reported clause's own subject are not its actors; a speaking agency or person stays;
* ``request_of`` — 应X申请 / 应X请求 ("at the request of X"): X asked, the
  clause's subject acts; 应 joins the prepositions that put a mention out of the
  subject.
"""

from __future__ import annotations

import re

import pytest

from policykg.extract import roles, subject_filters
from policykg.extract.models import Article
from policykg.extract.pipeline import extract_article, load_pipeline

PUBLISHED = "2025-11-25T09:00:00"


def events(body: str) -> set[tuple]:
    """(type, action, actors, items, targets, date) of every event of the article."""
    record = extract_article(Article(title="x", body=body, published=PUBLISHED), load_pipeline(rescore=False))
    return {(e.type, e.action, e.actors, e.items, e.targets, e.date) for e in record.events}


# the patterns the rules replaced
REPLACED: dict[str, tuple[str, object]] = {
    "private_nouns": (
        "_PRIVATE",
        re.compile(
            r"\s*(?:[\w-]+\s+)?(?:companies|company|firms|firm|enterprises|farmers|企业|公司|厂商|车企|商家)\b",
            re.IGNORECASE,
        ),
    ),
    "goods_of_origin": ("goods_of_origin", lambda text, end: False),
    "passive_patient": ("passive_patient", lambda text, end, anchor: False),
    "envoys_nationals": ("envoys_nationals", lambda text, end: False),
    "reported_subject": ("reported_subject", lambda text, groups, entities: groups),
    "request_of": (
        "_NON_SUBJECT_PREP",
        re.compile(roles._NON_SUBJECT_PREP.pattern.replace(r"|(?:应\s*$)", ""), re.IGNORECASE),
    ),
}

NOTICE = ("IMPORT_RESTRICTION", "impose", ("CHN", "org:gac"), (), (), "2025-11-03")

CASES = [
    (
        "envoys_nationals",
        "Saudi Arabia expels Lebanese ambassador, bans all imports from Lebanon.",
        {("IMPORT_RESTRICTION", "impose", ("SAU",), (), ("LBN",), None)},
    ),
    (
        "envoys_nationals",
        "Italy expels Russian diplomats, bans imports of Russian steel.",
        {("IMPORT_RESTRICTION", "impose", ("ITA",), ("item:steel",), ("RUS",), None)},
    ),
    (
        "envoys_nationals",
        "Qatar deports Iraqi nationals and bans imports of dates from Iraq.",
        {("IMPORT_RESTRICTION", "impose", ("QAT",), (), ("IRQ",), None)},
    ),
    (
        "reported_subject",
        "Two Iraqi officials say the United States has given Iraq a new 90-day extension for an Iran sanctions waiver.",
        {("SANCTION", "extend", ("USA",), (), ("IRN",), None)},
    ),
    (
        "reported_subject",
        "China says the United States has given Japan a new extension for a sanctions waiver.",
        {("SANCTION", "extend", ("USA",), (), (), None)},
    ),
    (
        "reported_subject",
        "Ghana says Nigeria has given Benin an extension of the border closure.",
        {("IMPORT_RESTRICTION", "extend", ("NGA",), (), (), None)},
    ),
    (
        "passive_patient",
        "美国24日宣布扩大出口管制。华为被美国列入实体清单后,营收下滑。",
        {
            ("EXPORT_CONTROL", "impose", ("USA",), (), (), "2025-11-24"),
            ("SANCTION", "impose", ("USA",), (), (), "2025-11-24"),  # follow_day: the news day of the same actor
        },
    ),
    (
        "passive_patient",
        "美国24日宣布扩大出口管制。据悉,中兴被美国列入实体清单。",
        {
            ("EXPORT_CONTROL", "impose", ("USA",), (), (), "2025-11-24"),
            ("SANCTION", "impose", ("USA",), (), (), "2025-11-24"),  # follow_day: the news day of the same actor
        },
    ),
    (
        "passive_patient",  # the agent right after 被 is the actor (no earlier sentence names it)
        "华为被美国列入实体清单。",
        {("SANCTION", "impose", ("USA",), (), (), None)},
    ),
    (
        "goods_of_origin",  # (a fronted "In a move ..., " is also skipped by aside_rules.after_fronted_adjunct)
        "Largely targeting cheap Chinese imports, Trump had raised tariffs on steel.",
        {("TARIFF", "impose", ("USA", "person:donald_trump"), ("item:steel",), (), None)},
    ),
    (
        "goods_of_origin",
        "Flooded by cheap Chinese steel, Brazil raised tariffs on steel on Monday.",
        {("TARIFF", "impose", ("BRA",), ("item:steel",), (), "2025-11-24")},
    ),
    (
        "goods_of_origin",
        "Facing a surge of Vietnamese imports, Mexico imposed duties on shoes on Monday.",
        {("TARIFF", "impose", ("MEX",), ("item:footwear",), (), "2025-11-24")},
    ),
    (
        "goods_of_origin",  # the import flow as the clause's subject: the state before its goods is their origin
        "中国周一表示，日本水产品进口被暂停。",
        {("IMPORT_RESTRICTION", "impose", ("CHN",), ("item:seafood",), ("JPN",), "2025-11-24")},
    ),
    (
        "goods_of_origin",
        "中国周一表示，澳大利亚煤炭进口已恢复。",
        {("IMPORT_RESTRICTION", "lift", ("CHN",), ("item:coal",), ("AUS",), "2025-11-24")},
    ),
    (
        "private_nouns",
        "海关总署3日发布公告。经评估智利果农整改措施，决定自12月1日起恢复智利樱桃输入。",
        {NOTICE, ("IMPORT_RESTRICTION", "lift", ("CHN", "org:gac"), ("item:cherries",), (), "2025-12-01")},
    ),
    (
        "private_nouns",
        "海关总署3日发布公告。经评估越南企业整改情况，现决定恢复越南榴莲输入。",
        {NOTICE, ("IMPORT_RESTRICTION", "lift", ("CHN", "org:gac"), ("item:durians",), (), None)},
    ),
    # private_nouns: "a list of Peruvian organizations added to the list" (with "the", reduced_relative vetoes it too) are listed parties, not Peru
    (
        "private_nouns",
        "Chile added 28 Peruvian firms to its entity list on Monday. A complete list of Peruvian organizations "
        "added to the entity list is available in the notice.",
        {("SANCTION", "impose", ("CHL",), (), ("PER",), "2025-11-24")},
    ),
    (
        "request_of",
        "2025年11月3日，商务部应日本钢铁协会申请，对原产于韩国的不锈钢发起反倾销调查。",
        {
            ("INVESTIGATION", "impose", ("CHN", "org:mofcom"), ("item:stainless_steel",), ("KOR",), "2025-11-03"),
            ("INVESTIGATION", "request", ("JPN",), ("item:stainless_steel",), ("KOR",), None),
        },
    ),
    (
        "request_of",
        "11月3日，商务部应欧盟请求，决定暂停对欧盟白兰地征收反倾销税。",
        {
            ("TARIFF", "request", ("EU",), ("item:brandy",), ("CHN",), None),
            ("TARIFF", "suspend", ("CHN", "org:mofcom"), ("item:brandy",), (), "2025-11-03"),
        },
    ),
]


@pytest.mark.parametrize(("rule", "body", "expected"), CASES, ids=[f"{c[0]}-{i}" for i, c in enumerate(CASES)])
def test_subject_rules(rule: str, body: str, expected: set[tuple], monkeypatch: pytest.MonkeyPatch) -> None:
    assert events(body) == expected
    name, old = REPLACED[rule]
    monkeypatch.setattr(subject_filters if hasattr(subject_filters, name) else roles, name, old)
    assert events(body) != expected
