"""Which goods words name an Item: the syntax of the noun phrase decides.

``modifier_item``: a goods word that modifies the noun after it names a
firm, an industry or another good, not the good itself ("steel company",
"chip equipment makers", "auto components", "electric vehicle batteries"):
the labelled corpus lists the head ("auto components" is auto parts,
"semiconductor memory chips" memory chips), or nothing when the head is a
firm or a market.  English only: the next word is another goods mention, a
head noun of the firm / market class or of tools, policies, training, leaders,
models, manufacturing and attacks ("semiconductor tools", "AI policies", "drone strikes"), or a
"-related" / "-based" / "-linked" compound ("sugarcane-based ethanol").  Industries and sectors are not in the
class: "the auto and steel industries" names the goods as sectors (Items).

``application_list``: goods listed as the sectors another good is used in
("widely used in the natural gas, shipbuilding and display sectors") are no
Items of the story.

``process_subtype``: a finish or processing modifier before a single goods
word names the traded subtype ("galvanized steel", "parboiled rice"), an Item
of its own whose id is the slug of the phrase.
"""

from __future__ import annotations

import re
from dataclasses import replace

# head nouns after which a goods word is a modifier: firms, trades and markets
_EN_HEADS = re.compile(
    r"(?:[ \t]+\([A-Za-z]+\))?(?:[ \t]+(?:compan(?:y|ies)|firms?|giants?|makers?|manufacturers?|producers?|"
    r"suppliers?|markets?|workers|stocks|shares|tools|polic(?:y|ies)|"
    r"training|leaders?|models?|manufacturing|strikes|attacks)|-(?:related|based|linked))\b"
)
_GOODS = ("item:", "element:")
_GAP = re.compile(r"\)?[ \t]+(?:\([A-Za-z]{1,6}\)[ \t]+)?")  # an acronym in brackets: "(AI) chips"


def _next_starts(cands) -> set[int]:
    return {c.start for c in cands if c.eid and c.eid.startswith(_GOODS)}


def drop_modifiers(text: str, chosen: list) -> list:
    """The chosen candidates without goods words that modify a following head (``modifier_item``)."""
    starts = _next_starts(chosen)
    out = []
    for c in chosen:
        if c.eid and c.eid.startswith(_GOODS) and _modifies(text, c, starts):
            continue
        out.append(c)
    return out


def _modifies(text: str, c, starts: set[int]) -> bool:
    if "\u4e00" <= text[c.end - 1] <= "\u9fff":
        return False  # Chinese: 存储芯片制造商 lists the chips as often as 芯片设备制造商 does not
    gap = _GAP.match(text, c.end)
    if gap and gap.end() in starts:
        return True  # "smartphone chips", "artificial intelligence (AI) chips": a goods word before another
    return bool(_EN_HEADS.match(text, c.end))


# application_list: goods listed as the sectors another good is used in ("plates widely used in the
# natural gas, shipbuilding and display sectors", 广泛运用于石油化工、冶金、陶瓷、玻璃等领域) name where it
# goes, not an Item of the story; products it goes into stay Items ("minerals used in wind turbines
# and electric vehicles"), and a good named elsewhere in the text keeps its other mentions
_USES = re.compile(r"\b(?:used|employed|applied)[ \t]+(?:in|for)[ \t]+(?:the[ \t]+)?|(?:广泛)?(?:运用|应用|用)于")
# between two listed goods: a separator, and in Chinese other listed words (冶金、军事、)
_LIST_GAP = re.compile(r"[ \t]*(?:,|、|，|and|or|和|及|与|以及)?[ \t]*(?:[\u4e00-\u9fff]{1,4}、)*")
_SECTOR_AFTER = re.compile(
    r"(?:[ \t]*(?:,|、|，|and|or|和|及|与)?[ \t]*[\w-]+){0,3}?[ \t]*"
    r"(?:sectors?|industries|fields|等?(?:领域|行业|产业|[\u4e00-\u9fff]{0,6}工业))"
)


