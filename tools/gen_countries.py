"""Generate the ISO 3166-1 country rows of the gazetteer from pycountry.

Writes three files under ``extract/data/gazetteer/`` (commit the output; the
package never calls pycountry at run time):

* ``entities/countries.jsonl``: one row per country, ``{"id": "NLD", "type":
  "Country", "name": "Netherlands"}`` (common name where pycountry has one);
* ``en/countries.jsonl``: English patterns from the short, common and official
  names (comma-inverted forms such as "Korea, Republic of" are skipped, and
  accents are also given folded: "Türkiye" and "Turkiye");
* ``zh/countries.jsonl``: Chinese patterns from pycountry's zh_CN translations.

Hand-made forms (demonyms, "U.S.", 美方, 俄 ...) live in the curated files
beside them, never here, so re-running this script loses nothing.

Usage: ``.venv/bin/python tools/gen_countries.py [GAZETTEER_DIR]``
"""

from __future__ import annotations

import gettext
import json
import sys
import unicodedata
from pathlib import Path

import pycountry

DEFAULT_DIR = Path(__file__).resolve().parent.parent / "extract" / "data" / "gazetteer"

# Display names that read better than pycountry's short name.
NAME_OVERRIDES = {
    "TUR": "Turkey",
    "CZE": "Czech Republic",
    "RUS": "Russia",
    "COD": "Democratic Republic of the Congo",
    "FSM": "Micronesia",
    "VAT": "Vatican City",
    "VGB": "British Virgin Islands",
    "VIR": "US Virgin Islands",
    "PSE": "Palestine",
}


def fold(text: str) -> str:
    """Strip accents: "Türkiye" -> "Turkiye", "Côte d'Ivoire" -> "Cote d'Ivoire"."""
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def english_names(country) -> list[str]:
    """Short, common and official names, without comma-inverted forms, plus folded variants."""
    names: list[str] = []
    for attr in ("common_name", "name", "official_name"):
        value = getattr(country, attr, None)
        if not value or "," in value:
            continue
        for form in (value, fold(value)):
            if form not in names:
                names.append(form)
    return names


def chinese_names(country, zh: gettext.NullTranslations) -> list[str]:
    """zh_CN translations of the short and official names (untranslated ones skipped)."""
    names: list[str] = []
    for attr in ("name", "official_name"):
        value = getattr(country, attr, None)
        if not value:
            continue
        translated = zh.gettext(value)
        if translated != value and translated not in names:
            names.append(translated)
    return names


def generate() -> tuple[list[dict], list[dict], list[dict]]:
    """Return (entity rows, English pattern rows, Chinese pattern rows)."""
    zh = gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=["zh_CN"])
    entities, en_rows, zh_rows = [], [], []
    for country in sorted(pycountry.countries, key=lambda c: c.alpha_3):
        cid = country.alpha_3
        name = NAME_OVERRIDES.get(cid) or getattr(country, "common_name", None) or country.name
        if "," in name:  # "Korea, Republic of" reads "Republic of Korea"
            head, _, tail = name.partition(", ")
            name = f"{tail} {head}"
        entities.append({"id": cid, "type": "Country", "name": name})
        for pattern in english_names(country):
            en_rows.append({"id": cid, "pattern": pattern, "case_sensitive": True})
        for pattern in chinese_names(country, zh):
            zh_rows.append({"id": cid, "pattern": pattern})
    return entities, en_rows, zh_rows


def write_jsonl(path: Path, rows: list[dict]) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("w", encoding="utf-8") as fh:
        for row in rows:
            fh.write(json.dumps(row, ensure_ascii=False) + "\n")


def main(argv: list[str]) -> int:
    out = Path(argv[0]) if argv else DEFAULT_DIR
    entities, en_rows, zh_rows = generate()
    write_jsonl(out / "entities" / "countries.jsonl", entities)
    write_jsonl(out / "en" / "countries.jsonl", en_rows)
    write_jsonl(out / "zh" / "countries.jsonl", zh_rows)
    print(f"{len(entities)} countries, {len(en_rows)} English and {len(zh_rows)} Chinese patterns -> {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
