"""Numbers stated with an event (pure): tariff rate, money, counts, tonnes.

``value(text, event_type)`` gives the contract's ``value`` dict:
``{"rate_pct": 24}``, ``{"amount": 700000000000, "currency": "RUB"}`` (700
billion rubles, 7000亿卢布), ``{"count": 1000, "unit": "applications"}`` (half
of ~2000 applications), ``{"count": 140, "unit": "entities"}`` (140家实体),
``{"tonnes": 2400000}``.
"""

from __future__ import annotations

import re
from typing import Any

_WORD_NUM = {
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "fifteen": 15,
    "twenty": 20,
    "fifty": 50,
    "hundred": 100,
    "dozen": 12,
    "a": 1,
}
_SCALE = {
    "thousand": 1e3,
    "million": 1e6,
    "mn": 1e6,
    "m": 1e6,
    "billion": 1e9,
    "bn": 1e9,
    "b": 1e9,
    "trillion": 1e12,
    "tn": 1e12,
    "万": 1e4,
    "亿": 1e8,
    "万亿": 1e12,
    "千亿": 1e11,
    "百亿": 1e10,
}
_CURRENCY = {
    "ruble": "RUB",
    "rubles": "RUB",
    "rouble": "RUB",
    "roubles": "RUB",
    "卢布": "RUB",
    "dollar": "USD",
    "dollars": "USD",
    "usd": "USD",
    "$": "USD",
    "美元": "USD",
    "us$": "USD",
    "a$": "AUD",
    "au$": "AUD",
    "c$": "CAD",
    "ca$": "CAD",
    "hk$": "HKD",
    "s$": "SGD",
    "nz$": "NZD",
    "yuan": "CNY",
    "rmb": "CNY",
    "renminbi": "CNY",
    "元": "CNY",
    "人民币": "CNY",
    "元人民币": "CNY",
    "¥": "CNY",
    "euro": "EUR",
    "euros": "EUR",
    "eur": "EUR",
    "€": "EUR",
    "欧元": "EUR",
    "yen": "JPY",
    "日元": "JPY",
    "won": "KRW",
    "韩元": "KRW",
    "pounds": "GBP",
    "£": "GBP",
    "英镑": "GBP",
    "rupees": "INR",
    "卢比": "INR",
}
_NUM = r"(\d+(?:,\d{3})*(?:\.\d+)?)"
_MONEY_EN = re.compile(
    r"(US\$|A\$|AU\$|C\$|CA\$|HK\$|S\$|NZ\$|\$|€|£|¥)\s?"
    + _NUM
    + r"(?:\s?(trillion|billion|million|thousand|bn|mn|tn|b|m)\b)?"
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
_ZH_UNIT = {
    "实体": "entities",
    "企业": "companies",
    "公司": "companies",
    "类": "categories",
    "种": "types",
    "项": "items",
    "家": "entities",
    "个": "items",
    "设备": "categories",
    "物项": "items",
    "产品": "products",
}
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


# a rate change from one rate to another: "from 35 percent to 15 percent", "from 10% to 25%", 由35%降至15%,
# 从10%提高到25%, 自25%下调为10%; the rate before the change is no rate of the measure
_FROM_RATE = re.compile(
    r"\bfrom\s+(?:the\s+current\s+|an?\s+|the\s+)?$|(?:由|从|從|自)(?:[现現]行的?|目前的?|原[来來先]的?)?$",
    re.IGNORECASE,
)
_TO_RATE = re.compile(
    r"^\s*(?:(?:rate|level)\s+)?(?:to|into)\s+(?:a\s+|an\s+)?\d"
    r"|^\s*(?:(?:大幅|进一步|進一步)?(?:降|降低|[下调調]降|[下调調][调調]|下降|[减減]|削[减減]|提高|提升|上[调調]|[调調]高|增|增加|升|"
    r"[调調]整|[调調]|加)(?:至|到|[为為])|至|到)\s*(?:百分之)?\d",
    re.IGNORECASE,
)


def resulting_rate(text: str, m: re.Match[str]) -> bool:
    """Is the percentage ``m`` the rate a change starts from ("reduced from 35 percent to 15 percent", 由35%降至15%)?
    Then the measure's rate is the next one: the contract's ``rate_pct`` is the resulting rate."""
    return bool(_FROM_RATE.search(text[max(0, m.start() - 24) : m.start()]) and _TO_RATE.match(text[m.end() :]))


def _rate(text: str) -> re.Match[str] | None:
    """The first percentage of ``text`` that is not the starting rate of a change."""
    for m in _PCT.finditer(text):
        if not resulting_rate(text, m):
            return m
    return None


def value(text: str, event_type: str) -> dict[str, Any]:
    """Numbers stated with an event: tariff rate, money, count, tonnes."""
    out: dict[str, Any] = {}
    if event_type in ("TARIFF", "INDUSTRIAL_POLICY"):
        m = _rate(text)
        if m and (event_type == "TARIFF" or re.search(r"rate|target|share|率", text[m.end() : m.end() + 30])):
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
