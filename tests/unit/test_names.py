"""Names to ids (policykg.queries.names): English, Chinese and misspelt input, ambiguity, closed lists."""

from __future__ import annotations

import pytest

from policykg import PolicyKGError
from policykg.queries import names
from policykg.queries.names import AmbiguousName, Match, UnknownName


@pytest.mark.parametrize(
    ("param", "value", "expected", "how"),
    [
        ("actor", "CHN", "CHN", "exact"),
        ("actor", "China", "CHN", "exact"),
        ("actor", "中国", "CHN", "exact"),
        ("actor", "中华人民共和国", "CHN", "exact"),
        ("actor", "china", "CHN", "casefold"),
        ("actor", "Chna", "CHN", "fuzzy"),
        ("target", "US", "USA", "exact"),
        ("target", "美国", "USA", "exact"),
        ("target", "united states", "USA", "casefold"),
        ("item", "gallium", "element:Ga", "exact"),
        ("item", "镓", "element:Ga", "exact"),
        ("item", "galium", "element:Ga", "fuzzy"),
        ("item", "rare-earths", "item:rare_earths", "casefold"),
        ("item", "稀土", "item:rare_earths", "exact"),
        ("entity", "MOFCOM", "org:mofcom", "exact"),
        ("entity", "商务部", "org:mofcom", "exact"),
        ("other", "欧盟", "EU", "exact"),
        ("actor", "Germny", "DEU", "fuzzy"),
        ("actor", "item:not_in_gazetteer", "item:not_in_gazetteer", "exact"),
    ],
)
def test_resolve_entity_names(param, value, expected, how):
    match = names.resolve_match(param, value)
    assert (match.id, match.how) == (expected, how)
    assert names.resolve(param, value) == expected


@pytest.mark.parametrize(
    ("param", "value", "expected"),
    [
        ("type", "TARIFF", "TARIFF"),
        ("type", "tariff", "TARIFF"),
        ("type", "export control", "EXPORT_CONTROL"),
        ("type", "Export-Ban", "EXPORT_BAN"),
        ("type", "tarif", "TARIFF"),
        ("action", "Impose", "impose"),
        ("entity_type", "country", "Country"),
        ("days", "30", "30"),  # not a name-taking parameter: unchanged
    ],
)
def test_resolve_closed_lists(param, value, expected):
    assert names.resolve(param, value) == expected


def test_item_parameter_only_takes_elements_and_items():
    # "Ga" is also a pattern of nothing else, but a country name must not resolve as an item.
    with pytest.raises(UnknownName):
        names.resolve("item", "Germany")


def test_unknown_name_suggests_and_is_a_policykg_error():
    with pytest.raises(UnknownName) as caught:
        names.resolve("actor", "Chian Republik")
    assert isinstance(caught.value, PolicyKGError) and caught.value.exit_code == 1
    assert "\n" not in str(caught.value)
    with pytest.raises(UnknownName) as nothing:
        names.resolve("actor", "xyzzy")
    assert str(nothing.value) == "no entity 'xyzzy' for actor; try `policykg entities xyzzy`"


def test_unknown_misspelling_says_did_you_mean():
    with pytest.raises(UnknownName) as caught:
        names.resolve_match("item", "galium", fuzzy=False)
    assert caught.value.suggestions == ()
    with pytest.raises(UnknownName) as near:
        names.resolve("item", "gallum oxide")
    assert str(near.value).startswith("no entity 'gallum oxide' for item; did you mean ")
    assert "element:Ga (gallium)" in str(near.value)


def test_unknown_closed_value_lists_the_allowed_ones():
    with pytest.raises(UnknownName) as caught:
        names.resolve("action", "frobnicate")
    assert str(caught.value) == (
        "no value 'frobnicate' for action; expected one of impose, suspend, lift, extend, request, approve, reject, threaten"
    )
    with pytest.raises(UnknownName) as near:
        names.resolve("type", "sanctionz oops")
    assert near.value.suggestions[0].id == "SANCTION"


def test_ambiguous_name_lists_candidates():
    known = {"org:acme_a": "Acme", "org:acme_b": "Acme"}
    with pytest.raises(AmbiguousName) as caught:
        names.resolve("actor", "Acme", known=known)
    assert [m.id for m in caught.value.candidates] == ["org:acme_a", "org:acme_b"]
    assert (
        str(caught.value)
        == "'Acme' for actor is ambiguous: org:acme_a (Acme); org:acme_b (Acme); give one of these ids"
    )


def test_known_restricts_to_graph_ids_and_adds_graph_names():
    known = {"CHN": "China", "org:shenghe": "Shenghe Resources"}
    assert names.resolve("actor", "Shenghe Resources", known=known) == "org:shenghe"
    assert names.resolve("actor", "shenghe resource", known=known) == "org:shenghe"
    assert names.aliases("org:shenghe", known=known) == ("Shenghe Resources",)
    with pytest.raises(UnknownName):
        names.resolve("actor", "Japan", known=known)  # in the gazetteer, not in the graph


def test_aliases_english_then_chinese():
    assert names.aliases("element:Ga") == ("gallium", "Ga", "镓")
    assert names.aliases("no:such") == ()
    assert "PRC" in names.aliases("CHN")  # matcher markers ("!PRC") are not names


def test_search_ranks_exact_then_casefold_then_fuzzy():
    found = names.search("gallium")
    assert found[0] == Match("element:Ga", "Element", "gallium", ("gallium", "Ga", "镓"), 100.0, "exact")
    assert [(m.id, m.how) for m in names.search("usa")] == [
        ("USA", "casefold"),
        ("org:usa_rare_earth", "fuzzy"),
        ("org:usa_today", "fuzzy"),  # news_world.jsonl: USA Today, and Portugal's agency Lusa one edit from "usa"
        ("org:lusa", "fuzzy"),
        ("org:comfort_systems_usa", "fuzzy"),  # firms_indices.jsonl (S&P 600): Comfort Systems USA
        ("org:usda", "fuzzy"),  # USDA (learned from data/labelled/train) is one edit from "usa"
    ]
    assert names.search("稀土", limit=1)[0].id == "item:rare_earths"
    rare = [m.id for m in names.search("rare", entity_type="item", limit=50)]
    assert rare[0] == "item:rare_earths"
    assert {"item:heavy_rare_earths", "item:light_rare_earths"} <= set(rare)
    assert all(names.entity_type(i) == "Item" for i in rare)


def test_search_misspelt_and_restricted():
    assert names.search("Germny", limit=1)[0].id == "DEU"
    assert [m.id for m in names.search("China", known={"USA": None})] == []
    assert names.search("  ") == []


def test_resolve_params_resolves_lists_and_keeps_others():
    params = {"actor": "China", "types": ["tariff", "export ban"], "days": 30, "target": None, "event": "k1"}
    assert names.resolve_params(params) == {
        "actor": "CHN",
        "types": ["TARIFF", "EXPORT_BAN"],
        "days": 30,
        "target": None,
        "event": "k1",
    }
