"""Person names the gazetteer lacks, found by the syntax news prose puts around them.

Capitalised words alone are not enough (headlines capitalise everything; firms,
places and laws are capitalised too), so each rule needs a trigger context:

* ``quote_attribution``: a reporting verb right before the name and an
  appositive comma right after it: 'said Jane Roe, a trade analyst',
  'according to Jane Roe, head of ...';
* ``role_appositive``: the name set off by commas right after a role noun
  and its complement: 'the head of European diplomacy, Jane Roe, said',
  'the Minister of Mines, Jane Roe, when ...';
* ``role_title``: titles the title rule of :mod:`entity_rules` lacks, before
  the name: 'National Security Adviser Jane Roe', 'Congressman Jane Roe',
  'Ambassador to Chile Jane Roe', 'Deputy Director-General Jane Roe'.

A middle initial is part of the mention but not of the id ('Jane Q. Roe' is
``person:jane_roe``), as the labelled corpus writes ids.
"""

from __future__ import annotations

import re
from dataclasses import replace

from policykg.extract.entity_ids import known_id, new_entity, slug
from policykg.extract.entity_names import name_words_ok
from policykg.extract.entity_rules import PRIO_RULE, Candidate

_PART = r"[A-Z][a-z]+(?:-[A-Za-z][a-z]+)?"
_LINK = r"(?:bin|bint|al|Al|van|von|de|da|der|la|le)"
_NAME = rf"(?P<name>{_PART}(?:[ \t]+[A-Z]\.)?(?:[ \t]+(?:{_LINK}[ \t]+)?{_PART}){{1,3}})"

_QUOTE = re.compile(rf"\b(?:said|says|told reporters|according to|added|wrote)[ \t]+{_NAME}(?=,)")
_ROLE_NOUNS = (
    r"minister|secretary|adviser|advisor|ambassador|president|director|director-general|head|chief|"
    r"spokesperson|spokesman|spokeswoman|chairman|chairwoman|chair|governor|senator|congressman|"
    r"congresswoman|lawmaker|official|economist|analyst|strategist|founder|commissioner|envoy|negotiator|"
    r"Resources|Affairs|Trade|Industry|Finance|Economy|Commerce|Energy|Agriculture"
)
_OF_WHAT = r"(?:[ \t]+(?:of|for|at|to)[ \t]+(?:the[ \t]+)?[A-Za-z]+(?:[ \t]+[A-Za-z]+)?)?"
_APPOSITIVE = re.compile(rf"\b(?i:{_ROLE_NOUNS}){_OF_WHAT},[ \t]+{_NAME},")
_TITLES = re.compile(
    r"\b(?:National Security Advis[eo]r|Security Advis[eo]r|Advis[eo]r|Congressman|Congresswoman|Lawmaker|"
    r"Deputy Director-General|Director-General|Director General|Ambassador(?:[ \t]+to[ \t]+[A-Z][a-z]+)?|"
    r"Senate President|Speaker)"
    rf"[ \t]+{_NAME}\b"
)
# a lead-in written in capitals ("SENATE PRESIDENT Francis G. Escudero on Thursday backed ...")
_CAPS_TITLES = re.compile(
    r"\b(?:SENATE PRESIDENT|VICE PRESIDENT|PRESIDENT|PRIME MINISTER|MINISTER|SECRETARY|SENATOR|GOVERNOR|"
    rf"CHAIRMAN|SPEAKER|AMBASSADOR|PREMIER|CHANCELLOR)[ \t]+{_NAME}\b"
)
_NOT_NAME_WORDS = {
    "the",
    "he",
    "she",
    "it",
    "they",
    "we",
    "but",
    "and",
    "in",
    "on",
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
}


def _id_name(name: str) -> str:
    """The name as ids write it: without a middle initial."""
    return re.sub(r"[ \t]+[A-Z]\.(?=[ \t])", "", name)


