"""Dates an event takes from outside its own clause (``extract/event_dates.py``), and the
contract's rule that computed window ends are no ``until``: invented sentences, exact dates."""

from __future__ import annotations

import datetime as dt

import pytest

from policykg.extract.entities import find_mentions, load_gazetteer, resolve_entities
from policykg.extract.events import find_events

PUBLISHED = dt.date(2025, 11, 7)  # a Friday


def dates(body: str, title: str = "x") -> set[tuple]:
    """(type, action, main actor, date, until) of each event of an invented article."""
    text = title + "\n" + body
    gaz = load_gazetteer().scoped()
    mentions = find_mentions(text, gaz)
    entities = {e.id: e for e in resolve_entities(mentions, gaz)}
    return {(e.type, e.action, e.actors[0], e.date, e.until) for e in find_events(text, mentions, entities, PUBLISHED)}


CASES = [
    # effective_clause: a later clause of the same sentence states only when the act takes effect
    (
        "effective_clause zh",
        "美国商务部将三家中国企业列入实体清单，禁止其采购美国零部件，5日起生效。",
        {("SANCTION", "impose", "USA", "2025-11-05", None)},
    ),
    (
        "effective_clause en",
        "Peru added two Chinese shipping firms to its Entity List on trade grounds, effective Nov. 3.",
        {("SANCTION", "impose", "PER", "2025-11-03", None)},
    ),
    (
        "effective_clause en: enters into force",
        "Peru added two Chinese shipping firms to its Entity List on trade grounds, which enters into force on Nov. 3.",
        {("SANCTION", "impose", "PER", "2025-11-03", None)},
    ),
    (
        "own day beats the effective clause",
        "Peru on Tuesday added two Chinese shipping firms to its Entity List, effective Nov. 10.",
        {("SANCTION", "impose", "PER", "2025-11-04", None)},
    ),
    # announcement_day: a sentence that only dates the announcement around it
    (
        "announcement_day after",
        "Chile is imposing a 20 per cent tariff on steel imports from China.\n"
        "Officials made the announcement on Wednesday in Santiago.",
        {("TARIFF", "impose", "CHL", "2025-11-05", None)},
    ),
    (
        "announcement_day before",
        "The decision was announced on Monday after a cabinet meeting.\n"
        "Chile will impose a 20 per cent tariff on steel imports from China.",
        {("TARIFF", "impose", "CHL", "2025-11-03", None)},
    ),
    (
        "announcement_day: issued_act",
        "Chile will impose a 20 per cent tariff on steel imports from China.\n"
        "The decision came out on Monday, but was only released on Thursday.",
        {("TARIFF", "impose", "CHL", "2025-11-03", None)},
    ),
    (
        "announcement_day: issued_act, signed",
        "Chile will impose a 20 per cent tariff on steel imports from China.\nThe decree was signed on Tuesday.",
        {("TARIFF", "impose", "CHL", "2025-11-04", None)},
    ),
    (
        "no announcement sentence, no date",
        "Chile will impose a 20 per cent tariff on steel imports from China.\nOfficials met on Wednesday.",
        {("TARIFF", "impose", "CHL", None, None)},
    ),
    # statement day: announcing is the act, so "said on Monday it will ... starting Dec. 1" is Monday
    (
        "statement day beats the start",
        "Chile's finance ministry said on Monday it will suspend tariffs on Chinese steel starting Dec. 1.",
        {("TARIFF", "suspend", "CHL", "2025-11-03", None)},
    ),
    # parallel_provision: a provision after "；" shares the date of the one before it
    (
        "parallel_provision",
        "商务部公告，即日起禁止镓对美国出口；对石墨对美国出口，实施更严格的审查。",
        {("EXPORT_BAN", "impose", "CHN", "2025-11-07", None), ("EXPORT_CONTROL", "impose", "CHN", "2025-11-07", None)},
    ),
    # window_before: the window stated in the clause before the act gives its date and until
    (
        "window_before",
        "商务部宣布，自即日起至2026年11月10日，暂停实施对镓的出口管制。",
        {("EXPORT_CONTROL", "suspend", "CHN", "2025-11-07", "2026-11-10")},
    ),
    # a subordinate clause of time takes no window stated before it: the window is the main clause's
    (
        "window_before: not into a subordinate clause",
        "Duties on U.S. whiskey remain on hold until March 31, 2026, after Washington agreed to suspend its tariffs "
        "on EU steel.",
        {("TARIFF", "suspend", "USA", None, None), ("TRADE_DEAL", "impose", "USA", None, None)},
    ),
    (
        "window_before: not into a 此前 clause",
        "智利维持对秘鲁铜的关税至2026年3月31日，此前秘鲁宣布暂停铜出口配额。",
        {("EXPORT_BAN", "impose", "PER", None, None)},
    ),
    # two suspensions with different written ends stay two events
    (
        "different window ends",
        "商务部宣布，自即日起至2026年11月10日，暂停实施对镓的出口管制。"
        "商务部宣布，自即日起至2026年11月27日，暂停实施对锗的出口管制。",
        {
            ("EXPORT_CONTROL", "suspend", "CHN", "2025-11-07", "2026-11-10"),
            ("EXPORT_CONTROL", "suspend", "CHN", "2025-11-07", "2026-11-27"),
        },
    ),
    # durations: the contract keeps only written window ends
    (
        "computed end is no until",
        "Chile said on Monday it will suspend its tariffs on Chinese steel for three months starting Dec. 1.",
        {("TARIFF", "suspend", "CHL", "2025-11-03", None)},
    ),
    (
        "written end is the until",
        "Chile said on Monday it will suspend its tariffs on Chinese steel between Dec. 1 and Feb. 28, 2026.",
        {("TARIFF", "suspend", "CHL", "2025-11-03", "2026-02-28")},
    ),
    # subject_day: a day between the subject and the verb dates the coordinated acts of the predicate
    (
        "subject_day: coordinated object",
        "Chile's government on Tuesday decided to impose import quotas on Chinese steel and a 25% tax on them.",
        {("IMPORT_RESTRICTION", "impose", "CHL", "2025-11-04", None), ("TARIFF", "impose", "CHL", "2025-11-04", None)},
    ),
    (
        "subject_day: not a day after the verb",
        "Chile will impose import quotas on Chinese steel, the level it revealed on Tuesday, and a 25% tax on copper.",
        {("IMPORT_RESTRICTION", "impose", "CHL", "2025-11-04", None), ("TARIFF", "impose", "CHL", None, None)},
    ),
    (
        "subject_day: not another actor's act",
        "Chile on Tuesday imposed import quotas on Chinese steel, while Peru imposed a 25% tax on copper.",
        {("IMPORT_RESTRICTION", "impose", "CHL", "2025-11-04", None), ("TARIFF", "impose", "PER", None, None)},
    ),
    # start_year: two measures starting in different written years are two ("starting in June 2026" is a start)
    (
        "start_year",
        "Chile has announced a ban on copper ore exports starting in June 2026 to encourage domestic smelting.\n"
        "The government has implemented a ban on lithium ore exports since January 1, 2020, with positive results.",
        {("EXPORT_BAN", "impose", "CHL", None, None), ("EXPORT_BAN", "impose", "CHL", "2020-01-01", None)},
    ),
    # window_after: a window closing the sentence ends each coordinated part of the measure
    (
        "window_after: coordinated parts",
        "Chile will suspend 25 percent tariffs on Chinese steel and 5 percent tariffs on Chinese aluminium "
        "between Dec. 1 and Feb. 28, 2026, the ministry said.",
        {("TARIFF", "suspend", "CHL", None, "2026-02-28")},
    ),
    (
        "window_after: not past another measure",
        "Chile will suspend its tariffs on Chinese steel and impose a ban on copper exports to China "
        "between Dec. 1 and Feb. 28, 2026.",
        {("TARIFF", "suspend", "CHL", None, None), ("EXPORT_BAN", "impose", "CHL", "2025-12-01", "2026-02-28")},
    ),
]


