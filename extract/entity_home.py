"""Whose agency is it? The country an article's unqualified national agencies belong to.

A bare "Ministry of Finance" or "Department of Food and Public Distribution"
names no country; the article does.  Two named rules decide, both reading
only the article itself (never a fixed default such as the United States):

* ``domain_owner``: another mention of the same ministry domain in the
  article that a country qualifies ("India's finance ministry ... the Ministry
  of Finance"), before or after the bare one;
* ``home_country``: the country the article is about, the one named most
  often as a subject, owner or modifier ("India", "India's", "Indian"), not
  as the object of a preposition ("imports from China", "duties on China"
  name the other side of a trade measure); an agency that has a state names
  it too ("DGTR" names India).

And ``office_title``: "Commerce Secretary", "Minister of Economy", "Foreign
Minister" name a person's office, not the body: the labelling conventions
make no Agency from an office title, with or without the holder's name.
"""

from __future__ import annotations

import re
from collections import Counter

# a country after one of these words is the object of a preposition: the other side of a measure
_OBJECT_BEFORE = re.compile(
    r"\b(?:from|to|on|against|into|in|with|of|toward|towards|over|by|than|and|or|after|before|since|following|amid|despite)"
    r"[ \t]+(?:the[ \t]+)?$",
    re.IGNORECASE,
)


def _country_ids(chosen, gaz) -> list[tuple[int, str]]:
    """(offset, country) of each country mention and of each agency that has a state ("DGTR": India)."""
    out = []
    for c in chosen:
        ent = gaz.get(c.eid) if c.eid and not c.eid.startswith("@") else None
        if ent is not None and ent.type == "Country":
            out.append((c.start, ent.id))
        elif ent is not None and ent.type == "Agency" and ent.country and len(ent.country) == 3:
            out.append((c.start, ent.country))
    return out


def named_states(chosen, gaz) -> set[str]:
    """The states the article names (directly, or through an agency that has one)."""
    return {cid for _, cid in _country_ids(chosen, gaz)}


def home_country(text: str, chosen, gaz, exclude: frozenset[str] = frozenset()) -> str | None:
    """``home_country``: the country named most often outside a prepositional object
    (ties: the one named first); None when the article names no country so.  ``exclude``:
    states that have no body of the asked form (the US government has departments, no
    ministries: a bare "commerce ministry" in a story about US curbs is the other side's)."""
    counts: Counter[str] = Counter()
    first: dict[str, int] = {}
    for start, cid in _country_ids(chosen, gaz):
        if cid in exclude or _OBJECT_BEFORE.search(text, max(0, start - 14), start):
            continue
        counts[cid] += 1
        first.setdefault(cid, start)
    if not counts:
        return None
    return min(counts, key=lambda cid: (-counts[cid], first[cid]))


def domain_owners(entries: list[tuple[str, str | None]]) -> dict[str, str]:
    """``domain_owner``: {domain: country} from the qualified ministry mentions of the article
    (the first qualified mention of a domain decides)."""
    owners: dict[str, str] = {}
    for domain, country in entries:
        if country:
            owners.setdefault(domain, country)
    return owners


def office_title(word: str) -> bool:
    """``office_title``: "Minister" and "Secretary" forms name an office holder, not an agency."""
    return word in ("Minister", "Secretary")
