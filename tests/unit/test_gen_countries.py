"""The ISO country rows are generated from pycountry (tools/gen_countries.py), never typed: the committed files are
exactly what the generator writes, and the Taiwan / Hong Kong forms it adds are read in Traditional articles."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

from policykg.extract.models import Article
from policykg.extract.pipeline import extract_article, load_pipeline

ROOT = Path(__file__).resolve().parents[2]
GAZETTEER = ROOT / "extract" / "data" / "gazetteer"


def _generator():
    spec = importlib.util.spec_from_file_location("gen_countries", ROOT / "tools" / "gen_countries.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


GEN = _generator()


def test_committed_country_files_are_the_generator_output(tmp_path: Path) -> None:
    for lang in ("en", "zh"):
        (tmp_path / lang).mkdir()
        for other in (GAZETTEER / lang).glob("*.jsonl"):
            if other.name != "countries.jsonl":
                (tmp_path / lang / other.name).write_text(other.read_text(encoding="utf-8"), encoding="utf-8")
    assert GEN.main([str(tmp_path)]) == 0
    for name in ("entities/countries.jsonl", "en/countries.jsonl", "zh/countries.jsonl"):
        assert (tmp_path / name).read_text(encoding="utf-8") == (GAZETTEER / name).read_text(encoding="utf-8"), name


def test_ambiguous_short_forms_are_not_generated() -> None:
    generated = (GAZETTEER / "zh" / "countries.jsonl").read_text(encoding="utf-8").splitlines()
    for form in GEN.AMBIGUOUS_ZH:
        assert not any(f'"pattern": "{form}"' in line for line in generated), form


@pytest.mark.parametrize(
    ("body", "country"),
    [
        ("紐西蘭政府宣布禁止原木出口。", "NZL"),  # Taiwan's New Zealand
        ("義大利宣布對中國電動車加徵關稅。", "ITA"),  # Taiwan's Italy
        ("沙烏地阿拉伯宣布暫停進口。", "SAU"),  # Taiwan's Saudi Arabia
        ("沙地阿拉伯宣布暫停進口。", "SAU"),  # Hong Kong's Saudi Arabia
        ("肯亞宣布禁止玉米出口。", "KEN"),  # Taiwan's Kenya
    ],
)
def test_taiwan_and_hong_kong_country_names_are_read(body: str, country: str) -> None:
    record = extract_article(
        Article(title="x", body=body, published="2025-11-25T09:00:00"), load_pipeline(rescore=False)
    )
    assert country in {e.id for e in record.entities}


def test_a_us_state_is_not_the_country_georgia() -> None:
    body = "美國喬治亞州州長宣布新的投資計畫。"
    record = extract_article(
        Article(title="x", body=body, published="2025-11-25T09:00:00"), load_pipeline(rescore=False)
    )
    assert "GEO" not in {e.id for e in record.entities}


@pytest.mark.parametrize(
    ("title", "body", "country"),
    [
        # news usage over the ISO short name: a bare "Congo" / 刚果 is the Democratic Republic of the Congo
        ("Congo extends cobalt export ban", "Congo said on Saturday it would extend its cobalt export ban.", "COD"),
        ("Copper output", "Congo's mines ministry said copper exports rose.", "COD"),
        ("刚果延长钴出口禁令", "刚果周六表示，将把钴出口禁令延长三个月。", "COD"),
        ("剛果延長鈷出口禁令", "剛果週六表示，將把鈷出口禁令延長三個月。", "COD"),
        # the Republic of the Congo named as such, and a bare "Congo" in its story
        ("Congo-Brazzaville bans log exports", "The government banned exports of logs.", "COG"),
        ("Log exports", "The Republic of Congo banned exports of logs. Congo said the ban protects forests.", "COG"),
        ("原木出口", "刚果(布)政府宣布禁止原木出口。", "COG"),
        ("原木出口", "刚果布政府宣布禁止原木出口。", "COG"),
    ],
)
def test_bare_congo_is_the_drc_unless_the_story_names_the_republic(title: str, body: str, country: str) -> None:
    record = extract_article(
        Article(title=title, body=body, published="2025-11-25T09:00:00"), load_pipeline(rescore=False)
    )
    ids = {e.id for e in record.entities}
    assert country in ids
    assert ({"COD", "COG"} - {country}).isdisjoint(ids)
