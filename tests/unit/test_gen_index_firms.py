"""tools/gen_index_firms.py: which listed firms' names become gazetteer forms, under which id (invented names and a
small invented word list, no package needed), and the committed files are the generator's output."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


def _generator():
    spec = importlib.util.spec_from_file_location("gen_index_firms", ROOT / "tools" / "gen_index_firms.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


GEN = _generator()

# (listed name, its forms: the legal suffix dropped, then each trailing group word, down to the id's words)
FORM_CASES = [
    ("Quarvex Motor Corporation", ["Quarvex Motor", "Quarvex"]),
    ("Quarvex Motor Company", ["Quarvex Motor", "Quarvex"]),
    ("Dellmont, Inc.", ["Dellmont"]),
    ("Ostrava Holding AG", ["Ostrava Holding", "Ostrava"]),
    ("Brenner-Lutz Group", ["Brenner-Lutz Group", "Brenner-Lutz"]),
    ("Kaleno Technologies", ["Kaleno Technologies", "Kaleno"]),
    ("Velmara Electric Power Company Holdings", ["Velmara Electric Power Company Holdings", "Velmara Electric Power"]),
    ("Sorrel Rare Earth Group", ["Sorrel Rare Earth Group", "Sorrel Rare Earth"]),
    ("China Rare Earth Group", ["China Rare Earth Group"]),  # generic words alone keep their "Group"
    ("The Tavistock", ["Tavistock"]),  # a leading "The" is no part of the name
    ("Zentrik (software company)", ["Zentrik"]),  # a parenthetical gloss neither
    ("Miralda Steel Corp.", ["Miralda Steel"]),
    ("Nordhaven Pharmaceuticals, Ltd.", ["Nordhaven Pharmaceuticals"]),
]


@pytest.mark.parametrize(("name", "forms"), FORM_CASES, ids=[c[0] for c in FORM_CASES])
def test_name_forms(name: str, forms: list[str]) -> None:
    assert GEN.name_forms(name) == forms


COMMON = frozenset({"target", "shell", "steel", "dynamic", "public", "storage", "sharp", "next", "trade", "desk"})
KNOWN = {"boeing", "china"}
# (form, why it is left out, "" when it is kept)
SKIP_CASES = [
    ("Target", "common word"),
    ("Shell", "common word"),
    ("Sharps", "common word"),  # the plural of a common word
    ("Steel Dynamics", "common words"),
    ("Public Storage", "common words"),
    ("Trade Desk", "common words"),
    ("Quarvex", ""),
    ("Quarvex Steel", ""),  # one distinctive word is enough
    ("Steel BAE", ""),  # an acronym is distinctive
    ("Coca-Cola", ""),  # a joined name too
    ("SSE", "short acronym"),
    ("ACS", "short acronym"),
    ("GE", "short acronym"),
    ("Boeing", "already a pattern"),
    ("China", "already a pattern"),
    ("Suzuki", "other sense"),  # a common family name (Muneo Suzuki)
    ("Shutterstock", "other sense"),  # met in photo credits
    ("Dana", "a person's name"),  # Dana Whitlow
    ("Pearson", "a person's name"),
    ("Dana Pearson Systems", ""),  # names inside a longer form are no person
]
PEOPLE = frozenset({"Dana", "Pearson", "Tyler"})


@pytest.mark.parametrize(("form", "why"), SKIP_CASES, ids=[c[0] for c in SKIP_CASES])
def test_skip_reason(form: str, why: str) -> None:
    assert GEN.skip_reason(form, COMMON, KNOWN, PEOPLE) == why


STOCKS = [
    ("Quarvex Motor Corporation", "JP3000000001"),
    ("Quarvex Motor Corporation", "US0000000002"),  # listed twice: one firm
    ("Target Corporation", "US0000000003"),  # its only form is a common word: no row
    ("Boeing Company", "US0000000004"),  # the gazetteer's id: left to it
    ("Sorrel Resources Group", "DE0000000005"),
    ("Sorrel Resources", "XX0000000006"),  # the same id (org:sorrel_resources): the first name in order wins
]


def test_generate_rows() -> None:
    alpha2 = {"JP": "JPN", "US": "USA", "DE": "DEU"}
    entities, patterns, skipped = GEN.generate(sorted(STOCKS), alpha2, {"org:boeing"}, KNOWN, COMMON)
    assert entities == [
        {"id": "org:quarvex", "type": "Firm", "name": "Quarvex Motor Corporation", "country": "JPN"},
        {"id": "org:sorrel_resources", "type": "Firm", "name": "Sorrel Resources"},  # no known ISIN country
    ]
    assert {(r["id"], r["pattern"]) for r in patterns} == {
        ("org:quarvex", "Quarvex Motor"),
        ("org:quarvex", "Quarvex"),
        ("org:sorrel_resources", "Sorrel Resources Group"),
        ("org:sorrel_resources", "Sorrel Resources"),
    }
    assert all(r["case_sensitive"] and r["variants"] is False for r in patterns)
    assert skipped == {"Target": "common word"}


def test_committed_rows_are_the_generator_output() -> None:
    """entities/ and en/firms_indices.jsonl are what tools/gen_index_firms.py writes from the pinned pytickersymbols
    english-words and names (never typed)."""
    ids, known = GEN.curated()
    common, people = GEN.read_common_words(), GEN.read_person_names()
    entities, patterns, _ = GEN.generate(GEN.read_stocks(), GEN.alpha2_codes(), ids, known, common, people)
    assert entities == GEN.read_jsonl(GEN.OUT_ENTITIES)
    assert patterns == GEN.read_jsonl(GEN.OUT_PATTERNS)
