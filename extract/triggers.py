"""Trigger lexicons: loading the JSONL files and finding triggers in text.

The lexicons live in ``extract/data/triggers/*.jsonl`` (package data), one
entry a line, so an analyst can add a word without touching code.  An entry::

    {"id": "suspend", "lang": "en", "kind": "action", "action": "suspend",
     "terms": ["suspen*", "paus*"], "regex": ["put (?:\\w+ )?on hold"]}

* ``id`` is a stable concept id shared by the English and Chinese entries
  (``suspend`` for both "suspend" and 暂停); two statements with the same
  trigger concept in one article are candidates for one event.
* ``kind``: ``action`` (a verb or noun naming the action), ``type`` (a noun
  naming the measure), ``event`` (a phrase naming both, with ``type`` and
  ``action``), ``generic`` (a measure noun whose type comes from the context:
  "measures", 措施) or ``hedge`` (a word that makes a statement a non-event:
  "may", "analysts", 可能; ``scope`` ``clause`` or ``sentence``).
* ``terms``: literal phrases.  English terms match whole words, case-blind;
  a space also matches a hyphen; a ``*`` at the end of a word matches any
  word ending (``suspen*`` = suspend, suspended, suspension; ``enter* into
  force``).  Chinese terms match as is.
* ``regex``: Python regular expressions for longer patterns.
* ``kind`` ``verb_class`` (file ``verb_forms.jsonl``): the inflected forms of one verb class, written
  once (``{"id": "PROHIBIT", "forms": ["ban", "bans", "banned", ...]}``); a regex names the class as
  ``{PROHIBIT}``, so "barred" or "outlawed" reach every pattern that "banned" reaches.
* Optional: ``weak`` (an action such as "announced" that gives way to a
  stronger one in the same clause), ``requires`` (``money`` or ``item``: the
  trigger counts only with an amount of money or an item in its clause),
  ``priority`` (2 by default; 1 for broad types, 0 for generic nouns).

``officials.jsonl`` maps office holders to their state
(``{"id": "person:joe_biden", "kind": "official", "country": "USA"}``), so
"Biden raised tariffs" has the United States as its main actor.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache
from importlib.resources import files
from typing import Any

from policykg.extract.trigger_regex import compile_group, gated_finditer, prefix_filter

GROUPS = ("action", "type", "hedge")  # each group is matched by its own regex
_KIND_GROUP = {"action": "action", "type": "type", "event": "type", "generic": "type", "hedge": "hedge"}


@dataclass(frozen=True)
class Trigger:
    """One lexicon entry (without its surface forms)."""

    id: str
    kind: str
    type: str | None = None
    action: str | None = None
    weak: bool = False
    requires: str | None = None
    priority: int = 2
    scope: str = "clause"


@dataclass(frozen=True)
class Hit:
    """A trigger found at ``[start, end)`` of the text."""

    trigger: Trigger
    start: int
    end: int
    text: str


class Lexicon:
    """Compiled trigger lexicons: one regex per language and group."""

    def __init__(self, entries: list[dict[str, Any]]):
        self.officials: dict[str, str] = {e["id"]: e["country"] for e in entries if e["kind"] == "official"}
        classes = verb_classes(entries)
        entries = [e for e in entries if e["kind"] not in ("official", "verb_class")]
        self._triggers: dict[str, Trigger] = {}
        self._regex: dict[tuple[str, str], tuple[re.Pattern[str], dict[str, str]]] = {}
        parts: dict[tuple[str, str], list[tuple[int, str, str]]] = {}
        for n, entry in enumerate(entries):
            trig = _trigger(entry)
            lang, group = entry["lang"], _KIND_GROUP[entry["kind"]]
            name = f"g{n}"
            self._triggers[name] = trig
            rank = 0 if trig.kind == "event" else 1
            for pattern in entry.get("regex", ()):
                parts.setdefault((lang, group), []).append((rank, f"(?:{expand_classes(pattern, classes)})", name))
            for term in entry.get("terms", ()):
                parts.setdefault((lang, group), []).append((rank + 1, _term_regex(term, lang), name))
        self._filter: dict[tuple[str, str], re.Pattern[str] | None] = {}
        for key, alts in parts.items():
            ordered = sorted(alts, key=lambda a: (a[0], -len(a[1])))
            self._regex[key] = compile_group(ordered, key[0])
            self._filter[key] = prefix_filter(ordered, key[0])

    def find(self, text: str, start: int, end: int, lang: str, group: str) -> list[Hit]:
        """Non-overlapping hits of one group in ``text[start:end]``."""
        compiled = self._regex.get((lang, group))
        if compiled is None:
            return []
        regex, names = compiled
        gate = self._filter.get((lang, group))
        matches: Iterable[re.Match[str]]
        if gate is None:
            matches = regex.finditer(text, start, end)
        else:
            matches = gated_finditer(regex, gate, text, start, end)
        return [Hit(self._triggers[names[m.lastgroup]], m.start(), m.end(), m.group()) for m in matches if m.lastgroup]


def verb_classes(entries: list[dict[str, Any]]) -> dict[str, str]:
    """Each ``verb_class`` entry as one regex alternation of its forms (``*`` = any word ending)."""
    return {
        e["id"]: "(?:" + "|".join(_term_regex(f, "en") for f in e["forms"]) + ")"
        for e in entries
        if e["kind"] == "verb_class"
    }


def expand_classes(pattern: str, classes: dict[str, str]) -> str:
    """``pattern`` with each ``{NAME}`` of a verb class replaced by its forms; an unknown name raises."""

    def one(m: re.Match[str]) -> str:
        if m.group(1) not in classes:
            raise ValueError(f"unknown verb class {{{m.group(1)}}} in {pattern!r}")
        return classes[m.group(1)]

    return _CLASS_REF.sub(one, pattern)


_CLASS_REF = re.compile(r"\{([A-Z_]+)\}")


def _trigger(entry: dict[str, Any]) -> Trigger:
    return Trigger(
        id=entry["id"],
        kind=entry["kind"],
        type=entry.get("type"),
        action=entry.get("action"),
        weak=bool(entry.get("weak", False)),
        requires=entry.get("requires"),
        priority=int(entry.get("priority", 0 if entry["kind"] == "generic" else 2)),
        scope=entry.get("scope", "clause"),
    )


def _term_regex(term: str, lang: str) -> str:
    """A literal term as a regex: word-bounded English, ``*`` = word ending."""
    if lang != "en":
        return re.escape(term)
    words = term.split()
    body = r"[\s-]+".join(re.escape(w[:-1]) + r"[\w-]*" if w.endswith("*") else re.escape(w) for w in words)
    return body + ("" if words[-1].endswith("*") else r"(?![\w-])")


@cache
def load_lexicon() -> Lexicon:
    """The packaged lexicons (``extract/data/triggers/*.jsonl``), compiled once."""
    entries: list[dict[str, Any]] = []
    folder = files("policykg.extract").joinpath("data/triggers")
    for item in sorted(folder.iterdir(), key=lambda p: p.name):
        if item.name.endswith(".jsonl"):
            entries.extend(parse_lexicon(item.read_text(encoding="utf-8"), item.name))
    return Lexicon(entries)


def parse_lexicon(text: str, origin: str = "<lexicon>") -> list[dict[str, Any]]:
    """Entries of one JSONL lexicon; a bad line raises ``ValueError`` naming it."""
    out = []
    for n, line in enumerate(text.splitlines(), 1):
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        try:
            entry = json.loads(line)
        except json.JSONDecodeError as exc:
            raise ValueError(f"{origin}:{n}: not JSON ({exc.msg})") from None
        if entry.get("kind") == "verb_class" and "id" in entry and entry.get("forms"):
            out.append(entry)
            continue
        if entry.get("kind") == "official" and "id" in entry and "country" in entry:
            out.append(entry)
            continue
        if entry.get("kind") not in _KIND_GROUP or "id" not in entry or "lang" not in entry:
            raise ValueError(f"{origin}:{n}: expected id, lang and kind in {sorted(_KIND_GROUP)}")
        out.append(entry)
    return out
