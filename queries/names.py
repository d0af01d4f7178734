"""Names to ids: the one lookup behind every parameter that takes an entity id or a closed-list value.

An analyst knows "China", "中国", "gallium" or "镓", not ``CHN`` or
``element:Ga``.  The gazetteer (``extract/data/gazetteer``) gives every entity
id its English and Chinese names under one stable id; this module searches
them, and the CLI, :func:`policykg.queries.run_query`, the views and the
notebooks all resolve through :func:`resolve`, so a name means the same id
everywhere.

Resolution order: the id itself; an exact name or alias; the same ignoring
case, hyphens and underscores; a string shaped like an id (``item:foo``,
``ZZZ``) is taken as an id as given; then a fuzzy match above
:data:`RESOLVE_THRESHOLD`.  Several ids at the same stage raise
:class:`AmbiguousName` (listing them); nothing raises :class:`UnknownName`
(with "did you mean ...").  Closed lists (event ``type``, ``action``, entity
type) go through the same stages against their allowed values.

Fuzzy scores come from rapidfuzz (``fuzz.ratio``, the normalised Indel
similarity, 0-100, on case-folded text): a C implementation, kept up to date on
PyPI, about 20x faster than difflib's ``SequenceMatcher`` on the same ratio and
with a scorer (``WRatio``) for search-as-you-type that difflib lacks.

Pure: the gazetteer is package data; names stored in the graph come in through
``known`` (ids, or a mapping id -> graph name), fetched by the caller.

>>> resolve("actor", "中国"), resolve("item", "gallium"), resolve("type", "tariff")
('CHN', 'element:Ga', 'TARIFF')
"""

from __future__ import annotations

import re
from collections.abc import Collection, Iterable, Mapping
from dataclasses import dataclass
from functools import lru_cache
from typing import Any, Literal

from policykg import PolicyKGError
from policykg.extract.models import ACTIONS, ENTITY_TYPES, EVENT_TYPES

__all__ = [
    "CLOSED_PARAMS",
    "ENTITY_PARAMS",
    "RESOLVE_THRESHOLD",
    "SEARCH_THRESHOLD",
    "AmbiguousName",
    "Match",
    "NameLookupError",
    "UnknownName",
    "aliases",
    "entity_type",
    "resolve",
    "resolve_match",
    "resolve_params",
    "search",
]

How = Literal["exact", "casefold", "fuzzy"]
Known = Collection[str] | Mapping[str, str | None] | None

# Parameters that take an entity id; the value is the entity types allowed (None: any).
_ITEM_TYPES = ("Element", "Item")
ENTITY_PARAMS: dict[str, tuple[str, ...] | None] = {
    "actor": None,
    "actors": None,
    "target": None,
    "targets": None,
    "entity": None,
    "entities": None,
    "other": None,
    "item": _ITEM_TYPES,
    "items": _ITEM_TYPES,
}
# Parameters that take a value from a closed list (case-insensitive).
CLOSED_PARAMS: dict[str, tuple[str, ...]] = {
    "type": EVENT_TYPES,
    "types": EVENT_TYPES,
    "action": ACTIONS,
    "actions": ACTIONS,
    "entity_type": ENTITY_TYPES,
}
RESOLVE_THRESHOLD = 80.0  # fuzz.ratio: "galium" -> gallium 92, "Chna" -> china 89, Iran/Iraq 75
SEARCH_THRESHOLD = 80.0  # fuzz.WRatio: also finds prefixes and parts ("rare" -> rare earths 90)
_SUGGEST_THRESHOLD = 70.0
_TIE_MARGIN = 2.0  # fuzzy candidates this close to the best are a tie
_SEP = re.compile(r"[\s_\-\u2010\u2011\u2013]+")
_ID_SHAPE = re.compile(r"(?:org|person|element|item):\S+|[A-Z][A-Z0-9]{1,5}")


class NameLookupError(PolicyKGError):
    """A name could not be turned into one id (base of the two below)."""


