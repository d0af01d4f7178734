"""The learned merge decision (issue 11, item 2): one event per distinct measure, decided from features.

:func:`policykg.extract.merge.finish` merges a later statement into an
earlier event when a decision says both state the same measure.  The hand
rule :func:`policykg.extract.merge._same` decides by default; a
:class:`MergeModel` (a logistic regression over
:func:`policykg.extract.merge_features.pair_features`, trained on the train
split by :mod:`policykg.extract.merge_train`, ``make train-merge``) takes
over the pairs of its ``scope`` and leaves every other pair to the rule:

* ``scope`` ``"key"``: every pair of one type, action and main actor whose
  later statement is not the headline; ``"apart"``: only those stated in
  different sentences (the rule's least certain pairs);
* ``mode`` ``"replace"``: the model's verdict alone; ``"split"``: the model
  may only keep apart what the rule merges; ``"join"``: only merge what the
  rule keeps apart.

The artefact is JSON (``extract/data/merge_model.json``): ``{"enabled",
"threshold", "scope", "mode", "bias", "weights", "figures"}``; it is used
only when ``enabled`` (set by training when dev rose over the rules).
"""

from __future__ import annotations

import json
import math
from collections.abc import Mapping
from dataclasses import dataclass
from importlib.resources import files
from typing import Any

from policykg.extract import merge
from policykg.extract.merge import Candidate, MergeDecision
from policykg.extract.merge_features import Pair, pair_features, same_key


@dataclass(frozen=True)
class MergeModel:
    """Weights per pair feature, a bias, the threshold of P(same), and where and how the model decides."""

    weights: Mapping[str, float]
    bias: float
    threshold: float
    scope: str = "key"
    mode: str = "replace"
    enabled: bool = False

    def probability(self, features: tuple[str, ...]) -> float:
        """P(the two statements state the same measure)."""
        z = self.bias + sum(self.weights.get(f, 0.0) for f in set(features))
        return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))


def in_scope(scope: str, m: Candidate, c: Candidate) -> bool:
    """Is the pair one the model decides (else the hand rule does)?"""
    if c.title or not same_key(m, c):
        return False
    return scope == "key" or c.sentence != m.sentence


def decide(model: MergeModel, m: Candidate, c: Candidate, text: str) -> bool:
    """Merge ``c`` into ``m``?  The rule outside the model's scope; inside, the model as its mode allows."""
    rule = merge._same(m, c, text)
    if not in_scope(model.scope, m, c):
        return rule
    learned = model.probability(pair_features(Pair(m, c, text))) >= model.threshold
    if model.mode == "split":
        return rule and learned
    if model.mode == "join":
        return rule or learned
    return learned


def decision(model: MergeModel) -> MergeDecision:
    """The merge decision of ``model``, in the shape :func:`policykg.extract.merge.finish` takes."""
    return lambda m, c, text: decide(model, m, c, text)


def parse_merge_model(data: Mapping[str, Any]) -> MergeModel:
    """A :class:`MergeModel` from its JSON form."""
    return MergeModel(
        weights=dict(data["weights"]),
        bias=float(data["bias"]),
        threshold=float(data["threshold"]),
        scope=str(data.get("scope", "key")),
        mode=str(data.get("mode", "replace")),
        enabled=bool(data.get("enabled", False)),
    )


def load_merge_model() -> MergeModel | None:
    """The shipped artefact (``extract/data/merge_model.json``), None when it was never built."""
    path = files("policykg.extract.data").joinpath("merge_model.json")
    if not path.is_file():
        return None
    return parse_merge_model(json.loads(path.read_text(encoding="utf-8")))
