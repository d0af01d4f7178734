"""The learned choice of an event's main actor (issue 11, item 2): a re-ranking after the rules.

Events are matched on (type, action, main actor); the rules pick the main
actor clause by clause (roles, coref, office and deal rules), and the wrong
state first costs the whole event.  This pass gathers, for each event of a
record, the candidates a reader would weigh -- the rules' actors in their
order, the states, blocs, agencies and firms mentioned in the evidence's
sentence and the one before, the states of the agencies and people among
them, the headline's states and the article's most frequent state -- and
scores each with a logistic regression trained on the train split
(:mod:`policykg.extract.actor_train`, ``make train-actor``).  The rules'
choice is overridden only when the model prefers another candidate by more
than a margin (in log-odds) chosen by cross-validation.

Features are names of positions and classes, never words of an article: the
rules' rank, entity type, where the candidate stands (sentence before, in
the evidence before or after the other states, after the evidence), the
closed-class word before it (``by`` / 被 = agent, a preposition = target),
a possessive after it, whether it is a target or item of the event, its
frequency, whether it is in the headline, the outlet's home state, and
conjunctions with the event's type.  Everything is a function of the record
alone (the same record in any batch).  Artefact: ``extract/data/actor_rank.json``.
"""

from __future__ import annotations

import json
import math
import re
from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from functools import cache
from importlib.resources import files
from typing import Any

from policykg.extract.models import Entity, Event, Mention

STATE_TYPES = frozenset({"Country", "Bloc"})
CANDIDATE_TYPES = STATE_TYPES | {"Agency", "Firm"}
_STOPS = re.compile(r"[.!?;](?=\s)|[。！？；]|\n")
_PREP = re.compile(r"\b(by|on|against|to|from|with|for|into|at|of|in|between|and|including)\s+(?:the\s+)?$", re.I)
_ZH_PREP = re.compile(r"(被|对|向|从|与|和|自|由|在)$")
_POSSESSIVE = re.compile(r"^(?:'s|’s|s'|的)")
_SUBJECT_AFTER = re.compile(r"^\s*(?:has|have|had|will|would|is|are|was|were|on \w+day|said|says|announced)\b", re.I)


@dataclass(frozen=True)
class Context:
    """What the candidates of one record's events are drawn from: text, mentions, entity types, home state."""

    text: str
    mentions: tuple[Mention, ...]
    entities: Mapping[str, Entity]
    home: str | None = None
    events: tuple[Event, ...] = ()  # the record's events (the rules' own), for the article-level features

    @property
    def title_end(self) -> int:
        """Where the headline ends (the text is title + "\\n" + body)."""
        return self.text.find("\n") if "\n" in self.text else len(self.text)


@dataclass(frozen=True)
class ActorRanker:
    """A trained ranker: weights per feature, a bias, and the margin (log-odds) an override must clear."""

    weights: Mapping[str, float]
    bias: float
    margin: float
    enabled: bool = False
    groups: tuple[str, ...] = ("base",)  # the feature groups it was trained on (:data:`GROUPS`)

    def logit(self, features: Sequence[str]) -> float:
        """The log-odds that a candidate is the gold main actor."""
        return self.bias + sum(self.weights.get(f, 0.0) for f in set(features))


def parse_ranker(data: Mapping[str, Any]) -> ActorRanker:
    """An :class:`ActorRanker` from its JSON form."""
    weights, bias, margin = dict(data["weights"]), float(data["bias"]), float(data["margin"])
    return ActorRanker(weights, bias, margin, bool(data.get("enabled")), tuple(data.get("groups", GROUPS)))


@cache
def load_ranker() -> ActorRanker | None:
    """The shipped artefact (``extract/data/actor_rank.json``), None when it was never built."""
    path = files("policykg.extract.data").joinpath("actor_rank.json")
    if not path.is_file():
        return None
    return parse_ranker(json.loads(path.read_text(encoding="utf-8")))


# --- candidates ------------------------------------------------------------------------------------


def sentence_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    """The sentence around ``[start, end)``: from after the last stop before it to the next stop after."""
    before = [m.end() for m in _STOPS.finditer(text, 0, start)]
    after = _STOPS.search(text, max(start, end - 1))
    return (before[-1] if before else 0), (after.start() if after else len(text))


def window(ctx: Context, event: Event) -> tuple[int, int, int, int]:
    """(previous sentence start, sentence start, sentence end) and the evidence start, in text offsets."""
    s0, s1 = sentence_bounds(ctx.text, event.evidence_start, event.evidence_end)
    p0, _ = sentence_bounds(ctx.text, max(0, s0 - 2), max(0, s0 - 1)) if s0 > 0 else (0, 0)
    return p0, s0, s1, event.evidence_start


