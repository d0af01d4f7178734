"""The learned re-scorer of the rules' own events (issue 11, item 2).

The rules emit events; for each one a logistic regression, trained on the
train split (:mod:`policykg.extract.rescore_train`, ``make train``), gives the
probability that it matches a gold event under the contract's scoring, and
events below a threshold chosen by cross-validation on train are dropped.

Features (strings; a model is a weight per feature):

* the rules' own account (:attr:`Event.trace`): how the actor was found
  (``how=explicit / inherited / referent``), the trigger concepts, how many
  statements were merged, flags such as ``past``, ``also``, ``title``;
* the event: type, action, both, the main actor's entity type, whether
  items, targets, a date, an ``until`` or a value were found;
* where it is stated: headline, lead sentence or later, inside a quote,
  after a speech verb, with a modal, negation or conditional cue nearby;
* the clause's words: lower-case word unigrams and bigrams (English),
  character bigrams (Chinese), each prefixed ``w:``;
* the article: how many events the rules found, and whether another event
  of the same type has another action.

Everything is a function of the article alone, so a record is the same
alone or in any batch (issue 11, item 5).  The artefact is JSON
(``extract/data/rescorer.json``): ``{"bias", "threshold", "enabled",
"weights": {feature: weight}, "figures": {...}}``.
"""

from __future__ import annotations

import json
import math
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from functools import cache
from importlib.resources import files
from itertools import pairwise
from typing import Any

from policykg.extract.models import Event
from policykg.extract.soft_candidates import is_soft

_CJK = re.compile(r"[\u3400-\u9fff]")
_WORD = re.compile(r"[a-z]+(?:'[a-z]+)?|\d+")
_CUES = {
    "modal": re.compile(r"\b(?:may|might|could|would|should|will|shall)\b|可能|或将|拟|将会", re.IGNORECASE),
    "plan": re.compile(
        r"\b(?:plan\w*|consider\w*|propos\w*|seek\w*|intend\w*|expect\w*)\b|计划|考虑|研究", re.IGNORECASE
    ),
    "negation": re.compile(r"\b(?:not|no|never|denied|deny|denies)\b|n't|未|没有|不会|否认", re.IGNORECASE),
    "condition": re.compile(r"\b(?:if|unless|whether)\b|如果|若|一旦", re.IGNORECASE),
    "speech": re.compile(r"\b(?:said|says|told|according|stated|announced|added)\b|表示|称|指出|宣布", re.IGNORECASE),
    "perfect": re.compile(r"\b(?:has|have|had)\s+(?:\w+\s+)?(?:been\s+)?\w+(?:ed|en)\b|已经|已", re.IGNORECASE),
    "relative": re.compile(r"\b(?:which|that|who)\b|的", re.IGNORECASE),
    "after": re.compile(r"\b(?:after|following|since|amid|in response)\b|此前|之后|以来|回应", re.IGNORECASE),
    "year": re.compile(r"\b(?:19|20)\d\d\b|(?:19|20)\d\d年"),
}
_QUOTES = '"“”「」『』'


@dataclass(frozen=True)
class Rescorer:
    """A trained re-scorer: weights per feature, a bias and the threshold below which an event is dropped."""

    weights: Mapping[str, float]
    bias: float
    threshold: float
    enabled: bool = False
    groups: tuple[str, ...] = ()  # the feature groups it was trained on (:data:`GROUPS`)
    soft_rules: tuple[str, ...] = ()  # the rejection points that keep soft candidates (soft_candidates.py)
    soft_threshold: float = 1.0  # a soft event's threshold (above 1: none is kept)
    soft_weights: Mapping[str, float] | None = None  # a soft event's own model, when trained apart
    soft_bias: float = 0.0

    def keeps(self, features: Sequence[str], soft: bool) -> bool:
        """Does an event of these features pass its threshold (a soft event's own, by its own model if any)?"""
        if soft:
            return self.probability(features, self.soft_weights is not None) >= self.soft_threshold
        return self.probability(features) >= self.threshold

    def probability(self, features: Sequence[str], soft: bool = False) -> float:
        """P(the event matches gold) from its features (``soft``: by the soft events' own model)."""
        weights, bias = (self.soft_weights or {}, self.soft_bias) if soft else (self.weights, self.bias)
        z = bias + sum(weights.get(f, 0.0) for f in set(features))
        return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))


def parse_rescorer(data: Mapping[str, Any]) -> Rescorer:
    """A :class:`Rescorer` from its JSON form."""
    return Rescorer(
        weights=dict(data["weights"]),
        bias=float(data["bias"]),
        threshold=float(data["threshold"]),
        enabled=bool(data.get("enabled", False)),
        groups=tuple(data.get("groups", GROUPS)),
        soft_rules=tuple(data.get("soft_rules", ())),
        soft_threshold=float(data.get("soft_threshold", 1.0)),
        soft_weights=dict(data["soft_weights"]) if "soft_weights" in data else None,
        soft_bias=float(data.get("soft_bias", 0.0)),
    )