class AmbiguousName(NameLookupError):
    """The name fits several ids equally well; ``candidates`` lists them, best first."""

    def __init__(self, value: str, candidates: Iterable[Match], param: str = "") -> None:
        self.value, self.candidates = value, tuple(candidates)
        shown = "; ".join(m.label() for m in self.candidates[:8])
        where = f" for {param}" if param else ""
        super().__init__(f"{value!r}{where} is ambiguous: {shown}; give one of these ids")


class UnknownName(NameLookupError):
    """Nothing is called ``value``; ``suggestions`` are the nearest names."""

    def __init__(
        self, value: str, suggestions: Iterable[Match], param: str = "", allowed: tuple[str, ...] = ()
    ) -> None:
        self.value, self.suggestions = value, tuple(suggestions)
        what, where = ("value", f" for {param}") if allowed else ("entity", f" for {param}" if param else "")
        if self.suggestions:
            hint = "did you mean " + " or ".join(m.label() for m in self.suggestions[:3]) + "?"
        elif allowed:
            hint = f"expected one of {', '.join(allowed)}"
        else:
            hint = f"try `policykg entities {value}`"
        super().__init__(f"no {what} {value!r}{where}; {hint}")


@dataclass(frozen=True)
class Match:
    """One id found for a name: how it matched and how well (0-100)."""

    id: str
    type: str
    name: str
    names: tuple[str, ...]
    score: float
    how: How

    def label(self) -> str:
        """``CHN (China)`` for messages; a closed-list value is just itself."""
        return self.id if self.name == self.id else f"{self.id} ({self.name})"


# --- the index --------------------------------------------------------------------


@dataclass(frozen=True)
class _Entry:
    id: str
    type: str
    name: str
    names: tuple[str, ...]


@lru_cache(maxsize=1)
def _gazetteer_entries() -> dict[str, _Entry]:
    """Every gazetteer id with its type, display name and EN/ZH names (read once)."""
    from policykg.extract.entities import load_gazetteer

    gaz = load_gazetteer()
    forms: dict[str, list[str]] = {eid: [ent.name] for eid, ent in gaz.entities.items()}
    for pattern in gaz.patterns:  # English files sort before Chinese ones
        if pattern.id is not None:
            forms[pattern.id].append(pattern.pattern.lstrip("!"))  # "!PRC": a matcher-only marker
    return {eid: _Entry(eid, ent.type, ent.name, _unique(forms[eid])) for eid, ent in sorted(gaz.entities.items())}


def _unique(names: Iterable[str | None]) -> tuple[str, ...]:
    """Names in order, each once (ignoring case), blanks dropped."""
    seen: set[str] = set()
    out = []
    for name in names:
        if name and _fold(name) not in seen:
            seen.add(_fold(name))
            out.append(name)
    return tuple(out)


def _fold(text: str) -> str:
    """Case, hyphens, underscores and runs of spaces ignored: 'Rare-earths' == 'rare earths'."""
    return _SEP.sub(" ", text.replace("\u2019", "'")).strip().casefold()


def _is_cjk(text: str) -> bool:
    return any(ord(c) >= 0x2E80 for c in text)


def entity_type(entity_id: str) -> str:
    """The entity type of an id: from the gazetteer, else guessed from the id's form.

    >>> entity_type("CHN"), entity_type("org:new_firm_ltd"), entity_type("item:x")
    ('Country', 'Firm', 'Item')
    """
    entry = _gazetteer_entries().get(entity_id)
    if entry is not None:
        return entry.type
    prefix = entity_id.partition(":")[0] if ":" in entity_id else ""
    guess = {"org": "Firm", "person": "Person", "element": "Element", "item": "Item"}
    if prefix == "org" and "ministry" in entity_id:
        return "Agency"
    return guess.get(prefix, "Country" if re.fullmatch(r"[A-Z]{3}", entity_id) else "Bloc")


def aliases(entity_id: str, *, known: Known = None) -> tuple[str, ...]:
    """Every English and Chinese name of ``entity_id``, display name first.

    With ``known`` as a mapping id -> graph name, the name stored in the graph
    is added (a firm found only in articles has no gazetteer row).

    >>> aliases("element:Ga")
    ('gallium', 'Ga', '镓')
    """
    entry = _gazetteer_entries().get(entity_id)
    graph_name = known.get(entity_id) if isinstance(known, Mapping) else None
    return _unique([*(entry.names if entry else ()), graph_name])


