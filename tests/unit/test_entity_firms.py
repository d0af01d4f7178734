"""Rules of ``extract/entity_firms.py``: firm names found by the syntax around them."""

from __future__ import annotations

import pytest

from policykg.extract.entities import find_mentions, load_gazetteer


def firms(text: str) -> list[tuple[str, str]]:
    gaz = load_gazetteer().scoped()
    return [
        (m.text, m.entity_id)
        for m in find_mentions(text, gaz)
        if m.entity_id.startswith("org:") and gaz.get(m.entity_id).type == "Firm"
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # firm_descriptor_noun: a firm-class noun right before the name
        ("the Peruvian copper producer Quillaro said", [("Quillaro", "org:quillaro")]),
        ("brokerage Fenwick said in a note", [("Fenwick", "org:fenwick")]),
        # ... capitalised where a sentence opens, not inside one
        ("Chipmaker Quillaro said. Miner Fenwick agreed.", [("Quillaro", "org:quillaro"), ("Fenwick", "org:fenwick")]),
        ("the Producer Price Index rose", []),
        ("steel company KV Corp. filed a complaint", [("KV Corp.", "org:kv_corp")]),
        (
            "three firms — Zelkova, Ardent Labs and Korvo — were listed",
            [
                ("Zelkova", "org:zelkova"),
                ("Ardent Labs", "org:ardent_labs"),
                ("Korvo", "org:korvo"),
            ],
        ),
        # firm_predicate_list: a list of names whose predicate is a firm-class noun
        (
            "Orvana, Kestrel and the local units of Zelora are some of Chile's largest miners.",
            [("Orvana", "org:orvana"), ("Kestrel", "org:kestrel"), ("Zelora", "org:zelora")],
        ),
        ("Both Russia and Kazakhstan are major exporters of wheat.", []),
        # firm_listing: a listing or seat compound before the name; a goods word in it is no bar
        ("the local unit of ASX-listed Kestrel Steel filed", [("Kestrel Steel", "org:kestrel_steel")]),
        ("the Shenzhen-based Zelkova Robotics said", [("Zelkova Robotics", "org:zelkova_robotics")]),
        ("a Washington-based think tank", []),
        # outlet_source: an outlet head word, cited as a source
        ("exports will resume, Baltic Wire News reported.", [("Baltic Wire News", "org:baltic_wire_news")]),
        ("according to The Harbour Times, the value fell", [("Harbour Times", "org:harbour_times")]),
        ("According to The Harbour Times, the value fell", [("Harbour Times", "org:harbour_times")]),
        # firm_coordination: bare names listed with a firm, when the list has its conjunction
        (
            "retailers like Zelora, Quintix and Marlow Foods face the duty",
            [
                ("Zelora", "org:zelora"),
                ("Quintix", "org:quintix"),
                ("Marlow Foods", "org:marlow_foods"),
            ],
        ),
        # firm_suffix: the first name takes its corporate words, so the list walk goes on past them;
        # a name ending in "Technology" is judged without it (ministry words are no bar then)
        (
            "four firms — Orvana Technology, Kestrel Holdings Co. Ltd., Zelkova Technology and Marlow Group",
            [
                ("Orvana Technology", "org:orvana"),
                ("Kestrel Holdings Co. Ltd.", "org:kestrel"),
                ("Zelkova Technology", "org:zelkova"),
                ("Marlow Group", "org:marlow"),
            ],
        ),
        # corporate_suffix (extract/entity_rules.py): a suffix word before an office title or a bill names no firm
        ("Primary Industries Minister Tessa Kook said", []),
        ("the Large-Scale Metallic Mining bill, which prohibits", []),
        # firm_of_country (extract/entity_rules.py): the state after "Corporation of" is part of the name
        ("the Mining Corporation of Chile said", [("Mining Corporation of Chile", "org:mining_corporation_of_chile")]),
        # no list conjunction, an adverb, a month: nothing more
        ("Currently, the company Zelora is the only supplier", [("Zelora", "org:zelora")]),
        ("the company said Monday it would", []),
    ],
)
def test_firm_rules(text: str, expected: list[tuple[str, str]]) -> None:
    assert firms(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # firm_appositive: the appositive's head is a firm noun
        ("Quorvia, a Shanghai-based chipmaker, was added to the list.", [("Quorvia", "org:quorvia")]),
        ("Zorvex Mining, the world's largest cobalt miner, halted exports.", [("Zorvex Mining", "org:zorvex_mining")]),
        ("Telvaro, a Dutch company that makes lithography tools, said it would comply.", [("Telvaro", "org:telvaro")]),
        ("Marlow Foods, a unit of a larger group.", [("Marlow Foods", "org:marlow_foods")]),
        # other heads name persons or places: nothing
        ("Ann Lee, a company spokesperson, declined to comment.", []),
        ("Quorvia, a port city in the south, was hit.", []),
    ],
)
def test_firm_appositive(text: str, expected: list[tuple[str, str]]) -> None:
    assert firms(text) == expected
