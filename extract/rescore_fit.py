"""Fitting the re-scorer: L2-regularised logistic regression and grouped cross-validation (pure).

scipy's L-BFGS minimises the log loss over a sparse 0/1 feature matrix; it is
deterministic (no random start: weights begin at zero), so the same examples
give the same weights.  Folds are fixed by the article's position in the
title-sorted split, so an article's events never sit on both sides of a fold.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np
from scipy import optimize, sparse


@dataclass(frozen=True)
class Example:
    """One rule event: its article (index), features, whether it matched gold, and its training weight."""

    article: int
    features: tuple[str, ...]
    label: int
    weight: float = 1.0


@dataclass(frozen=True)
class Model:
    """Fitted weights by feature name, and the bias."""

    weights: dict[str, float]
    bias: float


def vocabulary(examples: Sequence[Example], min_count: int) -> list[str]:
    """Features seen in at least ``min_count`` examples, sorted (a stable column order)."""
    counts = Counter(f for ex in examples for f in set(ex.features))
    return sorted(f for f, n in counts.items() if n >= min_count)


def _matrix(examples: Sequence[Example], vocab: Sequence[str]) -> sparse.csr_matrix:
    col = {f: i for i, f in enumerate(vocab)}
    rows, cols = [], []
    for r, ex in enumerate(examples):
        for c in sorted({col[f] for f in ex.features if f in col}):
            rows.append(r)
            cols.append(c)
    data = np.ones(len(rows))
    return sparse.csr_matrix((data, (rows, cols)), shape=(len(examples), len(vocab)))


def fit(examples: Sequence[Example], c: float, min_count: int = 2) -> Model:
    """Weighted logistic regression with an L2 penalty of 1 / (2c) on the weights (not the bias).

    Examples of weight 0 are left out (also from the vocabulary).
    """
    examples = [ex for ex in examples if ex.weight > 0]
    vocab = vocabulary(examples, min_count)
    x = _matrix(examples, vocab)
    y = np.array([ex.label for ex in examples], dtype=float)
    w = np.array([ex.weight for ex in examples], dtype=float)

    def loss(theta: np.ndarray) -> tuple[float, np.ndarray]:
        z = x @ theta[1:] + theta[0]
        p = 1.0 / (1.0 + np.exp(-z))
        nll = np.sum(w * (np.logaddexp(0.0, z) - y * z))
        g = w * (p - y)
        grad = np.concatenate(([g.sum()], x.T @ g + theta[1:] / c))
        return nll + float(theta[1:] @ theta[1:]) / (2 * c), grad

    res = optimize.minimize(loss, np.zeros(len(vocab) + 1), jac=True, method="L-BFGS-B", options={"maxiter": 500})
    theta = res.x
    weights = {f: round(float(v), 6) for f, v in zip(vocab, theta[1:]) if abs(v) >= 1e-6}
    return Model(weights=weights, bias=round(float(theta[0]), 6))


def predict(model: Model, features: Sequence[str]) -> float:
    """P(label 1) for one example."""
    z = model.bias + sum(model.weights.get(f, 0.0) for f in set(features))
    return float(1.0 / (1.0 + np.exp(-z)))


def folds(n_articles: int, k: int) -> list[int]:
    """The fold of each article (round robin over the sorted split)."""
    return [i % k for i in range(n_articles)]


def out_of_fold(examples: Sequence[Example], fold_of: Sequence[int], c: float, min_count: int) -> list[float]:
    """Each example's probability from the model fitted on the other folds."""
    probs = [0.0] * len(examples)
    for k in sorted(set(fold_of)):
        train = [ex for ex in examples if fold_of[ex.article] != k]
        model = fit(train, c, min_count)
        for i, ex in enumerate(examples):
            if fold_of[ex.article] == k:
                probs[i] = predict(model, ex.features)
    return probs
