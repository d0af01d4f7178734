"""Id checks of labelled gold across batches: one id per entity (issue 11, id harmonisation).

Used by ``tools/check_labels.py``.  Three rules, each a pure function over gold records:

* ``gazetteer_form``: an id not in the gazetteer whose name or alias IS a gazetteer form of another id
  is a problem ("use <gazetteer id>"): the extractor can only ever give the gazetteer's id for that form.
  Not when the gazetteer id is labelled in the same article too (the labeller told the two apart there,
  "basmati rice" beside "rice": a judgment, not a spelling), nor when both are bodies of different states
  (Pakistan's "Ministry of Commerce" is not China's ``org:mofcom``).
* ``same_name``: across all batches, two ids given the same normalised name (same type and country) are a
  warning listing both, since one of them is probably a second spelling of the other.
* ``minted_ministry``: a minted (non-gazetteer) ministry id must read ``org:<adjective>_ministry_of_<domain>``
  (``department`` likewise), the adjective being the gazetteer's word for the state
  (``Gazetteer.adjective``: ``russian``, ``brazilian``, ``bangladesh`` where no adjective is listed).  The
  contract fixes only ``org:<slug>``; this is the pattern of the gazetteer's own ministry rows
  (``org:russian_ministry_of_defence``, ``org:chinese_ministry_of_transport``) and the one the extractor
  mints (``entity_context._ministry_id``), so a labelled minted id can match an extracted one.
* ``minted_firm``: a minted firm id drops legal suffixes and a trailing Group / Holdings / Motor / Technology
  (``org:bgrimm`` for BGRIMM Technology), the convention of docs/entities.md that most batches' firm ids follow
  and ``entity_ids.firm_slug`` mints; its own exceptions stand ("Yixin Science and Technology",
  ``org:dk_corp``), and so do two firms of one article that the short form would merge (Myanmar Economic
  Corporation and Myanmar Economic Holdings).
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable

from policykg.extract.entity_ids import firm_slug

_LEGAL_FORMS = {"limited", "ltd", "co", "corp", "corporation", "inc", "plc", "llc", "company"}
_FILLER = {"the", "of", "and"}
_MINISTRY = re.compile(r"org:(?P<state>[a-z0-9]+(?:_[a-z0-9]+)*?)_(?:ministry|department)_of_[a-z0-9_]+")


def normal_form(text: str) -> str:
    """A name folded for comparison: lower case, punctuation out, words singular, legal forms and fillers
    dropped, words sorted ("Anti-Dumping Commission (Australia)" == "Australia Anti-Dumping Commission").

    >>> normal_form("Grains") == normal_form("grain")
    True
    >>> normal_form("Indian Rare Earths Limited")
    'earth indian rare'
    """
    words = re.findall(r"[0-9a-z]+|[^\W\d_a-z]+", text.lower())
    kept = [_singular(w) for w in words if w not in _LEGAL_FORMS | _FILLER]
    return " ".join(sorted(kept))


def _singular(word: str) -> str:
    """The singular of a plain English plural ("grains" -> "grain"); other words unchanged."""
    return word[:-1] if len(word) > 3 and word.endswith("s") and not word.endswith(("ss", "us", "is")) else word


# Tables generated from registry data after the batches were labelled (tools/gen_index_firms.py): their minted ids
# are no labelling reference until a harmonisation pass has reviewed the labels against them
# (``gazetteer_forms(gaz, include_generated=True)`` lists what such a pass must settle).
GENERATED = ("en/firms_indices.jsonl",)


def gazetteer_forms(gaz, include_generated: bool = False) -> dict[str, set[str]]:
    """Gazetteer surface forms (patterns and entity names), exact, lower-cased -> the ids they give; without the
    rows of the :data:`GENERATED` tables unless ``include_generated``."""
    forms: dict[str, set[str]] = defaultdict(set)
    skipped: set[str] = set()
    for pat in gaz.patterns:
        generated = pat.origin.split(":")[0] in GENERATED
        if pat.id and (include_generated or not generated):
            forms[pat.pattern.lower()].add(pat.id)
        elif pat.id:
            skipped.add(pat.id)
    for ent in gaz.entities.values():
        if include_generated or ent.id not in skipped:
            forms[ent.name.lower()].add(ent.id)
    return forms


def gazetteer_form(gold: dict, gaz, forms: dict[str, set[str]]) -> list[str]:
    """Rule ``gazetteer_form``: problems of one article's entities that spell a gazetteer entity anew."""
    ids = {str(e.get("id")) for e in gold.get("entities", [])}
    out = []
    for ent in gold.get("entities", []):
        eid = str(ent.get("id"))
        if eid in gaz.entities:
            continue
        hits = set().union(*(forms.get(f.lower(), set()) for f in [ent.get("name", ""), *ent.get("aliases", [])]))
        hits = {h for h in hits - {eid} if h not in ids and not _other_state(ent, gaz.entities.get(h))}
        out += [f"entity {eid}: use {h} (its name or an alias is that id's gazetteer form)" for h in sorted(hits)]
    return out


