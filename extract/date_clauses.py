"""Dates an undated act takes from outside its own clause (pure, named rules).

``fronted_start`` (applied by :func:`policykg.extract.event_dates.fill_undated`): a start date set
off before the act's clause ("自2025年3月20日起,对……加征100%关税", "Starting March 1, Peru will
levy …") is the act's stated effective date, which the contract takes when the act has no day
of its own.  :func:`news_days` (``lead_day``, ``headline_day``, ``follow_day``, applied to the
merged events by :func:`policykg.extract.events.find_events`): the acts of the news itself take
the news day the article's opening states.
"""

from __future__ import annotations

import bisect
import datetime as dt
import re
from dataclasses import replace
from typing import Any

from policykg.extract.date_subordinate import time_clause
from policykg.extract.models import Event
from policykg.extract.sentences import split_sentences

# an earlier time of the clause's own: "在中国实施管制后", "此前", "back in January", "previously"
EARLIER = re.compile(
    r"之前|此前|早前|以前|先前|(?:在|自)[^，,。]{1,40}后|\b(?:back\s+in|earlier|previously|formerly|last\s+(?:year|month|week))\b"
    r"|上周(?![一二三四五六日天])|上星期(?![一二三四五六日天])|上个?月|去年|前年"  # vague_past: 上周 (not 上周五, a day)
    r"|日前|近日|\brecently\b",  # recent_vague: "a few days ago", no day
    re.IGNORECASE,
)

# what may stand between a fronted start and the act's clause: an hour, 起, the comma
_FRONTED_GAP = re.compile(
    r"\s*(?:零时|零点|\d{1,2}\s*[时点](?:\s*\d{1,2}\s*分)?)?\s*(?:起|开始)?\s*[,，]\s*"  # 自……12时01分起,
)
_CLAUSE_END = ',，:：;；"“”「」'  # the start opens its own clause ("…发布公告,自3月20日起,对…")


def fronted_start(text: str, cand: Any, dates: list[Any], claimed: list[tuple[int, int]]) -> Any | None:
    """The start date of the clause right before ``cand``'s own, set off by a comma and claimed by
    no other statement ("自2024年10月1日起,对中国电动汽车加征100%关税": 2024-10-01; or opening the clause an
    earlier announcement governs, :func:`earlier_content`), else None."""
    lo = cand.sentence_span[0]
    before = [d for d in dates if lo <= d.start and d.end <= cand.start and d.date]
    if not before:
        return None
    d = before[-1]
    if d.kind not in ("start", "until") or any(a <= d.start < b for a, b in claimed):
        return None
    head = text[lo : d.start].rstrip()
    opens = not head or head[-1] in _CLAUSE_END or earlier_content(head)
    return d if opens and _FRONTED_GAP.fullmatch(text, d.end, cand.start) else None


# a verb of announcing or deciding closing the text before a start: the start opens the clause it governs
_CONTENT_VERB = re.compile(r"(?:宣布|宣佈|表示|决定|決定|公告|通知|规定|規定|明确|称|稱)$")


def earlier_content(head: str) -> bool:
    """``content_clause``: does ``head`` (the sentence before a start) end with a verb of announcing told at an
    earlier, undated time ("加拿大此前宣布自10月1日起,将对……征收")?  The start then opens the announced
    clause and is the act's stated effective date: the announcement has no day of its own.  A current
    announcement (公告宣布自7月5日起,对……征收) keeps the news day the article gives it (``news_days``)."""
    return _CONTENT_VERB.search(head) is not None and EARLIER.search(head) is not None


# --- news_days: undated acts of the news itself, after merging (lowest priority) -------------

_LEAD_REACH = 3  # body sentences before the first act (a "Published:" line, a photo caption, its credit)
_NEWS_AFTER = 3  # sentences after the lead that may state the day of its news
_NEWS_REACH = 3  # sentences after a dated act of current news that its day may date
_RECENT = 7  # days before publication that the news day may lie
_NO_TIME = ("duration", "until")  # "for 90 days", "deferred until December 31": no time of the act
# trace flags of a statement with a time of its own, or the object of another party's reaction (reaction_day)
_OWN_TIME = ("past", "subordinate", "elliptic", "reacted")


