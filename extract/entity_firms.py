"""Firm names the gazetteer lacks, found by the syntax around them.

* ``firm_descriptor_noun``: a noun of the firm class right before a capitalised
  name is its descriptor: 'diamond producer Orvana', 'brokerage Fenwick',
  'retailers like Zelora', 'steel company Kovač Corp.';
* ``firm_predicate_list``: the names of a list whose predicate is a firm-class
  noun ('Orvana, Kestrel and the local unit of Zelora are the largest miners');
* ``firm_listing``: a listing or seat compound right before a capitalised name
  ('ASX-listed BlueScope Steel', 'Shenzhen-based Zelkova');
* ``outlet_source``: a capitalised name with an outlet head word (News, Times,
  Post, Agency, Business, Sinmun ...) cited as a source: 'Baltic Wire News
  reported', 'according to The Harbour Times', 'first reported by X';
* ``firm_suffix`` (a post-pass): a firm mention takes the corporate words right after it
  ('Dahua' + ' Technology', 'Kestrel' + ' Holdings Co. Ltd.'), so a list goes on after it;
* ``firm_appositive``: a name whose appositive's head is a firm noun ('Quorvia, a Shanghai-based
  chipmaker, said');
* ``firm_coordination`` (a post-pass over the chosen mentions): in a list of
  names that holds a firm, the other bare capitalised names are firms too
  ('Orvana, Kestrel Mining and Zelora').

Each new firm gets ``org:<slug>`` through :func:`entity_ids.firm_slug`.
"""

from __future__ import annotations

import re
from dataclasses import replace

from policykg.extract.entity_ids import firm_slug, known_id, new_entity
from policykg.extract.entity_names import name_words_ok
from policykg.extract.entity_rules import PRIO_RULE, Candidate

_CAP = r"(?:[A-Z][A-Za-z0-9]*(?:-[A-Za-z0-9]+)*|[A-Z]{2,}(?:-[A-Z]+)?)"
_FIRM_NAME = rf"(?P<name>{_CAP}(?:[ \t]+(?:{_CAP}|&))*?(?:[ \t]+(?:Co\.|Corp\.|Inc\.|Ltd\.))?)"
_FIRM_NOUNS = (
    r"producer|producers|maker|makers|company|companies|firm|firms|brokerage|retailer|retailers|miner|miners|"
    r"steelmaker|steelmakers|chipmaker|chipmakers|automaker|automakers|carmaker|carmakers|supplier|suppliers|"
    r"manufacturer|manufacturers|exporter|exporters|lender|lenders|insurer|startup|start-up|conglomerate|"
    r"developer|operator|shipper|shippers|trader|traders"
)
# the same nouns capitalised where a sentence opens ("Chipmaker Zanthor said ...")
_FIRM_NOUNS_OPENING = "|".join(w[:1].upper() + w[1:] for w in _FIRM_NOUNS.split("|"))
_DESCRIPTOR = re.compile(
    rf"(?:\b(?:{_FIRM_NOUNS})|(?:^|(?<=[.!?][ \t]))(?:{_FIRM_NOUNS_OPENING}))(?:[ \t]+(?:like|such[ \t]+as|including)|[ \t]*[\u2014\u2013:])?[ \t]+{_FIRM_NAME}(?![A-Za-z])",
    re.MULTILINE,
)
# "ASX-listed BlueScope Steel", "Shenzhen-based Zelkova": a listing or seat compound before a name
_LISTED = re.compile(
    r"\b[\w.&]+-(?:listed|based|headquartered|registered)[ \t]+"
    rf"{_FIRM_NAME}(?=[,.;:)'\u2019]|[ \t]+[a-z(\u2014\u2013]|[ \t]*$)"
)
# "Gerdau, Usiminas, CSN and the local units of ArcelorMittal are some of Brazil's largest steelmakers":
# a list of names whose predicate is a firm-class noun
_NAMES_SEP = r"(?:,[ \t]+(?:and[ \t]+)?|[ \t]+and[ \t]+)(?:the[ \t]+(?:local[ \t]+)?(?:units?|subsidiaries|arms?)[ \t]+of[ \t]+)?"
_PREDICATE_LIST = re.compile(
    rf"(?P<list>{_CAP}(?:[ \t]+{_CAP})*(?:{_NAMES_SEP}{_CAP}(?:[ \t]+{_CAP})*){{1,8}})"
    rf"[ \t]+(?:are|were)[ \t]+(?:[\w\u2019']+[ \t]+){{0,5}}?(?:{_FIRM_NOUNS})\b"
)
_OUTLET_WORDS = (
    r"News|Times|Post|Journal|Telegraph|Herald|Business|Agency|Daily|Press|Tribune|Gazette|Radio|"
    r"Television|Broadcasting|Sinmun|Shimbun|Ilbo|Punch"
)
_OUTLET = rf"(?P<name>(?:The[ \t]+)?(?:{_CAP}[ \t]+){{0,3}}(?:{_OUTLET_WORDS}))"
_SOURCES = (
    re.compile(rf"\b(?:[Aa]ccording[ \t]+to|reported[ \t]+by|cited[ \t]+by|told)[ \t]+{_OUTLET}\b"),
    re.compile(rf"{_OUTLET}[ \t]+(?:reported|reports|said|says|quoted|cited)\b"),
)
# firm_appositive: 'Quorvia, a Shanghai-based chipmaker, said', 'Zorvex, the world's largest miner': a name whose
# appositive's head is a firm noun (persons have other heads: 'Ann Lee, a company spokesperson')
_APPOSITIVE_NOUNS = (
    r"company|firm|chipmaker|automaker|carmaker|steelmaker|miner|producer|manufacturer|maker|supplier|exporter|"
    r"conglomerate|lender|insurer|retailer|giant|startup|subsidiary|shipbuilder|refiner|smelter|group"
)
_APPOSITIVE = re.compile(
    rf"(?<![\w'\u2019-])(?P<name>{_CAP}(?:[ \t]+{_CAP}){{0,2}}),[ \t]+(?:a|an|the)[ \t]+(?:[\w'\u2019&-]+[ \t]+){{0,5}}?"
    rf"(?:{_APPOSITIVE_NOUNS})(?=[ \t]*(?:[,.;)]|(?:which|that|based|in|with|of|and|listed|headquartered|owned)\b))"
)
_NOT_FIRST = {
    "The",
    "A",
    "An",
    "In",
    "On",
    "At",
    "For",
    "But",
    "And",
    "Its",
    "This",
    "That",
    "Mr",
    "Ms",
    "Dr",
    "Both",
    "Either",
    "Neither",
}
_MONTHS_DAYS = re.compile(
    r"^(?:January|February|March|April|May|June|July|August|September|October|November|December|"
    r"Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)$"
)