def _state_of(ctx: Context, eid: str) -> str | None:
    """The state an agency, firm or person belongs to (its ``country``), None for a state or without one."""
    ent = ctx.entities.get(eid)
    country = getattr(ent, "country", None) if ent is not None and ent.type not in STATE_TYPES else None
    return country if country and _kind(ctx, country) in STATE_TYPES else None


def article_counts(ctx: Context) -> Counter[str]:
    """Mentions per entity id over the whole article."""
    return Counter(m.entity_id for m in ctx.mentions)


def candidates(ctx: Context, event: Event, counts: Counter[str]) -> list[str]:
    """The rules' actors first (in order), then the window's states, agencies and firms, their states,
    the headline's states and the article's most frequent state; each once."""
    p0, _, s1, _ = window(ctx, event)
    near = [m.entity_id for m in ctx.mentions if p0 <= m.start < s1]
    title = [m.entity_id for m in ctx.mentions if m.start < ctx.title_end]
    states = [e for e, _ in counts.most_common() if _kind(ctx, e) in STATE_TYPES][:1]
    pool = [*event.actors, *near, *title, *states]
    pool += [s for e in pool if (s := _state_of(ctx, e))]
    pool += [ctx.home] if ctx.home and ctx.home in ctx.entities else []
    out: list[str] = []
    for eid in pool:
        if eid not in out and (eid in event.actors or _kind(ctx, eid) in CANDIDATE_TYPES):
            out.append(eid)
    return out


def _kind(ctx: Context, eid: str) -> str:
    """The entity type; an id of three capitals (ISO 3166 alpha-3) not in the record is a Country."""
    ent = ctx.entities.get(eid)
    if ent is not None:
        return ent.type
    return "Country" if len(eid) == 3 and eid.isupper() and eid.isalpha() else "none"


# --- features --------------------------------------------------------------------------------------


GROUPS = ("base", "side", "type", "cross", "events")  # and "blind" (measured only)


def candidate_features(
    ctx: Context, event: Event, eid: str, counts: Counter[str], groups: Sequence[str] = GROUPS
) -> list[str]:
    """The feature names of candidate ``eid`` for ``event`` from the given groups (see the module docstring):
    ``base`` its own, ``side`` the same split by rules' choice or other, ``type`` conjoined with the event type,
    ``cross`` a few of its own paired with the rules' choice's (where, kind, frequency, headline, top state);
    ``events`` its part in the record's other events; ``blind`` leaves out all that names the rules' choice
    (a reader of the sentence alone, measured)."""
    rank = event.actors.index(eid) if eid in event.actors else -1
    base = _base(ctx, event, eid, counts)
    how = next((t for t in event.trace if t.startswith("how=")), "how=none")
    side = "rules" if rank == 0 else "other"
    out = [*base, f"{how}|rank={min(rank, 2)}"]
    if "side" in groups:
        out += [f"{side}|{f}" for f in base if not f.startswith("rank=")]
    if "type" in groups:
        out += [f"{event.type}|{f}" for f in base if f.startswith(("rank=", "role=", "where="))]
    if "cross" in groups and rank != 0 and event.actors:
        out += _cross(base, _base(ctx, event, event.actors[0], counts))
    if "events" in groups:
        out += _other_events(ctx, event, eid)
    if "blind" in groups:  # a reader of the sentence alone: nothing of the rules' choice
        out = [f for f in out if "rank=" not in f and not f.endswith("_of_first")]
    return out


def _base(ctx: Context, event: Event, eid: str, counts: Counter[str]) -> list[str]:
    rank = event.actors.index(eid) if eid in event.actors else -1
    base = [f"rank={min(rank, 2)}", f"kind={_kind(ctx, eid)}"]
    base += _roles(event, eid) + _place(ctx, event, eid) + _article(ctx, event, eid, counts)
    return base + _agency_link(ctx, event, eid)


_CROSS = ("where=", "kind=", "freq=", "in_title", "top_state", "role=", "bare")


def _cross(own: Sequence[str], rules: Sequence[str]) -> list[str]:
    """Pairs of the candidate's and the rules' choice's value of each :data:`_CROSS` class ("-" when absent)."""
    out = []
    for cls in _CROSS:
        a = next((f for f in own if f.startswith(cls)), "-")
        b = next((f for f in rules if f.startswith(cls)), "-")
        out.append(f"x:{cls.rstrip('=')}:{a}|{b}")
    return out


def _roles(event: Event, eid: str) -> list[str]:
    out = ["role=target"] if eid in event.targets else []
    return out + (["role=item"] if eid in event.items else [])