def news_days(events: tuple[Event, ...], text: str, dates: list[Any], published: dt.date | None) -> tuple[Event, ...]:
    """Date the undated acts of the news itself by the day the article's opening states for its
    news, once restatements are merged (so a dated restatement always wins).

    ``lead_day``: an act of the lead (the first body sentence stating an act, at most four
    sentences in) with no time of its own takes the first day, from the body's start to three
    sentences after the lead, that lies in the week up to publication ("Malaysia has deferred its
    export duty …" after the dateline "SANDAKAN, May 1 —"; "China has dropped its tariffs on
    barley. … On Friday the Commerce Ministry said it had decided …").  ``headline_day``: an act
    stated only in the headline takes that day too.  ``article_day``: when the opening names no such
    day, these acts take the first recent day of a sentence with a verb of saying or acting anywhere
    in the body (the headline and lead state the article's news, whose day may be told late).  ``announced_future``: so does an act announced
    for the future anywhere in the article ("Separately, Peru said it would add …", 表示将): announcing
    it is the act, and the article's news day is the announcement's.  An opening that names no recent
    day dates nothing, and no rule dates a past or background statement or a petition.
    """
    title_end = text.find("\n") if "\n" in text else len(text)
    body = [s for s in split_sentences(text, title_end + 1) if not _credit_line(text, s, events)]
    if published is None or not body:
        return events
    first = min((e.evidence_start for e in events if e.evidence_start > title_end), default=None)
    lead = next((n for n, s in enumerate(body[: _LEAD_REACH + 1]) if first is not None and s[0] <= first < s[1]), None)
    day = _news_day(text, dates, body[: (lead or 0) + _NEWS_AFTER + 1], first, published)
    lo, hi = body[lead] if lead is not None else (0, 0)
    article_day = day or _news_day(text, dates, body, None, published)
    out = []
    for e in events:
        in_lead = lo <= e.evidence_start < hi or e.evidence_start < title_end
        in_lead = in_lead or bool(_ANNOUNCED_FUTURE.search(text, e.evidence_start, e.evidence_end))
        in_lead = in_lead or e.action == "threaten"  # threat_news: a threat is announced, dated by its statement
        if day and e.date is None and in_lead and is_news(text, e, dates):
            e = redate(e, day, "lead_day")
        elif article_day and e.date is None and in_lead and is_news(text, e, dates):
            e = redate(e, article_day, "article_day")  # article_day: the lead's act is the article's news
        elif day and in_lead and effect_ahead(text, e, dates, published):
            e = redate(
                e, day, "news_over_effect"
            )  # news_over_effect: the lead's announcement outranks its effective date
        out.append(e)
    return instrument_day(text, _follow_day(text, tuple(out), body, dates, published), dates, published)


def effect_ahead(text: str, e: Event, dates: list[Any], published: dt.date) -> bool:
    """``news_over_effect``: is ``e`` dated only by a start or deadline ahead of publication stated in its own
    evidence ("The measure … imposes tariffs of up to 35% … and takes effect on Jan. 1", 将自12月1日起征收)?  Such
    a date is the measure's effective date; when the article's opening names the day of its news ("Mexico
    formalized a new series of import tariffs Tuesday"), that day dates the act, as the contract dates an act
    by the day it is announced and by its effective date only when no such day is written."""
    if e.date is None or e.date <= published.isoformat() or "past" in e.trace:
        return False
    own = [d for d in dates if e.evidence_start <= d.start < e.evidence_end + 40 and getattr(d, "date", None) == e.date]
    return bool(own) and all(d.kind in ("start", "deadline") for d in own)


