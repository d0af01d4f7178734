"""zh_wadegiles.csv is generated from pypinyin (tools/gen_wadegiles.py), never typed: the committed table is what
the generator writes (pypinyin is in the test extra; at run time it is never needed)."""

from __future__ import annotations

import csv
import importlib.util
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
TABLE = ROOT / "extract" / "data" / "names" / "zh_wadegiles.csv"


def test_committed_table_is_the_generator_output() -> None:
    spec = importlib.util.spec_from_file_location("gen_wadegiles", ROOT / "tools" / "gen_wadegiles.py")
    assert spec is not None and spec.loader is not None
    gen = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(gen)
    with TABLE.open(encoding="utf-8") as fh:
        committed = [(row["pinyin"], row["wadegiles"]) for row in csv.DictReader(fh)]
    assert committed == [(p, gen.wade_giles(p)) for p in gen.syllables()]


@pytest.mark.parametrize(
    ("pinyin", "wade_giles"),
    [("zeng", "tseng"), ("can", "tsan"), ("xu", "hsu"), ("lai", "lai"), ("tie", "tieh"), ("zhi", "chih"), ("e", "o")],
)
def test_standard_spellings(pinyin: str, wade_giles: str) -> None:
    with TABLE.open(encoding="utf-8") as fh:
        table = {row["pinyin"]: row["wadegiles"] for row in csv.DictReader(fh)}
    assert table[pinyin] == wade_giles
