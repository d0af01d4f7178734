"""Generate extract/data/names/zh_pinyin.csv: the toneless pinyin of every GB2312 character.

The rule ``zh_title_name`` (extract/entity_zh_names.py) romanises a Mainland name written in
Chinese ("外交部发言人赵立坚" -> person:zhao_lijian); the table spares the extraction a runtime
dependency.  Needs pypinyin at generation time only:

    pip install pypinyin==0.55.0 && python tools/gen_pinyin.py

Rows are ``char,pinyin`` with the default (most frequent) reading, toneless; pypinyin's "v" for
ü is written "u" (绿 -> "lu").  Surnames have their own readings in ``zh_surnames.csv`` (曾 zeng,
吕 lyu).
"""

from __future__ import annotations

import csv
import sys
from pathlib import Path

from pypinyin import Style, lazy_pinyin

OUT = Path(__file__).resolve().parent.parent / "extract" / "data" / "names" / "zh_pinyin.csv"


def gb2312_chars() -> list[str]:
    """The 6,763 hanzi of GB2312 (rows 0xB0-0xF7), in code order."""
    out = []
    for hi in range(0xB0, 0xF8):
        for lo in range(0xA1, 0xFF):
            try:
                out.append(bytes([hi, lo]).decode("gb2312"))
            except UnicodeDecodeError:
                continue
    return out


def main() -> int:
    rows = [(ch, lazy_pinyin(ch, style=Style.NORMAL)[0].replace("v", "u")) for ch in gb2312_chars()]
    with OUT.open("w", encoding="utf-8", newline="") as fh:
        writer = csv.writer(fh, lineterminator="\n")
        writer.writerow(("char", "pinyin"))
        writer.writerows(r for r in rows if r[1].isascii() and r[1].isalpha())
    print(f"{OUT}: {len(rows)} rows")
    return 0


if __name__ == "__main__":
    sys.exit(main())
