"""Bilingual glosses: a Chinese firm name followed by its own name in Latin script (pure).

Chinese news gives foreign firms a transliteration and then the original name
in brackets: 伊比鲁斯公司（Epirus, Inc.）, 吉布斯和考克斯公司（Gibbs & Cox, Inc.）,
先进声学概念有限责任公司（Advanced Acoustic Concepts）.  The head word (公司,
集团, 有限公司 ...) says the bracket names a firm, so the Latin name is one
whole firm mention, keyed by its English slug (legal suffixes dropped, "&" read
as "and") or by the gazetteer's id when it knows that name, and the Chinese
name before it is a mention of the same firm; both outrank shorter gazetteer
names inside them (波音 in 波音密苏里州圣路易斯市分公司, "Boeing" in "Boeing in
St. Louis").
"""

from __future__ import annotations

import re

from policykg.extract.entity_ids import firm_slug, known_id, new_entity
from policykg.extract.entity_rules import PRIO_RULE, Candidate

# rule firm_gloss: <CJK name ending in a firm head word>（<Latin name>）
_GLOSS = re.compile(
    r"(?P<zh>[\u4e00-\u9fffA-Za-z0-9]{0,14}[\u4e00-\u9fff](?:有限责任公司|有限公司|股份公司|公司|集团|控股))\s*[(（]\s*"
    r"(?P<name>[A-Z0-9][A-Za-z0-9&.,'’ \-]{1,80}?)\s*[)）]"
)


_LEAD = re.compile(r".*(?:的|包括|包含|以及|及|与|是|为|对|将|向|有|被|由)")


def _zh_id(name: str, gaz) -> str | None:
    from policykg.extract.entities import indexes  # entities imports this module

    return indexes(gaz)[1].table.get(name)


def _owner_length(name: str, gaz) -> int:
    """Length of a country or bloc name opening ``name`` (美国波音公司: 美国 stays a country)."""
    for n in range(min(6, len(name) - 2), 0, -1):
        eid = _zh_id(name[:n], gaz)
        ent = gaz.get(eid) if eid else None
        if ent is not None and ent.type in ("Country", "Bloc"):
            return n
    return 0


def gloss_candidates(text: str, gaz, en_index) -> list[Candidate]:
    """Firm mentions for the Latin names that gloss a Chinese firm name (rule ``firm_gloss``)."""
    out = []
    for m in _GLOSS.finditer(text):
        name = m.group("name").rstrip(" ,.")
        if not re.search(r"[a-z]{2}|[A-Z]{2}", name):
            continue
        eid = known_id(name, en_index)
        if eid is not None and not eid.startswith("org:"):
            continue
        if eid is None:
            eid = new_entity(gaz, "org:" + firm_slug(name.replace("&", " and ")), "Firm", name)
        start = m.start("name")
        out.append(Candidate(start, start + len(name), eid, PRIO_RULE))
        lead = _LEAD.match(m.group("zh"))  # "被制裁的包括诺斯洛普格拉曼公司": the name starts after 包括
        zh_start = m.start("zh") + (lead.end() if lead else 0)
        zh_start += _owner_length(text[zh_start : m.end("zh")], gaz)
        out.append(Candidate(zh_start, m.end("zh"), eid, PRIO_RULE))
    return out
