"""A state's legislature named with its state: an Agency of that state.

Rule ``state_legislature``: a legislative body's name right after a state's name or adjective
("the Philippine Senate", "Brazil's National Congress", 俄罗斯联邦会议, 韩国国会) or followed by
"of" and the state ("the Senate of the Philippines") names that state's legislature,
``org:<adjective>_<body>`` (``org:philippine_senate``, ``org:russian_federal_assembly``); a body
the gazetteer holds keeps its row (``org:us_congress``), and a body after its state outranks the
gazetteer's bare name of another state's body ("the Mexican Congress" is ``org:mexican_congress``,
not the US Congress of a bare "Congress"). The state stays mentioned as well.
A bare "the Senate" names no state and gives nothing.
"""

from __future__ import annotations

import re

from policykg.extract.entity_ids import new_entity
from policykg.extract.entity_rules import PRIO_GAZ, PRIO_RULE, Candidate

# rule stated_body: a body with its state written right before it outranks a bare gazetteer row of the same span
# ("the Mexican Congress" is Mexico's, not the US Congress that a bare "Congress" names)
PRIO_STATED = PRIO_GAZ + 1

# English body -> id word; Chinese body -> the same English word (国会 is Congress only for the US)
_EN_BODIES = {
    "Senate": "senate",
    "Parliament": "parliament",
    "National Assembly": "national_assembly",
    "Federal Assembly": "federal_assembly",
    "State Duma": "state_duma",
    "Duma": "state_duma",
    "Congress": "congress",
    "National Congress": "congress",
    "House of Representatives": "house",
    "Bundestag": "bundestag",
    "Federation Council": "federation_council",
}
_ZH_BODIES = {
    "参议院": "senate",
    "众议院": "house",
    "国会": "parliament",
    "议会": "parliament",
    "国民议会": "national_assembly",
    "联邦会议": "federal_assembly",
    "国家杜马": "state_duma",
    "联邦委员会": "federation_council",
}
_EN_AFTER = re.compile(r"(?:['\u2019]s)?[ \t]+(?P<body>" + "|".join(sorted(_EN_BODIES, key=len, reverse=True)) + r")\b")
_ZH_AFTER = re.compile("|".join(sorted(_ZH_BODIES, key=len, reverse=True)))
_OF_STATE = re.compile(
    r"\b(?P<body>" + "|".join(sorted(_EN_BODIES, key=len, reverse=True)) + r")[ \t]+of[ \t]+(?:the[ \t]+)?$"
)


def _body_id(gaz, country: str, word: str) -> str:
    """The id of ``country``'s body ``word``: the gazetteer's row when it has one, else minted."""
    word = "congress" if country == "USA" and word == "parliament" else word
    eid = f"org:{gaz.adjective(country)}_{word}"
    if gaz.get(eid) is None:
        owner = gaz.get(country)
        name = f"{word.replace('_', ' ').title()} ({owner.name if owner else country})"
        new_entity(gaz, eid, "Agency", name, country)
    return eid


def _after(text: str, c, gaz) -> Candidate | None:
    """The body named right after a state's mention (English or Chinese), else None."""
    if "\u4e00" <= text[c.end - 1] <= "\u9fff":
        m = _ZH_AFTER.match(text, c.end)
        word = _ZH_BODIES[m.group()] if m else ""
    else:
        m = _EN_AFTER.match(text, c.end)
        word = _EN_BODIES[m.group("body")] if m else ""
    if m is None:
        return None
    start = m.start("body") if m.re is _EN_AFTER else m.start()
    return Candidate(start, m.end(), _body_id(gaz, c.eid, word), PRIO_STATED)


def legislature_candidates(text: str, chosen: list, gaz) -> list[Candidate]:
    """Rule ``state_legislature``: the bodies named with a state mention among ``chosen``."""
    out = []
    for c in chosen:
        if not (c.eid and re.fullmatch(r"[A-Z]{3}", c.eid)):
            continue
        after = _after(text, c, gaz)
        if after is not None:
            out.append(after)
        before = _OF_STATE.search(text, max(0, c.start - 40), c.start)
        if before is not None:
            word = _EN_BODIES[before.group("body")]
            out.append(Candidate(before.start(), before.end("body"), _body_id(gaz, c.eid, word), PRIO_RULE))
    return out
