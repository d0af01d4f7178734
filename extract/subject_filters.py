"""Mentions before a trigger that are not its subject, and clauses whose subject is private business (pure).

Used by :func:`policykg.extract.roles.subjects` and :func:`~policykg.extract.roles.states_before` (a state
mention may name goods, firms or people of that state rather than the state acting), by
:mod:`policykg.extract.coref` and by the candidate finder.  Cases: tests/unit/test_subject_rules.py and
tests/unit/test_coref.py.

* :func:`goods_of_origin` — "cheap Chinese imports", 中国商品: where goods come from;
* :func:`private_business` — "Chinese companies", 越南企业, 智利果农: firms or people of the state;
* :func:`envoys_nationals` — "the Lebanese ambassador", "Kenyan citizens", 中国游客: people of the state;
* :func:`passive_patient` — 华为…被列入实体清单: the subject of 被 undergoes the act;
* :func:`temporal_zai` — 在美国、荷兰对芯片实施限制后: 在…后 frames a time, its subjects stay subjects;
* :func:`private_subject` — "Exporters will need licences": no state acts in the clause.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from policykg.extract.models import Mention

# a verb between two mentions: they belong to two noun phrases
GAP_VERB = re.compile(
    r"\b(?:\w+ed|has|have|had|is|are|was|were|will|would|say|said|says|told|informed)\b", re.IGNORECASE
)

_GOODS = re.compile(
    r"(?:-\w+)?\s+(?:goods|imports|products|exports|commodities|steel|cars|vehicles|EVs)\b"
    r"|(?:商品|产品|进口商品)"
    # the state before a goods noun and the import flow as the clause's subject (日本水产品进口被暂停, 澳大利亚煤炭
    # 进口已恢复: imports of Japanese seafood were halted): the goods' origin, not the importer
    r"|(?:(?!暂停|停止|禁止|恢复|限制|扩大|减少|增加|宣布|决定|开始|继续|允许|批准|表示|将|已|对|向|从)[\u4e00-\u9fff]){1,8}?"
    r"进口(?:的)?(?:已经|已|将|也|均|全面)*(?:被|遭|恢复|重启)",
    re.IGNORECASE,
)

# private business after a state ("Chinese companies", 越南企业, 智利果农): firms or people, not the state; the
# Chinese nouns take no word boundary (a Chinese sentence runs on without spaces: tests/unit/test_subject_rules.py)
_PRIVATE = re.compile(
    r"\s*(?:[\w-]+\s+)?(?:companies|company|firms|firm|enterprises|investors|exporters|importers|producers|"
    r"manufacturers|makers|automakers|carmakers|chipmakers|smelters|refiners|miners|banks|buyers|traders|"
    r"suppliers|developers|businesses|consumers|shoppers|farmers|growers|fishermen|organi[sz]ations|entities|"
    r"institutes|universities)\b"
    r"|\s*(?:企业|公司|厂商|车企|商家|农民|果农|农户|渔民|业者)",
    re.IGNORECASE,
)
# a state's envoys and nationals: people of that state, who carry no act of its government ("the Lebanese
# ambassador", "Kenyan citizens", 中国游客); rule ``envoys_nationals`` (tests/unit/test_subject_rules.py)
_PERSONS = re.compile(
    r"\s*(?:[\w-]+\s+)?(?:ambassadors?|envoys?|diplomats?|consuls?|citizens?|nationals|residents|tourists|"
    r"travell?ers|students|passport\s+holders|expatriates|migrants|pilgrims)\b"
    r"|\s*(?:大使(?!馆)|公民|侨民|游客|留学生)",
    re.IGNORECASE,
)


def goods_of_origin(text: str, mention_end: int) -> bool:
    """Does a goods noun follow the mention ("Chinese imports", "cheap Chinese steel", 中国商品)?  Then the
    mention names where the goods come from: a target, never the subject (tests/unit/test_subject_rules.py)."""
    return bool(_GOODS.match(text[mention_end : mention_end + 25]))


def private_business(text: str, mention_end: int) -> bool:
    """Does a noun of private business follow the mention ("Chinese companies that have invested", 越南企业)?"""
    return bool(_PRIVATE.match(text[mention_end : mention_end + 30]))


def envoys_nationals(text: str, mention_end: int) -> bool:
    """Does a noun of the state's envoys or nationals follow the mention ("the Lebanese ambassador", "Kenyan
    citizens", 中国游客)?  They are people of that state, not its government: no actor (issue 11)."""
    return bool(_PERSONS.match(text[mention_end : mention_end + 30]))


_BEI = re.compile(r"^[^,，。;；]{0,40}?被(?!告|迫|称为|视为|认为|誉为)")


def passive_patient(text: str, mention_end: int, anchor: int) -> bool:
    """Is the mention the subject of a Chinese passive 被 before the act (华为早前已被纳入名单, 欧盟公司被征收
    保证金)?  It undergoes the act; the agent, if named, follows 被 (tests/unit/test_subject_rules.py)."""
    return bool(_BEI.match(text[mention_end:anchor]))


# 在美国、荷兰对芯片实施限制后: 在 … 后/时/之后 frames a time ("after the US imposed"), not a place
_ZAI = re.compile(r"在\s*$")
_ZAI_END = re.compile(r"^[^,，。;；]*?(?:之后|以后|后|时|之际|以来)")


def temporal_zai(text: str, mention_start: int, anchor: int) -> bool:
    """Is the mention after 在 the subject of a temporal clause 在…后 (its verb before the 后)?"""
    return bool(_ZAI.search(text[max(0, mention_start - 2) : mention_start])) and bool(
        _ZAI_END.match(text[anchor : anchor + 30])
    )


def private_subject(text: str, mentions: Sequence[Mention], start: int, anchor: int) -> bool:
    """True when the clause's subject is private business ("Chinese companies that have
    invested ...", "Exporters will need ..."): no state acts there."""
    lead = text[start:anchor]
    if re.match(
        r"\s*(?:the\s+|many\s+|some\s+)?(?:companies|firms|exporters|importers|investors|manufacturers|"
        r"traders|producers|miners|carmakers|automakers|chipmakers|businesses|企业|公司)\b",
        lead,
        re.IGNORECASE,
    ):
        return True
    for m in mentions:
        if start <= m.start and m.end <= anchor and private_business(text, m.end):
            return not GAP_VERB.search(text[start : m.start])
    return False
