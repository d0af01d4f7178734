"""Generate the ISO 3166-1 country rows of the gazetteer from pycountry.

Writes three files under ``extract/data/gazetteer/`` (commit the output; the
package never calls pycountry at run time):

* ``entities/countries.jsonl``: one row per country, ``{"id": "NLD", "type":
  "Country", "name": "Netherlands"}`` (common name where pycountry has one);
* ``en/countries.jsonl``: English patterns from the short, common and official
  names (comma-inverted forms such as "Korea, Republic of" are skipped, and
  accents are also given folded: "Türkiye" and "Turkiye");
* ``zh/countries.jsonl``: Chinese patterns from pycountry's zh_CN, zh_TW and zh_HK
  translations (Taiwan's 纽西兰 / 义大利 / 沙乌地阿拉伯, Hong Kong's 沙地阿拉伯 / 北韩),
  the Traditional ones converted as extraction converts an article (OpenCC
  ``t2s``, :func:`policykg.extract.normalize.to_simplified`), so they match the
  text the matcher reads. Forms that also name something else are left out
  (:data:`AMBIGUOUS_ZH`), and so are forms with brackets or spaces.

States outside ISO 3166-1 (Kosovo, XKX) are added from :data:`EXTRA_COUNTRIES`.

Hand-made forms (demonyms, "U.S.", 美方, 俄 ...) live in the curated files
beside them, never here, so re-running this script loses nothing. A form the
curated files hold is not generated, in either language: that is how news usage
overrides an ISO short name (bare "Congo" and 刚果 name the Democratic Republic
of the Congo in trade and mining news, not the Republic of the Congo whose ISO
short name they are; the curated files say so and keep "Congo-Brazzaville",
刚果(布) for the latter).

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

# States outside ISO 3166-1 that trade news names, with the user-assigned code the labelling conventions use
# (Kosovo: XKX, as the EU and the IMF code it): (id, name, English names, Chinese names).
EXTRA_COUNTRIES = (("XKX", "Kosovo", ("Kosovo", "Republic of Kosovo"), ("科索沃",)),)


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


# The Chinese locales read, in order: Mainland forms first, then Taiwan's and Hong Kong's (converted to Simplified).
ZH_LOCALES = ("zh_CN", "zh_TW", "zh_HK")
# Taiwan / Hong Kong short forms that also name something else in news: 乔治亚 (the US state of Georgia, 乔治亚州),
# 查德 (the given name Chad), 东加 (East Kalimantan, 东加里曼丹), 马利 (names such as 马利克), 狮子山 (Lion Rock in
# Hong Kong), 泽西 (New Jersey, 新泽西), 根息, 圣马丁 (the French and Dutch halves share it).
AMBIGUOUS_ZH = frozenset({"乔治亚", "查德", "东加", "马利", "狮子山", "泽西", "根息", "圣马丁"})


def chinese_names(country, locales: list[gettext.NullTranslations]) -> list[str]:
    """Translations of the short, common and official names in each Chinese locale, in Simplified script
    (untranslated, ambiguous and bracketed ones skipped)."""
    from policykg.extract.normalize import to_simplified

    names: list[str] = []
    for i, zh in enumerate(locales):
        for attr in ("name", "official_name") if i == 0 else ("name", "official_name", "common_name"):
            value = getattr(country, attr, None)
            translated = zh.gettext(value) if value else value
            if not value or translated == value:
                continue
            form = translated if i == 0 else to_simplified(translated)
            if form not in names and form not in AMBIGUOUS_ZH and not any(ch in form for ch in " ()（）"):
                names.append(form)
    return names


def curated_patterns(folder: Path, english: bool = False) -> set[str]:
    """The patterns of the hand-made files beside the generated one (``en/countries_extra.jsonl`` ...): a generated
    form they already hold is left to them (the gazetteer rejects a pattern defined twice)."""
    if not folder.is_dir():
        return set()
    # English stop rows ("Georgia", the US state) sit beside the generated form as before; they do not replace it
    rows = (
        json.loads(line) for f in sorted(folder.glob("*.jsonl")) if f.name != "countries.jsonl" for line in f.open()
    )
    return {row["pattern"] for row in rows if "pattern" in row and not (english and row.get("stop"))}


def generate(
    curated_zh: set[str] = frozenset(), curated_en: set[str] = frozenset()
) -> tuple[list[dict], list[dict], list[dict]]:
    """Return (entity rows, English pattern rows, Chinese pattern rows); forms the curated files hold are skipped."""
    zh = [gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=[loc]) for loc in ZH_LOCALES]
    entities, en_rows, zh_rows = [], [], []
    for country in sorted(pycountry.countries, key=lambda c: c.alpha_3):
        cid = country.alpha_3
        name = NAME_OVERRIDES.get(cid) or getattr(country, "common_name", None) or country.name
        if "," in name:  # "Korea, Republic of" reads "Republic of Korea"
            head, _, tail = name.partition(", ")
            name = f"{tail} {head}"
        entities.append({"id": cid, "type": "Country", "name": name})
        for pattern in english_names(country):
            if pattern in curated_en:
                continue
            en_rows.append({"id": cid, "pattern": pattern, "case_sensitive": True})
        for pattern in chinese_names(country, zh):
            if pattern not in curated_zh:
                zh_rows.append({"id": cid, "pattern": pattern})
    for cid, name, en_names, zh_names in EXTRA_COUNTRIES:
        entities.append({"id": cid, "type": "Country", "name": name})
        en_rows += [{"id": cid, "pattern": p, "case_sensitive": True} for p in en_names if p not in curated_en]
        zh_rows += [{"id": cid, "pattern": p} for p in zh_names if p not in curated_zh]
    return entities, en_rows, zh_rows


def write_jsonl(path: Path, rows: list[dict]) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("w", encoding="utf-8") as fh:
        for row in rows:
            fh.write(json.dumps(row, ensure_ascii=False) + "\n")


def main(argv: list[str]) -> int:
    out = Path(argv[0]) if argv else DEFAULT_DIR
    entities, en_rows, zh_rows = generate(curated_patterns(out / "zh"), curated_patterns(out / "en", english=True))
    write_jsonl(out / "entities" / "countries.jsonl", entities)
    write_jsonl(out / "en" / "countries.jsonl", en_rows)
    write_jsonl(out / "zh" / "countries.jsonl", zh_rows)
    print(f"{len(entities)} countries, {len(en_rows)} English and {len(zh_rows)} Chinese patterns -> {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