def _entries(known: Known, types: Collection[str] | None) -> list[_Entry]:
    """The candidates: gazetteer ids, or only ``known`` ids (with graph names), of ``types``."""
    gaz = _gazetteer_entries()
    if known is None:
        entries = list(gaz.values())
    else:
        entries = []
        for eid in sorted(known):
            names = aliases(eid, known=known)
            name = gaz[eid].name if eid in gaz else (names[0] if names else eid)
            entries.append(_Entry(eid, entity_type(eid), name, names))
    return [e for e in entries if types is None or e.type in types]


def _match(entry: _Entry, score: float, how: How) -> Match:
    return Match(entry.id, entry.type, entry.name, entry.names, score, how)


# --- search -----------------------------------------------------------------------


def _staged(text: str, entries: list[_Entry]) -> tuple[list[Match], list[Match]]:
    """Exact and case-folded hits on ids and names (an id hit counts as exact)."""
    folded = _fold(text)
    exact, casefold = [], []
    for entry in entries:
        if text == entry.id or text in entry.names:
            exact.append(_match(entry, 100.0, "exact"))
        elif folded == _fold(entry.id) or any(folded == _fold(n) for n in entry.names):
            casefold.append(_match(entry, 100.0, "casefold"))
    return exact, casefold


def _fuzzy(text: str, entries: list[_Entry], scorer: Any, threshold: float) -> list[Match]:
    """Best fuzzy score per id over its id and names, at or above ``threshold``, best first."""
    from rapidfuzz import fuzz, process

    choices, owners = [], []
    partial = scorer is not fuzz.ratio  # parts: "Xi" would be found inside "gallium oxide"
    for entry in entries:
        for form in (entry.id, *entry.names):
            if not partial or len(form) >= 3 or _is_cjk(form):
                choices.append(_fold(form))
                owners.append(entry)
    query = _fold(text)
    best: dict[str, tuple[float, float, Match]] = {}
    for form, score, index in process.extract(query, choices, scorer=scorer, score_cutoff=threshold, limit=None):
        owner, whole = owners[index], fuzz.ratio(query, form)  # ties: the closer whole name first
        if owner.id not in best or (score, whole) > best[owner.id][:2]:
            best[owner.id] = (score, whole, _match(owner, round(float(score), 1), "fuzzy"))
    return [m for _, _, m in sorted(best.values(), key=lambda b: (-b[0], -b[1], b[2].id))]


def search(text: str, *, entity_type: str | None = None, limit: int = 20, known: Known = None) -> list[Match]:
    """Entities whose id or any EN/ZH name matches ``text``: exact, then case-insensitive, then fuzzy.

    Fuzzy hits use rapidfuzz's ``WRatio`` (whole string, token order and
    parts), so "gal" finds gallium and "rare" the rare-earth items; ``known``
    restricts the search to those ids.

    >>> [(m.id, m.how) for m in search("镓")]
    [('element:Ga', 'exact')]
    """
    from rapidfuzz import fuzz

    text = text.strip()
    if not text:
        return []
    types = None if entity_type is None else (_closed_value("entity_type", entity_type, ENTITY_TYPES),)
    entries = _entries(known, types)
    exact, casefold = _staged(text, entries)
    # Parts of one- and two-letter Latin queries are noise ("us" in "Russia"); 稀土 is a whole word.
    long_enough = len(text) >= 3 or _is_cjk(text)
    scorer, threshold = (fuzz.WRatio, SEARCH_THRESHOLD) if long_enough else (fuzz.ratio, RESOLVE_THRESHOLD + 5)
    seen = {m.id for m in exact + casefold}
    fuzzy = [m for m in _fuzzy(text, entries, scorer, threshold) if m.id not in seen]
    return (exact + casefold + fuzzy)[: max(limit, 0)]


# --- resolve ----------------------------------------------------------------------