# instrument_day: a sentence that refers back to the instrument of an act ("Under the rules, …", "The notice also
# bans …", 根据公告, 公告还规定, 此外, 该规定): its act is a part of that instrument
_INSTRUMENT = re.compile(
    r"^\W*(?:(?:under|according\s+to|per)\s+the\s+(?:new\s+)?(?:rules?|notices?|regulations?|orders?|decrees?|"
    r"announcements?|measures?|decisions?)\b|the\s+(?:notice|rule|order|decree|regulation|announcement|decision)s?\s+"
    r"(?:also|further|additionally)\b|(?:根据|按照|依据)(?:该|上述|这一?|两份|此)?(?:公告|通知|规定|决定|新规|措施)"
    r"|(?:该|上述|此)?(?:公告|通知|新规|规定|决定)(?:还|亦|同时|并|另外|进一步))",
    re.IGNORECASE,
)


def redate(e: Event, day: str | None, rule: str) -> Event:
    """``e`` dated ``day`` by the named ``rule``, recorded in its trace (``date_by=``, a feature of the date ranker)."""
    trace = tuple(t for t in e.trace if not t.startswith("date_by="))
    return replace(e, date=day, trace=(*trace, f"date_by={rule}"))


def instrument_day(text: str, events: tuple[Event, ...], dates: list[Any], published: dt.date) -> tuple[Event, ...]:
    """``instrument_day``: an undated act of current news told in a sentence that opens by referring back to
    the instrument that states it ("Under the rules, exports of germanium will also need licences"; 根据公告，…)
    takes the day of the nearest dated act of the same main actor before it in the week up to publication,
    however far back: both are parts of one instrument, issued on one day."""
    week = (published - dt.timedelta(days=_RECENT)).isoformat()
    out = list(events)
    for i, e in enumerate(out):
        if e.date is not None or not _INSTRUMENT.match(_sentence_of(text, e.evidence_start)):
            continue
        if not is_news(text, e, dates):
            continue
        before = [
            o
            for o in out
            if o.date
            and week <= o.date <= published.isoformat()
            and o.actors[:1] == e.actors[:1]
            and o.evidence_start < e.evidence_start
        ]
        if before:
            out[i] = redate(e, max(before, key=lambda o: o.evidence_start).date, "instrument_day")
    return tuple(out)


def _sentence_of(text: str, at: int) -> str:
    """The text from the start of the sentence holding offset ``at`` to ``at`` + 80."""
    lo = max(text.rfind(c, 0, at) for c in ".。!?！？\n") + 1
    return text[lo : at + 80]


# credit_line: "(路透社)", "(Reuters)", "(Photo: AFP)" after a caption: no sentence of the story
_CREDIT_LINE = re.compile(r"\s*[(（][^()（）\n]{1,40}[)）][\s.。]*")


def _credit_line(text: str, span: tuple[int, int], events: tuple[Event, ...]) -> bool:
    """``credit_line``: a parenthesised line stating no act ("(路透社)" after a photo caption, "(Reuters)")
    is no sentence of the story: the lead's reach does not count it."""
    if not _CREDIT_LINE.fullmatch(text, *span):
        return False
    return not any(span[0] <= e.evidence_start < span[1] for e in events)


# announced_future: "said it would", "announced that the ministry will", 表示将 (not "said it had")
_ANNOUNCED_FUTURE = re.compile(
    r"\b(?:said|says|announced|announces|stated|declared)\s+(?:that\s+)?(?:it|they|the\s+\w+|\w+)\s+(?:will|would|plans?\s+to|is\s+to)\b"
    r"|(?:表示|宣布|称)(?:将|拟|计划)",
    re.IGNORECASE,
)


