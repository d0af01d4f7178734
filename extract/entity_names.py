"""Entity rules for names: people after an office title, and the ORG / PERSON names of spaCy's NER.

Split from :mod:`policykg.extract.entity_rules` (tickers, corporate suffixes; ids in :mod:`entity_ids`), which
:func:`policykg.extract.entities.find_mentions` calls with these:

* titles before names: "Commerce Secretary Howard Lutnick" -> ``person:howard_lutnick``, with the
  particles of Arabic, Dutch, German, Portuguese and Spanish names ("bin", "von der", "da");
* spaCy NER entities (ORG, PERSON) when a statistical model made them.
"""

from __future__ import annotations

import re

from policykg.extract.entity_ids import GENERIC_WORDS, known_id, new_entity, slug
from policykg.extract.entity_rules import PRIO_NER, PRIO_RULE, Candidate, trim_leading

# --- people ------------------------------------------------------------------

# Latin-1 and Latin Extended-A letters: "François", "Paweł Łukaszewski", "Ramūnas" (Extended-A pairs
# upper and lower case letter by letter, so its block stands in both classes)
_UPPER = r"A-Z\u00c0-\u00de\u0100-\u017f"
_LOWER = r"a-z\u00df-\u00ff\u0100-\u017f"
_NAME_WORD = rf"[{_UPPER}][{_LOWER}]+(?:-[A-Za-z][{_LOWER}]+)?"
# name_particle: the lower-case links of Arabic, Dutch, German, Iberian and Italian names ("Abdulla bin Touq
# Al Marri", "Ursula von der Leyen", "Luiz Inácio Lula da Silva"), inside a name only (a name never ends in one)
_PARTICLE = r"(?:bin|bint|ibn|von der|von|van der|van den|van|de la|de|da|dos|das|do|del|della|di|al|el)"
_TITLE = re.compile(
    r"\b(?:President|Prime Minister|Premier|Vice President|Vice Premier|Chancellor|Minister|Secretary|"
    r"Commissioner|CEO|Chairman|Chairwoman|Governor|Senator|Ambassador|Spokesperson|spokesperson|Spokesman|Spokeswoman|"
    r"spokesman|spokeswoman|Representative|Director|Mr\.|Ms\.|Mrs\.|Dr\.|"
    # lower_title: the same offices in lower case, as much wire copy writes them ("Trade minister Parks Tau",
    # "former president X"), and the honorific "Sheikh" ("Sheikh Mohamed bin Zayed")
    r"president|prime minister|premier|minister|secretary|governor|ambassador|senator|chancellor|chairman|"
    r"commissioner|Sheikh)"
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
# listed_domain_name: after a listed domain ("Minister for Production, Foreign Trade, Investment and Fisheries Julio
# Prado") the name is the last two capitalised words; read only where the shortest domain left no name
_TITLE_OF_LIST = re.compile(
    r"\b(?:[Mm]inister|[Ss]ecretary)[ \t]+(?:of|for)[ \t]+(?:the[ \t]+)?"
    r"(?P<dom>(?:[A-Z][a-z]+(?:,[ \t]+(?:and[ \t]+)?|[ \t]+and[ \t]+|[ \t]+)){2,8})"
    rf"(?P<name>{_NAME_WORD}[ \t]+{_NAME_WORD})\b(?![ \t]*[A-Z])"
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
    return not (words & (GENERIC_WORDS | _NOT_NAME | _ministry_vocab(gaz)))


def _domain_ok(m: re.Match, gaz) -> bool:
    """The lower-case words of a title's domain ("minister for foreign affairs") are ministry words."""
    dom = m.groupdict().get("dom") or ""
    lower = {w for w in re.findall(r"[A-Za-z]+", dom) if w[0].islower()} - {"and", "for", "of"}
    return lower <= _ministry_vocab(gaz)


def person_candidates(text: str, gaz, en_index) -> list[Candidate]:
    """Capitalised names after a title: "Commerce Secretary Howard Lutnick"."""
    out: list[Candidate] = []
    named: set[int] = set()
    for m in list(_TITLE.finditer(text)) + list(_TITLE_OF.finditer(text)):
        found = _titled_name(m, gaz, en_index)
        out += found
        named |= {m.start()} if found else set()
    for m in _TITLE_OF_LIST.finditer(text):
        if m.start() not in named and ("," in m.group("dom") or " and " in m.group("dom")):
            out += _titled_name(m, gaz, en_index)
    return out


def _titled_name(m: re.Match, gaz, en_index) -> list[Candidate]:
    """The person a title match names, as a one-candidate list (empty when it names no person)."""
    if not _domain_ok(m, gaz):
        return []
    lead, words = _domain_lead(m.group("name"), gaz, listed=_listed(m))
    cut = next((k for k, w in enumerate(words) if w.lower() in _HEADLINE_VERBS), len(words))
    name = " ".join(words[:cut])
    while name and name.split()[-1] in ("von", "van", "de", "da", "der"):
        name = name.rsplit(" ", 1)[0]
    if not name:
        return []
    eid = known_id(name, en_index)
    if eid is None and " " in name:  # "Xi Jinping" known, "Minister Xi Said" not
        eid = known_id(name.split()[0], en_index)
        if eid is not None:
            name = name.split()[0]
    if eid is not None and not eid.startswith("person:"):
        return []
    if eid is None:
        if not name_words_ok(name, gaz):
            return []
        eid = new_entity(gaz, "person:" + slug(name, drop_legal=False), "Person", name)
    start = m.start("name") + lead
    return [Candidate(start, start + len(name), eid, PRIO_RULE)]


def _listed(m: re.Match) -> bool:
    """The title's domain ends in a list link ("Agriculture and ", "Production, "): the words after it go on
    with the list, not with the name."""
    dom = m.groupdict().get("dom") or ""
    return bool(re.search(r"(?:,|\band)[ \t]+$", dom))


def _domain_lead(name: str, gaz, listed: bool = False) -> tuple[int, list[str]]:
    """The name without leading words of the title's domain ("Industry and Security Jeffery Kessler": the
    domain's last word read as a name word), as (characters dropped, words); two words always stay. After a
    list link (``listed``) and with no particle, a name of four words or more keeps only its last two
    ("Agriculture and Land Reclamation Abbas El-Shennawy")."""
    words = name.split()
    k = 0
    while len(words) - k > 2 and not name_words_ok(words[k], gaz):
        k += 1
    if listed and len(words) - k >= 4 and not any(w.islower() for w in words):
        k = len(words) - 2
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
        start, name = trim_leading(ent.start_char + lead, raw.strip(" '\u2018"))
        name = re.sub(r"['\u2019]s$", "", name)
        if len(name) < 3 or _NER_STOP.search(name) or not re.search(r"[A-Z]", name):
            continue
        if ent.label_ == "PERSON" and (" " not in name or _NOT_NAME & set(name.lower().split())):
            continue  # a lone surname is too weak without a gazetteer row; "Entity List" is no name
        if ent.label_ == "ORG" and re.fullmatch(r"[A-Z]{2,4}s?", name) and known_id(name, en_index) is None:
            continue  # "GPU", "ICT": unknown short acronyms are mostly not organisations
        eid = known_id(name, en_index)
        if eid is None and all(w.lower() in GENERIC_WORDS for w in name.split()):
            continue
        if eid is None:
            if ent.label_ == "PERSON":
                eid = new_entity(gaz, "person:" + slug(name, drop_legal=False), "Person", name)
            else:
                etype = "Agency" if _AGENCY_WORDS.search(name) else "Firm"
                eid = new_entity(gaz, "org:" + slug(name), etype, name)
        out.append(Candidate(start, start + len(name), eid, PRIO_NER))
    return out
