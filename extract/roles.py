"""Roles and numbers of an event, from the clause around its trigger (pure).

Clause-level patterns, used with or without a parser:

* actors: a possessive or modifier right before the trigger ("China's
  implementation", "US tariffs"), an agent after it ("restricted by China"),
  else the subject mentions before it in the clause, skipping mentions inside
  prepositional phrases ("reliance on China", "manufactured in China");
* targets: countries, blocs and firms after a target preposition ("on
  Chinese goods", "against", "to China", "from the US", 对美, 向中国), or the
  object of a prohibition ("prohibits X from exporting");
* items: Element / Item mentions;
* value: a tariff rate, an amount of money, a count, tonnes.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from typing import Any

from policykg.extract.models import Entity, Mention

ACTOR_TYPES = frozenset({"Country", "Bloc", "Agency", "Person", "Firm"})
STATE_TYPES = frozenset({"Country", "Bloc"})
TARGET_TYPES = frozenset({"Country", "Bloc", "Firm", "Agency", "Person"})

# Prepositions that put a mention out of the subject (English, then Chinese).
_NON_SUBJECT_PREP = re.compile(
    r"(?:\b(?:on|against|to|from|for|with|about|over|towards?|into|than|like|including|between|"
    r"despite|in|at|toward|across|within|among|amid|via|through|targeting|under|upon|onto|"
    r"at|as|beyond|per|unlike|versus|vs|reliance|dependence|rely|relies|relying|depend\w*)"
    r"(?:\s+(?:the|a|an|its|their|all|some|certain|several|many|more|other|[\w-]+(?:ese|ian|an)))?\s*$)"
    r"|(?:[对向从与同跟和在于自给让把被将]\s*$)|(?:(?:将|把)[\d一二三四五六七八九十百千]*[家个名项类]?\s*$)",
    re.IGNORECASE,
)
_TARGET_PREP = re.compile(
    r"(?:\b(?:on|against|to|from|targeting|targeted at|aimed at|toward|towards|for)\s+"
    r"(?:(?:the|a|an|all|some|certain|several|\d+|[\w-]+ly)\s+)*(?:[\w-]+\s+){0,2}$)"
    r"|(?:(?:对|向|从|针对|对于|自)(?:原产于|来自|产自|原产自)?\s*$)",
    re.IGNORECASE,
)
_POSSESSIVE_GAP = re.compile(r"^(?:['’]s?)?\s*(?:[\w-]+['’]?\s+){0,2}$")
_VERBISH = re.compile(
    r"\b(?:\w+ed|\w+ing|\w+[^s']s|has|have|had|is|are|was|were|will|would|to|that|which|who|and|or|but|"
    r"also|said|on|in|at|for|from|of|with|by|as|against)\b", re.IGNORECASE)
_PASSIVE = re.compile(r"\b(?:was|were|been|being|be|is|are|get|got)\s+(?:\w+ly\s+)?$|被\s*$", re.IGNORECASE)
_ATTRIBUTION = re.compile(r"^\s*(?:also\s+)?(?:said|says|announced|stated|confirmed|told|added|declared)\b|^\s*(?:表示|称|宣布)")
_WITH_SUBJECT = re.compile(r"\bwith\s+(?:the\s+)?$", re.IGNORECASE)
_AGENT = re.compile(r"^\s*(?:[\w-]+\s+){0,3}?\bby\s+(?:the\s+)?$", re.IGNORECASE)
_SOURCE = re.compile(r"^\s*(?:[\w-]+\s+){0,3}?\b(?:from|of)\s+(?:the\s+)?(?:[A-Z][\w.-]*\s+){0,2}$")


def entity_type(entity_id: str, entities: Mapping[str, Entity]) -> str:
    """The entity's type, from the resolved entities or from the id's form."""
    ent = entities.get(entity_id)
    if ent is not None:
        return ent.type
    if entity_id.startswith("element:"):
        return "Element"
    if entity_id.startswith("item:"):
        return "Item"
    if entity_id.startswith("person:"):
        return "Person"
    if entity_id.startswith("org:"):
        return "Agency"
    if entity_id in ("EU", "NATO", "ASEAN", "G7", "G20", "OPEC", "WTO"):
        return "Bloc"
    return "Country" if re.fullmatch(r"[A-Z]{3}", entity_id) else "Item"


def is_item(entity_id: str, entities: Mapping[str, Entity]) -> bool:
    return entity_type(entity_id, entities) in ("Item", "Element") or entity_id.startswith(("item:", "element:"))


def in_span(mentions: Sequence[Mention], start: int, end: int) -> list[Mention]:
    return [m for m in mentions if m.start >= start and m.end <= end]


def possessor(text: str, mentions: Sequence[Mention], anchor: int, floor: int,
              entities: Mapping[str, Entity]) -> list[str]:
    """Actor mentions right before ``anchor`` ("China's suspension", "US tariffs")."""
    before = [m for m in mentions if floor <= m.start and m.end <= anchor
              and entity_type(m.entity_id, entities) in ACTOR_TYPES]
    if not before:
        return []
    last = before[-1]
    gap = text[last.end:anchor]
    if not _POSSESSIVE_GAP.match(gap):
        return []
    lead = text[max(floor, last.start - 40):last.start]
    if _WITH_SUBJECT.search(lead) and re.fullmatch(r"\s*(?:\w+ly\s+)?", gap):
        return [last.entity_id]  # "with the US previously imposing tariffs"
    if not gap.lstrip().startswith(("'", "’")) and _VERBISH.search(gap):
        return []
    if _TARGET_PREP.search(lead) or _NON_SUBJECT_PREP.search(lead):
        return []
    return [last.entity_id]


def agent(text: str, mentions: Sequence[Mention], anchor_end: int, ceiling: int,
          entities: Mapping[str, Entity], source: bool = False) -> list[str]:
    """The agent of a passive ("restricted by China"); with ``source`` also the
    issuer of an order ("a directive from President Putin")."""
    for m in mentions:
        if anchor_end <= m.start < ceiling and entity_type(m.entity_id, entities) in ACTOR_TYPES:
            gap = text[anchor_end:m.start]
            if _AGENT.match(gap) or (source and _SOURCE.match(gap)):
                return [m.entity_id]
            if len(gap) > 40:
                break
    return []


def subjects(text: str, mentions: Sequence[Mention], start: int, anchor: int,
             entities: Mapping[str, Entity]) -> list[str]:
    """Actor mentions before ``anchor`` in the clause, outside prepositional phrases."""
    out: list[str] = []
    for m in mentions:
        if not (start <= m.start and m.end <= anchor):
            continue
        if entity_type(m.entity_id, entities) not in ACTOR_TYPES:
            continue
        if _NON_SUBJECT_PREP.search(text[max(start, m.start - 40):m.start]):
            continue
        if m.entity_id not in out:
            out.append(m.entity_id)
    return out


def parties(mentions: Sequence[Mention], start: int, end: int, entities: Mapping[str, Entity]) -> list[str]:
    """States and blocs mentioned in a span, in text order (the parties of a deal)."""
    out: list[str] = []
    for m in in_span(mentions, start, end):
        if entity_type(m.entity_id, entities) in STATE_TYPES and m.entity_id not in out:
            out.append(m.entity_id)
    return out


def targets(text: str, mentions: Sequence[Mention], start: int, end: int,
            entities: Mapping[str, Entity], objects: tuple[int, int] | None = None) -> list[str]:
    """Target mentions of the clause ``[start, end)`` (after target prepositions)."""
    out: list[str] = []
    for m in in_span(mentions, start, end):
        if entity_type(m.entity_id, entities) not in TARGET_TYPES:
            continue
        inside = objects is not None and objects[0] <= m.start and m.end <= objects[1]
        if text[m.end:m.end + 2] in ("'s", "’s"):
            continue  # "the Commerce Department's Entity List": an owner, not a target
        if inside or _TARGET_PREP.search(text[max(start, m.start - 40):m.start]):
            if m.entity_id not in out:
                out.append(m.entity_id)
    return out


def items(mentions: Sequence[Mention], start: int, end: int, entities: Mapping[str, Entity]) -> list[str]:
    out: list[str] = []
    for m in in_span(mentions, start, end):
        if is_item(m.entity_id, entities) and m.entity_id not in out:
            out.append(m.entity_id)
    return out


def order_actors(ids: Sequence[str], entities: Mapping[str, Entity],
                 officials: Mapping[str, str] | None = None) -> list[str]:
    """States first (text order), then the others; the state of an agency or an
    office holder (``officials``) is added when none is named."""
    ids = list(dict.fromkeys(ids))
    states = [i for i in ids if entity_type(i, entities) in STATE_TYPES]
    others = [i for i in ids if i not in states and entity_type(i, entities) in ACTOR_TYPES]
    if not states:
        for i in others:
            ent = entities.get(i)
            country = (ent.country if ent is not None else None) or (officials or {}).get(i)
            if country and entity_type(i, entities) != "Firm":
                states.append(country)
                break
    return states + others


def passive(text: str, action_start: int) -> bool:
    """True when the action word follows a form of "be" ("were added", 被列入)."""
    return bool(_PASSIVE.search(text[max(0, action_start - 20):action_start]))


def attributed(text: str, mentions: Sequence[Mention], anchor_end: int, end: int,
               entities: Mapping[str, Entity]) -> list[str]:
    """The speaker of a trailing attribution (", the Ministry of Commerce said")."""
    out = []
    for m in mentions:
        if anchor_end <= m.start < end and entity_type(m.entity_id, entities) in ACTOR_TYPES:
            if _ATTRIBUTION.match(text[m.end:m.end + 20]):
                out.append(m.entity_id)
    return out


# --- numbers ---------------------------------------------------------------

_WORD_NUM = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "fifteen": 15, "twenty": 20, "fifty": 50,
    "hundred": 100, "dozen": 12, "a": 1,
}
_SCALE = {"thousand": 1e3, "million": 1e6, "mn": 1e6, "m": 1e6, "billion": 1e9, "bn": 1e9, "b": 1e9,
          "trillion": 1e12, "tn": 1e12, "万": 1e4, "亿": 1e8, "万亿": 1e12, "千亿": 1e11, "百亿": 1e10}
_CURRENCY = {
    "ruble": "RUB", "rubles": "RUB", "rouble": "RUB", "roubles": "RUB", "卢布": "RUB",
    "dollar": "USD", "dollars": "USD", "usd": "USD", "$": "USD", "美元": "USD", "us$": "USD",
    "yuan": "CNY", "rmb": "CNY", "renminbi": "CNY", "元": "CNY", "人民币": "CNY", "元人民币": "CNY", "¥": "CNY",
    "euro": "EUR", "euros": "EUR", "eur": "EUR", "€": "EUR", "欧元": "EUR",
    "yen": "JPY", "日元": "JPY", "won": "KRW", "韩元": "KRW", "pounds": "GBP", "£": "GBP", "英镑": "GBP",
    "rupees": "INR", "卢比": "INR",
}
_NUM = r"(\d+(?:,\d{3})*(?:\.\d+)?)"
_MONEY_EN = re.compile(
    r"(US\$|\$|€|£|¥)\s?" + _NUM + r"(?:\s?(trillion|billion|million|thousand|bn|mn|tn|b|m)\b)?"
    r"|" + _NUM + r"\s?(trillion|billion|million|thousand|bn|mn|tn)?\s?"
    r"(rubles?|roubles?|dollars?|yuan|rmb|renminbi|euros?|yen|won|pounds|rupees|USD|EUR)\b",
    re.IGNORECASE,
)
_MONEY_ZH = re.compile(_NUM + r"\s?(万亿|千亿|百亿|亿|万)(卢布|美元|元人民币|元|人民币|欧元|日元|韩元|英镑|卢比)?")
_PCT = re.compile(_NUM + r"\s?(?:%|percent\b|per cent\b)|百分之(\d+)")
_COUNT = re.compile(
    r"(?:(half|a third|a quarter) of (?:the |its |their )?(?:approximately |about |around |some |nearly |roughly |~)?)?"
    r"\b(\d+(?:,\d{3})*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|fifty|a dozen)"
    r"\s+(?:new\s+|more\s+|additional\s+|rare earth\s+|[\w-]+\s+)?(?:export\s+|licen[cs]e\s+)?"
    r"(applications|elements|entities|companies|firms|items|products|licen[cs]es|permits|minerals|metals|individuals)\b",
    re.IGNORECASE,
)
_COUNT_ZH = re.compile(r"(\d+)\s*(家|个|项|类|种)[^\d,，。]{0,8}?(实体|企业|公司|设备|物项|产品)?")
_ZH_UNIT = {"实体": "entities", "企业": "companies", "公司": "companies", "类": "categories", "种": "types",
            "项": "items", "家": "entities", "个": "items", "设备": "categories", "物项": "items", "产品": "products"}
_TONNES = re.compile(_NUM + r"\s?(million|thousand)?\s?(?:metric\s+)?(tons|tonnes|t)\b|" + _NUM + r"\s?(万|亿)?吨")


def _num(s: str) -> float:
    return float(s.replace(",", ""))


def _clean(x: float) -> int | float:
    return int(x) if float(x).is_integer() else round(x, 4)


def money(text: str) -> dict[str, Any] | None:
    """The first amount of money in ``text`` ("700 billion rubles", "7000亿卢布", "$52.7 billion")."""
    best = None
    for m in _MONEY_EN.finditer(text):
        if m.group(1):
            amount = _num(m.group(2)) * _SCALE.get((m.group(3) or "").lower(), 1)
            cur = _CURRENCY[m.group(1).lower()]
        else:
            amount = _num(m.group(4)) * _SCALE.get((m.group(5) or "").lower(), 1)
            cur = _CURRENCY.get(m.group(6).lower(), m.group(6).upper())
        best = (m.start(), {"amount": _clean(amount), "currency": cur})
        break
    for m in _MONEY_ZH.finditer(text):
        if best is not None and best[0] < m.start():
            break
        out: dict[str, Any] = {"amount": _clean(_num(m.group(1)) * _SCALE[m.group(2)])}
        if m.group(3):
            out["currency"] = _CURRENCY[m.group(3)]
        best = (m.start(), out)
        break
    return best[1] if best else None


def value(text: str, event_type: str) -> dict[str, Any]:
    """Numbers stated with an event: tariff rate, money, count, tonnes."""
    out: dict[str, Any] = {}
    if event_type in ("TARIFF", "INDUSTRIAL_POLICY"):
        m = _PCT.search(text)
        if m and (event_type == "TARIFF" or re.search(r"rate|target|share|率", text[m.end():m.end() + 30])):
            out["rate_pct"] = _clean(_num(m.group(1) or m.group(2)))
    cash = money(text)
    if cash and event_type in ("INDUSTRIAL_POLICY", "TRADE_DEAL", "SANCTION", "TARIFF"):
        out.update(cash)
    m = _COUNT.search(text) or _COUNT_ZH.search(text)
    if m and m.re is _COUNT_ZH:
        cls = m.group(2)
        unit = _ZH_UNIT[cls] if cls in "类种项" else _ZH_UNIT.get(m.group(3) or cls, "items")
        out.update({"count": int(m.group(1)), "unit": unit})
    elif m:
        raw = m.group(2).lower().replace(",", "")
        n = float(raw) if raw.isdigit() else _WORD_NUM.get(raw.replace("a dozen", "dozen"), 0)
        frac = {"half": 0.5, "a third": 1 / 3, "a quarter": 0.25}.get((m.group(1) or "").lower(), 1)
        if n:
            out.update({"count": _clean(round(n * frac)), "unit": m.group(3).lower()})
    m = _TONNES.search(text)
    if m and "count" not in out:
        if m.group(1):
            t = _num(m.group(1)) * _SCALE.get((m.group(2) or "").lower(), 1)
        else:
            t = _num(m.group(4)) * _SCALE.get(m.group(5) or "", 1)
        out["tonnes"] = _clean(t)
    return out