_SUFFIX_WORDS = re.compile(
    r"(?:,?[ \t]+(?:Technology|Technologies|Group|Holdings?|Motors?|Corporation|Corp\.?|Company|Co\.?|"
    r"Inc\.?|Incorporated|Ltd\.?|Limited|LLC|PLC|plc|AG|SE))+(?![A-Za-z])"
)
_TRAILING_SUFFIX = re.compile("(?:" + _SUFFIX_WORDS.pattern + r")\.?$")


def _ok_name(name: str, gaz) -> bool:
    """A plausible firm name; its trailing corporate words ("Megvii Technology") are not judged."""
    words = name.split()
    core = _TRAILING_SUFFIX.sub("", name) or name
    return bool(words) and words[0] not in _NOT_FIRST and not _MONTHS_DAYS.match(words[0]) and name_words_ok(core, gaz)


def _firm(text: str, start: int, end: int, gaz, en_index) -> Candidate | None:
    name = text[start:end].rstrip(".")
    eid = known_id(name, en_index)
    if eid is not None:
        return Candidate(start, end, eid, PRIO_RULE) if eid.startswith("org:") else None
    slugged = firm_slug(name)
    if not slugged:
        return None
    return Candidate(start, end, new_entity(gaz, "org:" + slugged, "Firm", name), PRIO_RULE)


def predicate_list_candidates(text: str, gaz, en_index) -> list[Candidate]:
    """``firm_predicate_list``: the names of a list whose predicate is a firm-class noun."""
    out = []
    for m in _PREDICATE_LIST.finditer(text):
        for name in re.finditer(rf"{_CAP}(?:[ \t]+{_CAP})*", m.group("list")):
            start = m.start("list") + name.start()
            if _ok_name(name.group(), gaz) and (cand := _firm(text, start, start + len(name.group()), gaz, en_index)):
                out.append(cand)
    return out


