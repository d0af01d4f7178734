"""Every packaged gazetteer row validates, and the loader rejects bad rows with file:line."""

from __future__ import annotations

import json

import pytest

from policykg.extract.gazetteer import (
    ID_FORMS,
    KINDS,
    GazetteerError,
    build_gazetteer,
    pattern_key,
    read_gazetteer_files,
)
from policykg.extract.models import ENTITY_TYPES

FILES = read_gazetteer_files()


def _rows(prefix: str) -> list[tuple[str, dict]]:
    return [
        (f"{path}:{n}", json.loads(line))
        for path, text in sorted(FILES.items())
        if path.startswith(prefix)
        for n, line in enumerate(text.splitlines(), 1)
        if line.strip()
    ]


def test_the_packaged_gazetteer_builds_without_problems() -> None:
    gaz = build_gazetteer(FILES)
    assert {"CHN", "USA", "EU", "org:mofcom", "element:Dy", "item:rare_earths"} <= set(gaz.entities)


def test_entity_ids_are_well_formed_unique_and_typed() -> None:
    rows = _rows("entities/")
    bad = [
        where
        for where, row in rows
        if row["type"] not in ENTITY_TYPES
        or not ID_FORMS[row["type"]].fullmatch(row["id"])
        or (row.get("kind") is not None and row["kind"] not in KINDS)
    ]
    ids = [row["id"] for _, row in rows]
    assert bad == []
    assert len(ids) == len(set(ids))


def test_patterns_are_unique_per_language_and_point_at_known_ids() -> None:
    gaz = build_gazetteer(FILES)
    seen: dict[tuple[str, str], str] = {}
    duplicates = []
    for p in gaz.patterns:
        key = (p.lang, pattern_key(p))
        if key in seen:
            duplicates.append((p.origin, seen[key]))
        seen[key] = p.origin
        assert p.id is None or p.id in gaz.entities, p.origin
    assert duplicates == []


def test_every_rare_earth_element_has_english_and_chinese_names() -> None:
    gaz = build_gazetteer(FILES)
    ree = ["La", "Ce", "Pr", "Nd", "Pm", "Sm", "Eu", "Gd", "Tb", "Dy", "Ho", "Er", "Tm", "Yb", "Lu", "Sc", "Y"]
    langs = {(p.id, p.lang) for p in gaz.patterns}
    missing = [s for s in ree if not {(f"element:{s}", "en"), (f"element:{s}", "zh")} <= langs]
    assert missing == []


def test_countries_are_generated_for_every_iso_code() -> None:
    import pycountry

    gaz = build_gazetteer(FILES)
    countries = {e.id for e in gaz.entities.values() if e.type == "Country"}
    extra = {"XKX"}  # Kosovo, outside ISO 3166-1 (tools/gen_countries.py EXTRA_COUNTRIES)
    assert countries == {c.alpha_3 for c in pycountry.countries} | extra


def test_ministry_domains_and_adjectives_are_loaded() -> None:
    gaz = build_gazetteer(FILES)
    assert gaz.ministry_ids[("CHN", "commerce")] == "org:mofcom"
    assert gaz.ministry_ids[("RUS", "defence")] == "org:russian_ministry_of_defence"
    assert (gaz.adjective("RUS"), gaz.adjective("USA"), gaz.adjective("GBR"), gaz.adjective("EU")) == (
        "russian",
        "us",
        "uk",
        "eu",
    )

    assert (gaz.adjective("GHA"), gaz.adjective("CIV")) == ("ghana", "cote_d_ivoire")  # no adjective: the name


def test_every_ministry_domain_of_an_agency_has_its_forms() -> None:
    """An agency row's ``ministry`` domain is defined in ministries.jsonl (else its Chinese and English forms are
    never read: 印度商业和工业部 found no ministry while commerce_and_industry had no row)."""
    domains = {row["domain"] for _, row in _rows("ministries.jsonl")}
    missing = []
    for where, row in _rows("entities/"):
        named = row.get("ministry") or []
        missing += [(where, d) for d in ([named] if isinstance(named, str) else named) if d not in domains]
    assert missing == []


@pytest.mark.parametrize(
    ("files", "message"),
    [
        (
            {"entities/x.jsonl": '{"id": "org:Bad Id", "type": "Firm", "name": "X"}'},
            "entities/x.jsonl:1: id 'org:Bad Id' is not a well-formed Firm id",
        ),
        (
            {"entities/x.jsonl": '{"id": "org:x", "type": "Company", "name": "X"}'},
            "entities/x.jsonl:1: type 'Company' is not one of Country, Bloc, Agency, Firm, Person, Element, Item",
        ),
        (
            {"entities/x.jsonl": '{"id": "item:x", "type": "Item", "name": "X", "kind": "gadget"}'},
            "entities/x.jsonl:1: kind 'gadget' is not one of element, element_group, material, product, commodity, sector, technology",
        ),
        (
            {
                "entities/x.jsonl": '{"id": "org:x", "type": "Firm", "name": "X"}',
                "en/x.jsonl": '{"id": "org:x", "pattern": "Xco"}\n{"id": "org:x", "pattern": "XCO"}',
            },
            "en/x.jsonl:2: pattern 'XCO' already defined at en/x.jsonl:1",
        ),
        (
            {"en/x.jsonl": '{"id": "org:nobody", "pattern": "Nobody"}'},
            "en/x.jsonl:1: id 'org:nobody' has no row in entities/",
        ),
        ({"zh/x.jsonl": '{"id": "CHN", "pattern": "中国"'}, "zh/x.jsonl:1: invalid JSON (Expecting ',' delimiter)"),
    ],
)
def test_bad_rows_are_reported_with_file_and_line(files: dict[str, str], message: str) -> None:
    with pytest.raises(GazetteerError) as info:
        build_gazetteer(files)
    assert str(info.value) == message


def test_case_sensitive_forms_may_differ_only_in_case() -> None:
    files = {
        "entities/x.jsonl": '{"id": "org:x", "type": "Firm", "name": "X"}\n{"id": "USA", "type": "Country", "name": "US"}',
        "en/x.jsonl": '{"id": "USA", "pattern": "US", "case_sensitive": true}\n{"pattern": "us dollars", "stop": true}',
    }
    gaz = build_gazetteer(files)
    assert [(p.id, p.pattern, p.case_sensitive) for p in gaz.patterns] == [
        ("USA", "US", True),
        (None, "us dollars", False),
    ]
