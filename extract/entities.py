"""Find entity mentions in English and Chinese text and resolve them to stable ids.

Three layers, merged longest-first into non-overlapping mentions:

1. the gazetteer (``extract/data/gazetteer``): English patterns matched on
   word tokens (hyphens ignored, case-aware: "US" only in upper case, "us" is
   a pronoun), Chinese patterns matched as substrings; stop patterns ("美元",
   "bargaining chip") claim their span so nothing inside them is a mention;
2. rules for names the gazetteer lacks (:mod:`policykg.extract.entity_rules`):
   tickers, corporate suffixes, ministries with their country, titles before
   person names, one-character Chinese country names (中美, 俄方 ...), and
   spaCy NER when the caller passes a ``Doc`` from a statistical model;
3. post-passes: a ministry takes the country written next to it ("Russian"
   + "Defense Minister" -> ``org:russian_ministry_of_defence``), and elliptical
   coordination is split ("rare earth equipment and raw materials" also
   mentions ``item:rare_earth_raw_materials``).

API::

    load_gazetteer() -> Gazetteer
    find_mentions(text, gazetteer=None, doc=None) -> list[Mention]
    resolve_entities(mentions, gazetteer=None, extra=()) -> tuple[Entity, ...]
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache

from policykg.extract import entity_abbrev as abbrev
from policykg.extract import entity_agencies as agencies
from policykg.extract import entity_capitals as capitals
from policykg.extract import entity_context as context
from policykg.extract import entity_coordination as coordination
from policykg.extract import entity_firms as firms
from policykg.extract import entity_fuels as fuels
from policykg.extract import entity_given_names as given
from policykg.extract import entity_gloss as gloss
from policykg.extract import entity_home, entity_ids
from policykg.extract import entity_items as goods
from policykg.extract import entity_legislatures as legislatures
from policykg.extract import entity_names as names
from policykg.extract import entity_people as people
from policykg.extract import entity_rules as rules
from policykg.extract import entity_trade_goods as trade_goods
from policykg.extract import entity_zh_firms as zh_firms
from policykg.extract import entity_zh_names as zh_names
from policykg.extract.entity_rules import PRIO_GAZ, PRIO_STOP, Candidate
from policykg.extract.gazetteer import Gazetteer, build_gazetteer, read_gazetteer_files
from policykg.extract.models import Entity, Mention

# Word tokens: letter/digit runs (Latin with accents), else any single non-space
# character; hyphens and dashes are dropped so "rare-earth" == "rare earth".
_TOKEN = re.compile(r"[A-Za-z0-9\u00C0-\u024F]+|[^\s\-\u2010\u2011\u2013]")
_APOSTROPHES = str.maketrans({"\u2019": "'", "\u2018": "'"})


@lru_cache(maxsize=1)
def load_gazetteer() -> Gazetteer:
    """The packaged gazetteer, validated once per process."""
    return build_gazetteer(read_gazetteer_files())


def tokenize(text: str) -> list[tuple[str, int, int]]:
    """Word tokens as (token, start, end); curly apostrophes read as straight."""
    return [(m.group(), m.start(), m.end()) for m in _TOKEN.finditer(text.translate(_APOSTROPHES))]


class EnglishIndex:
    """Token-sequence lookup for English patterns (exact-case and lower-case maps)."""

    def __init__(self, patterns) -> None:
        self.exact: dict[tuple[str, ...], str | None] = {}
        self.lower: dict[tuple[str, ...], str | None] = {}
        self.max_len: dict[str, int] = {}
        variants = []
        for pat in patterns:
            toks = tuple(t for t, _, _ in tokenize(pat.pattern))
            if pat.case_sensitive:
                self._add(self.exact, toks, pat.id)
            else:
                self._add(self.lower, tuple(t.lower() for t in toks), pat.id)
                if pat.variants:
                    variants += [(v, pat.id) for v in _number_variants(toks)]
        for toks, eid in variants:  # plural/singular forms never override an explicit row
            key = tuple(t.lower() for t in toks)
            if key not in self.lower:
                self._add(self.lower, key, eid)

    def _add(self, table, key, eid) -> None:
        if not key:
            return
        table.setdefault(key, eid)
        first = key[0].lower()
        self.max_len[first] = max(self.max_len.get(first, 0), len(key))

    def lookup(self, words: list[str], lowered: list[str], i: int, n: int) -> tuple[bool, str | None]:
        """(found, id) for the n tokens from i: exact case first, then lower case."""
        low = tuple(lowered[i : i + n])
        in_lower = low in self.lower
        if in_lower and self.lower[low] is None:  # a stop row wins over any name
            return True, None
        key = tuple(words[i : i + n])
        if key in self.exact:
            return True, self.exact[key]
        if in_lower:
            return True, self.lower[low]
        return False, None

    def scan(self, tokens) -> list[Candidate]:
        """Longest pattern starting at each token."""
        words = [t for t, _, _ in tokens]
        lowered = [w.lower() for w in words]
        out = []
        for i, low in enumerate(lowered):
            longest = self.max_len.get(low)
            if not longest:
                continue
            for n in range(min(longest, len(words) - i), 0, -1):
                found, eid = self.lookup(words, lowered, i, n)
                if found:
                    prio = PRIO_STOP if eid is None else PRIO_GAZ
                    out.append(Candidate(tokens[i][1], tokens[i + n - 1][2], eid, prio))
                    break
        return out


def _number_variants(toks: tuple[str, ...]) -> list[tuple[str, ...]]:
    """Singular/plural of the last word: "soybeans" <-> "soybean", "battery" -> "batteries"."""
    last = toks[-1]
    if not last.isalpha() or len(last) < 4 or not last.islower():
        return []
    if last.endswith("ies"):
        forms = [last[:-3] + "y"]
    elif last.endswith("ss"):
        forms = []
    elif last.endswith("s"):
        forms = [last[:-1]]
    elif last.endswith("y"):
        forms = [last[:-1] + "ies"]
    else:
        forms = [last + "s"]
    return [(*toks[:-1], f) for f in forms]


class ChineseIndex:
    """Substring lookup for Chinese patterns, indexed by first character."""

    def __init__(self, patterns) -> None:
        self.table: dict[str, str | None] = {}
        lengths: dict[str, set[int]] = {}
        for pat in patterns:
            self.table.setdefault(pat.pattern, pat.id)
            lengths.setdefault(pat.pattern[0], set()).add(len(pat.pattern))
        self.lengths = {ch: sorted(ls, reverse=True) for ch, ls in lengths.items()}
        self.first = re.compile("[" + re.escape("".join(sorted(self.lengths))) + "]") if lengths else None

    def scan(self, text: str) -> list[Candidate]:
        out: list[Candidate] = []
        if self.first is None:
            return out
        for m in self.first.finditer(text):
            i = m.start()
            for n in self.lengths[m.group()]:
                piece = text[i : i + n]
                if len(piece) == n and piece in self.table:
                    eid = self.table[piece]
                    out.append(Candidate(i, i + n, eid, PRIO_STOP if eid is None else PRIO_GAZ))
                    break
        return out


def indexes(gazetteer: Gazetteer) -> tuple[EnglishIndex, ChineseIndex]:
    """The compiled indexes of a gazetteer, built once and kept on it."""
    cached = gazetteer._cache.get("indexes")
    if cached is None:
        en = EnglishIndex(p for p in gazetteer.patterns if p.lang == "en")
        zh = ChineseIndex(p for p in gazetteer.patterns if p.lang == "zh")
        cached = gazetteer._cache["indexes"] = (en, zh)
    return cached


def select(candidates: Iterable[Candidate], length: int) -> list[Candidate]:
    """Non-overlapping candidates, longest first (ties: higher priority, then earlier)."""
    taken = bytearray(length)
    chosen = []
    for cand in sorted(candidates, key=lambda c: (c.start - c.end, -c.prio, c.start)):
        if cand.end <= cand.start or taken.find(1, cand.start, cand.end) != -1:
            continue
        taken[cand.start : cand.end] = b"\x01" * (cand.end - cand.start)
        chosen.append(cand)
    chosen.sort(key=lambda c: c.start)
    return chosen


def free(candidates: Iterable[Candidate], chosen: list[Candidate], length: int) -> list[Candidate]:
    """The candidates that overlap nothing already chosen (weak evidence only fills gaps)."""
    taken = bytearray(length)
    for c in chosen:
        taken[c.start : c.end] = b"\x01" * (c.end - c.start)
    return [c for c in candidates if taken.find(1, c.start, c.end) == -1]


def rule_candidates(text: str, tokens, gaz: Gazetteer, en: EnglishIndex) -> list[Candidate]:
    """Candidates from every rule that reads the text itself (not a Doc)."""
    return (
        rules.ticker_candidates(text, gaz, en)
        + rules.firm_candidates(text, gaz, en)
        + names.person_candidates(text, gaz, en)
        + people.people_candidates(text, gaz, en)
        + people.person_gloss_candidates(text, gaz, en)
        + given.given_name_candidates(text, gaz, en)
        + firms.firm_context_candidates(text, gaz, en)
        + firms.predicate_list_candidates(text, gaz, en)
        + agencies.agency_candidates(text, gaz, en)
        + agencies.customs_candidates(text, gaz, en)
        + context.ministry_candidates(text, gaz)
        + abbrev.abbreviation_candidates(text, gaz)
        + gloss.gloss_candidates(text, gaz, en)
        + zh_firms.zh_latin_firm_candidates(text, gaz, en)
        + capitals.capital_candidates(text)
        + trade_goods.trade_goods_candidates(text)
    )


def find_mentions(text: str, gazetteer: Gazetteer | None = None, doc=None, outlet: str | None = None) -> list[Mention]:
    """Entity mentions in ``text``, non-overlapping, in text order, offsets into ``text``.

    ``doc`` is an optional spaCy ``Doc`` of ``text``; its entities (when a
    statistical model made them) add ORG/PERSON names the gazetteer lacks.
    Names that rules generate are registered in ``gazetteer.dynamic``: pass a
    per-article :meth:`Gazetteer.scoped` copy (and the same copy to
    :func:`resolve_entities`); without one, a fresh scope is used.  ``outlet``: the state
    the article's outlet writes from (:func:`policykg.extract.entity_outlet.outlet_state`),
    the home of the bare national bodies it names.
    """
    gaz = gazetteer or load_gazetteer().scoped()
    en, zh = indexes(gaz)
    tokens = tokenize(text)
    candidates = en.scan(tokens) + zh.scan(text)
    candidates += rule_candidates(text, tokens, gaz, en)
    chosen = abbrev.keep_whole_groups(select(candidates, len(text)), candidates)
    if doc is not None:
        chosen = select(chosen + free(names.ner_candidates(doc, gaz, en), chosen, len(text)), len(text))
    chosen = context.resolve_ministries(text, chosen, gaz, outlet)
    if outlet:
        named = entity_home.named_states(chosen, gaz)
        chosen = select(chosen + agencies.outlet_customs(text, chosen, gaz, outlet, named), len(text))
    chosen = select(chosen + legislatures.legislature_candidates(text, chosen, gaz), len(text))
    chosen = select(chosen + zh_names.title_name_candidates(text, chosen, gaz), len(text))
    chosen = select(chosen + coordination.coordination_candidates(text, tokens, chosen, en), len(text))
    chosen = select(chosen + coordination.alias_candidates(text, tokens, chosen, gaz), len(text))
    chosen = select(chosen + coordination.commission_candidates(text, chosen, gaz), len(text))
    chosen = fuels.refined_siblings(text, firms.absorb_suffixes(text, chosen, gaz))
    chosen = select(chosen + firms.coordination_firms(text, chosen, gaz, en), len(text))
    chosen = goods.process_subtypes(text, goods.drop_uses(text, goods.drop_modifiers(text, chosen)))
    chosen = goods.form_heads(text, chosen, gaz)
    chosen = people.surname_coreference(goods.head_anaphora(text, chosen))
    chosen = agencies.drop_parent_prefixes(text, agencies.drop_office_holders(text, chosen, gaz), gaz)
    return _short_country_names([Mention(c.eid, c.start, c.end, text[c.start : c.end]) for c in chosen if c.eid])


_COUNTRY_ID = re.compile(r"^[A-Z]{3}$")


def _short_country_names(mentions: list[Mention]) -> list[Mention]:
    """A bare short name inside the article's full name of another country is that country:
    "Democratic Republic of Congo ... Congo" is the DRC throughout (wire style), unless
    the short name sits inside the full names of two different countries."""
    full: dict[str, set[str]] = {}
    for m in mentions:
        if _COUNTRY_ID.match(m.entity_id) and " " in m.text:
            full.setdefault(m.text, set()).add(m.entity_id)
    if not full:
        return mentions
    out = []
    for m in mentions:
        if _COUNTRY_ID.match(m.entity_id) and " " not in m.text:
            word = re.compile(rf"\b{re.escape(m.text)}\b")
            owners = {i for name, ids in full.items() if word.search(name) for i in ids} - {m.entity_id}
            if len(owners) == 1 and not any(word.search(name) and m.entity_id in ids for name, ids in full.items()):
                m = Mention(owners.pop(), m.start, m.end, m.text)
        out.append(m)
    return out


def resolve_entities(
    mentions: Iterable[Mention], gazetteer: Gazetteer | None = None, extra: Iterable[Entity] = ()
) -> tuple[Entity, ...]:
    """The distinct entities of ``mentions``, in order of first mention.

    Ids are looked up in ``extra`` first, then the gazetteer (including the
    entities its rules generated); an id known to neither gets an entity built
    from its form and the mention text.
    """
    gaz = gazetteer or load_gazetteer()
    given = {e.id: e for e in extra}
    out: dict[str, Entity] = {}
    for m in sorted(mentions, key=lambda m: (m.start, m.end)):
        if m.entity_id not in out:
            out[m.entity_id] = (
                given.get(m.entity_id) or gaz.get(m.entity_id) or entity_ids.entity_from_id(m.entity_id, m.text)
            )
        owner = _named_owner(m.text, out[m.entity_id], gaz)
        if owner is not None and owner.id not in out:
            out[owner.id] = owner
    return tuple(out.values())


def _named_owner(text: str, ent: Entity, gaz: Gazetteer) -> Entity | None:
    """The state an agency's own name spells out (美国众议院, "U.S. Commerce Department"): the
    state is mentioned too, though the longer agency name claimed its span (rule named_owner).
    Countries only: the labelled sets do not list the EU for 欧盟委员会 alone."""
    if ent.type != "Agency" or not ent.country:
        return None
    en, zh = indexes(gaz)
    heads = [zh.table.get(text[:n]) for n in range(1, min(4, len(text) - 1) + 1)]
    toks = tokenize(text)
    words = [t for t, _, _ in toks]
    heads += [en.lookup(words, [w.lower() for w in words], 0, n)[1] for n in range(1, min(5, len(words)) + 1)]
    owner = gaz.get(ent.country) if ent.country in heads else None
    return owner if owner is not None and owner.type == "Country" else None  # 欧盟委员会 is the EU's organ
