"""Which goods an event lists: the most specific good named, and the headline's goods when it names none.

``specific_items``: an event that names a good and a subtype of it lists the subtype only ("tariffs on
cold-rolled steel" with "steel" elsewhere in the sentence is `item:cold_rolled_steel`; "high-end vehicles"
not also vehicles): a subtype is an item whose name ends in the general good's name or one of its English
forms ("cold-rolled steel" / "steel", "heavy vehicles" / "vehicles", "lithium carbonate" no: its head is
another noun); a class noun ("dual-use items", "critical minerals", "vegetable oils") beside other goods
describes them and is dropped.

``headline_goods``: a measure on goods (export control or ban, tariff, trade probe, import restriction) whose
sentence names no goods ("The duty will apply for five years", 该措施自…起实施) is about the goods of the story's
headline, the topic the lead and body elaborate; sanctions, deals and industrial policy take none (their
objects are firms and parties).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import replace
from functools import lru_cache

from policykg.extract.models import Entity, Event, Mention

_GOODS = ("item:", "element:")


def _words(name: str) -> tuple[str, ...]:
    """The words of a name, lower case and singular ("Cold-rolled steels" -> ("cold", "rolled", "steel"))."""
    return tuple(w.rstrip("s") for w in name.lower().replace("-", " ").split())


@lru_cache(maxsize=1)
def _english_forms() -> dict[str, frozenset[tuple[str, ...]]]:
    """Every item's English gazetteer forms, as word tuples (singular), by id."""
    from policykg.extract.entities import load_gazetteer

    forms: dict[str, set[tuple[str, ...]]] = {}
    for pat in load_gazetteer().patterns:
        if pat.id and pat.lang == "en" and pat.id.startswith("item:"):
            forms.setdefault(pat.id, set()).add(_words(pat.pattern))
    return {k: frozenset(v) for k, v in forms.items()}


def is_subtype(specific: str, general: str, entities: Mapping[str, Entity]) -> bool:
    """Whether the item ``specific`` names a kind of the item ``general``: its name ends in the general's name
    or one of the general's English forms ("heavy vehicles" ends in "vehicles", a form of automobiles).  An element
    group is named as a whole beside its subgroups ("rare earths, in particular heavy rare earths"): never general."""
    a, b = entities.get(specific), entities.get(general)
    if a is None or b is None or specific == general or b.kind == "element_group":
        return False
    s = _words(a.name)
    heads = {_words(b.name)} | _english_forms().get(general, frozenset())
    return any(0 < len(g) < len(s) and s[-len(g) :] == g for g in heads)


# class nouns: goods named by a property they share ("dual-use items", "critical minerals", "vegetable oils",
# 三种关键半导体材料); beside the goods they classify they describe them ("gallium, germanium and other dual-use
# items", 棕榈油这种植物油) and are no good of their own; alone they stay the measure's goods
CLASS_NOUNS = frozenset(
    {
        "item:dual_use_items",
        "item:critical_minerals",
        "item:vegetable_oils",
        "item:semiconductor_materials",
    }
)


def specific_items(events: Sequence[Event], entities: Mapping[str, Entity]) -> tuple[Event, ...]:
    """The events with each general good dropped where a subtype of it is also listed, and each class noun where
    other goods are (``specific_items``)."""
    out = []
    for ev in events:
        kept = tuple(i for i in ev.items if not any(is_subtype(j, i, entities) for j in ev.items))
        kept = tuple(i for i in kept if i not in CLASS_NOUNS) or kept
        out.append(replace(ev, items=kept) if kept != ev.items else ev)
    return tuple(out)


# headline_goods: a measure on goods stated without them ("The duty will apply for five years", 该措施自…起实施)
# is about the goods of the story's headline, the topic the lead and body elaborate
GOODS_TYPES = frozenset({"EXPORT_CONTROL", "EXPORT_BAN", "TARIFF", "INVESTIGATION", "IMPORT_RESTRICTION"})


def headline_goods(events: Sequence[Event], text: str, mentions: Sequence[Mention]) -> tuple[Event, ...]:
    """The events with the headline's goods given to each goods measure that names none (``headline_goods``)."""
    end = text.find("\n")
    title = tuple(dict.fromkeys(m.entity_id for m in mentions if m.end <= end and m.entity_id.startswith(_GOODS)))
    if not title:
        return tuple(events)
    return tuple(replace(ev, items=title) if not ev.items and ev.type in GOODS_TYPES else ev for ev in events)