def resolve_match(param: str, value: str, *, known: Known = None, fuzzy: bool = True) -> Match:
    """Resolve one value of ``param`` to a :class:`Match` (see :func:`resolve`).

    ``fuzzy=False`` stops before the fuzzy stage (raising UnknownName), so a
    caller can first try the gazetteer alone and fetch graph names only when needed.
    """
    if param in CLOSED_PARAMS:
        allowed = CLOSED_PARAMS[param]
        chosen = _closed_value(param, value, allowed, fuzzy=fuzzy)
        how: How = "exact" if chosen == value else "casefold" if _fold(chosen) == _fold(value) else "fuzzy"
        return Match(chosen, param, chosen, (chosen,), 100.0 if how != "fuzzy" else 0.0, how)
    text = value.strip()
    entries = _entries(known, ENTITY_PARAMS.get(param))
    for found in _staged(text, entries):
        if len(found) == 1:
            return found[0]
        if found:
            raise AmbiguousName(value, found, param)
    if _ID_SHAPE.fullmatch(text):
        return Match(text, entity_type(text), text, aliases(text, known=known), 100.0, "exact")
    return _resolve_fuzzy(param, text, entries, fuzzy)


def _resolve_fuzzy(param: str, text: str, entries: list[_Entry], fuzzy: bool) -> Match:
    from rapidfuzz import fuzz

    good = _fuzzy(text, entries, fuzz.ratio, RESOLVE_THRESHOLD) if fuzzy else []
    if not good:  # suggestions may be looser: parts and word order count (WRatio)
        near = _fuzzy(text, entries, fuzz.WRatio, _SUGGEST_THRESHOLD) if fuzzy else []
        raise UnknownName(text, near[:3], param)
    tied = [m for m in good if m.score >= good[0].score - _TIE_MARGIN]
    if len(tied) > 1:
        raise AmbiguousName(text, tied, param)
    return good[0]


def resolve(param: str, value: str, *, known: Known = None) -> str:
    """The id (or closed-list value) that ``value`` names for parameter ``param``.

    Entity parameters (:data:`ENTITY_PARAMS`: actor, target, item, entity, ...)
    take an id or any EN/ZH name; ``item`` only elements and items.  Closed
    parameters (:data:`CLOSED_PARAMS`: type, action, entity_type) take a value
    of their list in any case, with spaces for underscores.  Any other
    parameter is returned unchanged.  Raises AmbiguousName or UnknownName.

    >>> resolve("actor", "china"), resolve("actor", "Chna"), resolve("type", "export control")
    ('CHN', 'CHN', 'EXPORT_CONTROL')
    """
    if param not in ENTITY_PARAMS and param not in CLOSED_PARAMS:
        return value
    return resolve_match(param, value, known=known).id


def resolve_params(params: Mapping[str, Any], *, known: Known = None) -> dict[str, Any]:
    """``params`` with every name-taking value resolved (lists item by item; None kept)."""
    out = dict(params)
    for key, value in params.items():
        if isinstance(value, str):
            out[key] = resolve(key, value, known=known)
        elif isinstance(value, list | tuple) and (key in ENTITY_PARAMS or key in CLOSED_PARAMS):
            out[key] = [resolve(key, v, known=known) if isinstance(v, str) else v for v in value]
    return out


def _closed_value(param: str, value: str, allowed: tuple[str, ...], *, fuzzy: bool = True) -> str:
    """``value`` as one of ``allowed``: exact, then ignoring case and separators, then fuzzy."""
    from rapidfuzz import fuzz, process

    if value in allowed:
        return value
    folded = {_fold(a): a for a in allowed}
    if _fold(value) in folded:
        return folded[_fold(value)]
    near = process.extract(_fold(value), list(folded), scorer=fuzz.ratio, score_cutoff=_SUGGEST_THRESHOLD, limit=3)
    good = [n for n in near if n[1] >= RESOLVE_THRESHOLD]
    if fuzzy and (len(good) == 1 or (len(good) > 1 and good[0][1] - good[1][1] > _TIE_MARGIN)):
        return folded[good[0][0]]
    suggestions = [Match(folded[n[0]], param, folded[n[0]], (), float(n[1]), "fuzzy") for n in near]
    raise UnknownName(value, suggestions, param, allowed)
