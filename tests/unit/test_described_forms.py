"""Actors named by description, by linguistic class (issue 11, helper xactor11): :mod:`policykg.extract.described_actors`.

A coverage table like ``test_actor_forms.py``: invented short articles (not copied from any article), one row per
form, through the whole rules-only pipeline, published by an outlet whose state the row's ``url`` names by its
country-code domain (``.co.ke``: Kenya) or by none.  Each article states its act with the doer named only by
description ("the government", "the Centre", "the cabinet", "officials", "the regulator", 政府, 当局, 内阁,
有关部门) and no state before it to inherit; the state comes later, if at all, outside the subject.  The classes:

* ``subject`` / ``subject_zh`` — the description as the clause's subject, after an optional fronted adjunct or
  time phrase: the outlet's state when the article names it (rule ``described_state``);
* ``subject_dateline_zh`` — the same after a Chinese dispatch's bracketed dateline, （曼谷3日讯）政府决定…;
* ``agent`` / ``speaker`` — the description as a passive's agent or a trailing attribution's speaker;
* ``most_named`` — no outlet state, or one the article never names (a paper on a neighbour's government): the
  state the article names most;
* ``not_target`` — the statement's own target is never its described actor;
* ``context`` — a state acting earlier keeps the actor (the existing fallback: the rule only fills a gap); a
  description that is no subject ("urged the government to"), a name ("the Centre for Trade Studies"), a judge
  of a measure ("called the tariff threat unacceptable") or a hedged act ("may ban") gives no described actor.
"""

from __future__ import annotations

from collections import Counter
from typing import Any

import pytest

from policykg.extract.described_actors import described_state, description_subject
from policykg.extract.models import Article
from policykg.extract.pipeline import extract_article, load_pipeline
from tests.rule_cases import PUBLISHED

Triple = tuple[str, str, str]
KE, IN, MY = "https://news.example.co.ke/a", "https://news.example.in/a", "https://news.example.com.my/a"


def row(cls: str, url: str | None, text: str, want: Triple | None, avoid: Triple | None = None) -> Any:
    """One form of one class, published under ``url``."""
    return pytest.param(url, text, want, avoid, id=f"{cls}:{text[:40]}")


FORMS = [
    row(
        "subject",
        KE,
        "The government has banned exports of maize from Monday. Traders in Kenya said prices fell.",
        ("EXPORT_BAN", "impose", "KEN"),
    ),
    row(
        "subject",
        "https://news.example.com.ng/a",
        "The federal government imposed a 20% tariff on imported steel on Monday. Mills in Nigeria welcomed it.",
        ("TARIFF", "impose", "NGA"),
    ),
    row(
        "subject",
        "https://news.example.com.gh/a",
        "The Cabinet on Tuesday approved a ban on exports of raw hides. Tanneries across Ghana will benefit.",
        ("EXPORT_BAN", "impose", "GHA"),
    ),
    row(
        "subject",
        IN,
        "Centre has imposed restrictions on wheat exports from June 1. Flour prices in India have risen.",
        ("EXPORT_CONTROL", "impose", "IND"),
    ),
    row(
        "subject",
        IN,
        "To curb prices, the government has extended the ban on onion exports until March 31. Prices in India doubled.",
        ("EXPORT_BAN", "extend", "IND"),
    ),
    row(
        "subject",
        "https://news.example.com.pk/a",
        "Officials have lifted the ban on sugar exports. Millers in Pakistan welcomed the decision.",
        ("EXPORT_BAN", "lift", "PAK"),
    ),
    row(
        "subject",
        "https://news.example.co.za/a",
        "The regulator has launched an anti-dumping investigation into steel from China. Mills in South Africa had"
        " complained.",
        ("INVESTIGATION", "impose", "ZAF"),
    ),
    row(
        "subject",
        "https://news.example.co.zm/a",
        "The ministry will require licences for exports of cobalt from July 1. Miners in Zambia expected the rule.",
        ("EXPORT_CONTROL", "impose", "ZMB"),
    ),
    row(
        "subject",
        KE,
        "Lawmakers in Kenya debated trade on Monday. The government will suspend the ban on maize imports from July 1.",
        ("IMPORT_RESTRICTION", "suspend", "KEN"),
    ),
    row(
        "subject_zh", MY, "政府决定自6月1日起禁止出口鸡只。马来西亚养鸡业者表示支持。", ("EXPORT_BAN", "impose", "MYS")
    ),
    row(
        "subject_zht", MY, "政府決定自6月1日起禁止出口雞隻。馬來西亞養雞業者表示支持。", ("EXPORT_BAN", "impose", "MYS")
    ),
    row(
        "subject_zh",
        MY,
        "当局周一宣布暂停进口巴西牛肉,马来西亚超市货源紧张。",
        ("IMPORT_RESTRICTION", "impose", "MYS"),
        ("IMPORT_RESTRICTION", "impose", "BRA"),
    ),
    row(
        "subject_zh",
        "https://news.example.co.th/a",
        "内阁昨日议决禁止出口榴莲。泰国果农表示不满。",
        ("EXPORT_BAN", "impose", "THA"),
    ),
    row(
        "subject_zh",
        "https://news.example.vn/a",
        "有关部门已对进口钢材征收10%的关税。越南钢厂表示欢迎。",
        ("TARIFF", "impose", "VNM"),
    ),
    row(
        "subject_dateline_zh",
        "https://news.example.co.th/a",
        "（曼谷3日讯）政府决定自7月1日起禁止出口榴莲。泰国果农表示不满。",
        ("EXPORT_BAN", "impose", "THA"),
    ),
    row(
        "subject_dateline_zht",
        "https://news.example.co.th/a",
        "(曼谷3日訊)隨著內閣議決禁止出口榴槤。泰國果農表示不滿。",
        ("EXPORT_BAN", "impose", "THA"),
    ),
    row(
        "agent",
        "https://news.example.vn/a",
        "A ban on exports of rice was adopted by the government on Monday. Farmers in Vietnam protested.",
        ("EXPORT_BAN", "impose", "VNM"),
    ),
    row(
        "speaker",
        "https://news.example.co.id/a",
        "Nickel ore exports will be banned from January 1, the government said on Friday. Smelters in Indonesia agreed.",
        ("EXPORT_BAN", "impose", "IDN"),
    ),
    row(
        "most_named",
        None,
        "The government has banned exports of palm oil. Buyers in Malaysia and refiners in Malaysia were surprised.",
        ("EXPORT_BAN", "impose", "MYS"),
    ),
    row(
        "most_named",
        "https://news.example.sg/a",
        "The government has banned exports of live chickens from June 1. Farmers in Malaysia said it would hurt them.",
        ("EXPORT_BAN", "impose", "MYS"),
        ("EXPORT_BAN", "impose", "SGP"),
    ),
    row(
        "not_target",
        KE,
        "The authorities suspended imports of poultry from Brazil on Monday. Supermarkets in Kenya ran short.",
        ("IMPORT_RESTRICTION", "impose", "KEN"),
        ("IMPORT_RESTRICTION", "impose", "BRA"),
    ),
    row(
        "not_target",
        KE,
        "The government has imposed tariffs on steel from China. Mills in Kenya said China and China's mills dumped"
        " steel.",
        ("TARIFF", "impose", "KEN"),
        ("TARIFF", "impose", "CHN"),
    ),
    row(
        "context",
        KE,
        "Uganda banned imports of Kenyan milk on Monday. The government has also banned exports of maize.",
        ("EXPORT_BAN", "impose", "UGA"),
        ("EXPORT_BAN", "impose", "KEN"),
    ),
    row(
        "context",
        KE,
        "The government called the tariff threat unacceptable. Exporters in Kenya were worried.",
        None,
    ),
    row("context", KE, "The government may ban exports of maize next month. Traders in Kenya are worried.", None),
    row("context", KE, "Farmers urged the government to ban exports of maize. Traders in Kenya agreed.", None),
    row(
        "context", KE, "The Centre for Trade Studies said exports of maize were banned. Traders in Kenya agreed.", None
    ),
]


