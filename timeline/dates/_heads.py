"""What a regex must start with, or contain, worked out from its parse: the scan's shortcut.

Python's `re` tries a pattern at every position of the text unless the pattern starts with a
literal or a plain character class; most date patterns start with a word alternation
("jan(?:uary)?|feb…") or a digit inside a group, so each full scan costs the text's length
times the trie's entry. Knowing the few strings a match must begin with (`heads`) lets the
engine find the candidate positions with `str.find` and try the pattern only there; knowing
the strings one of which a gate's match must be (`literals`) turns the gate into substring
tests. Both are exact: a position is skipped, or a gate refused, only when the regex could
not match there.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from functools import cache
from re import _constants as sre  # type: ignore[attr-defined]  # the parser re itself uses
from re import _parser as sre_parse  # type: ignore[attr-defined]
from typing import Any

__all__ = [
    "DIGIT",
    "WordMatcher",
    "heads",
    "language",
    "literals",
    "may_end_in_word",
]

DIGIT = "\x00"
"""Stands for any decimal digit (Unicode too) at the start of a head."""

_MAX = 400
"""More alternatives than this and the analysis gives up (the plain scan is then as good)."""
_CLASS_MAX = 16
"""A character class with more members than this is not enumerated."""

_Heads = set[tuple[str, bool]]
"""(string, complete): a match begins with the string; complete when the string ended at the
end of the analysed part, so what follows may be appended."""


@cache
def heads(pattern: str, depth: int = 3) -> tuple[str, ...] | None:
    """Strings (at most `depth` characters; `DIGIT` for a leading digit) one of which every
    match of `pattern` (compiled without flags) starts with, none a prefix of another; None
    when a match could start with anything."""
    try:
        found = _sequence(_parsed(pattern), depth)
    except _Unknown:
        return None
    strings = {s for s, _ in found}
    if "" in strings:
        return None
    return without_extensions(strings)


def without_extensions(strings: Iterable[str]) -> tuple[str, ...]:
    """The strings, sorted, less those another of them begins with: finding the kept ones
    finds every place where any of them starts."""
    kept: list[str] = []
    for string in sorted(set(strings)):  # a string's prefixes sort just before it
        if not kept or not string.startswith(kept[-1]):
            kept.append(string)
    return tuple(kept)


_DIGIT_HEADS = frozenset("0123456789" + DIGIT)


def search_plan(
    found: tuple[str, ...] | None, word_start: bool
) -> tuple[tuple[str, ...], bool] | None:
    """What to look for in a text to find where a pattern with heads `found` may match:
    the plain strings the heads open with, and whether every run of digits counts (a head
    opening on a digit, where a match can only start a word or number: `word_start`).
    None when only a full scan will do (no heads, or one opening on any digit mid-word)."""
    if found is None:
        return None
    strings: list[str] = []
    runs = False
    for head in found:
        if word_start and head[0] in _DIGIT_HEADS:
            runs = True
            continue
        string = head.split(DIGIT, 1)[0]
        if not string:
            return None
        strings.append(string)
    return without_extensions(strings), runs


@cache
def literals(pattern: str) -> tuple[str, ...] | None:
    """The strings the regex matches, when it matches nothing but a few fixed strings (words,
    alternations, optional parts), shortest forms only: it matches somewhere in a text
    exactly when one of them occurs there. None for any other regex."""
    try:
        found = _sequence(_parsed(pattern), 10_000, exact=True)
    except _Unknown:
        return None
    strings = {s for s, complete in found if complete}
    if len(strings) != len(found) or "" in strings:
        return None
    return tuple(sorted(s for s in strings if not any(o != s and o in s for o in strings)))


@cache
def language(pattern: str) -> frozenset[str] | None:
    """Every string the regex matches in full, when that is a few fixed strings; else None."""
    try:
        found = _sequence(_parsed(pattern), 10_000, exact=True)
    except _Unknown:
        return None
    if not all(complete for _, complete in found):
        return None
    return frozenset(s for s, _ in found)


class WordMatcher:
    """`fullmatch` of a case-insensitive alternation of words, most of them fixed strings
    ("will|won't|shall|[^\\W\\d_]*'ll"): a set look-up for the fixed ones, the regex only
    for the rest. Exact: a word outside ASCII goes to the whole regex."""

    def __init__(self, pattern: re.Pattern[str]) -> None:
        self._whole = pattern
        words: set[str] = set()
        rest: list[str] = []
        for branch in _branches(pattern.pattern):
            fixed = language(branch)
            if fixed is not None and all(w.isascii() for w in fixed):
                words.update(w.lower() for w in fixed)
            else:
                rest.append(branch)
        self._words = frozenset(words)
        self._rest = re.compile("|".join(rest), pattern.flags) if rest else None

    def fullmatch(self, text: str) -> bool:
        """Whether the whole of `text` matches the pattern."""
        if not text.isascii():
            return self._whole.fullmatch(text) is not None
        if text.lower() in self._words:
            return True
        return self._rest is not None and self._rest.fullmatch(text) is not None


def _syntax(pattern: str) -> Iterator[tuple[int, str, int]]:
    """The regex's characters outside escapes and character classes, each with its index
    and the group depth after it: what splitting and balancing a pattern look at."""
    depth = 0
    index = 0
    in_class = False
    while index < len(pattern):
        char = pattern[index]
        if char == "\\":
            index += 2
            continue
        if in_class:
            in_class = char != "]"
        elif char == "[":
            in_class = True
            if pattern[index + 1 : index + 2] == "]":
                index += 1
        else:
            depth += (char == "(") - (char == ")")
            yield index, char, depth
        index += 1


def _branches(pattern: str) -> list[str]:
    """The top-level alternatives of a regex, a group around the whole unwrapped."""
    parts: list[str] = []
    start = 0
    for index, char, depth in _syntax(pattern):
        if char == "|" and depth == 0:
            parts.append(pattern[start:index])
            start = index + 1
    parts.append(pattern[start:])
    if len(parts) == 1 and pattern.startswith("(?:") and pattern.endswith(")"):
        inner = pattern[3:-1]
        if _balanced(inner):
            return _branches(inner)
    return parts


def _balanced(pattern: str) -> bool:
    """Do the groups of `pattern` close in order (so "(?:a)|(?:b)" is not one group)?"""
    try:
        sre_parse.parse(pattern, 0)
    except re.error:
        return False
    depth = 0
    for _, _, depth in _syntax(pattern):
        if depth < 0:
            return False
    return depth == 0


class _Unknown(Exception):
    """The regex goes beyond what the analysis reads."""


def _parsed(pattern: str) -> Any:
    """The regex's parse; a global inline flag that ignores case is beyond the analysis."""
    parsed = sre_parse.parse(pattern, 0)
    if parsed.state.flags & re.IGNORECASE:
        raise _Unknown
    return parsed.data


