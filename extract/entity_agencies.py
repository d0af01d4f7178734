"""Government bodies the gazetteer lacks, found by the noun that describes them.

Rule ``agency_descriptor``: a regulator noun right before a capitalised name
("Russia's agricultural watchdog Rosselkhoznadzor", "the energy regulator
Ofgem") makes the name an Agency ``org:<slug>``.  (An appositive "X, a
government agency" was tried: its one train case is labelled by an acronym
the text never writes, so it added a false id.)

Rule ``customs_owner``: "China's customs administration", "Japanese customs authorities", "South Korea's
customs service", "Taiwan's Customs Administration": customs (in either case) after a state (possessive
or adjective) are that state's customs authority, the agency row whose ``ministry`` domain is ``customs``
(``org:gac``, ``org:cbp``, ``customs.jsonl``); a state without one gives none (no id is minted).

Rule ``zh_parent_prefix``: a Chinese body named as the first part of a subordinate office's or commission's
name (国务院港澳事务办公室, 国务院关税税则委员会) is no mention of the parent.

Rule ``zh_office_holder``: a Chinese agency name that opens its head's title
before the holder's name (香港保安局局长李家超) names the person's office, as
"Commerce Minister Wang Wentao" does in English; it gives no Agency.
"""

from __future__ import annotations

import re

from policykg.extract.entity_ids import known_id, new_entity, slug
from policykg.extract.entity_names import name_words_ok
from policykg.extract.entity_rules import PRIO_RULE, Candidate

_NAME = r"(?P<name>[A-Z][\w-]+(?:[ \t]+(?:[A-Z][\w-]+|and|of|for))*?)"
_DESCRIBED = (re.compile(rf"\b(?:watchdog|regulator)[ \t]+{_NAME}(?![\w-])(?![ \t]+[A-Z])"),)


def _distinctive(name: str, gaz) -> bool:
    """Some word of the name is a name word (not generic, not a ministry domain)."""
    return any(name_words_ok(w, gaz) for w in name.split() if w[0].isupper())


def agency_candidates(text: str, gaz, en_index) -> list[Candidate]:
    """Rule ``agency_descriptor``: names a regulator noun or a state-body appositive describes."""
    out = []
    for rx in _DESCRIBED:
        for m in rx.finditer(text):
            name = m.group("name")
            eid = known_id(name, en_index)
            if eid is None and name.split()[0] not in ("The", "A", "An") and _distinctive(name, gaz):
                eid = new_entity(gaz, "org:" + slug(name, drop_legal=False), "Agency", name)
            if eid is not None and eid.startswith("org:"):
                out.append(Candidate(m.start("name"), m.end("name"), eid, PRIO_RULE))
    return out


_CUSTOMS = re.compile(
    r"\b(?P<owner>[A-Z][A-Za-z.]+(?:[ \t]+[A-Z][a-z]+)?)(?:['\u2019]s)?[ \t]+"
    r"(?P<head>(?i:customs(?:[ \t]+(?:administration|agency|authority|authorities|service|bureau|department|office))?))\b"
)


def customs_candidates(text: str, gaz, en_index) -> list[Candidate]:
    """Rule ``customs_owner``: customs after a state's name or adjective are that state's customs agency."""
    out = []
    for m in _CUSTOMS.finditer(text):
        owner = known_id(m.group("owner"), en_index)
        eid = gaz.ministry_ids.get((owner, "customs")) if owner else None
        if eid is not None:
            out.append(Candidate(m.start("head"), m.end("head"), eid, PRIO_RULE))
    return out


_BARE_CUSTOMS = re.compile(
    r"\bCustoms[ \t]+(?:Administration|Agency|Authority|Service|Bureau|Department|Office)\b|"
    r"\b[Tt]he[ \t]+customs[ \t]+(?:administration|agency|authority|authorities|service|bureau|department|office)\b"
)


def outlet_customs(text: str, chosen: list, gaz, outlet: str | None, named: set[str]) -> list[Candidate]:
    """Rule ``outlet_home`` for customs: a bare "Customs Administration" / "the customs department" in a national
    outlet is its state's customs agency (the row whose domain is ``customs``) when the text names that state;
    a span a mention already covers is left to it, and "Customs" alone is none ("Customs procedures")."""
    eid = gaz.ministry_ids.get((outlet, "customs")) if outlet in named else None
    if eid is None:
        return []
    taken = [(c.start, c.end) for c in chosen]
    return [
        Candidate(m.start(), m.end(), eid, PRIO_RULE)
        for m in _BARE_CUSTOMS.finditer(text)
        if not any(s < m.end() and m.start() < e for s, e in taken)
    ]


# zh_office_holder: a Chinese agency name that opens its head's title before the holder's name
# (香港保安局局长李家超, 商务部部长王文涛) names the person's office, not the agency (the labelling
# conventions: agencies named only through office titles give none; an unnamed 局长表示 or a spokesperson,
# 发言人, still speaks for the agency)
_ZH_HEAD_TITLE = re.compile(r"(?:常务)?副?(?:局长|署长|部长|司长|处长|厅长|主任|主席|大臣|长官)")


def drop_office_holders(text: str, chosen: list, gaz) -> list:
    """The chosen candidates without Chinese agency names that open a named holder's title."""
    persons = {c.start for c in chosen if c.eid and c.eid.startswith("person:")}
    out = []
    for c in chosen:
        ent = gaz.get(c.eid) if c.eid else None
        if ent is not None and ent.type == "Agency" and "\u4e00" <= text[c.end - 1] <= "\u9fff":
            title = _ZH_HEAD_TITLE.match(text, c.end)
            if title and title.end() in persons:
                continue
        out.append(c)
    return out


# zh_parent_prefix: a Chinese body named as the first part of a subordinate office's or commission's name
# (国务院港澳事务办公室, 国务院关税税则委员会) is no mention of the parent, as "the State Council's tariff commission"
# would be in English only with the possessive; the subordinate body is the entity
_ZH_SUBORDINATE = re.compile(r"[\u4e00-\u9fff]{2,10}?(?:办公室|委员会)")


def drop_parent_prefixes(text: str, chosen: list, gaz) -> list:
    """The chosen candidates without Chinese agency names that open a subordinate office's name."""
    out = []
    for c in chosen:
        ent = gaz.get(c.eid) if c.eid else None
        chinese = "\u4e00" <= text[c.end - 1] <= "\u9fff"
        if ent is not None and ent.type == "Agency" and chinese and _ZH_SUBORDINATE.match(text, c.end):
            continue
        out.append(c)
    return out
