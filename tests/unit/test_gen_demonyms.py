"""tools/gen_demonyms.py: which countryinfo demonyms become adjective rows (invented files, no package needed),
and the committed file's rows are well formed, new and in the curated rows' form."""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
GAZETTEER = ROOT / "extract" / "data" / "gazetteer"


def _generator():
    spec = importlib.util.spec_from_file_location("gen_demonyms", ROOT / "tools" / "gen_demonyms.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


GEN = _generator()

COUNTRIES = {
    "KEN": "Kenya",
    "GIN": "Guinea",
    "GNQ": "Equatorial Guinea",
    "SDN": "Sudan",
    "SSD": "South Sudan",
    "COD": "Democratic Republic of the Congo",
    "COG": "Congo",
    "CIV": "Côte d'Ivoire",
    "ATG": "Antigua and Barbuda",
    "CHN": "China",
    "DJI": "Djibouti",
    "GEO": "Georgia",
}
CURATED = [
    {"id": "CHN", "pattern": "Chinese", "case_sensitive": True, "adj": True},
    {"id": "DJI", "pattern": "Djibouti", "case_sensitive": True},
]
PAIRS = [
    ("KEN", "Kenyan"),
    ("GIN", "Guinean"),
    ("GNQ", "Equatorial Guinean"),
    ("SDN", "Sudanese"),
    ("SSD", "South Sudanese"),
    ("COD", "Congolese"),
    ("COG", "Congolese"),
    ("CIV", "Ivorian"),
    ("ATG", "Antiguan"),
    ("ATG", "Barbudan"),
    ("CHN", "Chinese"),
    ("HKG", "Chinese"),  # a territory the gazetteer lacks: not counted as a second state
    ("DJI", "Djibouti"),
    ("GEO", "Georgian"),
]

# (form, the id its row gets, or None when the form is left out)
CASES = [
    ("Kenyan", "KEN"),
    ("Guinean", None),  # ends "Equatorial Guinean"
    ("Equatorial Guinean", "GNQ"),
    ("Sudanese", "SDN"),  # only a compass word before it in "South Sudanese"
    ("South Sudanese", "SSD"),
    ("Congolese", None),  # two states
    ("Ivorian", "CIV"),
    ("Antiguan", "ATG"),  # "Antiguan,Barbudan": two forms
    ("Barbudan", "ATG"),
    ("Chinese", None),  # China has its curated adjective
    ("Djibouti", None),  # the name itself, already a pattern
    ("Georgian", None),  # another sense (the US state)
]


@pytest.mark.parametrize(("form", "expected"), CASES, ids=[c[0] for c in CASES])
def test_generated_forms(form: str, expected: str | None) -> None:
    rows, skipped = GEN.generate(PAIRS, COUNTRIES, CURATED)
    got = {row["pattern"]: row["id"] for row in rows}
    assert got.get(form) == expected
    if expected is None and form != "Chinese":
        assert any(key.startswith(f"{form} (") for key in skipped)


def test_rows_keep_the_id_word() -> None:
    """``adj`` spells the word the country's ids already use: "org:cote_d_ivoire_..." stays."""
    rows, _ = GEN.generate(PAIRS, COUNTRIES, CURATED)
    assert {"id": "CIV", "pattern": "Ivorian", "case_sensitive": True, "adj": "cote_d_ivoire"} in rows


def test_read_demonyms_splits_forms(tmp_path: Path) -> None:
    (tmp_path / "a.json").write_text(json.dumps({"demonym": "Antiguan,Barbudan", "ISO": {"alpha3": "ATG"}}))
    (tmp_path / "b.json").write_text(json.dumps({"demonym": "Serbian/Montenegrin", "ISO": {"alpha3": "SCG"}}))
    (tmp_path / "c.json").write_text(json.dumps({"demonym": "", "ISO": {"alpha3": "GUF"}}))
    assert GEN.read_demonyms(tmp_path) == [
        ("ATG", "Antiguan"),
        ("ATG", "Barbudan"),
        ("SCG", "Montenegrin"),
        ("SCG", "Serbian"),
    ]


def test_committed_rows() -> None:
    """The committed rows: known countries, none with a curated adjective, no pattern defined twice."""
    path = GAZETTEER / "en" / "countries_demonyms.jsonl"
    rows = [json.loads(line) for line in path.open(encoding="utf-8")]
    countries = {json.loads(line)["id"] for line in (GAZETTEER / "entities" / "countries.jsonl").open()}
    curated = [json.loads(line) for line in (GAZETTEER / "en" / "countries_extra.jsonl").open()]
    assert len(rows) > 100
    assert {row["id"] for row in rows} <= countries
    assert not {row["id"] for row in rows} & {row["id"] for row in curated if row.get("adj")}
    assert all(set(row) == {"id", "pattern", "case_sensitive", "adj"} and row["case_sensitive"] for row in rows)
    assert len({row["pattern"] for row in rows}) == len(rows)


def test_committed_rows_are_the_generator_output() -> None:
    """en/countries_demonyms.jsonl is what tools/gen_demonyms.py writes from the pinned countryinfo (never typed)."""
    from importlib import resources

    data_dir = Path(str(resources.files("countryinfo") / "data"))
    countries = {row["id"]: row["name"] for row in GEN.read_jsonl(GAZETTEER / "entities" / "countries.jsonl")}
    curated = [row for f in sorted((GAZETTEER / "en").glob("*.jsonl")) if f != GEN.OUT for row in GEN.read_jsonl(f)]
    rows, _ = GEN.generate(GEN.read_demonyms(data_dir), countries, curated)
    assert rows == GEN.read_jsonl(GEN.OUT)
