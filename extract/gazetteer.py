"""The gazetteer: entity rows and name patterns loaded from packaged JSONL files.

Layout of ``extract/data/gazetteer/`` (see ``extract/data/README.md``):

* ``entities/*.jsonl``: one row per id, ``{"id", "type", "name"}`` plus optional
  ``country``, ``kind`` and, for ministries, ``ministry`` (a domain key of
  ``ministries.jsonl``, or a list of them);
* ``en/*.jsonl`` and ``zh/*.jsonl``: one row per surface form, ``{"id",
  "pattern"}`` plus optional ``case_sensitive`` (English), ``adj`` (the
  adjective used in generated ids, "Russian"; a string gives the id word
  itself: Taiwan's agencies are ``org:taiwan_...``), or ``{"pattern", "stop": true}``
  for a known false positive that must block the names inside it;
* ``zh/abbreviations.jsonl``: context rules for one-character country names
  (俄, 美, 中 ...);
* ``ministries.jsonl``: ministry domains with their English and Chinese forms;
* ``generic_agencies.jsonl``: generic agency heads by function ("Ministry of Commerce", 商务部), resolved by the
  state in context (:mod:`policykg.extract.entity_generic`).

:func:`build_gazetteer` is pure (texts in, a validated :class:`Gazetteer` out);
only :func:`read_gazetteer_files` touches package data.
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from importlib import resources

from policykg import PolicyKGError
from policykg.extract.models import ENTITY_TYPES, Entity

KINDS = ("element", "element_group", "material", "product", "commodity", "sector", "technology")

_SLUG = r"[a-z0-9]+(?:_[a-z0-9]+)*"
ID_FORMS = {
    "Country": re.compile(r"[A-Z]{3}"),
    "Bloc": re.compile(r"[A-Z][A-Z0-9]{1,7}"),
    "Agency": re.compile(rf"org:{_SLUG}"),
    "Firm": re.compile(rf"org:{_SLUG}"),
    "Person": re.compile(rf"person:{_SLUG}"),
    "Element": re.compile(r"element:[A-Z][a-z]?"),
    "Item": re.compile(rf"item:{_SLUG}"),
}
_ENTITY_KEYS = {"id", "type", "name", "country", "kind", "ministry"}
_PATTERN_KEYS = {"id", "pattern", "case_sensitive", "adj", "stop", "variants"}
_ABBR_KEYS = {"char", "id", "pair", "alone", "followers", "after"}


class GazetteerError(PolicyKGError):
    """A gazetteer data file is malformed (the message names file and line)."""


@dataclass(frozen=True)
class Pattern:
    """One surface form: ``id`` is None for a stop pattern."""

    id: str | None
    pattern: str
    lang: str
    case_sensitive: bool = False
    origin: str = ""
    variants: bool = True  # English: also match the singular/plural of the last word


@dataclass
class Gazetteer:
    """Validated gazetteer data plus the generated entities met in ONE article.

    ``dynamic`` holds entities that rules created from the text (``org:<slug>``
    for a firm found by its suffix; the first name met wins).  It must never
    outlive an article: a process-wide memo made a firm's name depend on what
    was extracted before (issue 11).  The pipeline therefore works on
    :meth:`scoped` copies, and :func:`load_gazetteer` hands out a gazetteer
    whose ``dynamic`` stays empty.  ``_cache`` holds only indexes compiled from
    the static rows, so sharing it between scopes changes no result.
    """

    entities: dict[str, Entity]
    patterns: tuple[Pattern, ...]
    abbreviations: tuple[dict, ...] = ()
    ministries: tuple[dict, ...] = ()
    ministry_ids: dict[tuple[str, str], str] = field(default_factory=dict)
    adjectives: dict[str, str] = field(default_factory=dict)
    dynamic: dict[str, Entity] = field(default_factory=dict)
    news: frozenset[str] = frozenset()  # ids of news outlets (``entities/news*.jsonl``)
    generic: tuple[dict, ...] = ()  # generic agency heads by function (``generic_agencies.jsonl``)
    _cache: dict = field(default_factory=dict, repr=False)

    def scoped(self) -> Gazetteer:
        """A copy for one article: the same static rows and compiled indexes, an empty ``dynamic``."""
        return replace(self, dynamic={})

    def entity(self, eid: str) -> Entity:
        """The entity with id ``eid``; KeyError when neither loaded nor generated."""
        found = self.get(eid)
        if found is None:
            raise KeyError(eid)
        return found

    def get(self, eid: str) -> Entity | None:
        return self.entities.get(eid) or self.dynamic.get(eid)

    def remember(self, entity: Entity) -> Entity:
        """Return the known entity for ``entity.id``, registering ``entity`` if new."""
        known = self.get(entity.id)
        if known is not None:
            return known
        self.dynamic[entity.id] = entity
        return entity

    def adjective(self, country: str) -> str:
        """The word used for ``country`` in generated ids: its adjective ("russian", "us"), else the slug of
        its name ("ghana", "cote_d_ivoire": an id spells the state, never its ISO code), else the code."""
        if country in self.adjectives:
            return self.adjectives[country]
        ent = self.entities.get(country)
        if ent is None or ent.type != "Country":
            return country.lower()
        folded = unicodedata.normalize("NFKD", ent.name).encode("ascii", "ignore").decode()
        return "_".join(re.findall(r"[a-z0-9]+", folded.lower())) or country.lower()


def read_gazetteer_files() -> dict[str, str]:
    """Every packaged gazetteer file, as {relative path: text} (the only I/O here)."""
    root = resources.files("policykg.extract").joinpath("data", "gazetteer")
    out: dict[str, str] = {}

    def walk(node, prefix: str) -> None:
        for child in sorted(node.iterdir(), key=lambda c: c.name):
            rel = f"{prefix}{child.name}"
            if child.is_dir():
                walk(child, rel + "/")
            elif child.name.endswith(".jsonl"):
                out[rel] = child.read_text(encoding="utf-8")

    walk(root, "")
    return out


def parse_jsonl(text: str, origin: str) -> list[tuple[str, dict]]:
    """Rows of one JSONL text as (``origin:line``, row); blank lines skipped."""
    rows = []
    for number, line in enumerate(text.splitlines(), 1):
        if not line.strip():
            continue
        where = f"{origin}:{number}"
        try:
            row = json.loads(line)
        except json.JSONDecodeError as exc:
            raise GazetteerError(f"{where}: invalid JSON ({exc.msg})") from None
        if not isinstance(row, dict):
            raise GazetteerError(f"{where}: expected a JSON object")
        rows.append((where, row))
    return rows


def entity_problems(where: str, row: dict) -> list[str]:
    """What is wrong with one entity row (empty when it is valid)."""
    problems = [f"{where}: unknown key {k!r}" for k in sorted(set(row) - _ENTITY_KEYS)]
    eid, etype, name = row.get("id"), row.get("type"), row.get("name")
    if etype not in ENTITY_TYPES:
        problems.append(f"{where}: type {etype!r} is not one of {', '.join(ENTITY_TYPES)}")
    elif not isinstance(eid, str) or not ID_FORMS[etype].fullmatch(eid):
        problems.append(f"{where}: id {eid!r} is not a well-formed {etype} id")
    if not isinstance(name, str) or not name.strip():
        problems.append(f"{where}: name missing")
    ministry = row.get("ministry")
    if ministry is not None and not (
        isinstance(ministry, str) or (isinstance(ministry, list) and all(isinstance(m, str) for m in ministry))
    ):
        problems.append(f"{where}: ministry must be a domain or a list of domains")
    if row.get("kind") is not None and row["kind"] not in KINDS:
        problems.append(f"{where}: kind {row['kind']!r} is not one of {', '.join(KINDS)}")
    return problems


def _domains(row: dict) -> list[str]:
    """The ministry domains of an agency row: ``"ministry"`` is one domain or a list."""
    value = row.get("ministry")
    if not value or not row.get("country"):
        return []
    return [value] if isinstance(value, str) else list(value)


def pattern_problems(where: str, row: dict, ids: Mapping[str, Entity]) -> list[str]:
    """What is wrong with one pattern row (empty when it is valid)."""
    problems = [f"{where}: unknown key {k!r}" for k in sorted(set(row) - _PATTERN_KEYS)]
    pattern = row.get("pattern")
    if not isinstance(pattern, str) or not pattern.strip() or pattern != pattern.strip():
        problems.append(f"{where}: pattern missing or padded with spaces")
    if row.get("stop"):
        if "id" in row:
            problems.append(f"{where}: a stop pattern has no id")
    elif row.get("id") not in ids:
        problems.append(f"{where}: id {row.get('id')!r} has no row in entities/")
    return problems


def pattern_key(pattern: Pattern) -> str:
    """The form two patterns collide on: exact when case-sensitive, else lower case."""
    return pattern.pattern if pattern.case_sensitive else pattern.pattern.lower()


def implied_domains(ministry_ids: dict[tuple[str, str], str], domains: set[str]) -> dict[tuple[str, str], str]:
    """Rule ``compound_domain``: a ministry named by several domains also answers to each of them that the state
    has no ministry of its own for ("Korea's industry ministry" is MOTIE, the Ministry of Trade, Industry and
    Energy; "Japan's economy ministry" is METI).  A part two ministries of one state share stays unmapped."""
    implied: dict[tuple[str, str], set[str]] = {}
    for (country, domain), eid in ministry_ids.items():
        words = domain.split("_")
        for i in range(len(words)):
            for j in range(i + 1, len(words) + 1):
                part = "_".join(words[i:j])
                if part in domains and part != domain and "and" not in (words[i], words[j - 1]):
                    implied.setdefault((country, part), set()).add(eid)
    out = dict(ministry_ids)
    for key, eids in implied.items():
        if key not in out and len(eids) == 1:
            out[key] = next(iter(eids))
    return out


def build_gazetteer(files: Mapping[str, str]) -> Gazetteer:
    """Validate and assemble the gazetteer from {relative path: JSONL text}.

    Raises :class:`GazetteerError` listing every problem found (one per line).
    """
    problems: list[str] = []
    entities: dict[str, Entity] = {}
    ministry_ids: dict[tuple[str, str], str] = {}
    for path in sorted(p for p in files if p.startswith("entities/")):
        for where, row in parse_jsonl(files[path], path):
            found = entity_problems(where, row)
            if row.get("id") in entities:
                found.append(f"{where}: duplicate id {row['id']!r}")
            problems += found
            if not found:
                entities[row["id"]] = Entity(row["id"], row["type"], row["name"], row.get("country"), row.get("kind"))
                for domain in _domains(row):
                    ministry_ids[(row["country"], domain)] = row["id"]
    patterns, adjectives = _load_patterns(files, entities, problems)
    abbreviations = _load_abbreviations(files, entities, problems)
    ministries = tuple(row for _, row in parse_jsonl(files.get("ministries.jsonl", ""), "ministries.jsonl"))
    ministry_ids = implied_domains(ministry_ids, {row["domain"] for row in ministries})
    if problems:
        raise GazetteerError("\n".join(problems))
    news = frozenset(
        row["id"]
        for path, text in files.items()
        if path.startswith("entities/news")  # news.jsonl and news_world.jsonl
        for _, row in parse_jsonl(text, path)
    )
    generic = tuple(row for _, row in parse_jsonl(files.get("generic_agencies.jsonl", ""), "generic_agencies.jsonl"))
    return Gazetteer(
        entities, patterns, abbreviations, ministries, ministry_ids, adjectives, news=news, generic=generic
    )


def _load_patterns(files, entities, problems) -> tuple[tuple[Pattern, ...], dict[str, str]]:
    patterns: list[Pattern] = []
    adjectives: dict[str, str] = {}
    seen: dict[tuple[str, str], str] = {}
    for path in sorted(files):
        lang = path.split("/", 1)[0]
        if lang not in ("en", "zh") or path.endswith("abbreviations.jsonl"):
            continue
        for where, row in parse_jsonl(files[path], path):
            found = pattern_problems(where, row, entities)
            pat = Pattern(
                row.get("id"),
                row.get("pattern", ""),
                lang,
                bool(row.get("case_sensitive")),
                where,
                row.get("variants", True) is not False,
            )
            key = (lang, pattern_key(pat))
            if key in seen and not found:
                found.append(f"{where}: pattern {pat.pattern!r} already defined at {seen[key]}")
            problems += found
            if found:
                continue
            seen[key] = where
            patterns.append(pat)
            if row.get("adj") and pat.id:  # "adj": "taiwan" spells the id word itself
                word = row["adj"] if isinstance(row["adj"], str) else pat.pattern
                adjectives.setdefault(pat.id, re.sub(r"\W+", "_", word.lower()).strip("_"))
    return tuple(patterns), adjectives


def _load_abbreviations(files, entities, problems) -> tuple[dict, ...]:
    path = "zh/abbreviations.jsonl"
    rows = []
    for where, row in parse_jsonl(files.get(path, ""), path):
        bad = [f"{where}: unknown key {k!r}" for k in sorted(set(row) - _ABBR_KEYS)]
        if not isinstance(row.get("char"), str) or len(row["char"]) != 1:
            bad.append(f"{where}: char must be one character")
        if row.get("id") not in entities:
            bad.append(f"{where}: id {row.get('id')!r} has no row in entities/")
        problems += bad
        if not bad:
            rows.append(row)
    return tuple(rows)
