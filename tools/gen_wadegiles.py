"""Generate extract/data/names/zh_wadegiles.csv: the Wade-Giles spelling of every pinyin syllable the name tables use.

The rule ``zh_taiwan_name`` (extract/entity_zh_names.py) spells a Taiwan official's name the way
Taiwan's passports and government sites do, in Wade-Giles without apostrophes and with ü as u
(曾文生 -> Tseng Wen-sheng, 王美花 -> Wang Mei-hua).  Needs pypinyin at generation time only:

    pip install pypinyin==0.55.0 && python tools/gen_wadegiles.py

Rows are ``pinyin,wadegiles`` for each distinct syllable of ``zh_pinyin.csv`` and ``zh_surnames.csv``.
``FIXES`` corrects pypinyin 0.55.0's table where it spells a final -ai as -ei (lai -> lei) and tie as
t'oeh: the standard Wade-Giles forms are lai, hai, tieh.
"""

from __future__ import annotations

import csv
import sys
from pathlib import Path

from pypinyin.style.wadegiles import to_wade_glides

NAMES = Path(__file__).resolve().parent.parent / "extract" / "data" / "names"
OUT = NAMES / "zh_wadegiles.csv"
FIXES = {
    "ai": "ai",
    "hai": "hai",
    "lai": "lai",
    "mai": "mai",
    "nai": "nai",
    "sai": "sai",
    "shai": "shai",
    "wai": "wai",
    "tie": "tieh",
    "lyu": "lu",  # the surname reading of 吕 (lü): Taiwan writes Lu, as it writes Hsu for xu
}


def wade_giles(pinyin: str) -> str:
    """Wade-Giles of a toneless pinyin syllable, without apostrophes, ü written u."""
    spelled = FIXES.get(pinyin) or to_wade_glides(pinyin)
    return spelled.replace("'", "").replace("v", "u").replace("ü", "u")


def syllables() -> list[str]:
    """The distinct pinyin syllables of the two name tables, sorted."""
    out: set[str] = set()
    for name in ("zh_pinyin.csv", "zh_surnames.csv"):
        with (NAMES / name).open(encoding="utf-8") as fh:
            out |= {row["pinyin"] for row in csv.DictReader(fh)}
    return sorted(out)


def main() -> int:
    rows = [(p, wade_giles(p)) for p in syllables()]
    with OUT.open("w", encoding="utf-8", newline="") as fh:
        writer = csv.writer(fh, lineterminator="\n")
        writer.writerow(("pinyin", "wadegiles"))
        writer.writerows(rows)
    print(f"{OUT}: {len(rows)} rows")
    return 0


if __name__ == "__main__":
    sys.exit(main())