@pytest.mark.parametrize("name, body, expected", CASES, ids=[c[0] for c in CASES])
def test_event_dates(name, body, expected):
    assert dates(body) == expected


DATELINES = [
    # dispatch_day: 今天 counts from the dispatch's dateline, which may be the day before publication
    (
        "(中央社华盛顿6日综合外电报导)美国商务部今天宣布将五家中国企业列入实体清单。",
        {("SANCTION", "impose", "USA", "2025-11-06", None)},
    ),
    # so does "today" in an English dispatch
    (
        "WASHINGTON, Nov 6 (Reuters) - The U.S. Commerce Department today added five Chinese firms to its Entity List.",
        {("SANCTION", "impose", "USA", "2025-11-06", None)},
    ),
    # the dateline's own date is not the act's: the act is dated by 上周五
    (
        "【新华网2025年11月7日讯】上周五,美国商务部将五家中国企业列入实体清单。",
        {("SANCTION", "impose", "USA", "2025-10-31", None)},
    ),
    # an English dateline dates the dispatch, not the act (whose day is not stated)
    (
        "WASHINGTON, Nov 7 (Reuters) - The U.S. has added five Chinese firms to its Entity List.",
        {("SANCTION", "impose", "USA", None, None)},
    ),
    # notice_day: 即日 is the day of the notice the article dates, not the publication day
    (
        "11月5日，商务部发布公告。公告称，即日起对镓实施出口管制。",
        {("EXPORT_CONTROL", "impose", "CHN", "2025-11-05", None)},
    ),
    ("商务部公告称，即日起对镓实施出口管制。", {("EXPORT_CONTROL", "impose", "CHN", "2025-11-07", None)}),
    # no dateline: 今天 is the publication day
    ("美国商务部今天宣布将五家中国企业列入实体清单。", {("SANCTION", "impose", "USA", "2025-11-07", None)}),
]


