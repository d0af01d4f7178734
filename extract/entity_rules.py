"""Rules that find entities the gazetteer does not list, and the post-passes.

Each rule turns evidence in the text into :class:`Candidate` spans that
:func:`policykg.extract.entities.find_mentions` merges with the gazetteer's:

* tickers: ``MP Materials (MP.US)``, ``北方稀土(600111.SH)`` (strong evidence of a firm);
* corporate suffixes: ``Northern Minerals Ltd``, ``Acme Holdings`` -> ``org:<slug>``;
* ministries: "Ministry of X", "X Ministry/Minister/Department/Secretary",
  Chinese "...部"; the country comes from the word next to it (post-pass);
* titles before names: "Commerce Secretary Howard Lutnick" -> ``person:howard_lutnick``;
* one-character Chinese country names: pairs (中美, 俄乌), followers (美股,
  韩方面), the always-safe 俄, 华 after 对/访/赴 ...;
* spaCy NER entities (ORG, PERSON) when a statistical model made them;
* coordination ("rare earth equipment and raw materials") and short aliases of
  names found by a rule ("Lutnick" after "Howard Lutnick").
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from policykg.extract.models import Entity

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


# --- ids -------------------------------------------------------------------

_LEGAL = {
    "inc",
    "incorporated",
    "corp",
    "corporation",
    "co",
    "ltd",
    "limited",
    "llc",
    "plc",
    "ag",
    "se",
    "sa",
    "nv",
    "gmbh",
    "company",
    "l",
    "s",
    "a",
    "n",
    "v",
}


def slug(name: str, drop_legal: bool = True) -> str:
    """Lower-case ASCII words joined by "_"; legal suffixes (Inc., Ltd.) dropped."""
    folded = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()
    words = re.findall(r"[a-z0-9]+", folded.lower())
    while drop_legal and len(words) > 1 and words[-1] in _LEGAL:
        words.pop()
    return "_".join(words)


# firm_short_form: the labelled corpus ids firms by their short name, without the legal suffix and
# without a trailing "Group" / "Holdings" / "Motor" / "Technology" (org:toyota for Toyota Motor Corp,
# org:micron for Micron Technology Inc., org:posco for POSCO Holdings Inc.: most of train's firms)
_GROUP_WORDS = {"group", "holding", "holdings", "motor", "motors", "technology", "technologies"}


def firm_slug(name: str) -> str:
    """Slug of a firm name without legal suffixes, and without "Group"/"Holding"/"Motor"/
    "Technology" when a distinctive word remains ("Tsingshan Holding Group" -> tsingshan,
    "Mazda Motor Corp" -> mazda, but "China Rare Earth Group" keeps its "group" and
    "Yixin Science and Technology" its "technology")."""
    raw = slug(name, drop_legal=False).split("_")
    if len(raw) == 2 and len(raw[0]) <= 2 and raw[1] in _LEGAL:
        return "_".join(raw)  # "DK Corp.": two letters alone are no name
    words = slug(name).split("_")
    while len(words) > 1 and words[-1] in _GROUP_WORDS | _LEGAL:
        rest = words[:-1]
        if all(w in _GENERIC for w in rest) or rest[-1] in ("and", "of"):
            break
        words = rest
    return "_".join(words)


def entity_from_id(eid: str, text: str) -> Entity:
    """An entity for an id known to nobody, from its form and a mention text."""
    if eid.startswith("person:"):
        return Entity(eid, "Person", text)
    if eid.startswith("element:"):
        return Entity(eid, "Element", text)
    if eid.startswith("item:"):
        return Entity(eid, "Item", text)
    if eid.startswith("org:"):
        return Entity(eid, "Firm", text)
    return Entity(eid, "Country" if len(eid) == 3 else "Bloc", text)


def known_id(name: str, en_index) -> str | None:
    """The gazetteer id of an English name, or None."""
    toks = [t for t in re.findall(r"[A-Za-z0-9\u00C0-\u024F]+|[^\s\-]", name)]
    found, eid = en_index.lookup(toks, [t.lower() for t in toks], 0, len(toks))
    return eid if found else None


def new_entity(gaz, eid: str, etype: str, name: str, country: str | None = None) -> str:
    """Register a generated entity (first name wins) and return its id."""
    gaz.remember(Entity(eid, etype, name, country))
    return eid


# --- tickers and corporate suffixes ----------------------------------------

_CAP_WORD = r"[A-Z][A-Za-z0-9&.'\u2019-]*"
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
    r"Inc\.?|Incorporated|Corp\.?|Corporation|Co\.,?[ \t]*Ltd\.?|Co\.|Company|Ltd\.?|Limited|"
    r"LLC|PLC|plc|AG|SE|S\.A\.|N\.V\.|NV|GmbH|Group|Holdings|Holding|Technologies|Mining|"
    r"Resources|Materials|Metals|Minerals|Semiconductors?|Electronics|Motors|Industries"
)
_FIRM = re.compile(
    rf"\b(?P<name>{_CAP_WORD}(?:[ \t]+(?:{_CAP_WORD}|&)){{0,4}}?)[ \t]+(?P<suffix>(?:{_SUFFIX})(?:[ \t]+(?:{_SUFFIX}))*)(?![A-Za-z])"
    r"(?:[ \t]+(?:Inc\.?|Corp\.?|Ltd\.?|Limited|Co\.,?[ \t]*Ltd\.?|LLC|PLC|AG|NV|N\.V\.|SE|S\.A\.)(?![A-Za-z]))?"
    r"(?![ \t]*\d)"
    r"(?![ \t]+(?:Act|Law|Regulation|Initiative|Strategy|Alliance|Agency|Institute|Society|Association|"
    r"Council|Committee|Ministry|Department|Bureau|Office|Program|Programme|Plan|Policy|Sector|Industry|Index|Fund|Partnership|Security|"
    r"Minister|Secretary|Commissioner|[Bb]ill|[Aa]ct)\b)"
)
_LEGAL_SUFFIX = re.compile(
    r"Inc|Incorporated|Corp|Corporation|Co|Company|Ltd|Limited|LLC|PLC|plc|AG|SE|S\.A|N\.V|NV|GmbH"
)
# Capitalised words that on their own say nothing about a firm ("Critical Minerals").
_GENERIC = set(
    [
        "rare",
        "earth",
        "earths",
        "critical",
        "strategic",
        "global",
        "national",
        "international",
        "advanced",
        "new",
        "energy",
        "green",
        "clean",
        "key",
        "raw",
        "heavy",
        "light",
        "magnetic",
        "battery",
        "batteries",
        "chinese",
        "china",
        "american",
        "us",
        "u.s.",
        "eu",
        "european",
        "russian",
        "japanese",
        "dutch",
        "western",
        "asian",
        "core",
        "summary",
        "group",
        "world",
        "general",
        "united",
        "state",
        "states",
        "federal",
        "central",
        "first",
        "key",
        "precious",
        "base",
        "special",
        "industrial",
        "technology",
        "technologies",
        "mining",
        "metal",
        "metals",
        "mineral",
        "minerals",
        "material",
        "materials",
        "resources",
        "electronics",
        "semiconductor",
        "semiconductors",
        "motors",
        "industries",
        "holdings",
        "holding",
        "science",
        "environmental",
        "journal",
        "review",
        "research",
        "studies",
        "development",
        "developments",
        "insights",
        "industry",
        "sector",
        "market",
        "markets",
        "outlook",
        "overview",
        "analysis",
        "natural",
        "human",
        "water",
        "deep",
        "sea",
        "ocean",
        "domestic",
        "foreign",
    ]
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
            start, name = _trim_leading(start, name)
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


def _trim_leading(start: int, name: str) -> tuple[int, str]:
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
        start, name = _trim_leading(m.start("name"), m.group("name"))
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
        if not legal and all(w in _GENERIC for w in words):
            continue
        end = m.end() + _of_country(text, m.end(), suffix, en_index)
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


# --- people ------------------------------------------------------------------

_NAME_WORD = r"[A-Z\u00c0-\u00de][a-z\u00df-\u00ff]+(?:-[A-Za-z][a-z\u00df-\u00ff]+)?"  # Latin-1 letters: "François"
# name_particle: the lower-case links of Arabic, Dutch, German, Iberian and Italian names ("Abdulla bin Touq
# Al Marri", "Ursula von der Leyen", "Luiz Inácio Lula da Silva"), inside a name only (a name never ends in one)
_PARTICLE = r"(?:bin|bint|ibn|von der|von|van der|van den|van|de la|de|da|dos|das|do|del|della|di|al|el)"
_TITLE = re.compile(
    r"\b(?:President|Prime Minister|Premier|Vice President|Vice Premier|Chancellor|Minister|Secretary|"
    r"Commissioner|CEO|Chairman|Chairwoman|Governor|Senator|Ambassador|Spokesperson|spokesperson|"
    r"spokesman|spokeswoman|Representative|Director|Mr\.|Ms\.|Mrs\.|Dr\.)"
    rf"[ \t]+(?P<name>{_NAME_WORD}(?:[ \t]+(?:{_PARTICLE}[ \t]+)?{_NAME_WORD}){{0,4}})"
)


# "Minister of Natural Resources Jonathan Wilkinson", "Under Secretary of Commerce for Industry and
# Security Jeffery Kessler", "minister for foreign affairs Edite Tenjua": the name is the last two
# capitalised words before a lower-case one; a lower-case domain word must be a ministry word.
_TITLE_OF = re.compile(
    r"\b(?:[Mm]inister|[Ss]ecretary|[Cc]ommissioner)[ \t]+(?:of|for)[ \t]+(?:the[ \t]+)?"
    r"(?P<dom>(?:[A-Za-z][a-z]+,?[ \t]+(?:(?:and|for|of)[ \t]+)?){1,6}?)"
    rf"(?P<name>{_NAME_WORD}(?:[ \t]+(?:{_PARTICLE}[ \t]+)?{_NAME_WORD}){{1,4}})\b(?![ \t]*[A-Z])"
)
# Headline verbs that follow a name ("Minister Kowalczyk Says ...").
_HEADLINE_VERBS = set(
    [
        "says",
        "said",
        "warns",
        "urges",
        "meets",
        "vows",
        "calls",
        "plans",
        "signs",
        "to",
        "and",
        "in",
        "on",
        "at",
        "for",
        "with",
        "of",
        "as",
        "is",
        "was",
        "will",
        "would",
        "hits",
        "slams",
    ]
)


def _ministry_vocab(gaz) -> set[str]:
    vocab = gaz._cache.get("ministry_vocab")
    if vocab is None:
        vocab = gaz._cache["ministry_vocab"] = {
            w.lower() for row in gaz.ministries for form in row.get("en", ()) for w in re.findall(r"\w+", form)
        } | {"affairs", "resources", "general", "state", "house", "office"}
    return vocab


def name_words_ok(name: str, gaz) -> bool:
    """No word of ``name`` is generic, a ministry domain word or a word that names no person."""
    words = {w.lower() for w in name.split()}
    return not (words & (_GENERIC | _NOT_NAME | _ministry_vocab(gaz)))


def _domain_ok(m: re.Match, gaz) -> bool:
    """The lower-case words of a title's domain ("minister for foreign affairs") are ministry words."""
    dom = m.groupdict().get("dom") or ""
    lower = {w for w in re.findall(r"[A-Za-z]+", dom) if w[0].islower()} - {"and", "for", "of"}
    return lower <= _ministry_vocab(gaz)