def found(url: str | None, text: str) -> set[Triple]:
    """(type, action, main actor) of every event of the article published under ``url``."""
    article = Article(title="Trade news", body=text, published=PUBLISHED, url=url)
    return {(e.type, e.action, e.actors[0]) for e in extract_article(article, load_pipeline(rescore=False)).events}


@pytest.mark.parametrize(("url", "text", "want", "avoid"), FORMS)
def test_described_form(url: str | None, text: str, want: Triple | None, avoid: Triple | None) -> None:
    got = found(url, text)
    if want is None and avoid is None:
        assert got == set()
    if want is not None:
        assert want in got
    if avoid is not None:
        assert avoid not in got


SUBJECTS = [
    ("The government has banned exports of maize.", True),
    ("On Monday, the federal government imposed tariffs.", True),
    ("Govt imposes curbs on sugar exports.", True),
    ("Authorities suspended imports of pork.", True),
    ("The rice, the cabinet said, was banned from export.", True),
    ("A ban was adopted by the government on Monday.", True),
    ("政府决定禁止出口鸡只。", True),
    ("6月1日,内阁议决禁止出口鸡只。", True),
    ("The government of Kenya banned exports of maize.", False),
    ("The Centre for Trade Studies said exports were banned.", False),
    ("Farmers urged the government to ban exports.", False),
    ("Traders imposed a boycott.", False),
]


@pytest.mark.parametrize(("text", "expected"), SUBJECTS, ids=[t[:40] for t, _ in SUBJECTS])
def test_description_subject(text: str, expected: bool) -> None:
    verb = next(
        text.find(w) for w in ("banned", "imposed", "imposes", "suspended", "adopted", "禁止", "ban") if w in text
    )
    assert description_subject(text, 0, verb, verb + 2, len(text)) is expected


def test_described_state() -> None:
    states = Counter({"MYS": 3, "CHN": 1})
    assert described_state("SGP", states, []) == ["MYS"]  # the outlet's state unnamed: the most named
    assert described_state("CHN", states, []) == ["CHN"]  # the outlet's state named: its own government
    assert described_state("CHN", states, ["CHN"]) == ["MYS"]  # never the statement's target
    assert described_state(None, Counter(), []) == []
