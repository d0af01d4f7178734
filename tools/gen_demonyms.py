"""Generate ``en/countries_demonyms.jsonl``: the English nationality adjectives the curated list lacks.

The curated ``en/countries_extra.jsonl`` holds the adjectives of about sixty trading states ("Chinese",
"Dutch", "Nigerian"); "Kenyan President X banned ..." or "Ghanaian cocoa" found no state.  This script reads
the demonyms of the PyPI package ``countryinfo`` (MIT licence; one JSON file per country with ``demonym`` and
``ISO.alpha3``) and writes one row per form for every country of ``entities/countries.jsonl`` that has no
adjective row yet, in the curated rows' form: ``{"id": "KEN", "pattern": "Kenyan", "case_sensitive": true,
"adj": "kenya"}``.  ``adj`` is given as the word the country's generated ids already use (the slug of its
name, :meth:`policykg.extract.gazetteer.Gazetteer.adjective`), so that the new rows change no id
("org:kenya_cabinet" stays).  Left out, and printed:

* forms shared by several states ("Congolese", "Dominican", "Channel Islander", and "French" / "Chinese" /
  "American" of territories): :func:`shared_forms`;
* forms that end another state's demonym ("Guinean" in "Equatorial Guinean" and "Papua New Guinean",
  "Samoan" in "American Samoan"); a compass word before it ("South Sudanese") leaves the bare form to the
  undivided state, as "Korean" beside "North Korean": :func:`nested_forms`;
* forms that are already a pattern (the country's own name: "Djibouti", "Gibraltar");
* common English words or other senses (:data:`OTHER_SENSE`).

The package is a generation-time dependency only (``pip install .[gazetteer]``); extraction reads the committed
JSONL.  Usage: ``.venv/bin/python tools/gen_demonyms.py [COUNTRYINFO_DATA_DIR]``
"""

from __future__ import annotations

import json
import re
import sys
import unicodedata
from collections import Counter
from importlib import resources
from pathlib import Path

GAZETTEER = Path(__file__).resolve().parent.parent / "extract" / "data" / "gazetteer"
OUT = GAZETTEER / "en" / "countries_demonyms.jsonl"
COMPASS = frozenset({"North", "South", "East", "West"})
# Forms with a more frequent other sense in trade news: the US state of Georgia and the Georgian era; "Christmas
# Island" is a name, not an adjective.
OTHER_SENSE = frozenset({"Georgian", "Christmas Island"})


def read_demonyms(data_dir: Path) -> list[tuple[str, str]]:
    """(ISO-3 code, form) for every form of every country file: "Antiguan,Barbudan" gives two forms."""
    pairs = []
    for path in sorted(data_dir.glob("*.json")):
        row = json.loads(path.read_text(encoding="utf-8"))
        code = (row.get("ISO") or {}).get("alpha3")
        for form in re.split(r"[,/]", row.get("demonym") or ""):
            if code and form.strip():
                pairs.append((code, form.strip()))
    return sorted(set(pairs))


def shared_forms(pairs: list[tuple[str, str]]) -> set[str]:
    """Forms that several states (or a state and its territories) share: "Congolese", "French"."""
    states = Counter(form for _, form in pairs)
    return {form for form, n in states.items() if n > 1}


def nested_forms(pairs: list[tuple[str, str]]) -> set[str]:
    """Forms that end another state's longer demonym ("Guinean" in "Equatorial Guinean"), unless only a
    compass word comes before them ("South Sudanese": the bare "Sudanese" stays Sudan's)."""
    forms = {form for _, form in pairs}
    nested = set()
    for longer in forms:
        for form in forms - {longer}:
            head = longer[: -len(form)].rstrip(" -")
            if longer.endswith(form) and head != longer and head not in COMPASS:
                nested.add(form)
    return nested


def id_word(name: str) -> str:
    """The slug of a country name, the word its generated ids use ("Cote d'Ivoire" -> "cote_d_ivoire")."""
    folded = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()
    return "_".join(re.findall(r"[a-z0-9]+", folded.lower()))


def read_jsonl(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.open(encoding="utf-8") if line.strip()]


def generate(pairs, countries: dict[str, str], curated: list[dict]) -> tuple[list[dict], dict[str, str]]:
    """Rows for the countries without an adjective row, and the skipped forms with the reason."""
    pairs = [(code, form) for code, form in pairs if code in countries]  # not Serbia and Montenegro (SCG)
    has_adj = {row["id"] for row in curated if row.get("adj")}
    known = {row["pattern"] for row in curated if "pattern" in row}
    reasons = {f: "shared by several states" for f in shared_forms(pairs)}
    reasons |= {f: "ends another state's demonym" for f in nested_forms(pairs) if f not in reasons}
    reasons |= {f: "other sense" for f in OTHER_SENSE}
    rows, skipped = [], {}
    for code, form in pairs:
        if code in has_adj:
            continue
        why = reasons.get(form) or ("already a pattern" if form in known else "")
        if why:
            skipped[f"{form} ({code})"] = why
            continue
        rows.append({"id": code, "pattern": form, "case_sensitive": True, "adj": id_word(countries[code])})
    return rows, skipped


def main(argv: list[str]) -> int:
    data_dir = Path(argv[0]) if argv else Path(str(resources.files("countryinfo") / "data"))
    countries = {row["id"]: row["name"] for row in read_jsonl(GAZETTEER / "entities" / "countries.jsonl")}
    curated = [row for f in sorted((GAZETTEER / "en").glob("*.jsonl")) if f != OUT for row in read_jsonl(f)]
    rows, skipped = generate(read_demonyms(data_dir), countries, curated)
    with OUT.open("w", encoding="utf-8") as fh:
        fh.writelines(json.dumps(row, ensure_ascii=False) + "\n" for row in rows)
    for form, why in sorted(skipped.items()):
        print(f"skipped {form}: {why}")
    print(f"{len(rows)} demonym rows -> {OUT}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
