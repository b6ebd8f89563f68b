"""The registered patterns compiled for a tuple of languages.

Each `Pattern` builds its regex from the languages' `Vocabulary`; this module compiles those
once per tuple of languages (case-sensitive for lower-cased text, which is about four times
faster, and case-insensitive for text whose length `lower()` changes) with their gates.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from timeline.dates._heads import heads, literals, may_end_in_word, search_plan
from timeline.dates._registry import Pattern, Shape
from timeline.dates._vocabulary import Vocabulary, vocabulary
from timeline.dates.patterns import PATTERNS

__all__ = ["Compiled", "Grammar", "build_grammar"]


@dataclass(frozen=True, eq=False)
class Compiled:
    """One pattern's regexes, ready to scan."""

    pattern: Pattern
    core: re.Pattern[str]
    left: re.Pattern[str] | None
    required: bool
    guard: str
    gate: re.Pattern[str] | None
    search: tuple[tuple[str, ...], bool] | None = None
    """Where a match of `core` may start, on lower-cased text only: the plain strings its
    heads open with and whether runs of digits count (`timeline.dates._heads.search_plan`);
    None: scan every position."""
    gate_words: tuple[str, ...] | None = None
    """The gate as a few plain substrings, on lower-cased text only; None: run its regex."""


@dataclass(frozen=True, eq=False)
class Grammar:
    """The vocabulary and the patterns' shapes for one tuple of languages."""

    vocabulary: Vocabulary
    shapes: tuple[tuple[Pattern, Shape, str | None], ...]
    """(pattern, its regex, its gate) for every pattern these languages can express."""

    def patterns(self, folded: bool) -> tuple[Compiled, ...]:
        """Compiled patterns, in rank order: case-sensitive for lower-cased text when
        `folded`, else case-insensitive."""
        return _compile(self, folded)


@cache
def build_grammar(languages: tuple[str, ...]) -> Grammar:
    """The patterns for `languages`, built once per process (the start-up cost)."""
    words = vocabulary(languages)
    shapes = []
    for pattern in PATTERNS:
        if not pattern.applies(words):
            continue
        shape = pattern.shape_for(words)
        if shape is not None:
            shapes.append((pattern, shape, pattern.gate_for(words)))
    return Grammar(vocabulary=words, shapes=tuple(shapes))


@cache
def _compile(grammar: Grammar, folded: bool) -> tuple[Compiled, ...]:
    flags = 0 if folded else re.IGNORECASE
    gates: dict[str, re.Pattern[str]] = {}  # one compiled gate per regex: run once per text
    compiled = []
    for pattern, shape, gate in grammar.shapes:
        if gate is not None and gate not in gates:
            gates[gate] = re.compile(gate, flags)
        compiled.append(
            Compiled(
                pattern=pattern,
                core=re.compile(shape.core, flags),
                # \Z, not $: "$" also matches before a final newline, which would let an empty
                # left context start a mention on the newline before a paragraph's first word
                left=re.compile(rf"(?<!\w)(?:{shape.left})\Z", flags) if shape.left else None,
                required=shape.required,
                guard=shape.guard,
                gate=gates[gate] if gate is not None else None,
                # a candidate can only start where a word or number does when there is no
                # left context, or one that cannot end with a letter or digit
                search=search_plan(
                    heads(shape.core),
                    word_start=shape.left is None or not may_end_in_word(shape.left),
                )
                if folded
                else None,
                gate_words=_few(literals(gate)) if folded and gate is not None else None,
            )
        )
    return tuple(compiled)


def _few(words: tuple[str, ...] | None) -> tuple[str, ...] | None:
    """Words for substring tests when there are few of them; a gate of many words is faster
    as its own regex (a trie, one scan)."""
    return words if words is not None and len(words) <= _FEW_WORDS else None


_FEW_WORDS = 3
