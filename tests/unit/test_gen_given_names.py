"""The given-name lexicon is generated (tools/gen_given_names.py), never typed: the committed CSV is exactly what
the generator writes from its PyPI sources, and its negative controls hold."""

from __future__ import annotations

import csv
import importlib.util
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
LEXICON = ROOT / "extract" / "data" / "names" / "given_names.csv"


def _generator():
    spec = importlib.util.spec_from_file_location("gen_given_names", ROOT / "tools" / "gen_given_names.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


GEN = _generator()


def test_committed_lexicon_is_the_generator_output(tmp_path: Path) -> None:
    out = tmp_path / "given_names.csv"
    assert GEN.main([str(out)]) == 0
    assert out.read_text(encoding="utf-8") == LEXICON.read_text(encoding="utf-8")


def test_negative_controls_hold() -> None:
    names = {row["name"] for row in csv.DictReader(LEXICON.open(encoding="utf-8"))}
    assert {"boris", "rebecca", "enrique", "alexandre", "hiroshi", "ursula", "kevin"} <= names
    # common English words, months, places, one-word gazetteer names and titles are left out
    assert names.isdisjoint({"mark", "will", "may", "june", "jordan", "georgia", "victoria", "sterling", "sheikh"})
