"""Scoring primitives: precision/recall/F1, optimal one-to-one matching, confusion tables.

Everything here is pure and small enough to check by hand; the evaluators in ``gold`` and
``datasets`` build on it.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from typing import TypeVar

G = TypeVar("G")
P = TypeVar("P")


@dataclass(frozen=True)
class PRF:
    """Counts and the scores derived from them; an empty denominator scores 0."""

    tp: int
    fp: int
    fn: int

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    @property
    def support(self) -> int:
        """How many gold items the scores are about."""
        return self.tp + self.fn

    def __add__(self, other: PRF) -> PRF:
        return PRF(self.tp + other.tp, self.fp + other.fp, self.fn + other.fn)

    def to_dict(self) -> dict[str, float | int]:
        return {
            "precision": round(self.precision, 4),
            "recall": round(self.recall, 4),
            "f1": round(self.f1, 4),
            "tp": self.tp,
            "fp": self.fp,
            "fn": self.fn,
        }


@dataclass(frozen=True)
class Accuracy:
    """Share of ``correct`` among ``total``; 0 when there is nothing to score."""

    correct: int
    total: int

    @property
    def value(self) -> float:
        return self.correct / self.total if self.total else 0.0

    def to_dict(self) -> dict[str, float | int]:
        return {"accuracy": round(self.value, 4), "correct": self.correct, "total": self.total}


# matching -------------------------------------------------------------------------------------


def assign(weights: Sequence[Sequence[float]]) -> list[tuple[int, int]]:
    """The one-to-one pairing of rows and columns with the largest total weight.

    A weight of 0 or less means "may not be paired"; such pairs never appear in the result.
    Works for any rectangular matrix (Hungarian method on a padded square cost matrix).
    """
    rows = len(weights)
    cols = max((len(r) for r in weights), default=0)
    n = max(rows, cols)
    if n == 0:
        return []
    top = max((w for r in weights for w in r), default=0.0)
    # cost = top - weight for real pairs; forbidden or padded cells cost ``top`` (as good as no pair)
    cost = [[top] * n for _ in range(n)]
    for i, row in enumerate(weights):
        for j, w in enumerate(row):
            if w > 0:
                cost[i][j] = top - w
    owner = _hungarian(cost)
    return sorted(
        (i, j) for j, i in enumerate(owner) if i < rows and j < len(weights[i]) and weights[i][j] > 0
    )


def _hungarian(cost: list[list[float]]) -> list[int]:
    """For a square cost matrix, ``owner[j]`` is the row given column ``j`` (minimum total cost)."""
    n = len(cost)
    inf = float("inf")
    u = [0.0] * (n + 1)
    v = [0.0] * (n + 1)
    p = [0] * (n + 1)  # p[j]: the row (1-based) holding column j; 0 = free
    way = [0] * (n + 1)
    for i in range(1, n + 1):
        p[0] = i
        j0 = 0
        minv = [inf] * (n + 1)
        used = [False] * (n + 1)
        while True:
            used[j0] = True
            i0, delta, j1 = p[j0], inf, 0
            for j in range(1, n + 1):
                if used[j]:
                    continue
                cur = cost[i0 - 1][j - 1] - u[i0] - v[j]
                if cur < minv[j]:
                    minv[j], way[j] = cur, j0
                if minv[j] < delta:
                    delta, j1 = minv[j], j
            for j in range(n + 1):
                if used[j]:
                    u[p[j]] += delta
                    v[j] -= delta
                else:
                    minv[j] -= delta
            j0 = j1
            if p[j0] == 0:
                break
        while j0:
            j1 = way[j0]
            p[j0] = p[j1]
            j0 = j1
    return [p[j] - 1 for j in range(1, n + 1)]


def match(gold: Sequence[G], predicted: Sequence[P], score: Callable[[G, P], float]) -> list[tuple[int, int]]:
    """Optimal one-to-one matching of gold to predicted items; ``score`` ≤ 0 forbids a pair."""
    return assign([[score(g, p) for p in predicted] for g in gold])


# classification -------------------------------------------------------------------------------


@dataclass(frozen=True)
class Confusion:
    """Counts of (gold label, predicted label) pairs."""

    counts: tuple[tuple[tuple[str, str], int], ...] = field(default=())

    @classmethod
    def of(cls, pairs: Iterable[tuple[str, str]]) -> Confusion:
        return cls(tuple(sorted(Counter(pairs).items())))

    def as_counter(self) -> Counter[tuple[str, str]]:
        return Counter(dict(self.counts))

    @property
    def labels(self) -> list[str]:
        return sorted({g for (g, _), _n in self.counts} | {p for (_, p), _n in self.counts})

    def get(self, gold: str, predicted: str) -> int:
        return self.as_counter()[(gold, predicted)]

    def per_class(self, labels: Iterable[str] | None = None) -> dict[str, PRF]:
        """Precision/recall/F1 of each label, treating every other label as "not this one"."""
        counter = self.as_counter()
        out: dict[str, PRF] = {}
        for label in labels if labels is not None else self.labels:
            tp = counter[(label, label)]
            fp = sum(n for (g, p), n in counter.items() if p == label and g != label)
            fn = sum(n for (g, p), n in counter.items() if g == label and p != label)
            out[label] = PRF(tp, fp, fn)
        return out

    def to_rows(self) -> list[dict[str, str | int]]:
        return [{"gold": g, "predicted": p, "count": n} for (g, p), n in self.counts]


def weighted_f1(per_class: dict[str, PRF]) -> float:
    """F1 averaged over classes, each weighted by its gold support."""
    total = sum(s.support for s in per_class.values())
    if not total:
        return 0.0
    return sum(s.f1 * s.support for s in per_class.values()) / total


def macro_f1(per_class: dict[str, PRF], *, with_support_only: bool = True) -> float:
    """Unweighted mean F1 over classes (by default only classes that occur in the gold labels)."""
    scores = [s.f1 for s in per_class.values() if s.support or not with_support_only]
    return sum(scores) / len(scores) if scores else 0.0


def tokens_overlap(a: str | None, b: str | None) -> bool:
    """Whether two actor phrases share a content word ("Iraqi police" ~ "police in Basra")."""
    if not a or not b:
        return False
    return bool(content_words(a) & content_words(b))


_STOP = frozenset(
    [
        "a",
        "an",
        "the",
        "of",
        "and",
        "or",
        "in",
        "on",
        "at",
        "to",
        "for",
        "from",
        "by",
        "with",
        "its",
        "their",
        "his",
        "her",
        "our",
        "this",
        "that",
        "these",
        "those",
        "s",
        "said",
        "says",
    ]
)


def content_words(text: str) -> set[str]:
    """Lower-cased words of two letters or more, without function words."""
    return {w for w in re.findall(r"[a-z0-9]+", text.lower()) if w not in _STOP and len(w) > 1}
