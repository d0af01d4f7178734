"""Rules that find entities the gazetteer does not list, and the post-passes.

Each rule turns evidence in the text into :class:`Candidate` spans that
:func:`policykg.extract.entities.find_mentions` merges with the gazetteer's:

* tickers: ``MP Materials (MP.US)``, ``北方稀土(600111.SH)`` (strong evidence of a firm);
* corporate suffixes: ``Northern Minerals Ltd``, ``Acme Holdings`` -> ``org:<slug>`` (the ids every rule
  mints are spelt by :mod:`policykg.extract.entity_ids`);
* ministries: "Ministry of X", "X Ministry/Minister/Department/Secretary",
  Chinese "...部"; the country comes from the word next to it (post-pass);
* titles before names and spaCy NER names: :mod:`policykg.extract.entity_names`;
* one-character Chinese country names: pairs (中美, 俄乌), followers (美股,
  韩方面), the always-safe 俄, 华 after 对/访/赴 ...;
* coordination ("rare earth equipment and raw materials") and short aliases of
  names found by a rule ("Lutnick" after "Howard Lutnick").
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from policykg.extract.entity_ids import GENERIC_WORDS, firm_slug, known_id, new_entity, slug

PRIO_STOP, PRIO_GAZ, PRIO_RULE, PRIO_NER = 4, 3, 2, 1


@dataclass(frozen=True)
class Candidate:
    """A possible mention; ``eid`` None claims its span without a mention (stop).

    ``group`` ties the characters of a Chinese pair (中美): either all of them
    survive the merge or none does.
    """

    start: int
    end: int
    eid: str | None
    prio: int
    group: int = -1


# --- tickers and corporate suffixes ----------------------------------------

_CAP_WORD = r"(?:[A-Z]|\d+[A-Z])[A-Za-z0-9&.'\u2019-]*"  # "3D", "5G" open a name word too
_EXCHANGES = r"US|HK|SH|SZ|BJ|AX|L|T|KS|KQ|TW|DE|PA|AS|TO|V|SS|SI|N|O"
# A ticker in brackets; the name before it is read backwards from there.
_TICKER = re.compile(
    rf"[(（][ \t]*(?P<ticker>(?:NYSE|NASDAQ|Nasdaq|ASX|TSX|HKEX|LSE)[ \t]*:[ \t]*[A-Z0-9.]{{1,8}}|"
    rf"[A-Z0-9]{{1,6}}\.(?:{_EXCHANGES}))[ \t]*[)）]"
)
_NAME_BEFORE_EN = re.compile(rf"(?:{_CAP_WORD}[ \t]+){{0,5}}{_CAP_WORD}[ \t]*$")
_NAME_BEFORE_ZH = re.compile(r"[\u4e00-\u9fffA-Za-z]{2,10}[ \t]*$")
_LEADING_STOP = {
    "the",
    "a",
    "an",
    "and",
    "of",
    "in",
    "on",
    "at",
    "by",
    "for",
    "with",
    "from",
    "its",
    "their",
    "this",
    "that",
    "shares",
    "stock",
    "stocks",
    "while",
    "as",
    "conversely",
    "meanwhile",
    "however",
    "also",
    "both",
    "including",
    "like",
}
_SUFFIX = (
    r"Inc\.?|Incorporated|Corp\.?|Corporation|Co\.,?[ \t]*Ltd\.?|Co\.|Co(?=[ \t]*[,;:)]|[ \t]+(?:[a-z]|Ltd|Limited)|$)|Company|"
    r"(?:Pty[ \t]+)?Ltd\.?|Limited|Tbk\.?|"
    r"LLC|PLC|plc|AG|SE|S\.A\.|N\.V\.|NV|GmbH|Group|Holdings|Holding|Technologies|Mining|"
    r"Resources|Materials|Metals|Minerals|Semiconductors?|Electronics|Motors|Industries"
)
# industry_pair: the paired trades a firm's name joins with "and" ("Maanshan Iron and Steel Co.", "Yixin Science and
# Technology Co.", "Kestrel Oil and Gas Ltd"); any other "and" between capitalised names joins two firms
_PAIR = (
    r"(?:(?<=Iron)|(?<=Science)|(?<=Oil)|(?<=Mining)|(?<=Import)|(?<=Research)|(?<=Trading)|(?<=Industry))"
    r"[ \t]+and(?=[ \t]+(?:Steel|Technology|Gas|Metallurgy|Export|Development|Investment|Trade|Engineering)\b)"
)
_FIRM = re.compile(
    rf"\b(?P<name>{_CAP_WORD}(?:{_PAIR}|[ \t]+(?:{_CAP_WORD}|&)){{0,5}}?)(?:[ \t]+\((?:Group|Holdings?)\))?"
    rf"[ \t]+(?P<suffix>(?:{_SUFFIX})(?:[ \t]+(?:{_SUFFIX}))*)(?![A-Za-z])"
    r"(?:[ \t]+(?:Inc\.?|Corp\.?|Ltd\.?|Limited|Co\.,?[ \t]*Ltd\.?|LLC|PLC|AG|NV|N\.V\.|SE|S\.A\.)(?![A-Za-z]))?"
    r"(?![ \t]*\d)"
    r"(?![ \t]+(?:Act|Law|Regulation|Initiative|Strategy|Alliance|Agency|Institute|Society|Association|"
    r"Council|Committee|Ministry|Department|Bureau|Office|Program|Programme|Plan|Policy|Sector|Industry|Index|Fund|Partnership|Security|"
    r"Minister|Secretary|Commissioner|[Bb]ill|[Aa]ct)\b)"
)
_LEGAL_SUFFIX = re.compile(
    r"Inc|Incorporated|Corp|Corporation|Co|Company|Ltd|Limited|Tbk|LLC|PLC|plc|AG|SE|S\.A|N\.V|NV|GmbH"
)


def ticker_candidates(text: str, gaz, en_index) -> list[Candidate]:
    """Firm names followed by a ticker, and the ticker itself, as one firm."""
    out: list[Candidate] = []
    if "(" not in text and "（" not in text:
        return out
    for m in _TICKER.finditer(text):
        before = text[max(0, m.start() - 80) : m.start()]
        found = _NAME_BEFORE_EN.search(before) or _NAME_BEFORE_ZH.search(before)
        if not found:
            continue
        start, name = m.start() - len(before) + found.start(), found.group().rstrip()
        if re.match(r"[\u4e00-\u9fff]", name[-1]):
            start, name = _trim_zh_name(start, name)
        else:
            start, name = trim_leading(start, name)
        if not name:
            continue
        ticker = m.group("ticker")
        eid = known_id(name, en_index) or _zh_known(name, gaz) or known_id(ticker, en_index)
        if eid is None or not eid.startswith("org:"):
            eid = new_entity(gaz, "org:" + (firm_slug(name) or slug(ticker.split(":")[-1])), "Firm", name)
        out.append(Candidate(start, start + len(name), eid, PRIO_RULE))
        out.append(Candidate(m.start("ticker"), m.end("ticker"), eid, PRIO_STOP))
    return out


# firm_descriptor: "London-listed", "Shanghai-based", "state-owned" describe a firm, they are no
# part of its name ("London-listed Premier African Minerals Ltd" is Premier African Minerals)
_DESCRIPTOR = re.compile(r"\S+-(?:listed|based|owned|backed|headquartered|run|controlled|registered)\b", re.IGNORECASE)


def trim_leading(start: int, name: str) -> tuple[int, str]:
    described = list(_DESCRIPTOR.finditer(name))
    if described:
        cut = described[-1].end()
        start, name = start + cut + (len(name[cut:]) - len(name[cut:].lstrip())), name[cut:].lstrip()
    words = name.split()
    while words and words[0].lower().strip(",") in _LEADING_STOP:
        cut = name.index(words[0]) + len(words[0])
        start += cut + (len(name[cut:]) - len(name[cut:].lstrip()))
        name = name[cut:].lstrip()
        words = words[1:]
    return start, name


_ZH_BOUNDARY = set("的了在和与及是由对向从被将把为等据称说中涨跌超")


def _trim_zh_name(start: int, name: str) -> tuple[int, str]:
    """Keep the Chinese characters after the last function word ("个股中北方稀土" -> "北方稀土")."""
    cut = max((i + 1 for i, ch in enumerate(name) if ch in _ZH_BOUNDARY), default=0)
    name = name[cut:]
    return start + cut, name if len(name) >= 2 else ""


def _zh_known(name: str, gaz) -> str | None:
    from policykg.extract.entities import indexes

    return indexes(gaz)[1].table.get(name)


def firm_candidates(text: str, gaz, en_index) -> list[Candidate]:
    """Capitalised names ending in a corporate suffix: "Northern Minerals Ltd"."""
    out = []
    for m in _FIRM.finditer(text):
        start, name = trim_leading(m.start("name"), m.group("name"))
        if not name:
            continue
        suffix = m.group("suffix")
        if any(w.endswith(".") and not re.fullmatch(r"(?:[A-Z]\.)+|[A-Z][a-z]?\.", w) for w in name.split()):
            continue  # "Russia. Group": a sentence ends inside the name
        possessive = list(re.finditer(r"['\u2019]s[ \t]+", name))
        if possessive:  # "South Korea's POSCO Holdings": the firm starts after the owner
            cut = possessive[-1].end()
            start, name = start + cut, name[cut:]
        words = [w.lower().strip(".,'\u2019") for w in name.split()]
        legal = bool(_LEGAL_SUFFIX.fullmatch(suffix.rstrip(".").split(",")[0].strip()))
        of_country = _of_country(text, m.end(), suffix, en_index)
        if all(w in GENERIC_WORDS for w in words) and (not legal or (len(words) == 1 and not of_country)):
            continue  # "Critical Minerals", "Technology Co": no distinctive word ("Mining Corporation of Chile" is)
        if all(_LEGAL_SUFFIX.fullmatch(w.strip(".,")) for w in name.split()):
            continue  # "(Holding) Co Ltd": legal words alone are no name
        end = m.end() + of_country
        full = text[start:end]
        eid = known_id(full, en_index) or known_id(name, en_index)
        if eid is not None and not eid.startswith("org:"):
            continue
        if eid is None:
            eid = new_entity(gaz, "org:" + firm_slug(full), "Firm", full.rstrip(".") if legal else full)
        out.append(Candidate(start, end, eid, PRIO_RULE))
    return out


# firm_of_country: "Food Corporation of India", "National Mining Company of Chile": the state named after
# "Corporation / Company of" is part of the firm's name
_OF_COUNTRY = re.compile(r"[ \t]+of[ \t]+(?:the[ \t]+)?(?P<c>[A-Z][a-z]+(?:[ \t]+[A-Z][a-z]+){0,2})")


def _of_country(text: str, end: int, suffix: str, en_index) -> int:
    """Length of an "of <Country>" that continues a "... Corporation" / "... Company" name, else 0."""
    if suffix not in ("Corporation", "Company"):
        return 0
    m = _OF_COUNTRY.match(text, end)
    eid = known_id(m.group("c"), en_index) if m else None
    return m.end() - end if m and eid is not None and re.fullmatch(r"[A-Z]{3}", eid) else 0