@pytest.mark.parametrize("body, expected", DATELINES, ids=[c[0][:20] for c in DATELINES])
def test_dispatch_day(body, expected):
    assert dates(body) == expected


@pytest.mark.parametrize(
    ("body", "days"),
    [
        # fronted_day: a day opening the sentence before a comma dates each of its acts
        (
            "On Nov. 3, Peru published a notice in its official gazette announcing the inclusion of Chile in its "
            "whitelist again.",
            {"2025-11-03"},
        ),
        ("在11月3日，秘鲁宣布暂停对智利出口铜矿，并恢复进口。", {"2025-11-03"}),
        # fronted_clause: a fronted subordinate phrase between the day and the main clause ("On Thursday, after
        # concluding an investigation, X imposed …"): the act is the main clause's, dated by the opening day
        (
            "On Thursday, after concluding an anti-dumping investigation, Peru's trade ministry imposed duties on "
            "Chinese steel.",
            {"2025-11-06"},
        ),
        ("On Thursday, following talks with Lima, Chile lifted its ban on Peruvian copper.", {"2025-11-06"}),
        ("On Nov. 3, after a review of stocks, India banned exports of onions.", {"2025-11-03"}),
        ("On Thursday, after weeks of talks, the EU suspended its retaliatory tariffs on U.S. goods.", {"2025-11-06"}),
        # a time-of-day modifier may open the sentence before its day
        (
            "Late on Thursday, after a cabinet meeting, Peru raised tariffs on Chinese steel to 20 percent.",
            {"2025-11-06"},
        ),
        ("Early on Nov. 3, India banned exports of onions.", {"2025-11-03"}),
        # a day inside a later clause dates only its own clause, and a day inside a clause of time ("when he
        # revealed the plan Nov. 1") only that clause's verb (time_clause): the levy stays undated
        (
            "Peru will levy a 25 percent duty on steel and 10 percent on copper, the level its president promised "
            "when he revealed the plan Nov. 1.",
            {None},
        ),
    ],
)
def test_fronted_day_dates_every_act_of_its_sentence(body: str, days: set) -> None:
    assert {e[3] for e in dates(body)} == days


@pytest.mark.parametrize(
    ("second", "expected"),
    [
        # news_day: a further act of the same actor just after a dated one shares its day
        ("Peru also added 40 Chilean firms to its entity list.", ("SANCTION", "impose", "PER", "2025-11-03", None)),
        # ... not when the clause has a time of its own, however vague
        ("Back in May, Peru had added 40 Chilean firms to its entity list.", ("SANCTION", "impose", "PER", None, None)),
        # ... nor for another actor
        ("Chile added 40 Peruvian firms to its entity list.", ("SANCTION", "impose", "CHL", None, None)),
    ],
)
def test_news_day_dates_the_next_acts_of_the_same_actor(second: str, expected: tuple) -> None:
    first = "Peru on Monday announced export controls on copper shipments to Chile. "
    assert dates(first + second) == {("EXPORT_CONTROL", "impose", "PER", "2025-11-03", None), expected}