@cache
def load_rescorer() -> Rescorer | None:
    """The shipped artefact (``extract/data/rescorer.json``), None when it was never built."""
    path = files("policykg.extract.data").joinpath("rescorer.json")
    if not path.is_file():
        return None
    return parse_rescorer(json.loads(path.read_text(encoding="utf-8")))


def rescore_events(
    text: str, events: Sequence[Event], types: Mapping[str, str], rescorer: Rescorer
) -> tuple[Event, ...]:
    """The events the re-scorer keeps (probability at or above its threshold, a soft event's own).

    ``types`` maps the record's entity ids to their entity types.  The article features count the hard events
    only (:func:`hard_events`), so a hard event is judged the same with or without soft candidates.
    """
    hard = hard_events(events)
    return tuple(e for e in events if rescorer.keeps(event_features(text, e, hard, types, rescorer.groups), is_soft(e)))


def hard_events(events: Sequence[Event]) -> list[Event]:
    """The events the rules kept themselves (no soft candidate's): the article features' view of the article."""
    return [e for e in events if not is_soft(e)]


GROUPS = ("trace", "slots", "position", "cues", "words", "article")


def event_features(
    text: str, event: Event, events: Sequence[Event], types: Mapping[str, str], groups: Sequence[str] = GROUPS
) -> list[str]:
    """The feature names of one event of an article (``text`` = title + "\\n" + body), from the given groups."""
    make = {
        "trace": lambda: list(event.trace),
        "slots": lambda: _slots(event, types),
        "position": lambda: _position(text, event),
        "cues": lambda: _cues(text, event),
        "words": lambda: _words(event.evidence),
        "article": lambda: _article(event, events),
    }
    return [f for g in groups for f in make[g]()]


def _slots(event: Event, types: Mapping[str, str]) -> list[str]:
    main = types.get(event.actors[0], "none") if event.actors else "none"
    out = [f"type={event.type}", f"action={event.action}", f"ta={event.type}|{event.action}", f"actor={main}"]
    out += [f"actors={min(len(event.actors), 3)}", f"items={min(len(event.items), 2)}"]
    out += [f"targets={min(len(event.targets), 2)}"]
    out += [name for name, on in (("date", event.date), ("until", event.until), ("value", event.value)) if on]
    return out + (["actor_inferred"] if event.actor_inferred else [])


def _position(text: str, event: Event) -> list[str]:
    title_end = text.find("\n") if "\n" in text else len(text)
    zh = bool(_CJK.search(event.evidence))
    out = ["lang=zh" if zh else "lang=en"]
    if event.evidence_start < title_end:
        return [*out, "pos=title"]
    lead = re.search(r"[.!?。！？]\s|\n", text[title_end + 1 :])
    lead_end = title_end + 1 + (lead.end() if lead else len(text))
    return [*out, "pos=lead" if event.evidence_start < lead_end else "pos=later"]


def _sentence(text: str, event: Event) -> tuple[int, int]:
    """The sentence around the evidence (from the last stop before it to the next after)."""
    start = max(text.rfind(x, 0, event.evidence_start) for x in (". ", "。", "\n", "? ", "! ")) + 1
    ends = [i for i in (text.find(x, event.evidence_end) for x in (". ", "。", "\n")) if i >= 0]
    return start, min(ends, default=len(text))


def _cues(text: str, event: Event) -> list[str]:
    """Modality, speech, negation and tense cues in the evidence (``in:``) and before it in its sentence (``pre:``)."""
    start, _ = _sentence(text, event)
    before = text[start : event.evidence_start]
    out = [f"in:{name}" for name, rx in _CUES.items() if rx.search(event.evidence)]
    out += [f"pre:{name}" for name, rx in _CUES.items() if rx.search(before)]
    if sum(text.count(q, start, event.evidence_start) for q in _QUOTES) % 2 == 1:
        out.append("quoted")
    return out


def _words(evidence: str) -> list[str]:
    """Word unigrams and bigrams (English), character bigrams (Chinese)."""
    words = _WORD.findall(evidence.lower())
    out = {f"w:{w}" for w in words} | {f"w:{a}_{b}" for a, b in pairwise(words)}
    cjk = "".join(ch if _CJK.match(ch) else " " for ch in evidence)
    for run in cjk.split():
        out |= {f"w:{run[i : i + 2]}" for i in range(len(run) - 1)}
    return sorted(out)


def _article(event: Event, events: Sequence[Event]) -> list[str]:
    same_type = [e for e in events if e.type == event.type and e is not event]
    out = [f"events={min(len(events), 6)}"]
    if any(e.action != event.action for e in same_type):
        out.append("type_other_action")
    if any(e.action == event.action for e in same_type):
        out.append("type_same_action")
    return out
