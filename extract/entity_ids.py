"""Entity ids minted for names the gazetteer lacks (pure): how a name becomes ``org:<slug>``, ``person:<slug>``.

The labelled corpus ids what it has no gazetteer row for by the name's own words, so every entity rule that
mints an id spells it here, the same way for every rule (``tests/unit/test_entity_ids.py``; the conventions are
in ``docs/entities.md``):

* :func:`slug`: lower-case ASCII words joined by "_", legal suffixes (Inc., Ltd.) dropped, letters folded to
  ASCII the way English text spells them (rule latin_fold);
* :func:`firm_slug`: a firm by its short name (rule firm_short_form: without the legal form before or after
  it, and without "Group" / "Holdings" / "Motor" / "Technology" while a distinctive word remains; the
  distinctive words are those not in :data:`GENERIC_WORDS`, which the firm rules of
  :mod:`policykg.extract.entity_rules` and :mod:`policykg.extract.entity_names` also read);
* :func:`known_id`, :func:`new_entity`, :func:`entity_from_id`: the gazetteer's id of a name, a minted
  entity registered (first name wins), and an entity for an id known to nobody.

Split from :mod:`policykg.extract.entity_rules`, which finds the names these ids are minted for.
"""

from __future__ import annotations

import re
import unicodedata

from policykg.extract.models import Entity

_LEGAL = {
    "tbk",  # Indonesia's listed-company suffix (Terbuka)
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
    "pty",
    "company",
    "l",
    "s",
    "a",
    "n",
    "v",
}


# latin_fold: letters that NFKD does not split into a base letter and a mark are spelt in ASCII the
# way English text writes them (Løkke -> Lokke, Łukasz -> Lukasz, Straße -> Strasse), not dropped
LATIN_FOLD = str.maketrans(
    {"ø": "o", "Ø": "O", "æ": "ae", "Æ": "Ae", "œ": "oe", "Œ": "Oe", "ß": "ss", "ł": "l", "Ł": "L"}
    | {"đ": "d", "Đ": "D", "ð": "d", "Ð": "D", "þ": "th", "Þ": "Th", "ı": "i", "ħ": "h", "Ħ": "H"}
)


def ascii_fold(name: str) -> str:
    """``name`` in ASCII letters: marks dropped (é -> e), other letters spelt out (rule latin_fold)."""
    return unicodedata.normalize("NFKD", name.translate(LATIN_FOLD)).encode("ascii", "ignore").decode()


def slug(name: str, drop_legal: bool = True) -> str:
    """Lower-case ASCII words joined by "_"; legal suffixes (Inc., Ltd.) dropped."""
    folded = ascii_fold(name)
    words = re.findall(r"[a-z0-9]+", folded.lower())
    while drop_legal and len(words) > 1 and words[-1] in _LEGAL:
        words.pop()
    return "_".join(words)


# firm_short_form: the labelled corpus ids firms by their short name, without the legal suffix and
# without a trailing "Group" / "Holdings" / "Motor" / "Technology" (org:toyota for Toyota Motor Corp,
# org:micron for Micron Technology Inc., org:posco for POSCO Holdings Inc.: most of train's firms)
_GROUP_WORDS = {"group", "holding", "holdings", "motor", "motors", "technology", "technologies"}


# legal forms written before the name: Indonesia's PT, Russia's (P)JSC / OAO / ZAO / OOO / PAO
_LEGAL_PREFIXES = {"pt", "pjsc", "jsc", "ojsc", "oao", "zao", "ooo", "pao"}


def firm_slug(name: str) -> str:
    """Slug of a firm name without legal suffixes, and without "Group"/"Holding"/"Motor"/
    "Technology" when a distinctive word remains ("Tsingshan Holding Group" -> tsingshan,
    "Mazda Motor Corp" -> mazda, but "China Rare Earth Group" keeps its "group" and
    "Yixin Science and Technology" its "technology")."""
    raw = slug(name, drop_legal=False).split("_")
    if len(raw) == 2 and len(raw[0]) <= 2 and raw[1] in _LEGAL:
        return "_".join(raw)  # "DK Corp.": two letters alone are no name
    words = slug(name).split("_")
    if len(words) > 1 and words[0] in _LEGAL_PREFIXES:
        words = words[1:]  # legal_prefix: "PT Kimia Farma" -> kimia_farma, "PJSC Rosneft" -> rosneft
    while len(words) > 1 and words[-1] in _GROUP_WORDS | _LEGAL:
        rest = words[:-1]
        if all(w in GENERIC_WORDS for w in rest) or rest[-1] in ("and", "of"):
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


# Capitalised words that on their own say nothing about a firm ("Critical Minerals").
GENERIC_WORDS = set(
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