def _sequence(items: Any, depth: int, exact: bool = False) -> _Heads:
    result: _Heads = {("", True)}
    for op, av in items:
        try:
            element = _element(op, av, depth, exact)
        except _Unknown:
            if exact:
                raise
            element = {("", False)}  # the match goes on with something unread
        joined: _Heads = set()
        for start, complete in result:
            if not complete:
                joined.add((start, False))
                continue
            for tail, whole in element:
                text = start + tail
                if DIGIT in start or len(text) >= depth:
                    joined.add((text[:depth], False))
                else:
                    joined.add((text, whole))
        if len(joined) > _MAX:
            raise _Unknown
        result = joined
        if all(not complete for _, complete in result):
            break
    return result


def _element(op: Any, av: Any, depth: int, exact: bool) -> _Heads:
    if op is sre.LITERAL:
        return {(chr(av), True)}
    if op is sre.IN:
        return _class(av, exact)
    if op is sre.BRANCH:
        return set().union(*(_sequence(branch, depth, exact) for branch in av[1]))
    if op is sre.SUBPATTERN:
        _group, add_flags, _del_flags, items = av
        if add_flags & re.IGNORECASE:
            raise _Unknown
        return _sequence(items, depth, exact)
    if op in (sre.MAX_REPEAT, sre.MIN_REPEAT):
        low, high, items = av
        if exact and (low, high) != (0, 1):
            raise _Unknown
        once = _sequence(items, depth, exact)
        if (low, high) != (1, 1) and (low, high) != (0, 1):
            once = {(s, False) for s, _ in once}
        return once | {("", True)} if low == 0 else once
    if op in (sre.AT, sre.ASSERT, sre.ASSERT_NOT) and not exact:
        return {("", True)}  # zero width: what follows starts the match
    raise _Unknown


def _class(items: Any, exact: bool) -> _Heads:
    chars: set[str] = set()
    for op, av in items:
        if op is sre.LITERAL:
            chars.add(chr(av))
        elif op is sre.RANGE and av[1] - av[0] < _CLASS_MAX:
            chars.update(chr(c) for c in range(av[0], av[1] + 1))
        elif op is sre.CATEGORY and av is sre.CATEGORY_DIGIT and not exact:
            chars.add(DIGIT)
        else:
            raise _Unknown
    if len(chars) > _CLASS_MAX:
        raise _Unknown
    return {(c, c != DIGIT) for c in chars}


@cache
def may_end_in_word(pattern: str) -> bool:
    """Whether a non-empty match of `pattern` may end with a letter or digit (True when in
    doubt). A left context that cannot ("last ", "l'") never reaches into a word, so the
    match after it starts a word too."""
    try:
        ends, _ = _ends(_parsed(pattern))
    except _Unknown:
        return True
    return ends


def _ends(items: Any) -> tuple[bool, bool]:
    """(may end with a letter or digit, may be empty) for a sequence, read from its end."""
    ends = False
    for op, av in reversed(list(items)):
        element_ends, empty = _element_ends(op, av)
        ends = ends or element_ends
        if not empty:
            return ends, False
    return ends, True


def _element_ends(op: Any, av: Any) -> tuple[bool, bool]:
    if op is sre.LITERAL:
        return chr(av).isalnum(), False
    if op is sre.IN:
        return any(_may_be_alnum(o, a) for o, a in av), False
    if op is sre.BRANCH:
        parts = [_ends(branch) for branch in av[1]]
        return any(e for e, _ in parts), any(m for _, m in parts)
    if op is sre.SUBPATTERN:
        return _ends(av[3])
    if op in (sre.MAX_REPEAT, sre.MIN_REPEAT):
        ends, empty = _ends(av[2])
        return ends, empty or av[0] == 0
    if op in (sre.AT, sre.ASSERT, sre.ASSERT_NOT):
        return False, True
    raise _Unknown


def _may_be_alnum(op: Any, av: Any) -> bool:
    if op is sre.LITERAL:
        return chr(av).isalnum()
    if op is sre.RANGE:
        return av[1] - av[0] > _CLASS_MAX or any(chr(c).isalnum() for c in range(av[0], av[1] + 1))
    if op is sre.CATEGORY:
        return av is not sre.CATEGORY_SPACE
    return True
