"""Generate the Chinese names of the gazetteer's firms from CC-CEDICT (the ``chinese`` package): ``zh/firms_cedict.jsonl``.

A firm the English rows know (Ericsson, Michelin, Mitsui, curated or generated from the stock indices) is named in
Chinese news by a fixed Chinese name (爱立信, 米其林, 三井) that the curated ``zh/*.jsonl`` may lack.  CC-CEDICT, a
well-kept Chinese-English dictionary, glosses such names as "<Name> (<what the firm is>)": "Ericsson (Swedish
telecommunications company)", "Michelin (tire manufacturer)".  A headword whose first gloss is so built, whose
<Name> is an English pattern of a firm id, and whose note names a firm (company, corporation, manufacturer,
carmaker, airline, bank ...; a "brand" is no firm) gets that id (the contract: one id for the English and Chinese
names of one entity).

Left out, as in ``tools/gen_zh_goods.py``: one-character headwords, headwords with two readings or more than
:data:`MAX_SENSES` glosses (大众 is "the masses" before it is Volkswagen), roots of :data:`MAX_COMPOUNDS` or more
longer headwords, headwords another row already holds (any id, or a stop row), and abbreviations (工行 for
工商银行, 德航: two common morphemes that also meet across word boundaries, 施工行业).

Usage: ``.venv/bin/python tools/gen_zh_firms.py [GAZETTEER_DIR]`` (the package is never read at run time).
"""

from __future__ import annotations

import json
import re
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import gen_zh_goods
from gen_zh_goods import DEFAULT_DIR, HAN, MAX_COMPOUNDS, MAX_SENSES, cedict_simplified, write_rows

OUT = "firms_cedict.jsonl"
_FIRM_GLOSS = re.compile(
    r"^(?P<name>[^()\[\]]+?)\s*\((?P<note>[^)]*\b(?:company|corporation|manufacturer|carmaker|automaker|airline|"
    r"conglomerate|bank|chipmaker|multinational|mining|retailer|firm)\b[^)]*)\)$",
    re.IGNORECASE,
)


def firm_patterns(folder: Path) -> dict[str, str]:
    """English pattern of a firm id (``org:``) -> its id, from every English file."""
    out: dict[str, str] = {}
    for f in sorted((folder / "en").glob("*.jsonl")):
        for line in f.open(encoding="utf-8"):
            row = json.loads(line)
            if str(row.get("id", "")).startswith("org:"):
                out.setdefault(row["pattern"], row["id"])
    return out


def firm_of(entries: list, firms: dict[str, str]) -> str | None:
    """The firm id a headword names: one reading, few glosses, no "abbr." gloss, the first "<Name> (<a firm>)"
    with a known Name."""
    glosses = (getattr(entries[0], "definitions", None) or []) if entries else []
    if len(entries) != 1 or not glosses or len(glosses) > MAX_SENSES or any(g.startswith("abbr.") for g in glosses):
        return None
    m = _FIRM_GLOSS.match(glosses[0])
    return firms.get(m.group("name").strip()) if m else None


def taken_chinese(folder: Path) -> dict[str, str | None]:
    """Every Chinese pattern the zh files other than this table hold -> its id (None for a stop row)."""
    return gen_zh_goods.taken_chinese(folder, OUT)


def generate(firms: dict[str, str], taken: dict[str, str | None], simplified: dict) -> list[dict]:
    """Rows ``{"id", "pattern"}`` for the headwords that name a known firm (:func:`firm_of`)."""
    words = [w for w in simplified if isinstance(w, str)]
    prefixes = Counter(w[:n] for w in words for n in range(2, len(w)))
    rows = []
    for word in sorted(w for w in words if HAN.match(w) and w not in taken):
        entries = simplified[word] if isinstance(simplified[word], list) else []
        eid = firm_of(entries, firms)
        if eid is not None and prefixes[word] < MAX_COMPOUNDS:
            rows.append({"id": eid, "pattern": word})
    return rows


def main(argv: list[str]) -> int:
    folder = Path(argv[1]) if len(argv) > 1 else DEFAULT_DIR
    rows = generate(firm_patterns(folder), taken_chinese(folder), cedict_simplified())
    write_rows(folder, OUT, rows)
    print(f"{len(rows)} Chinese firm names -> zh/{OUT}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv))