def _listed_uses(text: str, end: int, goods: list) -> list:
    """The goods listed right after a "used in" at ``end``, when the list ends in a sector noun."""
    listed = []
    for c in goods:
        if c.start < end:
            continue
        if not _LIST_GAP.fullmatch(text, end, c.start):
            break
        listed.append(c)
        end = c.end
    return listed if listed and _SECTOR_AFTER.match(text, end) else []


def drop_uses(text: str, chosen: list) -> list:
    """The chosen candidates without the goods of a sector list of uses (``application_list``)."""
    goods = sorted((c for c in chosen if c.eid and c.eid.startswith(_GOODS)), key=lambda c: c.start)
    dropped = {id(c) for m in _USES.finditer(text) for c in _listed_uses(text, m.end(), goods)}
    return [c for c in chosen if id(c) not in dropped]


# process_subtype: a finish or processing modifier before a goods head names a traded subtype of it, which
# trade measures list apart ("galvanized steel", "cold-rolled steel", "parboiled rice", "expanded graphite",
# "analog chips"); the id is the slug of the whole phrase in US spelling (contract: ids from the surface form,
# "defence industry" is item:defense_industry).  Only one level: the head is a single goods word ("cold-rolled
# stainless steel" stays stainless steel), and it heads its noun phrase ("expanded chip export controls").
_PROCESS = re.compile(
    r"(?:\b(?:galvani[sz]ed|pre-?painted|colou?r-coated|(?:cold|hot)[- ]rolled|parboiled|broken|expanded|"
    r"spheroidi[sz]ed|natural[ \t]+flake|flake|analog(?:ue)?|seamless)[ \t]+)$",
    re.I,
)
_NP_END = re.compile(
    r"[ \t]*(?:$|[^\w \t-]|(?:and|or|from|to|of|in|into|for|with|was|were|is|are|will|which|that|as|by)\b)", re.I
)


_US_SPELLING = (("analogue", "analog"), ("colour", "color"), ("pre_painted", "prepainted"))


def _slug(phrase: str) -> str:
    """The id slug of a subtype phrase: lower-case words joined by ``_``, in US spelling."""
    slug = "_".join(re.findall(r"[a-z0-9]+", phrase.lower()))
    slug = re.sub(r"(?<=[a-z])ised(?=_)", "ized", slug)  # galvanised, spheroidised
    for british, us in _US_SPELLING:
        slug = slug.replace(british, us)
    return slug


def process_subtypes(text: str, chosen: list) -> list:
    """The chosen candidates with a goods head widened to its processed subtype (``process_subtype``)."""
    out = []
    for c in chosen:
        mod = _PROCESS.search(text, max(0, c.start - 40), c.start)
        single = re.fullmatch(r"\w+", text[c.start : c.end])
        if c.eid and c.eid.startswith("item:") and single and mod and _NP_END.match(text, c.end):
            c = replace(c, start=mod.start(), eid="item:" + _slug(text[mod.start() : c.end]))
        out.append(c)
    return out


# head_anaphora: a bare goods noun after a compound with the same head refers back to it ("electric vehicles
# ... the vehicles", "luxury cars ... such cars"): the article's item is the compound, not the general class.
# A bare noun coordinated with the compound is another good ("stainless steel and steel").
_COORDINATED = re.compile(r"[ \t]*(?:,|and|or|&)?[ \t]*(?:(?:and|or)[ \t]+)?(?:other[ \t]+)?$")


def head_anaphora(text: str, chosen: list) -> list:
    """The chosen candidates with a bare goods head re-pointed to an earlier compound of that head."""
    compounds: dict[str, tuple[str, int]] = {}
    out = []
    for c in chosen:
        words = re.findall(r"[a-z]+", text[c.start : c.end].lower())
        if c.eid and c.eid.startswith("item:") and words:
            head = words[-1].rstrip("s")
            eid, end = compounds.get(head, (c.eid, c.start))
            if len(words) == 1 and eid != c.eid and not _COORDINATED.match(text[end : c.start]):
                c = replace(c, eid=eid)
            elif len(words) > 1:
                compounds[head] = (c.eid, c.end)
        out.append(c)
    return out
