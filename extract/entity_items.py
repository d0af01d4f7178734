"""Which goods words name an Item: the syntax of the noun phrase decides.

``modifier_item``: a goods word that modifies the noun after it names a
firm, an industry or another good, not the good itself ("steel company",
"chip equipment makers", "auto components", "electric vehicle batteries"):
the labelled corpus lists the head ("auto components" is auto parts,
"semiconductor memory chips" memory chips), or nothing when the head is a
firm or a market.  English only: the next word is another goods mention, a
head noun of the firm / market class or of tools, policies, training, leaders,
models, manufacturing, attacks and facilities ("semiconductor tools", "AI policies", "drone strikes",
"nickel plant", "oil refinery", "lithium mines"), or a
"-related" / "-based" / "-linked" compound ("sugarcane-based ethanol").  Industries and sectors are not in the
class: "the auto and steel industries" names the goods as sectors (Items).  In Chinese only an element before
酸 is a modifier: it names an acid or its salt (硼酸, 硅酸盐, 钨酸钠).

``application_list``: goods listed as the sectors another good is used in
("widely used in the natural gas, shipbuilding and display sectors") are no
Items of the story.

``process_subtype``: a finish or processing modifier before a single goods
word names the traded subtype ("galvanized steel", "parboiled rice"), an Item
of its own whose id is the slug of the phrase.

``form_head``: the noun of a traded form after a material names that form
("nickel ore", "dysprosium oxide", "steel plates", "soybean by-products", 稀土矿, 碳酸锂), an Item of its own;
``raw_metal``: a "raw" or "unprocessed" metal is its ore ("raw nickel" is nickel ore);
``zh_shared_modifier``: 汽车及零部件 names car parts too (汽车零部件), the modifier shared over the conjunction.
"""

from __future__ import annotations

import re
from dataclasses import replace

