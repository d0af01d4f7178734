"""tools/gen_zh_firms.py: which CC-CEDICT headwords become Chinese names of gazetteer firms (invented entries, no
package needed), and the committed rows are well formed, new and name known firms."""

from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path
from types import SimpleNamespace

import pytest

ROOT = Path(__file__).resolve().parents[2]
GAZETTEER = ROOT / "extract" / "data" / "gazetteer"


def _generator():
    sys.path.insert(0, str(ROOT / "tools"))
    spec = importlib.util.spec_from_file_location("gen_zh_firms", ROOT / "tools" / "gen_zh_firms.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


GEN = _generator()


def entry(*glosses: str) -> SimpleNamespace:
    return SimpleNamespace(definitions=list(glosses))


FIRMS = {"Kestrel": "org:kestrel", "Orvana Mining": "org:orvana_mining", "Zelkova": "org:zelkova"}
SIMPLIFIED = {
    "凯斯翠": [entry("Kestrel (Swedish telecommunications company)")],
    "奥瓦纳矿业": [entry("Orvana Mining (Canadian mining corporation)")],
    "泽尔科": [entry("Zelkova (brand)")],  # a brand is no firm
    "大泽": [entry("the masses"), entry("Zelkova (car company)")],  # two readings
    "泽行": [entry("Zelkova (German airline)", "abbr. for 泽尔科瓦航空公司")],  # an abbreviation
    "昆仑": [entry("Quarvex (oil company)")],  # no firm of that English name
    "凯": [entry("Kestrel (company)")],  # one character
    "奥瓦": [entry("Orvana Mining (mining company)")],
    "奥瓦山": [entry("mountain")],
    "奥瓦河": [entry("river")],
    "奥瓦湖": [entry("lake")],  # 奥瓦 opens three longer headwords: a root
    "爱凯斯": [entry("Kestrel (company)")],  # already a pattern
    "name": "simplified",  # the package's own keys are no headwords
}
TAKEN = {"爱凯斯": "org:other"}


@pytest.mark.parametrize(
    ("word", "expected"),
    [
        ("凯斯翠", "org:kestrel"),
        ("奥瓦纳矿业", "org:orvana_mining"),
        ("泽尔科", None),
        ("大泽", None),
        ("泽行", None),
        ("昆仑", None),
        ("凯", None),
        ("奥瓦", None),
        ("爱凯斯", None),
    ],
)
def test_generated_names(word: str, expected: str | None) -> None:
    rows = GEN.generate(FIRMS, TAKEN, SIMPLIFIED)
    assert {row["pattern"]: row["id"] for row in rows}.get(word) == expected


def test_committed_rows() -> None:
    """The committed rows name firms the gazetteer has, in Han characters, none held by another file."""
    rows = [json.loads(line) for line in (GAZETTEER / "zh" / GEN.OUT).open(encoding="utf-8")]
    ids = {json.loads(line)["id"] for f in (GAZETTEER / "entities").glob("*.jsonl") for line in f.open()}
    taken = GEN.taken_chinese(GAZETTEER)
    assert len(rows) > 10
    assert all(set(row) == {"id", "pattern"} and row["id"].startswith("org:") for row in rows)
    assert {row["id"] for row in rows} <= ids
    assert all(GEN.HAN.match(row["pattern"]) and row["pattern"] not in taken for row in rows)
    assert len({row["pattern"] for row in rows}) == len(rows)
