"""Hints ("did you mean …?") that stay fast when a file cites thousands of unknown names.

`difflib.get_close_matches` compares a word with every choice, each comparison quadratic in
the lengths: 1,000 misspelled source ids against 1,000 sources took `check` 25 s. An index
of the choices' letter trigrams keeps a few likely candidates per word (those sharing the
most trigrams), and difflib picks among those, so a hint is the same as before whenever
the best match shares the most trigrams, which is how typos look.
"""

from __future__ import annotations

import difflib
from collections import Counter
from collections.abc import Iterable

__all__ = ["NearestNames"]

_SMALL = 64
"""Up to this many choices, difflib compares the word with all of them."""
_CANDIDATES = 16
"""How many trigram-nearest choices difflib ranks for a word."""


def _trigrams(word: str) -> set[str]:
    padded = f"\0{word}\0"
    return {padded[i : i + 3] for i in range(len(padded) - 2)}


class NearestNames:
    """The choices, indexed once; `nearest(word)` is the closest one ignoring case, or None."""

    def __init__(self, choices: Iterable[str]) -> None:
        self._by_lower: dict[str, str] = {}
        for choice in choices:
            self._by_lower.setdefault(choice.lower(), choice)
        self._index: dict[str, list[str]] = {}
        if len(self._by_lower) > _SMALL:
            for lower in self._by_lower:
                for gram in _trigrams(lower):
                    self._index.setdefault(gram, []).append(lower)
        self._cache: dict[str, str | None] = {}

    def nearest(self, word: str) -> str | None:
        lower = word.lower()
        if lower not in self._cache:
            close = difflib.get_close_matches(lower, self._candidates(lower), n=1)
            self._cache[lower] = self._by_lower[close[0]] if close else None
        return self._cache[lower]

    def _candidates(self, lower: str) -> list[str]:
        if not self._index:
            return list(self._by_lower)
        shared: Counter[str] = Counter()
        for gram in _trigrams(lower):
            shared.update(self._index.get(gram, ()))
        return [name for name, _ in shared.most_common(_CANDIDATES)]
