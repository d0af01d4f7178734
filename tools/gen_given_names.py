"""Generate ``extract/data/names/given_names.csv``: frequent given names of many origins, for the rule
``given_name_person`` (:mod:`policykg.extract.entity_given_names`).

News names most people in full once, often without a title or a quote frame ("Boris Johnson", "Rebecca Miano",
"Enrique Peña Nieto"); a capitalised given name is the general cue that such a run is a person.  The names come from
two PyPI packages, read here and never at run time (``pip install .[gazetteer]``):

* ``nomquamgender`` 0.1.4 (MIT licence; Van Buskirk et al., name-gender data pooled from 36 national and
  international sources): a name is kept when at least :data:`MIN_SOURCES` sources list it and they report at least
  :data:`MIN_COUNTS` bearers (frequent names only; its keys are lower-case and accent-folded: "andras");
* ``names`` 0.3.0 (MIT licence; the 1990 US census lists of given names): the :data:`CENSUS_RANK` most frequent
  male and female names.

Negative controls (:func:`skip_reason`; every name left out is counted by its reason): a name that is a common
English word ("mark", "will", "grace", "may": the lower-case entries of web2 in the PyPI package ``english-words``
2.0.2, MIT), a month or weekday name, a title or honorific
(:data:`TITLES`: "sheikh", "prince"), a country, province or capital name or alternative spelling (``countryinfo``
1.0.1, MIT: "jordan", "georgia", "victoria", "chad"), and a one-word English pattern of the gazetteer that names no
person (a firm, a place, a body: "Tesla", "Sterling").

Usage: ``.venv/bin/python tools/gen_given_names.py [OUT_CSV]``
"""

from __future__ import annotations

import calendar
import csv
import json
import sys
from collections import Counter
from importlib import resources
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
GAZETTEER = ROOT / "extract" / "data" / "gazetteer"
OUT = ROOT / "extract" / "data" / "names" / "given_names.csv"
MIN_SOURCES = 10
MIN_COUNTS = 1000
CENSUS_RANK = 1000
# Titles and honorifics that name lists carry as given names ("Sheikh Mohamed", "Prince Charles"): the title rules
# of entity_names read them; as given names they would make "Sheikh Mohamed bin Zayed" a different id.
TITLES = frozenset(
    [
        "sheikh",
        "sheik",
        "shaikh",
        "sultan",
        "prince",
        "princess",
        "king",
        "queen",
        "emir",
        "amir",
        "lord",
        "lady",
        "sir",
        "dame",
        "saint",
        "santa",
        "san",
        "don",
        "imam",
        "rabbi",
        "father",
        "pope",
        "mister",
        "miss",
        "madam",
        "madame",
        "monsieur",
        "senor",
        "herr",
        "president",
        "premier",
        "general",
    ]
)


def read_nqg() -> set[str]:
    """The given names of ``nomquamgender`` that at least MIN_SOURCES sources list with MIN_COUNTS bearers."""
    data = json.loads((resources.files("nomquamgender") / "name_data.json").read_text(encoding="utf-8"))
    return {name for name, row in data.items() if row[0] >= MIN_SOURCES and row[1] >= MIN_COUNTS}


def read_census() -> set[str]:
    """The CENSUS_RANK most frequent male and female given names of the US census lists (``names``)."""
    folder = Path(str(resources.files("names")))
    rows = [line.split() for f in ("dist.male.first", "dist.female.first") for line in (folder / f).open()]
    return {r[0].lower() for r in rows if r and int(r[3]) <= CENSUS_RANK}


def read_common_words() -> frozenset[str]:
    """The lower-case entries of web2 (``english-words``): common nouns, verbs and adjectives."""
    from english_words import get_english_words_set

    return frozenset(w for w in get_english_words_set(["web2"], lower=False, alpha=True) if w.islower())


def read_place_words() -> frozenset[str]:
    """One-word country, province and capital names and spellings of ``countryinfo`` ("Jordan", "Victoria");
    the words of longer names are left in ("Saint Michael", "George Town" do not drop "Michael", "George")."""
    words: set[str] = set()
    for path in sorted(Path(str(resources.files("countryinfo") / "data")).glob("*.json")):
        row = json.loads(path.read_text(encoding="utf-8"))
        names = [row.get("name") or "", row.get("capital") or ""]
        names += list(row.get("provinces") or []) + list(row.get("altSpellings") or [])
        words |= {n.lower() for n in names if isinstance(n, str) and " " not in n.strip()}
    return frozenset(words)


def read_gazetteer_words() -> frozenset[str]:
    """One-word English patterns of the gazetteer that name no person ("Tesla", "Jordan", "Sterling")."""
    words = set()
    for path in sorted((GAZETTEER / "en").glob("*.jsonl")):
        for line in path.open(encoding="utf-8"):
            row = json.loads(line)
            pattern, eid = row.get("pattern") or "", row.get("id") or ""
            if " " not in pattern and not eid.startswith("person:"):
                words.add(pattern.lower())
    return frozenset(words)


def calendar_words() -> frozenset[str]:
    """Month and weekday names: "May", "June", "August"."""
    return frozenset(w.lower() for w in list(calendar.month_name) + list(calendar.day_name) if w)


def skip_reason(name: str, stops: dict[str, frozenset[str]]) -> str | None:
    """Why ``name`` is not a given name the rule may trust, or None."""
    if not name.isascii() or not name.isalpha() or len(name) < 2:
        return "not a plain word"
    return next((why for why, words in stops.items() if name in words), None)


def generate(candidates: dict[str, str], stops: dict[str, frozenset[str]]) -> tuple[list[tuple[str, str]], Counter]:
    """(name, origin) rows kept, sorted, and the count of names left out by reason."""
    kept, skipped = [], Counter()
    for name in sorted(candidates):
        why = skip_reason(name, stops)
        if why:
            skipped[why] += 1
        else:
            kept.append((name, candidates[name]))
    return kept, skipped


def main(argv: list[str]) -> int:
    out = Path(argv[0]) if argv else OUT
    nqg, census = read_nqg(), read_census()
    origin = {n: "both" if n in nqg and n in census else ("nqg" if n in nqg else "census") for n in nqg | census}
    stops = {
        "common English word": read_common_words(),
        "month or weekday": calendar_words(),
        "title": TITLES,
        "place name": read_place_words(),
        "gazetteer pattern": read_gazetteer_words(),
    }
    rows, skipped = generate(origin, stops)
    with out.open("w", encoding="utf-8", newline="") as fh:
        writer = csv.writer(fh, lineterminator="\n")
        writer.writerow(["name", "origin"])
        writer.writerows(rows)
    for why, n in sorted(skipped.items()):
        print(f"skipped {n}: {why}")
    print(f"{len(rows)} given names -> {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
