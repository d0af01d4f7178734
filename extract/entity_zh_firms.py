"""Foreign firms in Chinese text, named in Latin script (pure).

Chinese news writes a foreign firm's own Latin name where the gazetteer has no
Chinese form of it; the text around the name says it is a firm:

* ``zh_descriptor_gloss``: a firm noun (出口商, 巨头, 药厂 ...) right before a
  transliteration glossed in Latin: 西班牙最大猪肉出口商利特拉(Litera Meat), 乳制品巨头菲仕兰
  (FrieslandCampina): both names are the firm ``org:litera_meat``; or right before a Latin
  name in mixed case: 国有药厂PT Kimia Farma;
* ``zh_latin_head``: a Latin name written right before a firm head word: Sterilgarda
  Alimenti公司, Kestrel集团;
* ``zh_latin_list``: Latin names listed before 等 + a firm noun: 与Sony、DENSO等企业合作.

Ids are the English slugs of the Latin names (legal suffixes dropped), or the
gazetteer's id when it knows the name; a name the gazetteer holds as something
else than an organisation (EU企业, AI企业) gives none, nor do two capitals alone.
"""

from __future__ import annotations

import re

from policykg.extract.entity_ids import firm_slug, known_id, new_entity
from policykg.extract.entity_rules import PRIO_RULE, Candidate

_LATIN = r"[A-Z][A-Za-z0-9&.'\u2019\-]*(?:,?[ \t]+[A-Za-z0-9&.'\u2019\-]+){0,4}"
_FIRM_NOUN = (
    r"(?:出口商|进口商|生产商|制造商|供应商|经销商|零售商|贸易商|酒商|厂商|巨头|企业|公司|集团|车企|药厂|药企|"
    r"钢厂|钢企|矿企|矿商|芯片商|品牌|银行|航空公司)"
)
_DESCRIPTOR_GLOSS = re.compile(rf"{_FIRM_NOUN}(?P<zh>[\u4e00-\u9fff]{{2,8}}?)\s*[(（]\s*(?P<name>{_LATIN})\s*[)）]")
# ... or right before a Latin name in mixed case (印尼国有药厂PT Kimia Farma对口罩实施限购; 公司CEO is no name)
_DESCRIPTOR_LATIN = re.compile(rf"{_FIRM_NOUN}(?P<name>{_LATIN})(?=[\u4e00-\u9fff，,。])")
_LATIN_HEAD = re.compile(rf"(?<![A-Za-z0-9&.'\u2019\- ])(?P<name>{_LATIN})(?=公司|集团|企业)")
_LATIN_LIST = re.compile(rf"(?P<list>{_LATIN}(?:[、和与及]{_LATIN})+)等(?:企业|公司|厂商|品牌|车企|集团)")


def _firm_id(name: str, gaz, en_index) -> str | None:
    """The firm id of a Latin name: the gazetteer's org id, a minted slug, or None (not a firm name)."""
    name = name.strip(" ,.")
    if not re.search(r"[a-z]{2}|[A-Z]{3}", name):
        return None
    eid = known_id(name, en_index)
    if eid is not None:
        return eid if eid.startswith("org:") else None
    return new_entity(gaz, "org:" + firm_slug(name.replace("&", " and ")), "Firm", name)


def _named(start: int, name: str, gaz, en_index) -> list[Candidate]:
    eid = _firm_id(name, gaz, en_index)
    clean = name.strip(" ,.")
    return [] if eid is None else [Candidate(start, start + len(clean), eid, PRIO_RULE)]


def zh_latin_firm_candidates(text: str, gaz, en_index) -> list[Candidate]:
    """Rules ``zh_descriptor_gloss``, ``zh_latin_head`` and ``zh_latin_list``."""
    out: list[Candidate] = []
    for m in _DESCRIPTOR_GLOSS.finditer(text):
        named = _named(m.start("name"), m.group("name"), gaz, en_index)
        out += named + [Candidate(m.start("zh"), m.end("zh"), c.eid, PRIO_RULE) for c in named]
    for m in _DESCRIPTOR_LATIN.finditer(text):
        if re.search(r"[a-z]{2}", m.group("name")):
            out += _named(m.start("name"), m.group("name"), gaz, en_index)
    for m in _LATIN_HEAD.finditer(text):
        out += _named(m.start("name"), m.group("name"), gaz, en_index)
    for m in _LATIN_LIST.finditer(text):
        for part in re.finditer(rf"{_LATIN}", m.group("list")):
            out += _named(m.start("list") + part.start(), part.group(), gaz, en_index)
    return out