@pytest.mark.parametrize(
    ("body", "day"),
    [
        # signature_day: a notice signed at its end is dated by its signature, not by its start date
        ("海关总署决定自2025年11月10日起暂停秘鲁鱿鱼输入。\n特此公告。\n海关总署\n2025年11月5日", "2025-11-05"),
        # a credit line in brackets may follow the signature
        ("海关总署决定自2025年11月10日起暂停秘鲁鱿鱼输入。\n海关总署\n2025年11月5日\n（据海关总署网站）", "2025-11-05"),
        # a date ending a sentence of prose is no signature: the start date stays when that day is no recent news
        ("海关总署决定自2025年11月10日起暂停秘鲁鱿鱼输入，公告于2025年9月5日", "2025-11-10"),
        # news_over_effect: a recent day of the notice told in prose dates the act over its start
        ("海关总署决定自2025年11月10日起暂停秘鲁鱿鱼输入，公告于2025年11月5日", "2025-11-05"),
    ],
)
def test_signature_day_dates_a_signed_notice(body: str, day: str) -> None:
    assert {e[3] for e in dates(body)} == {day}


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # anchored_day: 前一天 / "the next day" count from the day named before them
        (
            "智利政府11月4日宣布扩大铜出口限制。在智利宣布新决定的前一天，秘鲁公布出口管制新规，收紧铜矿出口。",
            {
                ("EXPORT_CONTROL", "impose", "CHL", "2025-11-04", None),
                ("EXPORT_CONTROL", "impose", "PER", "2025-11-03", None),
            },
        ),
        (
            "Chile imposed export controls on copper on Nov. 3. Peru imposed its own export controls on copper the next day.",
            {
                ("EXPORT_CONTROL", "impose", "CHL", "2025-11-03", None),
                ("EXPORT_CONTROL", "impose", "PER", "2025-11-04", None),
            },
        ),
    ],
)
def test_anchored_day_counts_from_the_day_named_before(body: str, expected: set) -> None:
    assert dates(body) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # shifted_from: the old date of a shifted date is dropped; a moved window keeps its end
        ("调查期限由6月17日延长至12月16日", [("至12月16日", None, "2025-12-16")]),
        ("将征税日期从12月1日推迟至1月1日", [("至1月1日", None, "2026-01-01")]),
        (
            "Peru postponed the increase from December 1 to January 15.",
            [("from December 1 to January 15", None, "2026-01-15")],
        ),
        # a window of no shift keeps its start
        (
            "Tariffs apply from December 1 to January 15.",
            [("from December 1 to January 15", "2025-12-01", "2026-01-15")],
        ),
        ("商务部6月10日公告", [("6月10日", "2025-06-10", None)]),
    ],
)
def test_shifted_from_drops_the_old_date(text: str, expected: list) -> None:
    from policykg.extract.dates import find_dates
    from policykg.extract.event_dates import usable_dates

    found = usable_dates(text, find_dates(text, PUBLISHED), PUBLISHED)
    assert [(d.text, d.date, d.until) for d in found] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # day_only: a Chinese day of the month alone, also in spaced typography ("(9 日)")
        ("商务部3日发布公告", [("3日", "2025-11-03")]),
        ("商务部周日(2 日)表示", [("周日", "2025-11-02"), ("2 日", "2025-11-02")]),
        ("商务部9日发布公告", [("9日", "2025-10-09")]),  # after publication: the month before
        ("2025 年 11 月 3 日", [("2025 年 11 月 3 日", "2025-11-03")]),  # a full date, found once
    ],
)
def test_day_only(text: str, expected: list) -> None:
    from policykg.extract.dates import find_dates
    from policykg.extract.event_dates import day_only

    assert [(d.text, d.date) for d in day_only(text, find_dates(text, PUBLISHED), PUBLISHED)] == expected