def firm_context_candidates(text: str, gaz, en_index) -> list[Candidate]:
    """Firms named after a firm-class noun (``firm_descriptor_noun``) or a listing compound
    (``firm_listing``), or cited as a source (``outlet_source``)."""
    named = [(m, m.group("name")) for m in _DESCRIPTOR.finditer(text)]
    named += [(m, m.group("name").split()[0]) for m in _LISTED.finditer(text)]  # strong cue: judge the first word
    named += [(m, m.group("name")) for m in _APPOSITIVE.finditer(text)]
    out = []
    for m, judged in named:
        if _ok_name(judged, gaz) and (cand := _firm(text, m.start("name"), m.end("name"), gaz, en_index)):
            out.append(cand)
    for rx in _SOURCES:
        for m in rx.finditer(text):
            start = m.start("name") + (4 if m.group("name").startswith("The ") else 0)
            cand = _firm(text, start, m.end("name"), gaz, en_index)
            if cand is not None:
                out.append(cand)
    return out


_SEP_RIGHT = re.compile(
    rf"(?:,[ \t]+(?:and[ \t]+|or[ \t]+)?|[ \t]+(?:and|or)[ \t]+){_FIRM_NAME}(?=[,.;:)]|[ \t]+[a-z\u2014\u2013(]|[ \t]*$)"
)
_SEP_LEFT = re.compile(
    rf"(?:^|(?<=[\s(—–-]))(?P<name>{_CAP}(?:[ \t]+(?:{_CAP}|&)){{0,3}})(?:,[ \t]+(?:and[ \t]+)?|[ \t]+(?:and|or)[ \t]+)$"
)


_ABBREVIATED = re.compile(r"\b(?:Co|Corp|Inc|Ltd)$")


def suffix_end(text: str, end: int) -> int:
    """The end of a firm name at ``end`` once the corporate words after it are taken in ("Co" + ". Ltd.")."""
    if text[end : end + 1] == "." and _ABBREVIATED.search(text, max(0, end - 5), end):
        end += 1
    m = _SUFFIX_WORDS.match(text, end)
    return m.end() if m else end


def absorb_suffixes(text: str, chosen: list[Candidate], gaz) -> list[Candidate]:
    """``firm_suffix``: a firm mention spans the corporate words that follow it, when nothing else is there."""
    out = []
    for i, c in enumerate(chosen):
        end = suffix_end(text, c.end) if c.eid and (e := gaz.get(c.eid)) and e.type == "Firm" else c.end
        if end > c.end and (i + 1 == len(chosen) or chosen[i + 1].start >= end):
            c = replace(c, end=end)
        out.append(c)
    return out


def _taken(chosen, start: int, end: int):
    return next((c for c in chosen if c.start < end and start < c.end), None)


def coordination_firms(text: str, chosen: list[Candidate], gaz, en_index) -> list[Candidate]:
    """``firm_coordination``: bare capitalised names listed with a firm are firms."""
    firms = [c for c in chosen if c.eid and (e := gaz.get(c.eid)) is not None and e.type == "Firm"]
    out: list[Candidate] = []
    for firm in firms:
        out += _walk(text, chosen, firm, gaz, en_index, right=True)
        out += _walk(text, chosen, firm, gaz, en_index, right=False)
    return out


def _walk(text: str, chosen, firm: Candidate, gaz, en_index, right: bool) -> list[Candidate]:
    """Names listed on one side of ``firm``; kept only when the list has its conjunction
    ("Orvana, Kestrel and Zelora"), so "Currently, Zelora is ..." lists nothing."""
    out: list[Candidate] = []
    joined = False
    cur = firm
    for _ in range(8):
        offset = cur.end if right else max(0, cur.start - 80)
        m = _SEP_RIGHT.match(text, cur.end) if right else _SEP_LEFT.search(text[offset : cur.start])
        if m is None:
            break
        base = 0 if right else offset
        start, end = m.start("name") + base, m.end("name") + base
        sep = text[cur.end : start] if right else text[end : cur.start]
        joined = joined or bool(re.search(r"\b(?:and|or)\b", sep))
        other = _taken(chosen, start, end)
        if other is not None:
            ent = gaz.get(other.eid) if other.eid else None
            if ent is None or ent.type != "Firm":
                break
            cur = other
            continue
        name = text[start:end]
        if not _ok_name(name, gaz) or (" " not in name and name.lower().endswith("ly")):
            break
        cand = _firm(text, start, end, gaz, en_index)
        if cand is None:
            break
        cand = replace(cand, end=suffix_end(text, cand.end)) if right else cand
        out.append(cand)
        cur = cand
    return out if joined else []
