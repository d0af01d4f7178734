"""Generate ``entities/firms_indices.jsonl`` and ``en/firms_indices.jsonl``: the listed firms of the main stock indices.

Trade news names the large listed firms of the US, Europe and Japan (a chipmaker hit by an export rule, a carmaker
facing a tariff); the curated ``firms.jsonl`` holds about 170 of them, chosen from articles.  This script reads the
constituents of twenty indices (S&P 500 / 100 / 600, NASDAQ 100, Dow Jones, DAX, MDAX, SDAX, TecDAX, FTSE 100, CAC 40,
CAC Mid 60, EURO STOXX 50, AEX, BEL 20, IBEX 35, OMX Helsinki 25 and Stockholm 30, Switzerland 20, Nikkei 225) from
the PyPI package ``pytickersymbols`` (MIT licence) and writes one Firm row per firm, ``{"id", "type": "Firm", "name",
"country"}``, and one pattern row per surface form, ``{"id", "pattern", "case_sensitive": true, "variants": false}``:

* the id is the corpus's minted form (:func:`policykg.extract.entity_ids.firm_slug`, rule firm_short_form):
  "Toyota Motor Corporation" -> ``org:toyota``, as a name the rules meet in a text would be minted;
* the forms are the name without its legal suffix and each shorter form down to the id's words ("Toyota Motor
  Corporation", "Toyota Motor", "Toyota"): :func:`name_forms`;
* the country is the ISIN's country (the state of the listing's issuer), as ISO 3166-1 alpha-3.

Negative controls (:func:`skip_reason`; every form left out is printed with its reason): a form that is a common
English word or made only of common words ("Target", "Southern", "Steel Dynamics", "Box": the word lists of the PyPI
package ``english-words``, MIT, web2's lower-case entries, singular or plural), an acronym of three letters or fewer
("SSE", "ACS", "PTC": many bodies share them), a one-word form that is a given name or a common surname ("Dana",
"Tyler", "Pearson": :func:`read_person_names`, from the PyPI package ``names``, MIT), a form the gazetteer already has (curated rows win), a form two
listed firms share, and :data:`OTHER_SENSE`.  Firms whose id the gazetteer already has are left to it.

The three packages are generation-time dependencies only (``pip install .[gazetteer]``); extraction reads the committed
JSONL.  Usage: ``.venv/bin/python tools/gen_index_firms.py``
"""

from __future__ import annotations

import json
import re
import sys
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from policykg.extract.entity_ids import _GROUP_WORDS, _LEGAL, firm_slug, slug  # noqa: E402

GAZETTEER = ROOT / "extract" / "data" / "gazetteer"
OUT_ENTITIES = GAZETTEER / "entities" / "firms_indices.jsonl"
OUT_PATTERNS = GAZETTEER / "en" / "firms_indices.jsonl"
# Forms whose more frequent sense in news is not the firm: an exchange, a city, a common family name, a stock-photo
# library met in photo credits ("[Photo Credit: Shutterstock]").
OTHER_SENSE = frozenset({"Nasdaq", "Hartford", "Box", "Suzuki", "Shutterstock", "Getty Images"})
_PAREN = re.compile(r"\s*\([^)]*\)")
_TRAILING = re.compile(r"[\s,.&-]+$")


def read_stocks() -> list[tuple[str, str]]:
    """(name, ISIN) of every constituent, one pair per listed name, from ``pytickersymbols``."""
    from pytickersymbols import PyTickerSymbols

    pairs = set()
    for stock in PyTickerSymbols().get_all_stocks():
        isins = sorted(stock.get("isins") or [])
        pairs.add((stock["name"].strip(), isins[0] if isins else ""))
    return sorted(pairs)


def read_common_words() -> frozenset[str]:
    """The lower-case (common noun, verb, adjective) entries of the ``english-words`` list web2: "target", "shell",
    but not the proper nouns it writes capitalised ("Texas", "American")."""
    from english_words import get_english_words_set

    return frozenset(w for w in get_english_words_set(["web2"], lower=False, alpha=True) if w.islower())


def read_person_names(surname_rank: int = 1000) -> frozenset[str]:
    """Given names (the US census lists of the PyPI package ``names``, MIT) and the ``surname_rank`` most common
    surnames, title-cased: a one-word firm form that is one ("Dana", "Tyler", "Pearson") names people as often."""
    import names

    folder = Path(names.__file__).parent
    rows = [line.split() for f in ("dist.male.first", "dist.female.first") for line in (folder / f).open()]
    rows += [r for r in (line.split() for line in (folder / "dist.all.last").open()) if int(r[3]) <= surname_rank]
    return frozenset(r[0].title() for r in rows if r)


def clean_name(name: str) -> str:
    """The name without a parenthetical gloss or a leading "The" ("The Hartford" -> "Hartford")."""
    name = _PAREN.sub("", name).strip()
    return name[4:] if name.startswith("The ") else name