def people_candidates(text: str, gaz, en_index) -> list[Candidate]:
    """Person names in a quote attribution, a role appositive or after a role title."""
    out = []
    for rx in (_QUOTE, _APPOSITIVE, _TITLES, _CAPS_TITLES):
        for m in rx.finditer(text):
            name = m.group("name")
            words = name.split()
            if words[0].lower() in _NOT_NAME_WORDS or not name_words_ok(_id_name(name), gaz):
                continue
            eid = known_id(name, en_index) or known_id(_id_name(name), en_index)
            if eid is not None and not eid.startswith("person:"):
                continue
            if eid is None:
                base = _id_name(name)
                eid = new_entity(gaz, "person:" + slug(base, drop_legal=False), "Person", base)
            out.append(Candidate(m.start("name"), m.end("name"), eid, PRIO_RULE))
    return out


# person_gloss: a Chinese transliteration after an office title, glossed by the Latin name in brackets
# (澳大利亚总理莫里森（Scott Morrison）): the bracket names the person, whose id is the Latin name's slug;
# the same Chinese name elsewhere in the text is the same person (莫里森表示)
ZH_TITLE = (
    r"总理|首相|总统|副总统|部长|部长官|大臣|外长|防长|发言人|局长|署长|主席|长官|次长|国务卿|大使|议员|"
    r"代表|主任|理事长|秘书长|首席执行官|总裁|董事长|委员|"
    # the heads of firms and bodies, in the Taiwan and Hong Kong forms too (执行长, 行政总裁), and of regions
    r"执行长|行政总裁|总经理|老板|创办人|创始人|会长|社长|总干事|司长|处长|特使|州长|省长|市长|议长|特首"
)
_ZH_GLOSS = re.compile(
    rf"(?:{ZH_TITLE})(?P<zh>[\u4e00-\u9fff][\u4e00-\u9fff•·・]{{1,9}})\s*[(（]\s*"
    rf"(?P<name>{_PART}(?:[ \t]+(?:{_LINK}[ \t]+)?{_PART}){{1,3}})\.?\s*[)）,，]"
)


def person_gloss_candidates(text: str, gaz, en_index) -> list[Candidate]:
    """Persons named by a Chinese transliteration glossed in Latin script (rule ``person_gloss``)."""
    out: list[Candidate] = []
    if "(" not in text and "（" not in text:
        return out
    for m in _ZH_GLOSS.finditer(text):
        name = m.group("name")
        eid = known_id(name, en_index)
        if eid is not None and not eid.startswith("person:"):
            continue
        if eid is None:
            eid = new_entity(gaz, "person:" + slug(name, drop_legal=False), "Person", name)
        out.append(Candidate(m.start("name"), m.end("name"), eid, PRIO_RULE))
        zh = m.group("zh")
        out += [Candidate(k.start(), k.end(), eid, PRIO_RULE) for k in re.finditer(re.escape(zh), text)]
    return out


# surname_coreference: news style names a person in full once ("Premier Doug Ford") and by the
# surname alone afterwards ("Mr. Ford said"); a short name the title rules minted on its own is the
# one full name of the article that ends with it ("Al Marri" -> Abdulla bin Touq Al Marri) or, for a
# single word, begins with it ("President Joko" -> Joko Widodo)


def _person_words(eid: str | None) -> list[str]:
    return eid[len("person:") :].split("_") if eid and eid.startswith("person:") else []


def _full_name(short: list[str], names: set[str]) -> str | None:
    """The one id in ``names`` whose words end with ``short`` (or begin with it, for one word)."""
    n = len(short)
    owners = {
        eid
        for eid in names
        if len(words := _person_words(eid)) > n and (words[-n:] == short or (n == 1 and words[0] == short[0]))
    }
    return owners.pop() if len(owners) == 1 else None


def surname_coreference(chosen: list[Candidate]) -> list[Candidate]:
    """Person mentions of a short name re-pointed to the article's one full name that contains it."""
    names = {c.eid for c in chosen if c.eid and _person_words(c.eid)}
    out = []
    for c in chosen:
        full = _full_name(_person_words(c.eid), names) if c.eid in names else None
        out.append(replace(c, eid=full) if full else c)
    return out