def _other_state(ent: dict, known) -> bool:
    """Do the labelled entity and the gazetteer's belong to two different states?"""
    mine, theirs = ent.get("country"), getattr(known, "country", None)
    return bool(mine and theirs and mine != theirs)


def minted_ministry(gold: dict, gaz) -> list[str]:
    """Rule ``minted_ministry``: minted ministry ids spell their state with the gazetteer's adjective."""
    out = []
    for ent in filter(lambda e: _minted_ministry_id(e, gaz), gold.get("entities", [])):
        eid, country = str(ent.get("id")), ent.get("country")
        m = _MINISTRY.fullmatch(eid)
        want = gaz.adjective(country) if country else None
        if m is None:
            out.append(f"entity {eid}: a minted ministry id reads org:<adjective>_ministry_of_<domain>")
        elif want and m.group("state") != want:
            out.append(f"entity {eid}: a minted ministry id spells {country} {want!r}, not {m.group('state')!r}")
    return out


def _minted_ministry_id(ent: dict, gaz) -> bool:
    """Is the entity a minted (non-gazetteer) agency whose id names a ministry or a department of ...?"""
    eid = str(ent.get("id"))
    named = "ministry" in eid or "_department_of_" in eid
    return named and ent.get("type") == "Agency" and eid not in gaz.entities


def short_firm_id(eid: str) -> str:
    """The firm id in the corpus's short form ("org:screen_holdings" -> "org:screen")."""
    return "org:" + firm_slug(eid.removeprefix("org:").replace("_", " "))


def minted_firm(gold: dict, gaz) -> list[str]:
    """Rule ``minted_firm``: problems of minted firm ids that keep a suffix the convention drops."""
    firms = [str(e.get("id")) for e in gold.get("entities", []) if e.get("type") == "Firm"]
    shorts = [short_firm_id(eid) for eid in firms]
    return [
        f"entity {eid}: a minted firm id drops its suffix: use {short}"
        for eid, short in zip(firms, shorts)
        if eid not in gaz.entities and short != eid and shorts.count(short) == 1
    ]


def same_name(records: Iterable[tuple[str, dict]]) -> list[str]:
    """Rule ``same_name``: warnings for different ids sharing a normalised name and country, across batches.

    ``records`` are (where, gold record) pairs; a warning names both ids and where each occurs first."""
    seen: dict[tuple[str, str], dict[str, str]] = defaultdict(dict)  # (name, type and country) -> {id: where}
    for where, gold in records:
        for ent in gold.get("entities", []):
            key = (normal_form(str(ent.get("name", ""))), f"{ent.get('type')} {ent.get('country') or ''}")
            if key[0]:
                seen[key].setdefault(str(ent.get("id")), where)
    return [
        f"warning: ids {' / '.join(f'{i} ({w})' for i, w in sorted(ids.items()))} share the name {key[0]!r}"
        for key, ids in sorted(seen.items())
        if len(ids) > 1
    ]