def name_forms(name: str) -> list[str]:
    """The name without legal suffixes, then each shorter form that drops a trailing group word, down to the words
    of its firm id ("Toyota Motor Corporation" -> ["Toyota Motor", "Toyota"]; "Tesla, Inc." -> ["Tesla"])."""
    words, target, forms = clean_name(name).split(), firm_slug(clean_name(name)), []
    while words:
        form = _TRAILING.sub("", " ".join(words))
        tail = slug(words[-1], drop_legal=False)
        if tail not in _LEGAL or len(words) == 1:
            forms.append(form)
            if slug(form) == target or tail not in _GROUP_WORDS:
                break
        words = words[:-1]
    return forms


def is_common(word: str, common: frozenset[str]) -> bool:
    """Is the word (or its singular) a lower-case English dictionary word?  Acronyms ("BAE") and joined names
    ("Coca-Cola", "L'Oréal") are not."""
    w = word.strip(".,'")
    if w.isupper() or not w.isalpha():
        return False
    w = w.lower()
    return w in common or (w.endswith("s") and w[:-1] in common)


def skip_reason(form: str, common: frozenset[str], known: set[str], people: frozenset[str] = frozenset()) -> str:
    """Why a form is left out, or "" (the negative controls of the module docstring)."""
    words = form.split()
    if form in OTHER_SENSE:
        return "other sense"
    if form in people:
        return "a person's name"
    if form.lower() in known:
        return "already a pattern"
    if not words or (len(form) <= 3 and form.isupper()) or len(form) <= 2:
        return "short acronym"
    if all(is_common(w, common) for w in words):
        return "common word" if len(words) == 1 else "common words"
    return ""


def isin_country(isin: str, alpha2: dict[str, str]) -> str | None:
    """The ISO alpha-3 code of an ISIN's country prefix, or None."""
    return alpha2.get(isin[:2]) if isin else None


def generate(
    stocks, alpha2, gaz_ids: set[str], known: set[str], common, people: frozenset[str] = frozenset()
) -> tuple[list[dict], list[dict], dict]:
    """Entity rows, pattern rows and the skipped (form -> reason) for the listed firms; a firm listed under two
    names (two indices) gets the forms of both and the first name."""
    firms: dict[str, dict] = {}
    forms: dict[str, set[str]] = defaultdict(set)
    for name, isin in stocks:
        eid = "org:" + firm_slug(clean_name(name))
        if eid in gaz_ids or eid == "org:":
            continue
        row = {"id": eid, "type": "Firm", "name": clean_name(name), "country": isin_country(isin, alpha2)}
        firms.setdefault(eid, row)
        for form in name_forms(name):
            forms[form].add(eid)
    skipped, patterns = {}, []
    for form, ids in sorted(forms.items()):
        why = "shared by several firms" if len(ids) > 1 else skip_reason(form, common, known, people)  # a safeguard
        if why:
            skipped[form] = why
            continue
        patterns.append({"id": min(ids), "pattern": form, "case_sensitive": True, "variants": False})
    used = sorted({str(row["id"]) for row in patterns})
    entities = [{k: v for k, v in firms[eid].items() if v} for eid in used]
    return entities, sorted(patterns, key=lambda r: (str(r["id"]), str(r["pattern"]))), skipped


def read_jsonl(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.open(encoding="utf-8") if line.strip()]


def curated(outputs=(OUT_ENTITIES, OUT_PATTERNS)) -> tuple[set[str], set[str]]:
    """The gazetteer's ids and lower-cased English patterns, this script's own files left out."""
    ids = {r["id"] for f in (GAZETTEER / "entities").glob("*.jsonl") if f not in outputs for r in read_jsonl(f)}
    known = {
        r["pattern"].lower()
        for f in (GAZETTEER / "en").glob("*.jsonl")
        if f not in outputs
        for r in read_jsonl(f)
        if "pattern" in r
    }
    return ids, known


def alpha2_codes() -> dict[str, str]:
    import pycountry

    return {c.alpha_2: c.alpha_3 for c in pycountry.countries}


def write_jsonl(path: Path, rows: list[dict]) -> None:
    with path.open("w", encoding="utf-8") as fh:
        fh.writelines(json.dumps(row, ensure_ascii=False) + "\n" for row in rows)


def main() -> int:
    ids, known = curated()
    common, people = read_common_words(), read_person_names()
    entities, patterns, skipped = generate(read_stocks(), alpha2_codes(), ids, known, common, people)
    write_jsonl(OUT_ENTITIES, entities)
    write_jsonl(OUT_PATTERNS, patterns)
    for form, why in sorted(skipped.items()):
        print(f"skipped {form}: {why}")
    print(f"{len(entities)} firms, {len(patterns)} patterns -> {OUT_ENTITIES.name}, {OUT_PATTERNS.name}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