def _follow_day(
    text: str, events: tuple[Event, ...], body: list[tuple[int, int]], dates: list[Any], published: dt.date
) -> tuple[Event, ...]:
    """``follow_day``: an undated act of current news takes the news day (in the week up to
    publication) of the nearest act of the same main actor at most three sentences before or after
    it ("The administration on Monday announced … The administration also added 38 affiliates …";
    "Peru has raised its steel tariff. … Peru also said on Thursday it added …"): the parts of one
    announcement share its day, whichever is told first (``event_dates.news_day`` before merging, here
    with the days ``lead_day`` gave)."""
    week = (published - dt.timedelta(days=_RECENT)).isoformat()
    starts = [lo for lo, _ in body]
    out = list(events)
    for i, e in enumerate(out):
        if e.date is not None or e.evidence_start < starts[0] or not is_news(text, e, dates):
            continue
        n = bisect.bisect_right(starts, e.evidence_start) - 1
        before = [
            o
            for o in out
            if o.date
            and week <= o.date <= published.isoformat()
            and o.actors[:1] == e.actors[:1]
            and starts[0] <= o.evidence_start
            and o is not e
            and abs(n - (bisect.bisect_right(starts, o.evidence_start) - 1)) <= _NEWS_REACH
        ]
        if before:
            out[i] = redate(e, min(before, key=lambda o: abs(o.evidence_start - e.evidence_start)).date, "follow_day")
    return tuple(out)


def _news_day(
    text: str, dates: list[Any], sentences: list[tuple[int, int]], first: int | None, published: dt.date
) -> str | None:
    """The first day named in ``sentences`` that lies in the week up to publication and dates
    the news: a dateline or "Published:" line before the first act, or a day in a sentence with a
    verb of saying or acting ("told reporters on Thursday", "signed on Tuesday"; not "met on
    Monday")."""
    week = (published - dt.timedelta(days=_RECENT)).isoformat()
    for lo, hi in sentences:
        for d in dates:
            if not (lo <= d.start < hi and d.kind == "point" and d.date and week <= d.date <= published.isoformat()):
                continue
            if time_clause(text, lo, d.start, d.end):
                continue  # time_clause: "…, days after Pakistan banned them on Nov. 20" is no news day
            if market_sentence(text, lo, hi):
                continue  # market_day: "Gallium prices rose on Monday." dates a market move, not the news's act
            if (first is not None and d.end <= first) or _NEWS_VERB.search(text, lo, hi):
                return str(d.date)
    return None


# market_day: a verb of a market move (prices, shares, indices) and no verb of saying or acting
_MARKET_VERB = re.compile(
    r"\b(?:rose|rise[sn]?|rising|fell|fall(?:s|en|ing)?|climb(?:s|ed|ing)?|jump(?:s|ed|ing)?|surg(?:e|es|ed|ing)"
    r"|slump(?:s|ed|ing)?|tumbl(?:e|es|ed|ing)|plung(?:e|es|ed|ing)|soar(?:s|ed|ing)?|slid|slide[s]?|sliding"
    r"|rall(?:y|ies|ied|ying)|gain(?:s|ed|ing)?|drop(?:s|ped|ping)?|dipp?(?:s|ed|ing)?)\b"
    r"|上涨|下跌|大涨|大跌|暴涨|暴跌|飙升|攀升|走高|走低|收涨|收跌|涨幅|跌幅",
    re.IGNORECASE,
)
# what moves in a market: prices, shares, indices, currencies ("dropped tariffs" is an act, not a market move)
_MARKET_NOUN = re.compile(
    r"\b(?:prices?|shares?|stocks?|equities|index|indices|futures|markets?|yuan|dollar|euro|yen|bonds?|yields?)\b"
    r"|价|股|指数|期货|汇率|人民币|美元",
    re.IGNORECASE,
)


def market_sentence(text: str, lo: int, hi: int) -> bool:
    """``market_day``: does ``text[lo:hi]`` tell a market move ("Gallium prices rose on Monday", 镓价周一上涨)
    with no verb of saying or acting?  Market moves are no events, and their day is no day of the news's act."""
    moved = _MARKET_VERB.search(text, lo, hi) and _MARKET_NOUN.search(text, lo, hi)
    return bool(moved) and not _NEWS_VERB.search(text, lo, hi)


