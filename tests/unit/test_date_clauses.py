"""Dates an act takes from another clause of its sentence or from the article's news frame
(``extract/date_clauses.py``): invented sentences, exact (type, action, actor, date, until)."""

from __future__ import annotations

import pytest

from tests.unit.test_event_dates import dates

CASES = [
    # fronted_start: a start date set off before the act's clause is its stated effective date
    (
        "fronted_start zh",
        "商务部发布公告,自12月1日起,对原产于智利的铜精矿加征15%关税。",
        {("TARIFF", "impose", "CHN", "2025-12-01", None)},
    ),
    (
        "fronted_start zh, second provision after ；",
        "秘鲁政府宣布,自2025年12月1日起,对中国钢铁加征20%关税；对中国铝材加征10%关税。",
        {("TARIFF", "impose", "PER", "2025-12-01", None)},
    ),
    (
        "fronted_start zh, at an hour",
        "税委会发布公告,自2025年12月15日12时01分起,对原产于智利的铜精矿加征15%关税。",
        {("TARIFF", "impose", "CHN", "2025-12-15", None)},
    ),
    (
        "fronted_start en",
        "Starting Dec. 1, Peru will impose a 20 percent tariff on steel imports from China.",
        {("TARIFF", "impose", "PER", "2025-12-01", None)},
    ),
    (
        "the notice's own day beats the fronted start",
        "商务部于11月5日发布公告,自12月1日起,对原产于智利的铜精矿加征15%关税。",
        {("TARIFF", "impose", "CHN", "2025-11-05", None)},
    ),
    (
        "the announcement's day beats the fronted start",
        "Starting Dec. 1, Peru will impose a 20 percent tariff on steel imports from China, "
        "the ministry said on Wednesday.",
        {("TARIFF", "impose", "PER", "2025-11-05", None)},
    ),
    # trailing_statement: an attribution closing the sentence dates each of its clauses
    (
        "trailing_statement",
        "Peru reserves the right to file an anti-dumping application to investigate Chinese steel imports and "
        "an anti-subsidy application to investigate Chinese aluminium imports, its trade ministry said on Thursday.",
        # both applications are in the scope of "reserves the right to" (threat_scope): one threaten
        {("INVESTIGATION", "threaten", "PER", "2025-11-06", None)},
    ),
    (
        "trailing_statement: said in a statement on",
        "Peru will take necessary countermeasures against the steel tariffs, a spokesperson of the trade "
        "ministry said in a statement on Thursday.",
        {("TARIFF", "threaten", "PER", "2025-11-06", None)},
    ),
    # adjunct_close: an adjunct of time or place of the saying may follow the attribution's day
    (
        "trailing_statement: adjunct_close, after",
        "Peru would be prepared to cut off copper exports to Chile over the tariff threat, Trade Minister Ana Ruiz "
        "said Thursday after a meeting with the president.",
        {("EXPORT_BAN", "threaten", "PER", "2025-11-06", None)},
    ),
    (
        "trailing_statement: adjunct_close, after (said in a statement)",
        "Peru will take necessary countermeasures against the steel tariffs, a spokesperson of the trade "
        "ministry said on Thursday after a cabinet meeting.",
        {("TARIFF", "threaten", "PER", "2025-11-06", None)},
    ),
    (
        "trailing_statement: adjunct_close, ahead of",
        "Peru will take necessary countermeasures against the steel tariffs, the trade minister told reporters "
        "on Thursday ahead of talks in Lima.",
        {("TARIFF", "threaten", "PER", "2025-11-06", None)},
    ),
    (
        "trailing_statement: the announcement's day beats the start of the clause",
        "Peru will impose a 20 percent tariff on steel imports from China as of December 1, the trade ministry "
        "announced on Wednesday.",
        {("TARIFF", "impose", "PER", "2025-11-05", None)},
    ),
    (
        "trailing_statement: a closing day of no attribution",
        "Peru reserves the right to file an anti-dumping application to investigate Chinese steel imports; its "
        "steelmakers filed an anti-subsidy application to investigate Chinese aluminium imports ahead of talks on "
        "Thursday.",
        # trailing_statement does not date the threat (no attribution closes the sentence); nor does the day of the
        # talks date the filing (time_clause: "ahead of talks on Thursday" is the talks' day), so nothing is dated
        {
            ("INVESTIGATION", "request", "PER", None, None),
            ("INVESTIGATION", "threaten", "PER", None, None),
        },
    ),
    (
        "an effective date inside another clause fronts nothing",
        "Exports of older chips were to be halted effective Dec. 1, but Peru also imposed a tariff "
        "on steel imports from China.",
        {("TARIFF", "impose", "PER", None, None)},
    ),
]