# head nouns after which a goods word is a modifier: firms, trades and markets
_EN_HEADS = re.compile(
    r"(?:[ \t]+\([A-Za-z]+\))?(?:[ \t]+(?:compan(?:y|ies)|firms?|giants?|makers?|manufacturers?|producers?|"
    r"suppliers?|markets?|workers|stocks|shares|tools|polic(?:y|ies)|"
    r"training|leaders?|models?|manufacturing|strikes|attacks|"
    r"(?:(?:processing|refining|smelting)[ \t]+)?(?:plants?|mills?|smelters?|refiner(?:y|ies)|factor(?:y|ies)|"
    r"facilit(?:y|ies))|mines?|deposits?)|-(?:related|based|linked))\b"
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
        # Chinese: 存储芯片制造商 lists the chips as often as 芯片设备制造商 does not; an element before 酸 names an
        # acid or its salt, another substance (硼酸 boric acid, 硅酸盐 silicate, 钨酸钠)
        return c.eid.startswith("element:") and text.startswith("酸", c.end)
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
    r"(?:\b(?:galvani[sz]ed|pre-?painted|colou?r-coated|(?:cold|hot|flat)[- ]rolled|parboiled|broken|expanded|"
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


# form_head: a material followed by the noun of the form it is traded in names that form, an Item of its own
# ("nickel ore", "dysprosium oxide", "copper concentrate", "aluminium scrap", "steel pipes"): trade measures
# single the form out (an ore export ban leaves the refined metal alone). The id is the slug of the phrase as
# written, in US spelling (`item:nickel_ore`, `item:steel_plates`). An ore or a concentrate is only a metal's
# ("bauxite ore" is bauxite, itself the ore).
_FORM_HEAD = re.compile(
    r"[ \t]+(?P<head>(?P<ore>ores?|concentrates?)|oxides?|carbonates?|hydroxides?|powders?|scrap|alloys?|ingots?|"
    r"plates?|sheets?|pipes?|tubes?|coils?|wire|wires|rods?|bars?|foils?|by-products?|byproducts?)\b(?![ \t]*-)",
    re.I,
)


# the Chinese ore of a metal: 稀土矿, 镍矿石 (not 矿业 mining, 矿产 mineral resources, 矿山 a mine, 矿区, 矿物, 矿企)
_ZH_ORE = re.compile(r"矿石?(?![业产山区物企工场井藏])")


def _zh_ore(text: str, c, gaz):
    """The ``item:<metal>_ore`` candidate of a Chinese metal name followed by 矿, else None."""
    m = _ZH_ORE.match(text, c.end)
    ent = gaz.get(c.eid)
    if m is None or ent is None or not _metal(c.eid, gaz) or not "\u4e00" <= text[c.end - 1] <= "\u9fff":
        return None
    words = ent.name.lower().split()
    words[-1] = words[-1][:-1] if words[-1].endswith("s") else words[-1]  # "rare earths" -> rare_earth_ore
    return replace(c, end=m.end(), eid="item:" + _slug(" ".join(words)) + "_ore")


# the Chinese salts and oxides of an element: 碳酸锂 is lithium carbonate, 氢氧化锂 lithium hydroxide
_ZH_COMPOUND = {
    "氢氧化": "hydroxide",
    "氧化": "oxide",
    "碳酸": "carbonate",
    "硫酸": "sulfate",
    "氯化": "chloride",
    "硝酸": "nitrate",
    "氟化": "fluoride",
}


def _zh_compound(text: str, c, gaz):
    """The ``item:<element>_<compound>`` candidate of a Chinese element name after 碳酸 / 氧化 ..., else None."""
    ent = gaz.get(c.eid)
    if ent is None or not c.eid.startswith("element:") or not "\u4e00" <= text[c.start] <= "\u9fff":
        return None
    for prefix, noun in _ZH_COMPOUND.items():
        if text.startswith(prefix, c.start - len(prefix)):
            return replace(c, start=c.start - len(prefix), eid=f"item:{_slug(ent.name)}_{noun}")
    return None


# zh_compound_head: a Chinese goods name + a head noun is the English compound of the same words when the gazetteer
# names it (稀土设备 is "rare earth equipment", 稀土技术 "rare earth technologies"); nothing is minted
_ZH_HEADS = {
    "设备": ("equipment",),
    "技术": ("technologies", "technology"),
    "材料": ("materials",),
    "产品": ("products",),
    "零部件": ("parts", "components"),
    "零配件": ("parts", "components"),
    "原材料": ("raw materials",),
    "原辅料": ("raw materials",),
}
_ZH_HEAD = re.compile("|".join(sorted(_ZH_HEADS, key=len, reverse=True)))


def _known_item(words: str, gaz) -> str | None:
    """The gazetteer's item id of an English phrase, else None."""
    from policykg.extract.entities import indexes, tokenize

    toks = [t for t, _, _ in tokenize(words)]
    found, eid = indexes(gaz)[0].lookup(toks, toks, 0, len(toks))
    return eid if found and eid and eid.startswith("item:") else None


def _compound(modifier: str, zh_head: str, gaz) -> str | None:
    """The known item "<modifier> <head>" for a Chinese head noun (稀土 + 设备: "rare earth equipment")."""
    words = modifier.lower().split()
    for first in dict.fromkeys([" ".join(words), " ".join([*words[:-1], words[-1].rstrip("s")])]):
        for head in _ZH_HEADS[zh_head]:
            if eid := _known_item(f"{first} {head}", gaz):
                return eid
    return None


def _zh_head(text: str, c, gaz):
    """The known English compound of a Chinese goods name and the head noun after it, else None."""
    m = _ZH_HEAD.match(text, c.end)
    ent = gaz.get(c.eid)
    if m is None or ent is None or not "\u4e00" <= text[c.end - 1] <= "\u9fff":
        return None
    eid = _compound(ent.name, m.group(), gaz)
    return replace(c, end=m.end(), eid=eid) if eid else None


_ZH_AND = re.compile(r"和|及|与|以及|、")


def _elided(text: str, c, gaz):
    """The second compound of 稀土设备和原辅料 (rare earth raw materials), whose modifier is elided, else None:
    the modifier is the compound's English name without its head."""
    ent = gaz.get(c.eid)
    head = next((h for h in _ZH_HEADS if text[c.start : c.end].endswith(h)), None)
    conj = _ZH_AND.match(text, c.end)
    second = _ZH_HEAD.match(text, conj.end()) if conj else None
    if ent is None or head is None or second is None:
        return None
    name = ent.name.lower()
    modifier = next((name[: -len(h)].strip() for h in _ZH_HEADS[head] if name.endswith(h)), None)
    eid = _compound(modifier, second.group(), gaz) if modifier else None
    return replace(c, start=second.start(), end=second.end(), eid=eid) if eid else None


def _zh_shared_modifier(text: str, c, gaz):
    """``zh_shared_modifier``: the head after a Chinese goods name and a conjunction takes that name as its
    modifier when the gazetteer names the compound (汽车及零部件: 汽车零部件, auto parts), else None."""
    from policykg.extract.entities import indexes

    conj = _ZH_AND.match(text, c.end)
    if conj is None or not "\u4e00" <= text[c.end - 1] <= "\u9fff":
        return None
    table = indexes(gaz)[1].table
    for n in (4, 3, 2):
        head = text[conj.end() : conj.end() + n]
        eid = table.get(text[c.start : c.end] + head) if len(head) == n else None
        if eid and eid != c.eid and eid.startswith("item:"):
            return replace(c, start=conj.end(), end=conj.end() + n, eid=eid)
    return None


def _metal(eid: str, gaz) -> bool:
    """Is ``eid`` a chemical element or a group of them (the goods an ore is of)?"""
    ent = gaz.get(eid)
    return eid.startswith("element:") or (ent is not None and ent.kind == "element_group")


def _en_form(text: str, c, gaz):
    """The English ``item:<material>_<form>`` candidate ("nickel ore", "steel plates"), else None."""
    m = _FORM_HEAD.match(text, c.end)
    if m is None or (m.group("ore") and not _metal(c.eid, gaz)):
        return None
    if not re.fullmatch(r"[A-Za-z][A-Za-z \t-]*", text[c.start : c.end]):
        return None
    return replace(c, end=m.end(), eid="item:" + _slug(text[c.start : m.end()]))


# raw_metal: a metal that is "raw", "unprocessed" or "unrefined" is its ore ("a ban on exports of raw nickel", "unprocessed
# lithium"): the ore, not the refined metal, is what such export bans name.  Only the metals mined from ores of their
# own (and the rare earths); gallium, germanium or indium are by-products of other ores, so "raw gallium" is the metal
_RAW = re.compile(r"\b(?:raw|unprocessed|unrefined)[ \t]+$", re.I)
_MINED = frozenset(
    [
        "Fe",
        "Ni",
        "Cu",
        "Li",
        "Co",
        "Al",
        "Sn",
        "Zn",
        "Pb",
        "Mn",
        "Cr",
        "W",
        "Au",
        "Ag",
        "U",
        "Ti",
        "Mo",
        "Sb",
        "Nb",
        "Ta",
        "V",
        "Pt",
        "Zr",
    ]
)


def _raw_metal(text: str, c, gaz):
    """The ``item:<metal>_ore`` candidate of an English metal after "raw" / "unprocessed", else None."""
    m = _RAW.search(text, max(0, c.start - 14), c.start)
    ent = gaz.get(c.eid)
    mined = c.eid.removeprefix("element:") in _MINED or (ent is not None and ent.kind == "element_group")
    if m is None or ent is None or not mined or not re.fullmatch(r"[A-Za-z ]+", text[c.start : c.end]):
        return None
    words = ent.name.lower().split()
    words[-1] = words[-1][:-1] if words[-1].endswith("s") else words[-1]  # "rare earths" -> rare_earth_ore
    return replace(c, start=m.start(), eid="item:" + _slug(" ".join(words)) + "_ore")


def form_heads(text: str, chosen: list, gaz) -> list:
    """The chosen candidates with a material widened to the traded form named around it (``form_head``),
    where the wider span overlaps no other mention."""
    out: list = []
    for i, c in enumerate(chosen):
        after = chosen[i + 1].start if i + 1 < len(chosen) else len(text)
        if c.eid and c.eid.startswith(_GOODS):
            wide = _en_form(text, c, gaz) or _raw_metal(text, c, gaz) or _zh_ore(text, c, gaz)
            wide = wide or _zh_compound(text, c, gaz)
            wide = wide or _zh_head(text, c, gaz)
            before = out[-1].end if out else 0
            c = wide if wide is not None and wide.end <= after and wide.start >= before else c
        out.append(c)
        second = (
            _elided(text, c, gaz) or _zh_shared_modifier(text, c, gaz) if c.eid and c.eid.startswith("item:") else None
        )
        if second is not None and second.end <= after:
            out.append(second)
    return out
