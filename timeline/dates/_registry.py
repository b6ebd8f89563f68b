"""The date patterns, each registered once with everything that makes it work.

A `Pattern` ties together a name, the regex `Shape` it scans for (built from the languages'
vocabulary), an optional gate (words one of which must occur in the text for the scan to be
worth running) and the resolver that turns a match into a value. The family modules in
`timeline.dates.patterns` register each with `@register(...)` on its resolver, next to its
shape; `timeline.dates._grammar` compiles them for a tuple of languages, in `rank` order.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from timeline.dates._context import Resolver
from timeline.dates._vocabulary import WORD_GUARD, Vocabulary

__all__ = ["Gate", "Pattern", "Shape", "register", "registered"]


@dataclass(frozen=True, kw_only=True)
class Shape:
    """The regex of one pattern for one tuple of languages.

    `core` is scanned over the whole text and starts with a required word or digit, which
    keeps the scan fast; `left` is optional context before it ("last", "early", "the"),
    matched only in the few characters before each hit (and `required` when the pattern
    needs it); `guard` lists the characters that may not come right before the match
    (letters and digits never may).
    """

    core: str
    left: str | None = None
    required: bool = False
    guard: str = WORD_GUARD


Gate = str | Callable[[Vocabulary], str]
"""A regex that must match somewhere in the text for the pattern to run (a fixed one, or one
built from the vocabulary)."""


@dataclass(frozen=True, kw_only=True)
class Pattern:
    """One shape of date expression: how to find it and how to resolve it."""

    name: str
    """What the pattern finds ("mdy", "weekday"); unique."""
    rank: int
    """Precedence: of two equally long overlapping matches, the lower rank (the more
    specific pattern) wins. Unique; kept in steps of ten so a pattern fits between two."""
    shape: Shape | Callable[[Vocabulary], Shape | None]
    """The regex: fixed, or built from a vocabulary (None when these languages cannot
    express the pattern)."""
    resolve: Resolver
    gate: Gate | None = None
    languages: frozenset[str] = frozenset()
    """Only when one of these languages is read (English syntax); empty: always."""

    def applies(self, vocabulary: Vocabulary) -> bool:
        return not self.languages or bool(self.languages & set(vocabulary.languages))

    def shape_for(self, vocabulary: Vocabulary) -> Shape | None:
        return self.shape if isinstance(self.shape, Shape) else self.shape(vocabulary)

    def gate_for(self, vocabulary: Vocabulary) -> str | None:
        if self.gate is None or isinstance(self.gate, str):
            return self.gate
        return self.gate(vocabulary)


_REGISTRY: dict[str, Pattern] = {}


def register(
    name: str,
    *,
    rank: int,
    shape: Shape | Callable[[Vocabulary], Shape | None],
    gate: Gate | None = None,
    languages: frozenset[str] = frozenset(),
) -> Callable[[Resolver], Resolver]:
    """Register the decorated resolver as the pattern `name` (see `Pattern` for the rest).

    Names and ranks are unique; a resolver may serve several patterns (stack decorators).
    """

    def add(resolve: Resolver) -> Resolver:
        if name in _REGISTRY:
            raise ValueError(f"date pattern {name!r} registered twice")
        clash = [p.name for p in _REGISTRY.values() if p.rank == rank]
        if clash:
            raise ValueError(f"date pattern {name!r} has the rank of {clash[0]!r}")
        _REGISTRY[name] = Pattern(
            name=name, rank=rank, shape=shape, resolve=resolve, gate=gate, languages=languages
        )
        return resolve

    return add


def registered() -> tuple[Pattern, ...]:
    """Every registered pattern, by rank."""
    return tuple(sorted(_REGISTRY.values(), key=lambda p: p.rank))
