"""What the merge decided last run, and how far the word weights may move before it could
decide otherwise: so an incremental run redoes only the days its new articles touch.

The merge weighs each word by how rare it is in the whole collection (`merge._idf`), so one
new article moves every weight a little, and a day nobody wrote about since could in
principle cluster differently. It does so only if some comparison of the day was close. So
every comparison a day's clustering (or a cluster's choice of lead) made is kept as its
*tolerance*: the largest factor k such that, whatever each word's weight does within
[w/√k, w·√k] (the new weights over the old, at worst), no comparison can go the other way.
The weights are positive and a similarity is a cosine of sums of them, so it moves at most
by the factor (hi/lo)² between the largest and the smallest weight ratio; a similarity of 0
(no shared word) stays 0. A day whose reports are those of last run and whose words' weights
moved by less than its tolerance is decided as last run decided it: the same result a fresh
run computes, without the comparisons. Anything closer is recomputed.
"""

from __future__ import annotations

import hashlib
import math
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field

__all__ = ["Decision", "MergeMemo", "digest", "stands", "tolerance_left"]

SAFETY = 1e-9
"""Relative slack for floating-point rounding in the similarities a tolerance is built on."""


@dataclass(frozen=True)
class Decision:
    """What one day (or cluster) decided, the weights it decided at, and its tolerance."""

    result: tuple[tuple[int, ...], ...]
    weights: tuple[tuple[str, float], ...]
    tolerance: float


@dataclass
class MergeMemo:
    """Decisions by the digest of their inputs: `previous` (read from the last run), and
    those this run made or reused (`kept`, what the next run reads)."""

    previous: Mapping[str, Decision] = field(default_factory=dict)
    kept: dict[str, Decision] = field(default_factory=dict)
    reused: int = 0
    decided: int = 0

    def recall(self, key: str, weights: Mapping[str, float]) -> Decision | None:
        """Last run's decision for `key` if the weights it was made at moved less than its
        tolerance (then it is also kept for the next run), else None."""
        found = self.previous.get(key)
        if found is None or not _within(found, weights):
            return None
        self.kept[key] = found
        self.reused += 1
        return found

    def keep(
        self,
        key: str,
        result: tuple[tuple[int, ...], ...],
        words: Iterable[str],
        weights: Mapping[str, float],
        tolerance: float,
    ) -> None:
        """Remember a decision just made, at the weights of its `words`."""
        self.decided += 1
        at = tuple(sorted((w, weights.get(w, 1.0)) for w in set(words)))
        self.kept[key] = Decision(result, at, tolerance)


def _within(decision: Decision, weights: Mapping[str, float]) -> bool:
    lo, hi = math.inf, 0.0
    for word, old in decision.weights:
        ratio = weights.get(word, 1.0) / old
        lo, hi = min(lo, ratio), max(hi, ratio)
    if not decision.weights or lo == hi == 1.0:
        return True  # the same weights: the same arithmetic
    return (hi / lo) ** 2 * (1 + SAFETY) < decision.tolerance


def stands(high: float, high_bonus: float, low: float, low_bonus: float) -> float:
    """The largest factor k for which `high / k + high_bonus > low * k + low_bonus` still
    holds (k = 1: it holds only as computed; infinite: whatever the weights do).

    `high` and `low` are similarities (≥ 0) that the weights scale by at most k either
    way; the bonuses do not depend on the weights. Two similarities of 0 stay 0.
    """
    gap = high_bonus - low_bonus
    if low == 0:
        if high == 0 or gap >= 0:
            return math.inf
        bound = high / -gap
    elif high == 0:
        bound = gap / low
    else:
        bound = (gap + math.sqrt(gap * gap + 4 * high * low)) / (2 * low)
    return max(1.0, bound * (1 - SAFETY))


def tolerance_left(*tolerances: float) -> float:
    """The tolerance of decisions that must all stand."""
    return min(tolerances, default=math.inf)


def digest(parts: Iterable[object]) -> str:
    """A key for inputs given as reprs of plain values (sorted sets, strings, numbers)."""
    return hashlib.blake2b(repr(list(parts)).encode(), digest_size=16).hexdigest()