_NEWS_VERB = re.compile(
    r"\b(?:said|says|say|announced|announces|stated|confirmed|declared|told|unveiled|signed|decided|published"
    r"|issued|notified|added|adds|imposed|approved|agreed|ordered|launched|joined|included"
    # instrument_verb: verbs of making an instrument law ("adopted two legal acts on 14 April", "enacted", "gazetted")
    r"|adopted|enacted|passed|promulgated|gazetted|released|introduced"
    # warning_verb: verbs of warning and pledging state a threat's day ("on 14 July warned that it may …")
    r"|warned|warns|threatened|threatens|vowed|vows|pledged|pledges)\b"
    r"|宣布|表示|称|发布|發布|公布|公告|决定|決定|签署|簽署|印发|通过|颁布|出台|警告|威胁|威脅|誓言",
    re.IGNORECASE,
)


def is_news(text: str, e: Event, dates: list[Any]) -> bool:
    """Is ``e`` a statement of current news with no time of its own (not "had earlier agreed",
    日本政府之前……, "in May")?"""
    if e.action == "request" or any(f in e.trace for f in _OWN_TIME):
        return False
    if EARLIER.search(text, e.evidence_start, e.evidence_end):
        return False
    return not any(
        e.evidence_start <= d.start < e.evidence_end
        and _own_time(d)
        and not (getattr(d, "date", None) and time_clause(text, e.evidence_start, d.start, d.end))  # clause_day
        for d in dates
    )


def _own_time(d: Any) -> bool:
    """Does the mention ``d`` date a statement?  A duration or window end does not, nor ``month_start``: a start
    with no day ("will ban exports from June 2026", 自2026年6月起) tells when the measure starts, not the
    day of the act announcing it."""
    return d.kind not in _NO_TIME and not (d.kind == "start" and not getattr(d, "date", None))


# trailing_statement: "…, its commerce ministry said on Thursday." closing the sentence
# "said on", "told reporters late on", "said in a statement on", "said at a news conference on"
_TRAILING_SPEECH = re.compile(
    r"\b(?:said|says|announced|stated|confirmed|declared|told\s+\w+)"
    r"(?:\s+(?:in|at|during|via|through)\s+(?:a|an|the|its|his|her|their)(?:\s+[\w-]+){1,3}?)?"
    r"\s+(?:on\s+|(?:late|early)\s+(?:on\s+)?)?$"
    # a dated source: "…, according to a government notification dated March 13", "…, in a notice issued on"
    r"|\b(?:according\s+to|in|under|through|via)\s+(?:a|an|the|its|their)(?:\s+[\w-]+){0,3}?\s+"
    r"(?:dated|issued|published|released|signed)\s+(?:on\s+)?$",
    re.IGNORECASE,
)
# what may close the sentence after the day: "... said on Friday in a statement."; adjunct_close: an adjunct
# of time or place of the saying, "... said Wednesday after a meeting with the premiers", "during a visit to"
_SENTENCE_CLOSE = re.compile(
    r"(?:\s+(?:in|at|on|via)\s+[^,;.。\n]{1,40}"
    r"|\s+(?:after|following|during|before|ahead\s+of|while|at\s+the\s+end\s+of)\s+[^,;.。\n]{1,100})?"
    r"[\s.。!?！？\"”’']*"
)


def trailing_statement(text: str, cand: Any, dates: list[Any]) -> Any | None:
    """The day of an attribution closing ``cand``'s sentence ("Chinese firms reserve the right to
    file an anti-subsidy application and an anti-dumping application, its commerce ministry said
    on Thursday"): the attribution governs every clause of the sentence, not only the last one."""
    lo, hi = cand.anchor, cand.sentence_span[1]
    for d in dates:
        if not (lo <= d.start < hi and d.kind == "point" and d.date):
            continue
        if _TRAILING_SPEECH.search(text[max(lo, d.start - 70) : d.start]) and _SENTENCE_CLOSE.fullmatch(
            text, d.end, hi
        ):
            return d
    return None