def person_candidates(text: str, gaz, en_index) -> list[Candidate]:
    """Capitalised names after a title: "Commerce Secretary Howard Lutnick"."""
    out = []
    for m in list(_TITLE.finditer(text)) + list(_TITLE_OF.finditer(text)):
        if not _domain_ok(m, gaz):
            continue
        lead, words = _domain_lead(m.group("name"), gaz)
        cut = next((k for k, w in enumerate(words) if w.lower() in _HEADLINE_VERBS), len(words))
        name = " ".join(words[:cut])
        while name and name.split()[-1] in ("von", "van", "de", "da", "der"):
            name = name.rsplit(" ", 1)[0]
        if not name:
            continue
        eid = known_id(name, en_index)
        if eid is None and " " in name:  # "Xi Jinping" known, "Minister Xi Said" not
            eid = known_id(name.split()[0], en_index)
            if eid is not None:
                name = name.split()[0]
        if eid is not None and not eid.startswith("person:"):
            continue
        if eid is None:
            if not name_words_ok(name, gaz):
                continue
            eid = new_entity(gaz, "person:" + slug(name, drop_legal=False), "Person", name)
        start = m.start("name") + lead
        out.append(Candidate(start, start + len(name), eid, PRIO_RULE))
    return out


def _domain_lead(name: str, gaz) -> tuple[int, list[str]]:
    """The name without leading words of the title's domain ("Industry and Security Jeffery Kessler": the
    domain's last word read as a name word), as (characters dropped, words); two words always stay."""
    words = name.split()
    k = 0
    while len(words) - k > 2 and not name_words_ok(words[k], gaz):
        k += 1
    lead = re.match(rf"(?:\S+[ \t]+){{{k}}}", name)
    return (lead.end() if lead else 0), words[k:]