NEWS_CASES = [
    # news_days (lead_day, headline_day): the day the opening states for its news, within the week
    (
        "lead_day: a dateline day",
        "x",
        "LIMA, Nov. 6 — Peru has raised its tariff on steel imports from China to 20 percent, the minister said.\n"
        "The measure applies to all shipments.",
        {("TARIFF", "impose", "PER", "2025-11-06", None)},
    ),
    (
        "lead_day: a later sentence names the day",
        "x",
        "Peru has raised its tariff on steel imports from China to 20 percent.\n"
        "Trade Minister Ana Ruiz told reporters on Thursday that the increase protects local mills.",
        {("TARIFF", "impose", "PER", "2025-11-06", None)},
    ),
    (
        "article_day: the lead's act takes a news day told late",
        "x",
        "Peru has raised its tariff on steel imports from China to 20 percent.\nLocal mills welcomed it.\n"
        "Prices rose in Lima.\nExporters were cautious.\nAnalysts expect more steps.\n"
        "The ministry announced the decision on Wednesday.",
        {("TARIFF", "impose", "PER", "2025-11-05", None)},
    ),
    (
        "lead_day: no day named, no date",
        "x",
        "Peru has raised its tariff on steel imports from China to 20 percent.\nThe measure applies to all shipments.",
        {("TARIFF", "impose", "PER", None, None)},
    ),
    (
        "lead_day: a day older than a week is no news day",
        "x",
        "Peru has raised its tariff on steel imports from China to 20 percent.\n"
        "The ministry first proposed the increase on Oct. 2.",
        {("TARIFF", "impose", "PER", None, None)},
    ),
    (
        "lead_day: a past act is not the news",
        "x",
        "Peru had banned steel imports from China in 2019, officials said.\n"
        "Trade Minister Ana Ruiz told reporters on Thursday that the ban still applies.",
        {("IMPORT_RESTRICTION", "impose", "PER", None, None)},
    ),
    (
        "headline_day",
        "Peru raises steel tariffs on China",
        "The ministry announced the decision on Wednesday.\nLocal mills welcomed it.",
        {("TARIFF", "impose", "PER", "2025-11-05", None)},
    ),
    (
        "article_day: the headline's act",
        "Peru raises steel tariffs on China",
        "Key Points\nLocal mills welcomed it.\nPrices rose in Lima.\nExporters were cautious.\n"
        "Analysts expect more steps.\nThe ministry announced the decision on Wednesday.",
        {("TARIFF", "impose", "PER", "2025-11-05", None)},
    ),
    (
        "announced_future: an announced future act takes the news day",
        "x",
        "LIMA, Nov. 6 — Peru has raised its tariff on steel imports from China to 20 percent.\n"
        "Local mills welcomed the move.\nPrices rose in Lima.\nExporters were cautious.\nAnalysts expect more steps.\n"
        "Separately, Peru said it would add three Chinese steel firms to its entity list.",
        {("TARIFF", "impose", "PER", "2025-11-06", None), ("SANCTION", "impose", "PER", "2025-11-06", None)},
    ),
    (
        "announced_future: a reported perfect act far from the lead is not",
        "x",
        "LIMA, Nov. 6 — Peru has raised its tariff on steel imports from China to 20 percent.\n"
        "Local mills welcomed the move.\nPrices rose in Lima.\nExporters were cautious.\nAnalysts expect more steps.\n"
        "Separately, Peru has added three Chinese steel firms to its entity list.",
        {("TARIFF", "impose", "PER", "2025-11-06", None), ("SANCTION", "impose", "PER", None, None)},
    ),
    (
        "follow_day: a further act of the same actor",
        "x",
        "LIMA, Nov. 6 — Peru has raised its tariff on steel imports from China to 20 percent.\n"
        "Peru also added three Chinese steel firms to its entity list.",
        {("TARIFF", "impose", "PER", "2025-11-06", None), ("SANCTION", "impose", "PER", "2025-11-06", None)},
    ),
    (
        "follow_day: the dated act may come after",
        "x",
        "Chile has raised its duty on copper imports from China.\nPrices rose in Santiago.\n"
        "Peru has raised its tariff on steel imports from China to 20 percent.\nExporters were cautious.\n"
        "Peru also said on Thursday it added three Chinese steel firms to its entity list.",
        {
            ("TARIFF", "impose", "CHL", "2025-11-06", None),  # article_day: the lead's act, the article's news
            ("TARIFF", "impose", "PER", "2025-11-06", None),  # follow_day from the act after it
            ("SANCTION", "impose", "PER", "2025-11-06", None),
        },
    ),
    (
        "follow_day: not an earlier act",
        "x",
        "LIMA, Nov. 6 — Peru has raised its tariff on steel imports from China to 20 percent.\n"
        "Peru previously added three Chinese steel firms to its entity list.",
        {("TARIFF", "impose", "PER", "2025-11-06", None), ("SANCTION", "impose", "PER", None, None)},
    ),
    (
        "credit_line: a photo credit is no sentence of the lead's reach",
        "x",
        "Peru raises its tariff on steel imports from China.\n(Reuters)\nPeru raises its tariff on steel imports "
        "from China.\n(Reuters)\nTrade Minister Ana Ruiz told reporters on Thursday that the increase protects mills.",
        {("TARIFF", "impose", "PER", "2025-11-06", None)},
    ),
    (
        "follow_day: not another actor's act",
        "x",
        "LIMA, Nov. 6 — Peru has raised its tariff on steel imports from China to 20 percent.\n"
        "Chile also added three Chinese steel firms to its entity list.",
        {("TARIFF", "impose", "PER", "2025-11-06", None), ("SANCTION", "impose", "CHL", None, None)},
    ),
]


@pytest.mark.parametrize(("body", "expected"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_date_clauses(body: str, expected: set[tuple]) -> None:
    assert dates(body) == expected


@pytest.mark.parametrize(("title", "body", "expected"), [c[1:] for c in NEWS_CASES], ids=[c[0] for c in NEWS_CASES])
def test_news_days(title: str, body: str, expected: set[tuple]) -> None:
    assert dates(body, title) == expected