def _place(ctx: Context, event: Event, eid: str) -> list[str]:
    """Where the candidate's first mention in the window stands, and the words around it."""
    p0, s0, s1, ev = window(ctx, event)
    spans = [m for m in ctx.mentions if p0 <= m.start < s1]
    own = [m for m in spans if m.entity_id == eid]
    if not own:
        return ["where=outside"]
    m = min(own, key=lambda x: (x.start < s0, x.start))  # the first in the sentence, else in the one before
    if m.start < s0:
        return ["where=previous"]
    states_before = sum(1 for x in spans if s0 <= x.start < m.start and _kind(ctx, x.entity_id) in STATE_TYPES)
    where = "where=before_evidence" if m.start < ev else f"where=evidence_{min(states_before, 2)}"
    return [where, *_cues(ctx.text, m)]


def _cues(text: str, m: Mention) -> list[str]:
    """The closed-class word before the mention, a possessive or a subject's verb after it."""
    left, right = text[max(0, m.start - 16) : m.start], text[m.end : m.end + 24]
    out = []
    if prep := _PREP.search(left):
        out.append(f"prep={prep.group(1).lower()}")
    if zh := _ZH_PREP.search(left.rstrip()):
        out.append(f"zh_prep={zh.group(1)}")
    if not out:
        out.append("bare")
    if _POSSESSIVE.match(right):
        out.append("possessive")
    if _SUBJECT_AFTER.match(right):
        out.append("subject_verb")
    return out


def _article(ctx: Context, event: Event, eid: str, counts: Counter[str]) -> list[str]:
    n = counts.get(eid, 0)
    top = [e for e, _ in counts.most_common() if _kind(ctx, e) in STATE_TYPES][:1]
    out = [f"freq={'0' if n == 0 else '1' if n == 1 else '2-3' if n <= 3 else '4+'}"]
    if eid in top:
        out.append("top_state")
    if any(m.entity_id == eid and m.start < ctx.title_end for m in ctx.mentions):
        out.append("in_title")
    return out + (["home"] if ctx.home and eid == ctx.home else [])


def _other_events(ctx: Context, event: Event, eid: str) -> list[str]:
    """Whether the candidate is the main actor of another event of the record (of the same type, of a headline
    event) or a target of one: an article's acts mostly share their actor."""
    others = [e for e in ctx.events if e is not event and e.actors]
    out = ["main_elsewhere"] if any(e.actors[0] == eid for e in others) else []
    if any(e.actors[0] == eid and e.type == event.type for e in others):
        out.append("main_same_type")
    if any(e.actors[0] == eid and e.evidence_start < ctx.title_end for e in others):
        out.append("main_title_event")
    return out + (["target_elsewhere"] if any(eid in e.targets for e in others) else [])


def _agency_link(ctx: Context, event: Event, eid: str) -> list[str]:
    """Whether the candidate is the state of the rules' first actor, or an office of the rules' state."""
    first = event.actors[0] if event.actors else None
    if first is None or first == eid:
        return []
    if _state_of(ctx, first) == eid:
        return ["state_of_first"]
    return ["office_of_first"] if _state_of(ctx, eid) == first else []


# --- the re-ranking --------------------------------------------------------------------------------


def with_main(event: Event, eid: str) -> Event:
    """``event`` with ``eid`` as its first actor, the rules' other actors after it."""
    return replace(event, actors=(eid, *(a for a in event.actors if a != eid)))


def choose_main(ctx: Context, event: Event, ranker: ActorRanker, counts: Counter[str]) -> str | None:
    """The candidate the model prefers to the rules' main actor by more than the margin, else None."""
    if not event.actors:
        return None
    cands = candidates(ctx, event, counts)
    scored = [(ranker.logit(candidate_features(ctx, event, c, counts, ranker.groups)), c) for c in cands]
    rules = scored[0][0]
    best, eid = max(scored, key=lambda s: s[0])
    return eid if eid != event.actors[0] and best - rules > ranker.margin else None


def rerank_events(ctx: Context, events: Sequence[Event], ranker: ActorRanker) -> tuple[Event, ...]:
    """The events with the main actor the ranker chooses (the rules' one where it does not override)."""
    counts = article_counts(ctx)
    ctx = replace(ctx, events=tuple(events))
    out = []
    for ev in events:
        eid = choose_main(ctx, ev, ranker, counts)
        out.append(with_main(ev, eid) if eid else ev)
    return tuple(out)


def context_of(text: str, mentions: Sequence[Mention], entities: Sequence[Entity], home: str | None) -> Context:
    """The :class:`Context` of a record."""
    return Context(text, tuple(mentions), {e.id: e for e in entities}, home)


def logistic(z: float) -> float:
    """1 / (1 + e^-z), clipped."""
    return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))