# --- spaCy NER -----------------------------------------------------------------

_AGENCY_WORDS = re.compile(
    r"\b(?:Ministry|Department|Commission|Committee|Agency|Administration|Bureau|Council|Office|"
    r"Authority|Parliament|Government|Congress|Senate|Customs|Cabinet|Secretariat|Directorate)\b"
)
_NER_STOP = re.compile(r"^(?:Core|Group|Summary|Key|Section|Figure|Table|Source|Sources)\b|\d|[\u4e00-\u9fff]")


_NOT_NAME = {
    "list",
    "entity",
    "act",
    "law",
    "rule",
    "rules",
    "program",
    "order",
    "section",
    "tariff",
    "tariffs",
    "export",
    "controls",
    "control",
    "day",
    "report",
    "plan",
    "initiative",
}


def ner_candidates(doc, gaz, en_index) -> list[Candidate]:
    """ORG and PERSON entities of a model-made ``Doc`` that the gazetteer lacks."""
    out = []
    for ent in getattr(doc, "ents", ()):
        if ent.label_ not in ("ORG", "PERSON"):
            continue
        raw = re.split(r"\s[-\u2013\u2014|]\s|[\n\"\u201c\u201d]", ent.text)[0]
        lead = len(raw) - len(raw.lstrip(" '\u2018"))
        start, name = _trim_leading(ent.start_char + lead, raw.strip(" '\u2018"))
        name = re.sub(r"['\u2019]s$", "", name)
        if len(name) < 3 or _NER_STOP.search(name) or not re.search(r"[A-Z]", name):
            continue
        if ent.label_ == "PERSON" and (" " not in name or _NOT_NAME & set(name.lower().split())):
            continue  # a lone surname is too weak without a gazetteer row; "Entity List" is no name
        if ent.label_ == "ORG" and re.fullmatch(r"[A-Z]{2,4}s?", name) and known_id(name, en_index) is None:
            continue  # "GPU", "ICT": unknown short acronyms are mostly not organisations
        eid = known_id(name, en_index)
        if eid is None and all(w.lower() in _GENERIC for w in name.split()):
            continue
        if eid is None:
            if ent.label_ == "PERSON":
                eid = new_entity(gaz, "person:" + slug(name, drop_legal=False), "Person", name)
            else:
                etype = "Agency" if _AGENCY_WORDS.search(name) else "Firm"
                eid = new_entity(gaz, "org:" + slug(name), etype, name)
        out.append(Candidate(start, start + len(name), eid, PRIO_NER))
    return out
