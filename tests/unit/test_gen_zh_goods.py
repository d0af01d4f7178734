"""tools/gen_zh_goods.py: which CC-CEDICT headwords become Chinese forms of a good (invented entries,
no dictionary package needed), and the committed file's rows are well formed and new."""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path
from typing import NamedTuple

import pytest

ROOT = Path(__file__).resolve().parents[2]
GAZETTEER = ROOT / "extract" / "data" / "gazetteer"


def _generator():
    spec = importlib.util.spec_from_file_location("gen_zh_goods", ROOT / "tools" / "gen_zh_goods.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


GEN = _generator()


class Entry(NamedTuple):
    definitions: list[str]


KEYS = {"soybean": "item:soybeans", "soybeans": "item:soybeans", "drone": "item:drones", "renewable": "item:re"}
CURATED = {"大豆": "item:soybeans", "无人机": "item:drones", "可再生能源": "item:re", "美元": None}

# (headword, its CC-CEDICT entries, the id it must get or None)
CASES = [
    ("黄豆", [Entry(["soybean"])], "item:soybeans"),  # a synonym sharing 豆 with 大豆
    ("黄豆粒", [Entry(["soybean (grain)"])], "item:soybeans"),  # bracketed note dropped
    ("雄蜂", [Entry(["drone", "male bee"])], None),  # shares no character with 无人机: another sense
    ("毛豆", [Entry(["Soybean"])], None),  # a capitalised first gloss is a name
    ("豆", [Entry(["soybean"])], None),  # one character
    ("豆子", [Entry(["pea"]), Entry(["soybean"])], None),  # two readings
    ("豆豆", [Entry(["bean", "pea", "pulse", "soybean"])], None),  # first gloss is another good
    ("大豆", [Entry(["soybean"])], None),  # already curated
    ("可再生", [Entry(["renewable"])], None),  # an adjective's gloss
    ("无人", [Entry(["drone"])], None),  # a root of many compounds (see below)
]
COMPOUNDS = {"无人区": [Entry(["no man's land"])], "无人岛": [Entry(["desert island"])], "无人车": [Entry(["robocar"])]}


@pytest.mark.parametrize(("word", "entries", "expected"), CASES, ids=[c[0] for c in CASES])
def test_headword(word: str, entries: list, expected: str | None) -> None:
    rows = GEN.generate(KEYS, CURATED, {word: entries} | COMPOUNDS)
    assert rows == ([{"id": expected, "pattern": word}] if expected else [])


def test_committed_rows_are_new_and_known() -> None:
    """Every committed row names an id the English goods rows hold, and no other zh file has its pattern."""
    rows = [json.loads(line) for line in (GAZETTEER / "zh" / GEN.OUT).open(encoding="utf-8")]
    taken = GEN.taken_chinese(GAZETTEER)
    ids = set(GEN.english_keys(GAZETTEER).values())
    assert rows and all(r["id"] in ids and r["pattern"] not in taken for r in rows)
