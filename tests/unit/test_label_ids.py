"""tools/label_ids.py: the id-harmonisation checks of labelled gold (issue 11), on invented gold records
against the packaged gazetteer, and the harmonised batches themselves."""

from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path

import pytest

from policykg.extract.entities import load_gazetteer

ROOT = Path(__file__).resolve().parents[2]
LABELLED = ROOT / "data" / "labelled"


def _module(name: str):
    sys.path.insert(0, str(ROOT / "tools"))
    spec = importlib.util.spec_from_file_location(name, ROOT / "tools" / f"{name}.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


ids = _module("label_ids")
GAZ = load_gazetteer()
FORMS = ids.gazetteer_forms(GAZ)


def _gold(*entities: dict) -> dict:
    return {"entities": list(entities), "events": []}


def _ent(eid: str, name: str, etype: str = "Item", aliases=(), country: str | None = None) -> dict:
    out = {"id": eid, "type": etype, "name": name, "aliases": list(aliases)}
    return out | ({"country": country} if country else {})


# gazetteer_form: (gold record, the gazetteer ids the problems ask for)
GAZETTEER_FORM = [
    (_gold(_ent("item:vehicles", "vehicles", aliases=["vehicles"])), ["item:automobiles"]),
    (_gold(_ent("item:cooking_oil", "cooking oil", aliases=["食用油"])), ["item:vegetable_oils"]),
    (_gold(_ent("org:ap", "Associated Press", "Firm", ["AP"])), ["org:associated_press"]),
    # the gazetteer's own id is never a problem
    (_gold(_ent("item:automobiles", "vehicles", aliases=["vehicles"])), []),
    # a form the gazetteer does not list is no problem
    (_gold(_ent("item:frying_oil", "frying oil", aliases=["frying oil"])), []),
    # the article labels both: the labeller told them apart (a judgment, not a spelling)
    (_gold(_ent("item:basmati_rice", "basmati rice", aliases=["basmati rice"]), _ent("item:rice", "rice")), []),
    # another state's body with a generic name is not China's
    (_gold(_ent("org:pakistani_ministry_of_commerce", "Ministry of Commerce", "Agency", [], "PAK")), []),
]


@pytest.mark.parametrize(("gold", "want"), GAZETTEER_FORM)
def test_gazetteer_form(gold: dict, want: list[str]) -> None:
    found = ids.gazetteer_form(gold, GAZ, FORMS)
    assert [p.split("use ")[1].split(" ")[0] for p in found] == want


# minted_ministry: (id, country, is it a problem)
MINTED_MINISTRY = [
    ("org:brazil_ministry_of_economy", "BRA", True),
    ("org:brazilian_ministry_of_economy", "BRA", False),
    ("org:turkey_ministry_of_trade", "TUR", True),
    ("org:indian_department_of_revenue", "IND", False),
    ("org:bangladesh_ministry_of_commerce", "BGD", False),  # no adjective listed: the state's name
    ("org:argentine_foreign_ministry", "ARG", True),  # not <adjective>_ministry_of_<domain>
    ("org:ministry_of_natural_resources", "CHN", True),  # no state word
    ("org:mofcom_foreign_trade_department", "CHN", False),  # a department inside a ministry: not minted so
    ("org:mexico_economy_ministry", "MEX", False),  # the gazetteer's own row
]


@pytest.mark.parametrize(("eid", "country", "bad"), MINTED_MINISTRY)
def test_minted_ministry(eid: str, country: str, bad: bool) -> None:
    assert bool(ids.minted_ministry(_gold(_ent(eid, "x", "Agency", [], country)), GAZ)) is bad


# minted_firm: (firm ids of one article, the short ids the problems ask for)
MINTED_FIRM = [
    (["org:bgrimm_technology"], ["org:bgrimm"]),
    (["org:screen_holdings"], ["org:screen"]),
    (["org:indian_rare_earths_limited"], ["org:indian_rare_earths"]),
    (["org:bgrimm"], []),
    (["org:yixin_science_and_technology"], []),  # "X and Technology" keeps it
    (["org:dk_corp"], []),  # two letters alone are no name
    (["org:china_rare_earth_holdings"], []),  # the gazetteer's own id
    # two firms of one article that the short form would merge keep their ids
    (["org:myanmar_economic_corporation", "org:myanmar_economic_holdings"], []),
]


@pytest.mark.parametrize(("firms", "want"), MINTED_FIRM)
def test_minted_firm(firms: list[str], want: list[str]) -> None:
    found = ids.minted_firm(_gold(*(_ent(f, "x", "Firm") for f in firms)), GAZ)
    assert [p.rsplit("use ", 1)[1] for p in found] == want


# same_name: (entities of two batches, ids in the warning)
SAME_NAME = [
    ((_ent("item:grain", "grain"), _ent("item:grains", "grains")), ["item:grain", "item:grains"]),
    (
        (
            _ent("org:vietnam_moit", "Ministry of Industry and Trade, Vietnam", "Agency", [], "VNM"),
            _ent("org:vietnamese_ministry_of_industry_and_trade", "Ministry of Industry and Trade (Vietnam)", "Agency"),
        ),
        [],  # the second gives no country: they are not compared
    ),
    ((_ent("org:x_corp", "X Corp.", "Firm"), _ent("org:x", "X", "Firm")), ["org:x", "org:x_corp"]),
    ((_ent("item:apples", "apples"), _ent("org:apple", "Apple", "Firm")), []),  # an item and a firm
    ((_ent("item:grains", "grains"), _ent("item:grains", "grain")), []),  # one id
]


@pytest.mark.parametrize(("entities", "want"), SAME_NAME)
def test_same_name(entities: tuple[dict, dict], want: list[str]) -> None:
    warnings = ids.same_name([("a:1", _gold(entities[0])), ("b:1", _gold(entities[1]))])
    assert [i for i in want if any(f"{i} (" in w for w in warnings)] == want
    assert len(warnings) == (1 if want else 0)


def test_batches_are_harmonised() -> None:
    """Every labelled batch passes the id rules, and no two ids share a name across batches."""
    records = []
    for batch in sorted(p for p in LABELLED.glob("l*") if p.is_dir()):
        for n, line in enumerate((batch / "gold.jsonl").read_text(encoding="utf-8").splitlines(), 1):
            gold = json.loads(line)
            where = f"{batch.name}:{n}"
            found = ids.gazetteer_form(gold, GAZ, FORMS) + ids.minted_ministry(gold, GAZ) + ids.minted_firm(gold, GAZ)
            assert found == [], where
            records.append((where, gold))
    assert ids.same_name(records) == []


def test_generated_tables_are_no_labelling_reference_yet() -> None:
    """A form of a generated table (en/firms_indices.jsonl) flags no label until a harmonisation pass asks for it."""
    gold = _gold(_ent("org:ericsson_ab", "Ericsson", "Firm", ["Ericsson"]))
    assert ids.gazetteer_form(gold, GAZ, FORMS) == []
    with_generated = ids.gazetteer_forms(GAZ, include_generated=True)
    assert ids.gazetteer_form(gold, GAZ, with_generated) == [
        "entity org:ericsson_ab: use org:ericsson (its name or an alias is that id's gazetteer form)"
    ]
